# Sujet : ouvrir une demande de support pour un problème de facturation ou d’abonnement (source 004).
# Toutes les escalades des autres sujets arrivent sur support-ticket-start.

-support-ticket-azure-support = Support { -azure }

support-ticket-title = Ouvrir une demande de support pour un problème de facturation ou d’abonnement

## start
support-ticket-start = Ouvrons une demande de support. Quelle situation est la vôtre ?
support-ticket-start-hint = Le support pour la facturation et les abonnements est gratuit, avec ou sans plan de support. Gardez sous la main votre code de parcours et le résumé : ils serviront à remplir la demande.
support-ticket-start-portal = Je peux me connecter au { -azure-portal }
support-ticket-start-no-portal = Je ne peux pas me connecter au { -azure-portal }
support-ticket-start-no-subscription = Je n’ai pas encore d’abonnement : l’inscription n’aboutit pas

## portal-request
support-ticket-portal-request = Ouvrez une demande dans le { -azure-portal }
support-ticket-portal-request-hint = Une fois la demande créée, un ingénieur du { -support-ticket-azure-support } vous contacte par le moyen que vous avez choisi.
support-ticket-portal-request-open = Connectez-vous au { -azure-portal } et sélectionnez « { -help-support } » > « Nouvelle demande de support ».
support-ticket-portal-request-basics = Choisissez le type de problème « Facturation », puis votre abonnement et la catégorie du problème.
support-ticket-portal-request-severity = Choisissez la gravité que propose le résumé ; le tableau des niveaux de gravité décrit chacun d’eux.
support-ticket-portal-request-details = Donnez un titre à la demande, puis collez les détails du résumé dans la description.
support-ticket-portal-request-time = Indiquez quand le problème a commencé (date, heure et fuseau horaire), et joignez vos captures d’écran ou documents s’il y en a.
support-ticket-portal-request-create = Vérifiez vos coordonnées et le moyen de contact préféré, sélectionnez « Vérifier + créer », puis « Créer ».

## support-site
support-ticket-support-site = Ouvrez une demande depuis le site web du { -support-ticket-azure-support }
support-ticket-support-site-open = Ouvrez le site web du { -support-ticket-azure-support }.
support-ticket-support-site-get = Sélectionnez « Obtenir un support » (Get support).
support-ticket-support-site-send = Décrivez votre problème de facturation ou d’abonnement, collez le résumé et votre code de parcours, puis envoyez la demande.

## sign-up-request
support-ticket-sign-up-request = Demandez de l’aide pour une inscription qui n’aboutit pas
support-ticket-sign-up-request-hint = Nul besoin d’abonnement pour obtenir de l’aide sur l’inscription.
support-ticket-sign-up-request-open = Ouvrez le site web du { -support-ticket-azure-support }.
support-ticket-sign-up-request-get = Sélectionnez « Obtenir un support » (Get support) et connectez-vous avec le compte utilisé pour l’inscription.
support-ticket-sign-up-request-describe = Indiquez l’étape de l’inscription qui échoue, et collez le résumé et votre code de parcours.
support-ticket-sign-up-request-send = Envoyez la demande.

## admin
support-ticket-admin = Êtes-vous l’administrateur du compte de l’abonnement { -azure } ?
support-ticket-admin-hint = L’administrateur du compte peut ouvrir une demande depuis l’abonnement lui-même.
support-ticket-admin-admin = Oui, je suis l’administrateur du compte
support-ticket-admin-not-admin = Non, ou je ne sais pas

## account-center
support-ticket-account-center = Ouvrez la demande depuis votre abonnement
support-ticket-account-center-open = Connectez-vous au { -azure-portal } en tant qu’administrateur du compte et ouvrez « Abonnements ».
support-ticket-account-center-subscription = Sélectionnez l’abonnement concerné par le problème.
support-ticket-account-center-contact = Dans son menu, sous « Support + dépannage », sélectionnez « Nouvelle demande de support » et envoyez-la.

## find-admin
support-ticket-find-admin = Faites ouvrir la demande par l’administrateur du compte
support-ticket-find-admin-faq = Identifiez l’administrateur du compte de l’abonnement.
support-ticket-find-admin-ask = Demandez-lui d’ouvrir la demande pour vous depuis le { -azure-portal }.
support-ticket-find-admin-share = Transmettez-lui le résumé et votre code de parcours à y joindre.

## last-resort
support-ticket-last-resort = Aucune demande n’a pu être ouverte cette fois. Enregistrez le résumé ci-dessous avec s, puis réessayez plus tard depuis un autre navigateur ou un autre appareil. Si vous avez acheté { -azure } auprès d’un partenaire ou d’un revendeur, il peut ouvrir la demande pour vous.
