Your e-mail address as contact person for ${facilityName} has changed
