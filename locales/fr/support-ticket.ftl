# Sujet : ouvrir une demande de support pour un problème de facturation ou d’abonnement (source 004).
# Toutes les escalades des autres sujets arrivent sur support-ticket-start.

-support-ticket-azure-support = Support { -azure }

support-ticket-title = Ouvrir une demande de support auprès du bon service

## start
support-ticket-start = Ouvrons une demande de support. Quelle situation correspond à la vôtre ?
support-ticket-start-hint = Le support de facturation et d’abonnement est gratuit, avec ou sans plan de support. Gardez le résumé sous la main : il servira à remplir la demande.
support-ticket-start-portal = Je peux me connecter au { -azure-portal }
support-ticket-start-no-portal = Je ne peux pas me connecter au { -azure-portal }
support-ticket-start-no-subscription = Je n’ai pas encore d’abonnement : l’inscription n’aboutit pas
support-ticket-start-partner-center = Cela concerne mon compte ou mon adhésion dans l’{ -partner-center }
support-ticket-start-licensing = Cela concerne un contrat Open ou de licences en volume
support-ticket-start-visual-studio = Cela concerne mon abonnement { -visual-studio }
support-ticket-start-startups = Cela concerne des crédits { -startups }

## portal-request
support-ticket-portal-request = Ouvrez une demande dans le { -azure-portal }
support-ticket-portal-request-hint = Une fois la demande créée, un ingénieur du { -support-ticket-azure-support } vous contacte par le moyen que vous avez choisi.
support-ticket-portal-request-open = Connectez-vous au { -azure-portal }, sélectionnez « ? » (Aide) en haut, puis « Créer une demande de support » (« Create a support request »).
support-ticket-portal-request-basics = Choisissez le type de problème « Facturation » (« Billing ») et votre abonnement, puis décrivez le problème en une ligne : le résumé du problème indiqué dans le résumé.
support-ticket-portal-request-severity = Choisissez la gravité indiquée dans le résumé : C pour la plupart des questions de facturation, B quand le travail continue mais en mode dégradé, A seulement pour une perte de service critique. La page des délais de réponse décrit chaque niveau.
support-ticket-portal-request-details = Collez les détails du résumé dans la description du problème.
support-ticket-portal-request-time = Indiquez quand le problème a commencé (date, heure et fuseau horaire) et joignez une capture d’écran ou un document si vous en avez un.
support-ticket-portal-request-create = Choisissez comment être contacté ou contactée (e-mail ou téléphone) et vérifiez vos coordonnées, puis sélectionnez « Vérifier + créer » (« Review + create ») et « Créer » (« Create »).
support-ticket-blocked = Qu’est-ce qui a bloqué la demande ?
support-ticket-blocked-no-role = Le portail indique que je n’ai pas l’autorisation de créer une demande de support
support-ticket-blocked-form = Le formulaire a échoué, ou je ne l’ai pas trouvé

## support-site
support-ticket-support-site = Ouvrez une demande depuis le site web du { -support-ticket-azure-support }
support-ticket-support-site-open = Ouvrez le site web du { -support-ticket-azure-support }.
support-ticket-support-site-get = Sélectionnez « Obtenir un support » (Get support).
support-ticket-support-site-send = Décrivez votre problème de facturation ou d’abonnement, collez le résumé et votre code de parcours, puis envoyez la demande.

## sign-up-request
support-ticket-sign-up-request = Demandez au support de facturation de l’aide pour une inscription qui n’aboutit pas
support-ticket-sign-up-request-hint = Aucun abonnement n’est nécessaire pour demander de l’aide sur une inscription.
support-ticket-sign-up-request-open = Connectez-vous au { -azure-portal } avec le compte utilisé pour l’inscription, sélectionnez « ? » (Aide), puis « Créer une demande de support ».
support-ticket-sign-up-request-get = Choisissez le type de problème « Facturation » ; là où un abonnement est demandé, indiquez que vous n’en avez pas encore. Créer une demande sans abonnement exige un administrateur de l’annuaire du compte ; depuis un terminal, l’interface Azure CLI le fait aussi :
        az support no-subscription tickets create
support-ticket-sign-up-request-describe = Indiquez l’étape de l’inscription qui échoue et ce qu’elle affiche, et collez le résumé.
support-ticket-sign-up-request-send = Choisissez « Téléphone » comme moyen de contact si vous préférez être appelé ou appelée, puis créez la demande.

## admin

## account-center

## find-admin
support-ticket-find-admin = Faites ouvrir la demande par une personne qui a le bon rôle
support-ticket-find-admin-hint = Seuls les rôles Propriétaire (« Owner »), Contributeur (« Contributor ») ou Contributeur de demande de support (« Support Request Contributor ») sur l’abonnement, ou un rôle personnalisé qui autorise les demandes de support, peuvent en créer une.
support-ticket-find-admin-roles = Trouvez qui a l’un de ces rôles sur l’abonnement : sa page « Contrôle d’accès (IAM) » dans le { -azure-portal } les liste, ou demandez à votre service informatique.
support-ticket-find-admin-ask = Demandez-lui de créer la demande pour vous : « ? » (Aide), puis « Créer une demande de support », type de problème « Facturation ».
support-ticket-find-admin-share = Transmettez-lui le résumé, votre code de parcours et votre session à joindre.
support-ticket-partner-center-request = Ouvrez une demande auprès du support de l’{ -partner-center }
support-ticket-partner-center-request-hint = Connectez-vous avec le compte professionnel lié à votre PartnerID ; un premier contact peut demander une vérification de sécurité.
support-ticket-partner-center-request-open = Lisez comment contacter le support de l’{ -partner-center }, puis connectez-vous à l’{ -partner-center }.
support-ticket-partner-center-request-new = Sélectionnez « ? » (Aide), puis « Contacter le support » (« Contact Support » ; sur les anciens écrans : « Support » > « Nouvelle demande »).
support-ticket-partner-center-request-describe = Remplissez le résumé et le type du problème, parcourez les solutions proposées, puis sélectionnez « Créer une demande de support » (« Create support request »).
support-ticket-partner-center-request-send = Ajoutez les détails du résumé (PartnerID, domaine du locataire, ce que vous avez essayé) et envoyez.
support-ticket-licensing-request = Contactez le support { -microsoft } des licences en volume
support-ticket-licensing-request-hint = Les contrats des programmes Open relèvent du support des licences en volume, pas du support de facturation { -azure }.
support-ticket-licensing-request-open = Ouvrez la page « Contacter le support des licences en volume » (« Contact volume licensing support »).
support-ticket-licensing-request-choose = Utilisez son formulaire en ligne (votre type de contrat, par exemple « Open Value or Open Value Subscription », puis « Professional No Charge »), ou appelez le numéro indiqué.
support-ticket-licensing-request-describe = Indiquez votre numéro de contrat ou votre ID de licence, et collez le résumé.
support-ticket-licensing-request-wait = La réponse arrive sous 24 heures ouvrées. Par téléphone, gardez votre numéro de dossier et votre numéro de contrat sous la main.
support-ticket-visual-studio-request = Contactez le support des abonnements { -visual-studio }
support-ticket-visual-studio-request-open = Ouvrez la page du support des abonnements { -visual-studio }.
support-ticket-visual-studio-request-choose = Choisissez l’aide sur les abonnements, les comptes et la facturation.
support-ticket-visual-studio-request-describe = Indiquez l’adresse e-mail à laquelle votre abonnement est attribué, et collez le résumé.
support-ticket-startups-request = Contactez le support { -startups }
support-ticket-startups-request-open = Ouvrez la page du support { -startups } et connectez-vous au portail.
support-ticket-startups-request-help = Sélectionnez « ? » (Aide), puis « Submit a Support Ticket ».
support-ticket-startups-request-describe = Indiquez le nom de votre start-up et le compte avec lequel vous vous connectez, et collez le résumé.

## last-resort
support-ticket-last-resort = Aucune demande n’a pu être créée cette fois. Gardez le résumé (copiez-le, ou enregistrez la session) et réessayez plus tard depuis un autre navigateur ou appareil. Si vous avez acheté { -azure } auprès d’un partenaire ou d’un revendeur, il peut ouvrir la demande pour vous.
support-ticket-later = Ce service n’a pas pu être joint cette fois. Gardez le résumé (copiez-le, ou enregistrez la session) et réessayez plus tard.
