<#assign labels = {"lastName": "Last name", "firstName": "First name", "email": "E-mail address", "phone": "Phone number", "themes": "Themes"}>
Dear ${name},

Your details as contact person for ${facilityName} have been changed in the e-loket:
<#list changedFields as field>
- ${labels[field]!field}
</#list>

If this is not right, please contact ${facilityName}.

--
This is an automatic message from the e-loket of the Department of Care. Please do not reply to it.
