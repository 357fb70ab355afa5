Dear ${name},

Your e-mail address as contact person for ${facilityName} has been changed in the e-loket to ${newEmail}. You will no longer receive notices at this address.

If this is not right, please contact ${facilityName}.

--
This is an automatic message from the e-loket of the Department of Care. Please do not reply to it.
