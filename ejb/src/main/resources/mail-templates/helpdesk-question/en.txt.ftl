A question for the technical helpdesk came in through the e-loket.

From: ${senderEmail}<#if facilityName?has_content> (${facilityName})</#if>

${question}

Reply to this e-mail to answer ${senderEmail} directly.

--
This is an automatic message from the e-loket of the Department of Care.
