Beste ${name},

In het e-loket is uw e-mailadres als contactpersoon voor ${facilityName} gewijzigd naar ${newEmail}. Op dit adres ontvangt u geen meldingen meer.

Klopt dit niet, neem dan contact op met ${facilityName}.

--
Dit is een automatisch bericht van het e-loket van het Departement Zorg. U kunt er niet op antwoorden.
