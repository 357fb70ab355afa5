Bevestig dat u contactpersoon bent voor ${facilityName}
