Kies een nieuw wachtwoord voor het e-loket
