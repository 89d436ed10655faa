# Sujet : ouvrir un ticket de support pour un problème de facturation ou d’abonnement (source 004).
# Toutes les escalades des autres sujets arrivent sur support-ticket-start.

-support-ticket-azure-support = Support { -azure }

support-ticket-title = Ouvrir un ticket de support pour un problème de facturation ou d’abonnement

## start
support-ticket-start = Ouvrons une demande de support. Pouvez-vous vous connecter au { -azure-portal } ?
support-ticket-start-hint = Gardez votre code de parcours sous la main : vous l’ajouterez aux détails de la demande. Une fois la demande créée, répondez que le problème est résolu.
support-ticket-start-portal = Oui, je peux me connecter au { -azure-portal }
support-ticket-start-no-portal = Non, je ne peux pas me connecter au { -azure-portal }

## portal-request
support-ticket-portal-request = Ouvrez une demande dans le { -azure-portal }
support-ticket-portal-request-hint = Une fois la demande créée, un représentant du { -support-ticket-azure-support } vous contacte selon les conditions de votre contrat.
support-ticket-portal-request-open = Connectez-vous au { -azure-portal } et sélectionnez “{ -help-support }” > “Nouvelle demande de support”.
support-ticket-portal-request-basics = Dans le panneau “Informations de base”, choisissez le type de problème, l’abonnement et le plan de support.
support-ticket-portal-request-severity = Dans le panneau “Problème”, choisissez le “Niveau de gravité” adapté à votre demande ; le tableau de gravité des incidents décrit chaque niveau.
support-ticket-portal-request-details = Choisissez un “Type de problème”, puis, sous “Détails”, donnez un titre à l’incident et remplissez les zones de texte en ajoutant tout ce qui peut aider.
support-ticket-portal-request-time = Si possible, indiquez sous “Délai d’exécution” la date, l’heure et le fuseau horaire de la dernière occurrence, et joignez les documents utiles avec l’outil de “Téléchargement de fichiers”.
support-ticket-portal-request-create = Dans le panneau “Coordonnées”, vérifiez vos coordonnées et votre méthode de contact préférée, puis cliquez sur “Créer”.

## support-site
support-ticket-support-site = Ouvrez une demande depuis le site web { -support-ticket-azure-support }
support-ticket-support-site-open = Ouvrez le site web { -support-ticket-azure-support }.
support-ticket-support-site-get = Cliquez sur “Obtenir un support”.
support-ticket-support-site-send = Décrivez votre problème de facturation ou d’abonnement, ajoutez votre code de parcours et envoyez la demande.

## admin
support-ticket-admin = Êtes-vous l’administrateur du compte de l’abonnement { -azure } ?
support-ticket-admin-hint = Seul l’administrateur du compte { -azure } a accès au { -account-center }.
support-ticket-admin-admin = Oui, je suis l’administrateur du compte
support-ticket-admin-not-admin = Non, ou je n’en suis pas sûr

## account-center
support-ticket-account-center = Ouvrez une demande depuis le { -account-center } { -azure }
support-ticket-account-center-open = Connectez-vous au { -account-center } { -azure }.
support-ticket-account-center-subscription = Sélectionnez l’abonnement concerné par le problème.
support-ticket-account-center-contact = Cliquez sur “Contacter le support { -microsoft }” et envoyez votre demande.

## find-admin
support-ticket-find-admin = Faites ouvrir la demande par l’administrateur du compte
support-ticket-find-admin-faq = Identifiez l’administrateur du compte de l’abonnement : le forum aux questions explique comment.
support-ticket-find-admin-ask = Demandez-lui d’ouvrir la demande pour vous depuis le { -account-center } { -azure }.
support-ticket-find-admin-share = Transmettez-lui votre code de parcours et une brève description du problème à y joindre.

## last-resort
support-ticket-last-resort = Conservez le résumé du ticket ci-dessous et envoyez-le dès que possible depuis le site web { -support-ticket-azure-support } (https://azure.microsoft.com/support/options/, “Obtenir un support”). Si vous n’êtes pas l’administrateur du compte, vous pouvez aussi le lui confier pour qu’il l’envoie.
