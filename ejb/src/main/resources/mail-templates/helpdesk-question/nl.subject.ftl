Vraag aan de technische helpdesk van ${senderEmail}
