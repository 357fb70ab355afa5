Uw gegevens als contactpersoon voor ${facilityName} zijn gewijzigd
