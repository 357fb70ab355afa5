Beste ${name},

Het Departement Zorg heeft het wachtwoord van uw account in het e-loket (${username}) gewist. Uw oude wachtwoord werkt niet meer.

Kies een nieuw wachtwoord op de pagina achter deze link:
${baseUrl}${invitationPath}

De link werkt één keer en tot ${expiresOn}. Vroeg u dit niet, neem dan contact op met het Departement Zorg.

--
Dit is een automatisch bericht van het e-loket van het Departement Zorg. U kunt er niet op antwoorden.
