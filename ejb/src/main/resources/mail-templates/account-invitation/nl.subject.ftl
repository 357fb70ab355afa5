Uw account voor het e-loket van het Departement Zorg
