# Services de support (canaux) : leur nom tel que les clients les rencontrent, comment joindre chacun, et les champs
# que leurs demandes exigent. Déclarés dans flows/root.yaml ; affichés aux fins d'escalade et dans le résumé.

# en: fea32a6e
-startups = Microsoft for Startups

# en: bbdacf29
channel-azure-billing = Support { -azure } facturation et abonnements
# en: 494faf97
channel-azure-billing-reach = Dans le { -azure-portal }, sélectionnez « ? » (Aide), puis « Créer une demande de support » (« Create a support request »), et choisissez le type de problème « Facturation » (« Billing »). Le support de facturation est gratuit pour tout compte, avec ou sans plan de support.
# en: e3e684b0
channel-azure-billing-problem = Problème de facturation ou d’abonnement { -azure }
# en: 808f8a09
channel-azure-billing-issue-type = Facturation (« Billing »)

# en: 10a315be
channel-billing-no-subscription = Support de facturation { -azure } pour une inscription (sans abonnement)
# en: 7d87479a
channel-billing-no-subscription-reach = Connectez-vous au { -azure-portal } avec le compte utilisé pour l’inscription, sélectionnez « ? » (Aide), puis « Créer une demande de support », et choisissez le type de problème « Facturation » ; aucun abonnement n’est nécessaire pour une question d’inscription.
# en: eae52f15
channel-billing-no-subscription-problem = L’inscription à { -azure } n’aboutit pas

# en: b9345d7e
channel-partner-center = Support de l’{ -partner-center }
# en: 0e2aba28
channel-partner-center-reach = Connectez-vous à l’{ -partner-center } avec votre compte professionnel, sélectionnez « ? » (Aide), puis « Contacter le support » (« Contact Support »), et créez une demande de support.
# en: 38f347a9
channel-partner-center-problem = Problème de compte ou d’adhésion dans l’{ -partner-center }

# en: 7b048314
channel-licensing = Support { -microsoft } des licences en volume (programmes Open)
# en: 21e00c47
channel-licensing-reach = Utilisez le formulaire du support des licences en volume (choisissez votre type de contrat, par exemple « Open Value or Open Value Subscription », et « Professional No Charge »), ou appelez le support des licences en volume. La réponse arrive sous 24 heures ouvrées.
# en: 18525849
channel-licensing-problem = Activation d’un service en ligne d’un programme Open

# en: 9f508bd0
channel-visual-studio = Support des abonnements { -visual-studio }
# en: 83688ac3
channel-visual-studio-reach = Ouvrez la page du support des abonnements { -visual-studio } et choisissez l’aide sur les abonnements, les comptes et la facturation.
# en: 54f10e7b
channel-visual-studio-problem = Crédit { -azure } de mon abonnement { -visual-studio }

# en: d6180a43
channel-startups = Support { -startups }
# en: a86a75db
channel-startups-reach = Connectez-vous au portail { -startups }, sélectionnez « ? » (Aide), puis « Submit a Support Ticket ».
# en: 12984a7f
channel-startups-problem = Crédits { -azure } de { -startups }

# en: 1a2c8c41
channel-field-issue-type = Type de problème
# en: 73b495e4
channel-field-subscription = ID d’abonnement (ou adresse e-mail utilisée pour l’inscription)
# en: 5eb2ef44
channel-field-billing-account = Nom du compte ou du profil de facturation
# en: 700f95f1
channel-field-sign-up-account = Adresse e-mail utilisée pour l’inscription
# en: 5c067c75
channel-field-country = Pays ou région du compte
# en: 108618c1
channel-field-payment-method = Moyen de paiement
# en: f0313bea
channel-field-partner-id = PartnerID (anciennement ID MPN)
# en: 5bcad9ab
channel-field-tenant-domain = Domaine du locataire (votreentreprise.onmicrosoft.com)
# en: f921791b
channel-field-sign-in-account = Compte professionnel utilisé pour se connecter
# en: bab41c19
channel-field-sign-in-email = Adresse e-mail utilisée pour se connecter
# en: d8c957e5
channel-field-licence-id = Numéro de contrat de licence en volume ou ID de licence
# en: 885c9550
channel-field-organization = Nom de l’organisation sur le contrat
# en: c47b0810
channel-field-subscriber-account = Adresse e-mail à laquelle l’abonnement { -visual-studio } est attribué
# en: 07dba1b1
channel-field-subscription-level = Niveau d’abonnement (Enterprise, Professional…)
# en: e1be5f17
channel-field-startup-name = Nom de la start-up
# en: 97b8cc4d
channel-value-card = Carte de crédit ou de débit
# en: 45427169
channel-value-prepaid = Carte prépayée ou virtuelle
# en: f8034d42
channel-value-invoice = Facture
