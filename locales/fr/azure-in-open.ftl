# Sujet : activer Azure dans Open et les services en ligne des programmes Open (clé OSA, jetons, e-mail d’activation).
# en: f52f2ba6
-azure-in-open-m365-admin = Centre d’administration Microsoft 365
# en: c116a640
-azure-in-open-pinpoint = Microsoft Pinpoint
# en: bd3b75cf
-azure-in-open-programs = Open, Open Value et Open Value Subscription

# en: ba603cdc
azure-in-open-title = Je n’arrive pas à activer { -azure-in-open } ou un autre service en ligne d’un programme Open

# en: 2baa895b
azure-in-open-start = Où en êtes-vous de votre achat Open ?
# en: fcff1b95
azure-in-open-start-hint = Pour les services en ligne achetés par un programme Open ({ -azure-in-open-programs }), { -azure-in-open } compris. Les activations Open n’exigent plus de clé : elles partent de l’e-mail envoyé après la commande, ou du { -azure-in-open-m365-admin }.
# en: f86243f9
azure-in-open-start-osa-key = Une clé OSA (« Online Service Activation ») pour { -azure-in-open }
# en: cc683c81
azure-in-open-start-email = Un e-mail avec un lien pour activer mes services
# en: b15be674
azure-in-open-start-no-email = Une commande, mais je ne trouve ni clé ni e-mail
# en: 34d49610
azure-in-open-start-no-key = Pas de clé, et je veux acheter { -azure } par Open
# en: aa60549a
azure-in-open-start-stuck = J’ai commencé l’activation, mais elle n’aboutit pas
# en: b1ff314d
azure-in-open-start-after = J’ai activé, mais quelque chose ne va pas

# en: 6aadfa46
azure-in-open-key-tokens = Vérifiez votre clé OSA et ses jetons
# en: d8623805
azure-in-open-key-tokens-valid = Demandez au partenaire qui vous a vendu la clé de confirmer qu’elle est toujours valide : les crédits d’une clé s’utilisent pendant 12 mois après son activation.
# en: 85696c5a
azure-in-open-key-tokens-token = Demandez-lui aussi s’il reste au moins un jeton { -azure-in-open } sur cette clé.
# en: 3588cc57
azure-in-open-key-tokens-activate = Activez le nouvel abonnement { -azure-in-open } avec cette clé, en suivant la page de prise en main.

# en: 5e5cde49
azure-in-open-email-link = Activez depuis l’e-mail reçu
# en: fb855ee2
azure-in-open-email-link-hint = Les services en ligne Open s’activent désormais sans clé : l’e-mail envoyé après votre commande contient le lien.
# en: 461d4a0e
azure-in-open-email-link-find = Retrouvez l’e-mail reçu après la commande de vos services en ligne.
# en: 8857994d
azure-in-open-email-link-open = Sélectionnez le lien d’activation qu’il contient.
# en: 5fb6da10
azure-in-open-email-link-follow = Suivez les instructions de l’e-mail jusqu’au bout.
# en: 05fac9b9
azure-in-open-email-link-wait = Comptez jusqu’à 24 heures avant que le service apparaisse comme activé.

# en: 3948449a
azure-in-open-admin-center = Lancez l’activation depuis le { -azure-in-open-m365-admin }
# en: 3bf4add2
azure-in-open-admin-center-hint = Les commandes { -azure } s’activent avec des clés qui se trouvent dans le module « Product & Services ».
# en: e8b9ad1c
azure-in-open-admin-center-sign-in = Connectez-vous au { -azure-in-open-m365-admin } avec vos identifiants.
# en: da2edd6c
azure-in-open-admin-center-products = Dans le menu « Navigation », sélectionnez « Facturation » > « Vos produits », puis l’onglet « Licence en volume ».
# en: e018f085
azure-in-open-admin-center-module = Ouvrez le module « Product & Services » ou « Contracts ».
# en: a1076edf
azure-in-open-admin-center-license = Dans la section « Clés », sélectionnez l’ID de licence à gérer.
# en: 6e4f24bf
azure-in-open-admin-center-start = Sélectionnez « Gérer l’activation », puis « Démarrer l’activation » : une fenêtre s’ouvre avec la clé déjà saisie.
# en: a316b430
azure-in-open-admin-center-finish = Terminez les étapes d’activation restantes jusqu’à ce que le produit soit activé.
# en: 785e4c66
azure-in-open-admin-center-wait = Le service peut mettre jusqu’à 24 heures à apparaître comme activé dans la section des licences en volume.

# en: e943a4c7
azure-in-open-get-key = Achetez { -azure } autrement : Open License ne le vend plus
# en: d8f02833
azure-in-open-get-key-hint = { -azure-in-open } était vendu sous forme de clés OSA par Open License, qui n’accepte plus de nouvelles commandes depuis le 1er janvier 2022.
# en: 927a8d18
azure-in-open-get-key-ended = Il n’est plus possible d’acheter de nouvelles clés OSA par Open License.
# en: a5338efd
azure-in-open-get-key-held = Si votre organisation possède déjà une clé OSA, vérifiez plutôt celle-ci : revenez à la première question et choisissez la clé OSA.
# en: 4c7a784b
azure-in-open-get-key-partner = Pour acheter { -azure } pour votre organisation aujourd’hui, adressez-vous à un partenaire { -microsoft } trouvé dans l’annuaire des partenaires (anciennement { -azure-in-open-pinpoint }).
# en: 95e41859
azure-in-open-get-key-direct = Ou achetez-le directement, sous forme d’abonnement avec paiement à l’utilisation.

# en: d2f8c246
azure-in-open-stuck = À quelle étape l’activation est-elle bloquée ?
# en: 7b2282be
azure-in-open-stuck-key-refused = Ma clé OSA ne fonctionne pas
# en: fa1739c8
azure-in-open-stuck-no-azure = Je ne vois pas ma commande { -azure }
# en: 75cbd414
azure-in-open-stuck-no-account = On me demande un compte professionnel ou scolaire que je n’ai pas
# en: a7ff73a0
azure-in-open-stuck-company = Je ne sais pas si mon organisation a déjà un compte
# en: caafd7f8
azure-in-open-something-else = Autre chose

# en: 875b3631
azure-in-open-azure-order = Retrouvez la clé de votre commande { -azure }
# en: 83cddb62
azure-in-open-azure-order-sign-in = Connectez-vous au { -azure-in-open-m365-admin }.
# en: a12c0f62
azure-in-open-azure-order-products = Sélectionnez « Facturation » > « Vos produits », puis l’onglet « Licence en volume ».
# en: 826e28a4
azure-in-open-azure-order-module = Ouvrez le module « Product & Services » : vos clés { -azure } s’y trouvent.
# en: 7000ce40
azure-in-open-azure-order-guide = Activez { -azure } avec cette clé, comme l’explique la page « Démarrer avec Azure dans Licence Open ».

# en: 59f8d0e4
azure-in-open-work-account = Procurez-vous un compte professionnel ou scolaire
# en: 71e96c61
azure-in-open-work-account-hint = Les services en ligne s’activent avec le compte qui sert aux services { -microsoft } de votre organisation, pas avec un compte personnel.
# Des exemples d’adresse, traduits exprès :
# localised: utilisateur@organisation.com, utilisateur@organisation.onmicrosoft.com
# en: 27968c6a
azure-in-open-work-account-form = Vérifiez si vous en avez déjà un. Il a la forme utilisateur@organisation.com ou utilisateur@organisation.onmicrosoft.com (organisation : le domaine de messagerie de votre organisation).
# en: 8c63da52
azure-in-open-work-account-request = Si vous n’en avez pas, demandez-en un quand l’activation vous propose de vous inscrire ; l’administrateur de votre locataire l’approuve.
# en: df4ea223
azure-in-open-work-account-wait = Attendez que l’administrateur du locataire (tenant) de votre organisation accepte ou refuse la demande.
# en: 29a507f4
azure-in-open-work-account-sign-in = Une fois la demande acceptée, connectez-vous au { -azure-in-open-m365-admin } avec ce compte.

# en: e3acf365
azure-in-open-company-field = Dans la configuration du compte d’organisation, le champ « Entreprise » affiche-t-il déjà le nom de votre organisation ?
# en: 4bee2066
azure-in-open-company-field-hint = Le nom de l’organisation est tiré de l’ID de licence du service à activer. Si votre organisation a déjà un compte, ce nom est prérempli.
# en: c3040bf5
azure-in-open-company-field-available = Oui, le nom de mon organisation y figure
# en: b0ae8574
azure-in-open-company-field-missing = Non, il est vide ou je ne peux pas le sélectionner
# en: 56fa1511
azure-in-open-company-field-unsure = Je ne sais pas

# en: a254ffdf
azure-in-open-finish-registration = Terminez l’inscription avec le compte de votre organisation
# en: 384df83e
azure-in-open-finish-registration-check = Vérifiez que le nom d’organisation affiché est bien le vôtre : il provient de votre commande de service en ligne d’origine.
# en: a5b4f45c
azure-in-open-finish-registration-complete = Terminez l’inscription.
# en: 31afa2f3
azure-in-open-finish-registration-activate = Connectez-vous, puis activez le service.

# en: 021835c1
azure-in-open-register-org = Inscrivez d’abord votre organisation
# en: 9ed35ccb
azure-in-open-register-org-hint = Les administrateurs généraux accèdent à presque tous les paramètres et à la plupart des données de votre organisation : gardez-en le moins possible.
# en: d69130f8
azure-in-open-register-org-admin = Faites-le faire par un administrateur général : aucun autre rôle ne peut inscrire l’organisation.
# en: bf4763c9
azure-in-open-register-org-register = Inscrivez l’organisation.
# en: 276defc4
azure-in-open-register-org-activate = Reconnectez-vous, puis activez le service.

# en: 39dcc223
azure-in-open-after = Qu’est-ce qui ne va pas ?
# en: 60c68e53
azure-in-open-after-not-shown = Le service n’apparaît pas comme activé
# en: 5b2f9e14
azure-in-open-after-logged-out = Le portail d’activation ferme ma session après une activation
# en: cd2a11f6
azure-in-open-after-other-org = Je veux attribuer l’achat à une autre organisation

# en: 256228e7
azure-in-open-wait-24h = Laissez à l’activation le temps de s’afficher
# en: 84bfa292
azure-in-open-wait-24h-wait = Patientez : cela peut prendre jusqu’à 24 heures.
# en: 427168f8
azure-in-open-wait-24h-check = Revérifiez ensuite la section des licences en volume du { -azure-in-open-m365-admin }.

# en: f424b99c
azure-in-open-next-agreement = Activez chaque contrat dans sa propre session
# en: c2f2dbf5
azure-in-open-next-agreement-hint = C’est normal : chaque contrat Open s’active séparément, dans sa propre session, pour que ses licences n’aboutissent pas sur le mauvais locataire.
# en: 7c67de6c
azure-in-open-next-agreement-sign-in = Reconnectez-vous.
# en: ecaf2906
azure-in-open-next-agreement-activate = Activez le contrat suivant.
# en: 86e28095
azure-in-open-next-agreement-repeat = Recommencez pour chaque contrat restant.

# en: 7fbb63d2
azure-in-open-new-org = Attribuez votre achat à une nouvelle organisation
# en: 97f3ca00
azure-in-open-new-org-sign-up = Suivez les étapes d’inscription pour créer la nouvelle organisation.
# en: 705fee92
azure-in-open-new-org-assign = Attribuez-lui les licences ou les produits que vous avez achetés.

# en: aefe8280
azure-in-open-no-fix = Le support des licences en volume traite les activations des programmes Open. Indiquez-lui votre numéro de contrat ou votre ID de licence et le nom de votre organisation : le résumé ci-dessous prévoit les deux.
