Dear ${name},

The Department of Care has made an account for you in the e-loket<#if facilityName??>, for ${facilityName}</#if>. You log in with this e-mail address: ${username}

Choose your password on the page behind this link:
${baseUrl}${invitationPath}

The link works once and until ${expiresOn}. If you did not expect this mail, you need not do anything.

--
This is an automatic message from the e-loket of the Department of Care. Please do not reply to it.
