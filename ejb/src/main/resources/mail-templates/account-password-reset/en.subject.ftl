Choose a new password for the e-loket
