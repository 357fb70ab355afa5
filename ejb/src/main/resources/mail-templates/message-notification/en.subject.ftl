New message in the e-loket for ${facilityName} (${reference})
