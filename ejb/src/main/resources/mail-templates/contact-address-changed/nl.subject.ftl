Uw e-mailadres als contactpersoon voor ${facilityName} is gewijzigd
