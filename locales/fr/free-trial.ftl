-free-trial-terms-of-use = conditions d’utilisation d’{ -azure }
-free-trial-payg = paiement à l’utilisation

free-trial-title = Impossible d’activer le { -free-trial }
free-trial-start = Avez-vous déjà eu un abonnement { -azure }, quel qu’en soit le type ?
free-trial-start-hint = Les { -free-trial-terms-of-use } ne permettent qu’un seul { -free-trial }, réservé à qui n’a jamais utilisé { -azure }.
free-trial-start-had-azure = Oui, j’ai déjà eu un abonnement { -azure }
free-trial-start-first-time = Non, je n’ai jamais utilisé { -azure }
free-trial-start-unsure = Je ne sais pas

free-trial-alternatives = Faites-vous partie d’un programme qui donne droit à des avantages { -azure }, comme les abonnements { -visual-studio }, le { -mpn } ou { -startups } ?
free-trial-alternatives-hint = Après un abonnement { -azure }, quel qu’il soit, le { -free-trial } n’est plus possible. Une offre d’avantages ou un abonnement avec { -free-trial-payg } peut le remplacer.
free-trial-alternatives-benefit = Oui, je fais partie d’un programme d’avantages
free-trial-alternatives-no-benefit = Non, ou je ne sais pas

free-trial-pay-as-you-go = Choisissez une autre offre que le compte gratuit
free-trial-pay-as-you-go-offers = Ouvrez la page Détails de l’offre { -microsoft } { -azure } et comparez les offres possibles à la place du compte gratuit.
free-trial-pay-as-you-go-benefit = Si vous pensez avoir droit à une offre d’avantages, vérifiez d’abord ses conditions : chaque programme d’avantages a les siennes.
free-trial-pay-as-you-go-buy = Sinon, achetez un abonnement avec { -free-trial-payg }.

free-trial-first-time = Qu’est-ce qui bloque votre inscription ?
free-trial-check-history = Le compte a-t-il déjà un abonnement ?
free-trial-check-history-hint = Connectez-vous au { -azure-portal } avec le compte que vous voulez utiliser et ouvrez « Abonnements » (« Subscriptions »). Tout abonnement listé, même désactivé ou expiré, signifie que ce compte a déjà utilisé { -azure }.
free-trial-check-history-listed = Oui, au moins un abonnement est listé
free-trial-check-history-none = Non, la liste est vide
free-trial-first-time-hint = Si vous découvrez { -azure }, vous avez droit au compte gratuit. La plupart des premières inscriptions bloquent à la vérification du téléphone ou à la carte.
free-trial-first-time-phone = La vérification du téléphone
free-trial-first-time-card = Ma carte n’est pas acceptée
free-trial-first-time-other = Autre chose
free-trial-no-fix = Vous devriez avoir droit au compte gratuit. Le support de facturation peut trouver pourquoi cela échoue : indiquez l’étape qui bloque et ce qu’elle affiche.
