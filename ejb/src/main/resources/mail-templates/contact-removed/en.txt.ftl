Dear ${name},

${facilityName} has removed you as contact person in the e-loket. You will no longer receive notices about messages from the Department of Care to ${facilityName}.

If this is not right, please contact ${facilityName}.

--
This is an automatic message from the e-loket of the Department of Care. Please do not reply to it.
