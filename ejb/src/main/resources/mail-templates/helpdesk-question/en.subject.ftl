Question for the technical helpdesk from ${senderEmail}
