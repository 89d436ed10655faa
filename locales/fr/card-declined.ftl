# en: 86282d32
card-declined-title = Ma carte de crédit ou de débit n’est pas acceptée

## start
# en: 443f9392
card-declined-start = Quel type de carte essayez-vous d’utiliser ?
# en: ab139a79
card-declined-start-hint = En cas de doute, la banque qui vous a remis la carte peut vous renseigner.
# en: 9edef40b
card-declined-start-bank-card = Une carte de crédit ou de débit classique
# en: 29edef92
card-declined-start-prepaid = Une carte virtuelle ou prépayée
# en: 0e855358
card-declined-start-not-sure = Je ne sais pas de quel type de carte il s’agit

## card-type
# en: c4b2e785
card-declined-card-type = Utilisez un type de carte accepté par { -azure }
# en: 768017e0
card-declined-card-type-check = Si vous ne savez pas si votre carte est virtuelle ou prépayée, demandez à votre banque.
# en: ea0d630a
card-declined-card-type-replace = Si c’est le cas, prenez plutôt une carte de crédit ou de débit classique : { -azure } refuse toute carte virtuelle ou prépayée, de crédit comme de débit.
# en: 62bce27d
card-declined-card-type-retry = Saisissez les informations de la nouvelle carte sur la page d’inscription.

## card-country
# en: 53750f12
card-declined-card-country = Vérifiez que votre carte est acceptée pour le pays de votre compte
# en: a950abde
card-declined-card-country-hint = Les réseaux de cartes (Visa, Mastercard, American Express…) acceptés par { -azure } dépendent du pays de votre compte.
# en: 021ae4c1
card-declined-card-country-country = Vérifiez le pays que vous avez choisi pour votre compte { -azure }.
# en: 1828efee
card-declined-card-country-provider = Vérifiez que le réseau de votre carte est accepté dans ce pays.
# en: e32193db
card-declined-card-country-other-card = Sinon, utilisez une carte d’un réseau accepté dans ce pays.
# en: 32fe411f
card-declined-card-country-causes = Passez en revue les autres causes fréquentes de refus de carte à l’inscription :

## bank-checks (à l’inscription)
# en: 47bc3776
card-declined-bank-checks = Demandez à votre banque de laisser passer le paiement
# en: 411c7237
card-declined-bank-checks-hint = À l’inscription, { -microsoft } place une petite retenue de vérification temporaire sur la carte (levée sous trois à cinq jours) ; quand la banque la refuse, elle seule peut dire pourquoi.
# en: 43cf331d
card-declined-bank-checks-call = Appelez votre banque ou l’émetteur de la carte et signalez qu’un paiement de vérification de { -microsoft } a été refusé.
# en: c6768013
card-declined-bank-checks-international = Demandez-lui d’activer les transactions internationales sur la carte.
# en: 1661ad8e
card-declined-bank-checks-funds = Vérifiez que la carte est active et dispose d’un peu de plafond ou de fonds pour la retenue de vérification.
# en: ad691306
card-declined-bank-checks-recurring = Demandez-lui d’activer les paiements récurrents sur la carte.
# en: 4d4ebb50
card-declined-bank-checks-retry = Revenez à l’inscription et saisissez de nouveau la carte.

## no-fix
# en: 6ad916c7
card-declined-no-fix = La carte est toujours refusée après les vérifications auprès de la banque. Dans votre demande, précisez celles que vous avez déjà faites.
