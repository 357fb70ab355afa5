Your contact details for ${facilityName} have changed
