Via het e-loket kwam een vraag binnen voor de technische helpdesk.

Van: ${senderEmail}<#if facilityName?has_content> (${facilityName})</#if>

${question}

Antwoord rechtstreeks aan ${senderEmail}.

--
Dit is een automatisch bericht van het e-loket van het Departement Zorg. U kunt er niet op antwoorden.
