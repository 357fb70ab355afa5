Via het e-loket kwam een vraag binnen voor de technische helpdesk.

Van: ${senderEmail}<#if facilityName?has_content> (${facilityName})</#if>

${question}

Beantwoord deze e-mail om ${senderEmail} rechtstreeks te antwoorden.

--
Dit is een automatisch bericht van het e-loket van het Departement Zorg.
