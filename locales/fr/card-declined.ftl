card-declined-title = Ma carte de crédit ou de débit n’est pas acceptée

## start
card-declined-start = Quel type de carte essayez-vous d’utiliser ?
card-declined-start-hint = En cas de doute, la banque qui vous a remis la carte peut vous renseigner.
card-declined-start-bank-card = Une carte de crédit ou de débit classique
card-declined-start-prepaid = Une carte virtuelle ou prépayée
card-declined-start-not-sure = Je ne sais pas de quel type de carte il s’agit

## card-type
card-declined-card-type = Utilisez un type de carte accepté par { -azure }
card-declined-card-type-check = Si vous ne savez pas si votre carte est virtuelle ou prépayée, demandez à votre banque.
card-declined-card-type-replace = Si c’est le cas, prenez plutôt une carte de crédit ou de débit classique : { -azure } refuse toute carte virtuelle ou prépayée, de crédit comme de débit.
card-declined-card-type-retry = Saisissez les informations de la nouvelle carte sur la page d’inscription.

## card-country
card-declined-card-country = Vérifiez que votre carte est acceptée pour le pays de votre compte
card-declined-card-country-hint = Les réseaux de cartes (Visa, Mastercard, American Express…) acceptés par { -azure } dépendent du pays de votre compte.
card-declined-card-country-country = Vérifiez le pays que vous avez choisi pour votre compte { -azure }.
card-declined-card-country-provider = Vérifiez que le réseau de votre carte est accepté dans ce pays.
card-declined-card-country-other-card = Sinon, utilisez une carte d’un réseau accepté dans ce pays.
card-declined-card-country-causes = Passez en revue les autres causes fréquentes de refus de carte à l’inscription :

## bank-checks (à l’inscription)
card-declined-bank-checks = Demandez à votre banque de laisser passer le paiement
card-declined-bank-checks-hint = À l’inscription, { -microsoft } place une petite retenue de vérification temporaire sur la carte (levée sous trois à cinq jours) ; quand la banque la refuse, elle seule peut dire pourquoi.
card-declined-bank-checks-call = Appelez votre banque ou l’émetteur de la carte et signalez qu’un paiement de vérification de { -microsoft } a été refusé.
card-declined-bank-checks-international = Demandez-lui d’activer les transactions internationales sur la carte.
card-declined-bank-checks-funds = Vérifiez que la carte est active et dispose d’un peu de plafond ou de fonds pour la retenue de vérification.
card-declined-bank-checks-recurring = Demandez-lui d’activer les paiements récurrents sur la carte.
card-declined-bank-checks-retry = Revenez à l’inscription et saisissez de nouveau la carte.

## no-fix
card-declined-no-fix = La carte est toujours refusée après les vérifications auprès de la banque. Dans votre demande, précisez celles que vous avez déjà faites.
