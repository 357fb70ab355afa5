Please confirm that you are a contact person for ${facilityName}
