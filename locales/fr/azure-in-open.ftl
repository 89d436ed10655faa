# Sujet : activer Azure dans Open et les services en ligne des programmes Open (clé OSA, jetons, e-mail d’activation).
-azure-in-open-m365-admin = Centre d’administration Microsoft 365
-azure-in-open-pinpoint = Microsoft Pinpoint
-azure-in-open-programs = Open, Open Value et Open Value Subscription

azure-in-open-title = Je n’arrive pas à activer { -azure-in-open } ou un autre service en ligne d’un programme Open

azure-in-open-start = Où en êtes-vous de votre achat Open ?
azure-in-open-start-hint = Pour les services en ligne achetés par un programme Open ({ -azure-in-open-programs }), { -azure-in-open } compris. Les activations Open n’exigent plus de clé : elles partent de l’e-mail envoyé après la commande, ou du { -azure-in-open-m365-admin }.
azure-in-open-start-osa-key = Une clé OSA (« Online Service Activation ») pour { -azure-in-open }
azure-in-open-start-email = Un e-mail avec un lien pour activer mes services
azure-in-open-start-no-email = Une commande, mais je ne trouve ni clé ni e-mail
azure-in-open-start-no-key = Pas de clé, et je veux acheter { -azure } par Open
azure-in-open-start-stuck = J’ai commencé l’activation, mais elle n’aboutit pas
azure-in-open-start-after = J’ai activé, mais quelque chose ne va pas

azure-in-open-key-tokens = Vérifiez votre clé OSA et ses jetons
azure-in-open-key-tokens-valid = Demandez au partenaire qui vous a vendu la clé de confirmer qu’elle est toujours valide : les clés et leurs jetons ne servent que pendant une durée limitée après l’achat.
azure-in-open-key-tokens-token = Demandez-lui aussi s’il reste au moins un jeton { -azure-in-open } sur cette clé.
azure-in-open-key-tokens-activate = Activez le nouvel abonnement { -azure-in-open } avec cette clé, en suivant la page de prise en main.

azure-in-open-email-link = Activez depuis l’e-mail reçu
azure-in-open-email-link-hint = Les services en ligne Open s’activent désormais sans clé : l’e-mail envoyé après votre commande contient le lien.
azure-in-open-email-link-find = Retrouvez l’e-mail reçu après la commande de vos services en ligne.
azure-in-open-email-link-open = Sélectionnez le lien d’activation qu’il contient.
azure-in-open-email-link-follow = Suivez les instructions de l’e-mail jusqu’au bout.
azure-in-open-email-link-wait = Comptez jusqu’à 24 heures avant que le service apparaisse comme activé.

azure-in-open-admin-center = Lancez l’activation depuis le { -azure-in-open-m365-admin }
azure-in-open-admin-center-hint = Les commandes { -azure } s’activent avec des clés qui se trouvent dans le module « Product & Services ».
azure-in-open-admin-center-sign-in = Connectez-vous au { -azure-in-open-m365-admin } avec vos identifiants.
azure-in-open-admin-center-products = Dans le menu « Navigation », sélectionnez « Facturation » > « Vos produits », puis l’onglet « Licence en volume ».
azure-in-open-admin-center-module = Ouvrez le module « Product & Services » ou « Contracts ».
azure-in-open-admin-center-license = Dans la section « Clés », sélectionnez l’ID de licence à gérer.
azure-in-open-admin-center-start = Sélectionnez « Gérer l’activation », puis « Démarrer l’activation » : une fenêtre s’ouvre avec la clé déjà saisie.
azure-in-open-admin-center-finish = Terminez les étapes d’activation restantes jusqu’à ce que le produit soit activé.
azure-in-open-admin-center-wait = Le service peut mettre jusqu’à 24 heures à apparaître comme activé dans la section des licences en volume.

azure-in-open-get-key = Achetez { -azure } autrement : Open License ne le vend plus
azure-in-open-get-key-hint = { -azure-in-open } était vendu sous forme de clés OSA par Open License, qui n’accepte plus de nouvelles commandes depuis le 1er janvier 2022.
azure-in-open-get-key-ended = Il n’est plus possible d’acheter de nouvelles clés OSA par Open License.
azure-in-open-get-key-held = Si votre organisation possède déjà une clé OSA, vérifiez plutôt celle-ci : revenez à la première question et choisissez la clé OSA.
azure-in-open-get-key-partner = Pour acheter { -azure } pour votre organisation aujourd’hui, adressez-vous à un partenaire { -microsoft } trouvé dans l’annuaire des partenaires (anciennement { -azure-in-open-pinpoint }).
azure-in-open-get-key-direct = Ou achetez-le directement, sous forme d’abonnement avec paiement à l’utilisation.

azure-in-open-stuck = À quelle étape l’activation est-elle bloquée ?
azure-in-open-stuck-key-refused = Ma clé OSA ne fonctionne pas
azure-in-open-stuck-no-azure = Je ne vois pas ma commande { -azure }
azure-in-open-stuck-no-account = On me demande un compte professionnel ou scolaire que je n’ai pas
azure-in-open-stuck-company = Je ne sais pas si mon organisation a déjà un compte
azure-in-open-something-else = Autre chose

azure-in-open-azure-order = Retrouvez la clé de votre commande { -azure }
azure-in-open-azure-order-sign-in = Connectez-vous au { -azure-in-open-m365-admin }.
azure-in-open-azure-order-products = Sélectionnez « Facturation » > « Vos produits », puis l’onglet « Licence en volume ».
azure-in-open-azure-order-module = Ouvrez le module « Product & Services » : vos clés { -azure } s’y trouvent.
azure-in-open-azure-order-guide = Activez { -azure } avec cette clé, comme l’explique la page « Démarrer avec Azure dans Licence Open ».

azure-in-open-work-account = Procurez-vous un compte professionnel ou scolaire
azure-in-open-work-account-hint = Les services en ligne s’activent avec le compte qui sert aux services { -microsoft } de votre organisation, pas avec un compte personnel.
# Des exemples d’adresse, traduits exprès :
# localised: utilisateur@organisation.com, utilisateur@organisation.onmicrosoft.com
azure-in-open-work-account-form = Vérifiez si vous en avez déjà un. Il a la forme utilisateur@organisation.com ou utilisateur@organisation.onmicrosoft.com (organisation : le domaine de messagerie de votre organisation).
azure-in-open-work-account-request = Si vous n’en avez pas, demandez-en un quand l’activation vous propose de vous inscrire ; l’administrateur de votre locataire l’approuve.
azure-in-open-work-account-wait = Attendez que l’administrateur du locataire (tenant) de votre organisation accepte ou refuse la demande.
azure-in-open-work-account-sign-in = Une fois la demande acceptée, connectez-vous au { -azure-in-open-m365-admin } avec ce compte.

azure-in-open-company-field = Dans la configuration du compte d’organisation, le champ « Entreprise » affiche-t-il déjà le nom de votre organisation ?
azure-in-open-company-field-hint = Le nom de l’organisation est tiré de l’ID de licence du service à activer. Si votre organisation a déjà un compte, ce nom est prérempli.
azure-in-open-company-field-available = Oui, le nom de mon organisation y figure
azure-in-open-company-field-missing = Non, il est vide ou je ne peux pas le sélectionner
azure-in-open-company-field-unsure = Je ne sais pas

azure-in-open-finish-registration = Terminez l’inscription avec le compte de votre organisation
azure-in-open-finish-registration-check = Vérifiez que le nom d’organisation affiché est bien le vôtre : il provient de votre commande de service en ligne d’origine.
azure-in-open-finish-registration-complete = Terminez l’inscription.
azure-in-open-finish-registration-activate = Connectez-vous, puis activez le service.

azure-in-open-register-org = Inscrivez d’abord votre organisation
azure-in-open-register-org-hint = Les administrateurs généraux accèdent à presque tous les paramètres et à la plupart des données de votre organisation : gardez-en le moins possible.
azure-in-open-register-org-admin = Faites-le faire par un administrateur général : aucun autre rôle ne peut inscrire l’organisation.
azure-in-open-register-org-register = Inscrivez l’organisation.
azure-in-open-register-org-activate = Reconnectez-vous, puis activez le service.

azure-in-open-after = Qu’est-ce qui ne va pas ?
azure-in-open-after-not-shown = Le service n’apparaît pas comme activé
azure-in-open-after-logged-out = Le portail d’activation ferme ma session après une activation
azure-in-open-after-other-org = Je veux attribuer l’achat à une autre organisation

azure-in-open-wait-24h = Laissez à l’activation le temps de s’afficher
azure-in-open-wait-24h-wait = Patientez : cela peut prendre jusqu’à 24 heures.
azure-in-open-wait-24h-check = Revérifiez ensuite la section des licences en volume du { -azure-in-open-m365-admin }.

azure-in-open-next-agreement = Activez chaque contrat dans sa propre session
azure-in-open-next-agreement-hint = C’est normal : chaque contrat Open s’active séparément, dans sa propre session, pour que ses licences n’aboutissent pas sur le mauvais locataire.
azure-in-open-next-agreement-sign-in = Reconnectez-vous.
azure-in-open-next-agreement-activate = Activez le contrat suivant.
azure-in-open-next-agreement-repeat = Recommencez pour chaque contrat restant.

azure-in-open-new-org = Attribuez votre achat à une nouvelle organisation
azure-in-open-new-org-sign-up = Suivez les étapes d’inscription pour créer la nouvelle organisation.
azure-in-open-new-org-assign = Attribuez-lui les licences ou les produits que vous avez achetés.

azure-in-open-no-fix = Le support des licences en volume traite les activations des programmes Open. Indiquez-lui votre numéro de contrat ou votre ID de licence et le nom de votre organisation : le résumé ci-dessous prévoit les deux.
