Your account for the e-loket of the Department of Care
