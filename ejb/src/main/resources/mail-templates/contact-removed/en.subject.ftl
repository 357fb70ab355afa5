You are no longer a contact person for ${facilityName}
