U bent geen contactpersoon meer voor ${facilityName}
