Beste ${name},

${facilityName} heeft u in het e-loket verwijderd als contactpersoon. U ontvangt geen meldingen meer over berichten van het Departement Zorg aan ${facilityName}.

Klopt dit niet, neem dan contact op met ${facilityName}.

--
Dit is een automatisch bericht van het e-loket van het Departement Zorg. U kunt er niet op antwoorden.
