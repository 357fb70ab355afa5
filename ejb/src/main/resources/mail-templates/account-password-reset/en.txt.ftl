Dear ${name},

The Department of Care has cleared the password of your e-loket account (${username}). Your old password no longer works.

Choose a new password on the page behind this link:
${baseUrl}${invitationPath}

The link works once and until ${expiresOn}. If you did not ask for this, please contact the Department of Care.

--
This is an automatic message from the e-loket of the Department of Care. Please do not reply to it.
