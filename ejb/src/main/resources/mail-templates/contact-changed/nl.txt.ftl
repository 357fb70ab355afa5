<#assign labels = {"lastName": "Naam", "firstName": "Voornaam", "email": "E-mailadres", "phone": "Telefoonnummer", "themes": "Thema's"}>
Beste ${name},

In het e-loket zijn uw gegevens als contactpersoon voor ${facilityName} gewijzigd:
<#list changedFields as field>
- ${labels[field]!field}
</#list>

Klopt dit niet, neem dan contact op met ${facilityName}.

--
Dit is een automatisch bericht van het e-loket van het Departement Zorg. U kunt er niet op antwoorden.
