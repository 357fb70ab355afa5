Dear ${name},

The Department of Care has left a message for ${facilityName} in the e-loket, about the theme ${themeName} (reference ${reference}).

To protect your data the content is not in this mail. Read the message after logging in:
${baseUrl}${messagePath}

--
This is an automatic message from the e-loket of the Department of Care. Please do not reply to it.
