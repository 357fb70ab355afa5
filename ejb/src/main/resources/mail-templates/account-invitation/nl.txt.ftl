Beste ${name},

Het Departement Zorg heeft een account voor u gemaakt in het e-loket<#if facilityName??>, voor ${facilityName}</#if>. U meldt zich aan met dit e-mailadres: ${username}

Kies uw wachtwoord op de pagina achter deze link:
${baseUrl}${invitationPath}

De link werkt één keer en tot ${expiresOn}. Verwachtte u deze mail niet, dan hoeft u niets te doen.

--
Dit is een automatisch bericht van het e-loket van het Departement Zorg. U kunt er niet op antwoorden.
