Nieuw bericht in het e-loket voor ${facilityName} (${reference})
