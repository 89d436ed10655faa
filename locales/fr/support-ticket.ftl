# Sujet : ouvrir une demande de support pour un problème de facturation ou d’abonnement (source 004).
# Toutes les escalades des autres sujets arrivent sur support-ticket-start.

# en: f0d82446
-support-ticket-azure-support = Support { -azure }

# en: 4ff79d45
support-ticket-title = Ouvrir une demande de support auprès du bon service

## start
# en: 3ce66888
support-ticket-start = Ouvrons une demande de support. Quelle situation correspond à la vôtre ?
# en: 3f699f96
support-ticket-start-hint = Le support de facturation et d’abonnement est gratuit, avec ou sans plan de support. Gardez le résumé sous la main : il servira à remplir la demande.
# en: c188f9de
support-ticket-start-portal = Je peux me connecter au { -azure-portal }
# en: 39ef2e1a
support-ticket-start-no-portal = Je ne peux pas me connecter au { -azure-portal }
# en: dc040cca
support-ticket-start-no-subscription = Je n’ai pas encore d’abonnement : l’inscription n’aboutit pas
# en: afe042be
support-ticket-start-partner-center = Cela concerne mon compte ou mon adhésion dans l’{ -partner-center }
# en: 3ae5d3f5
support-ticket-start-licensing = Cela concerne un contrat Open ou de licences en volume
# en: 1083f5fe
support-ticket-start-visual-studio = Cela concerne mon abonnement { -visual-studio }
# en: 3a1b5941
support-ticket-start-startups = Cela concerne des crédits { -startups }

## portal-request
# en: 51fd4d01
support-ticket-portal-request = Ouvrez une demande dans le { -azure-portal }
# en: b4fd18f0
support-ticket-portal-request-hint = Une fois la demande créée, un ingénieur du { -support-ticket-azure-support } vous contacte par le moyen que vous avez choisi.
# en: 0b74ba70
support-ticket-portal-request-open = Connectez-vous au { -azure-portal }, sélectionnez « ? » (Aide) en haut, puis « Créer une demande de support » (« Create a support request »).
# en: c30d7be7
support-ticket-portal-request-basics = Choisissez le type de problème « Facturation » (« Billing ») et votre abonnement, puis décrivez le problème en une ligne : le résumé du problème indiqué dans le résumé.
# en: 2994f825
support-ticket-portal-request-severity = Choisissez la gravité indiquée dans le résumé : C pour la plupart des questions de facturation, B quand le travail continue mais en mode dégradé, A seulement pour une perte de service critique. La page des délais de réponse décrit chaque niveau.
# en: b7b9216a
support-ticket-portal-request-details = Collez les détails du résumé dans la description du problème.
# en: e24b7b8a
support-ticket-portal-request-time = Indiquez quand le problème a commencé (date, heure et fuseau horaire) et joignez une capture d’écran ou un document si vous en avez un.
# en: ac6c5880
support-ticket-portal-request-create = Choisissez comment être contacté ou contactée (e-mail ou téléphone) et vérifiez vos coordonnées, puis sélectionnez « Vérifier + créer » (« Review + create ») et « Créer » (« Create »).
# en: 16ca122d
support-ticket-blocked = Qu’est-ce qui a bloqué la demande ?
# en: 851df35b
support-ticket-blocked-no-role = Le portail indique que je n’ai pas l’autorisation de créer une demande de support
# en: 589bd699
support-ticket-blocked-form = Le formulaire a échoué, ou je ne l’ai pas trouvé

## support-site
# en: 6875f245
support-ticket-support-site = Ouvrez une demande depuis le site web du { -support-ticket-azure-support }
# en: 566111ed
support-ticket-support-site-open = Ouvrez le site web du { -support-ticket-azure-support }.
# en: f323ffb0
support-ticket-support-site-get = Sélectionnez « Soumettre un ticket de support » (Submit a support ticket), anciennement « Obtenir un support » (Get support).
# en: 3740d77e
support-ticket-support-site-send = Décrivez votre problème de facturation ou d’abonnement, collez le résumé et votre code de parcours, puis envoyez la demande.

## sign-up-request
# en: 1b08be43
support-ticket-sign-up-request = Demandez au support de facturation de l’aide pour une inscription qui n’aboutit pas
# en: b4b30cfc
support-ticket-sign-up-request-hint = Aucun abonnement n’est nécessaire pour demander de l’aide sur une inscription.
# en: 36741ba5
support-ticket-sign-up-request-open = Connectez-vous au { -azure-portal } avec le compte utilisé pour l’inscription, sélectionnez « ? » (Aide), puis « Créer une demande de support ».
# en: f02e74ce
support-ticket-sign-up-request-get = Choisissez le type de problème « Facturation » ; là où un abonnement est demandé, indiquez que vous n’en avez pas encore. Créer une demande sans abonnement exige un administrateur de l’annuaire du compte ; depuis un terminal, l’interface Azure CLI le fait aussi :
        az support no-subscription tickets create
# en: e49ebbf9
support-ticket-sign-up-request-describe = Indiquez l’étape de l’inscription qui échoue et ce qu’elle affiche, et collez le résumé.
# en: 4c9e50a7
support-ticket-sign-up-request-send = Choisissez « Téléphone » comme moyen de contact si vous préférez être appelé ou appelée, puis créez la demande.

## admin

## account-center

## find-admin
# en: d83a7777
support-ticket-find-admin = Faites ouvrir la demande par une personne qui a le bon rôle
# en: e80b6d07
support-ticket-find-admin-hint = Seuls les rôles Propriétaire (« Owner »), Contributeur (« Contributor ») ou Contributeur de demande de support (« Support Request Contributor ») sur l’abonnement, ou un rôle personnalisé qui autorise les demandes de support, peuvent en créer une.
# en: 616e1973
support-ticket-find-admin-roles = Trouvez qui a l’un de ces rôles sur l’abonnement : sa page « Contrôle d’accès (IAM) » dans le { -azure-portal } les liste, ou demandez à votre service informatique.
# en: 0e72f435
support-ticket-find-admin-ask = Demandez-lui de créer la demande pour vous : « ? » (Aide), puis « Créer une demande de support », type de problème « Facturation ».
# en: 44f5d8da
support-ticket-find-admin-share = Transmettez-lui le résumé, votre code de parcours et votre session à joindre.
# en: 13ba3161
support-ticket-partner-center-request = Ouvrez une demande auprès du support de l’{ -partner-center }
# en: b6799247
support-ticket-partner-center-request-hint = Connectez-vous avec le compte professionnel lié à votre PartnerID ; un premier contact peut demander une vérification de sécurité.
# en: 91cb72ea
support-ticket-partner-center-request-open = Lisez comment contacter le support de l’{ -partner-center }, puis connectez-vous à l’{ -partner-center }.
# en: 6cf3dae7
support-ticket-partner-center-request-new = Sélectionnez « ? » (Aide), puis « Contacter le support » (« Contact Support » ; sur les anciens écrans : « Support » > « Nouvelle demande »).
# en: 1c5e1608
support-ticket-partner-center-request-describe = Remplissez le résumé et le type du problème, parcourez les solutions proposées, puis sélectionnez « Créer une demande de support » (« Create support request »).
# en: 35f54773
support-ticket-partner-center-request-send = Ajoutez les détails du résumé (PartnerID, domaine du locataire, ce que vous avez essayé) et envoyez.
# en: 79398b51
support-ticket-licensing-request = Contactez le support { -microsoft } des licences en volume
# en: 848027f9
support-ticket-licensing-request-hint = Les contrats des programmes Open relèvent du support des licences en volume, pas du support de facturation { -azure }.
# en: 6601cff4
support-ticket-licensing-request-open = Ouvrez la page « Contacter le support des licences en volume » (« Contact volume licensing support »).
# en: 95796866
support-ticket-licensing-request-choose = Utilisez son formulaire en ligne (votre type de contrat, par exemple « Open Value or Open Value Subscription », puis « Professional No Charge »), ou appelez le numéro indiqué.
# en: a1aa86ba
support-ticket-licensing-request-describe = Indiquez votre numéro de contrat ou votre ID de licence, et collez le résumé.
# en: c1cb9b8e
support-ticket-licensing-request-wait = La réponse arrive sous 24 heures ouvrées. Par téléphone, gardez votre numéro de dossier et votre numéro de contrat sous la main.
# en: 79e70514
support-ticket-visual-studio-request = Contactez le support des abonnements { -visual-studio }
# en: 10442d24
support-ticket-visual-studio-request-open = Ouvrez la page du support des abonnements { -visual-studio }.
# en: 94f24917
support-ticket-visual-studio-request-choose = Choisissez l’aide sur les abonnements, les comptes et la facturation.
# en: 307522f3
support-ticket-visual-studio-request-describe = Indiquez l’adresse e-mail à laquelle votre abonnement est attribué, et collez le résumé.
# en: e5542e62
support-ticket-startups-request = Contactez le support { -startups }
# en: 552ba71a
support-ticket-startups-request-open = Ouvrez la page du support { -startups } et connectez-vous au portail.
# en: 20a62ea7
support-ticket-startups-request-help = Sélectionnez « ? » (Aide), puis « Submit a Support Ticket ».
# en: 48d95fa1
support-ticket-startups-request-describe = Indiquez le nom de votre start-up et le compte avec lequel vous vous connectez, et collez le résumé.

## last-resort
# en: 3163109b
support-ticket-last-resort = Aucune demande n’a pu être créée cette fois. Gardez le résumé (copiez-le, ou enregistrez la session) et réessayez plus tard depuis un autre navigateur ou appareil. Si vous avez acheté { -azure } auprès d’un partenaire ou d’un revendeur, il peut ouvrir la demande pour vous.
# en: 1a7c63a4
support-ticket-later = Ce service n’a pas pu être joint cette fois. Gardez le résumé (copiez-le, ou enregistrez la session) et réessayez plus tard.
