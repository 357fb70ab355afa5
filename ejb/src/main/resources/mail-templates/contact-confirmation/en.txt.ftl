Dear ${name},

${facilityName} has registered you in the e-loket as contact person for: ${themes?join(", ")}.

Please confirm your details with the button on the page behind this link:
${baseUrl}${confirmPath}

The link works once and until ${expiresOn}. If this was not you, you need not do anything.

--
This is an automatic message from the e-loket of the Department of Care. Please do not reply to it.
