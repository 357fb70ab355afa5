Beste ${name},

Het Departement Zorg heeft in het e-loket een bericht voor ${facilityName} klaargezet, over het thema ${themeName} (referentie ${reference}).

Om uw gegevens te beschermen staat de inhoud niet in deze mail. Lees het bericht na aanmelden:
${baseUrl}${messagePath}

--
Dit is een automatisch bericht van het e-loket van het Departement Zorg. U kunt er niet op antwoorden.
