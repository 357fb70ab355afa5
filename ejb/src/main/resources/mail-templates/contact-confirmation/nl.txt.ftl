Beste ${name},

${facilityName} heeft u in het e-loket opgegeven als contactpersoon voor: ${themes?join(", ")}.

Bevestig uw gegevens met de knop op de pagina achter deze link:
${baseUrl}${confirmPath}

De link werkt één keer en tot ${expiresOn}. Was u dit niet, dan hoeft u niets te doen.

--
Dit is een automatisch bericht van het e-loket van het Departement Zorg. U kunt er niet op antwoorden.
