# en: c6b9ca8a
-free-trial-terms-of-use = conditions d’utilisation d’{ -azure }
# en: 6e0ad8ee
-free-trial-payg = paiement à l’utilisation

# en: 50f758eb
free-trial-title = Impossible d’activer le { -free-trial }
# en: 3fa260af
free-trial-start = Avez-vous déjà eu un abonnement { -azure }, quel qu’en soit le type ?
# en: 07c299b9
free-trial-start-hint = Les { -free-trial-terms-of-use } ne permettent qu’un seul { -free-trial }, réservé à qui n’a jamais utilisé { -azure }.
# en: 053a73b4
free-trial-start-had-azure = Oui, j’ai déjà eu un abonnement { -azure }
# en: 5bc59607
free-trial-start-first-time = Non, je n’ai jamais utilisé { -azure }
# en: ba79ed44
free-trial-start-unsure = Je ne sais pas

# en: ea9b2064
free-trial-alternatives = Faites-vous partie d’un programme qui donne droit à des avantages { -azure }, comme les abonnements { -visual-studio }, le { -mpn } ou { -startups } ?
# en: 7699291f
free-trial-alternatives-hint = Après un abonnement { -azure }, quel qu’il soit, le { -free-trial } n’est plus possible. Une offre d’avantages ou un abonnement avec { -free-trial-payg } peut le remplacer.
# en: 05140406
free-trial-alternatives-benefit = Oui, je fais partie d’un programme d’avantages
# en: 272095ee
free-trial-alternatives-no-benefit = Non, ou je ne sais pas

# en: 361ad07a
free-trial-pay-as-you-go = Choisissez une autre offre que le compte gratuit
# en: dffc2c59
free-trial-pay-as-you-go-offers = Ouvrez la page Détails de l’offre { -microsoft } { -azure } et comparez les offres possibles à la place du compte gratuit.
# en: b7034cfa
free-trial-pay-as-you-go-benefit = Si vous pensez avoir droit à une offre d’avantages, vérifiez d’abord ses conditions : chaque programme d’avantages a les siennes.
# en: baf4268e
free-trial-pay-as-you-go-buy = Sinon, achetez un abonnement avec { -free-trial-payg }.

# en: 6edfe697
free-trial-first-time = Qu’est-ce qui bloque votre inscription ?
# en: 6d4e8224
free-trial-check-history = Le compte a-t-il déjà un abonnement ?
# en: b51a4f18
free-trial-check-history-hint = Connectez-vous au { -azure-portal } avec le compte que vous voulez utiliser et ouvrez « Abonnements » (« Subscriptions »). Tout abonnement listé, même désactivé ou expiré, signifie que ce compte a déjà utilisé { -azure }.
# en: e0eafc0e
free-trial-check-history-listed = Oui, au moins un abonnement est listé
# en: f0252ca5
free-trial-check-history-none = Non, la liste est vide
# en: 590b9ef4
free-trial-first-time-hint = Si vous découvrez { -azure }, vous avez droit au compte gratuit. La plupart des premières inscriptions bloquent à la vérification du téléphone ou à la carte.
# en: 62368f78
free-trial-first-time-phone = La vérification du téléphone
# en: 8fbfed66
free-trial-first-time-card = Ma carte n’est pas acceptée
# en: 1473e18e
free-trial-first-time-other = Autre chose
# en: 30001747
free-trial-no-fix = Vous devriez avoir droit au compte gratuit. Le support de facturation peut trouver pourquoi cela échoue : indiquez l’étape qui bloque et ce qu’elle affiche.
