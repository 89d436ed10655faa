# Services de support (canaux) : leur nom tel que les clients les rencontrent, comment joindre chacun, et les champs
# que leurs demandes exigent. Déclarés dans flows/root.yaml ; affichés aux fins d'escalade et dans le résumé.

-startups = Microsoft for Startups

channel-azure-billing = Support { -azure } facturation et abonnements
channel-azure-billing-reach = Dans le { -azure-portal }, sélectionnez « ? » (Aide), puis « Créer une demande de support » (« Create a support request »), et choisissez le type de problème « Facturation » (« Billing »). Le support de facturation est gratuit pour tout compte, avec ou sans plan de support.
channel-azure-billing-problem = Problème de facturation ou d’abonnement { -azure }
channel-azure-billing-issue-type = Facturation (« Billing »)

channel-billing-no-subscription = Support de facturation { -azure } pour une inscription (sans abonnement)
channel-billing-no-subscription-reach = Connectez-vous au { -azure-portal } avec le compte utilisé pour l’inscription, sélectionnez « ? » (Aide), puis « Créer une demande de support », et choisissez le type de problème « Facturation » ; aucun abonnement n’est nécessaire pour une question d’inscription.
channel-billing-no-subscription-problem = L’inscription à { -azure } n’aboutit pas

channel-partner-center = Support de l’{ -partner-center }
channel-partner-center-reach = Connectez-vous à l’{ -partner-center } avec votre compte professionnel, sélectionnez « ? » (Aide), puis « Contacter le support » (« Contact Support »), et créez une demande de support.
channel-partner-center-problem = Problème de compte ou d’adhésion dans l’{ -partner-center }

channel-licensing = Support { -microsoft } des licences en volume (programmes Open)
channel-licensing-reach = Utilisez le formulaire du support des licences en volume (choisissez votre type de contrat, par exemple « Open Value or Open Value Subscription », et « Professional No Charge »), ou appelez le support des licences en volume. La réponse arrive sous 24 heures ouvrées.
channel-licensing-problem = Activation d’un service en ligne d’un programme Open

channel-visual-studio = Support des abonnements { -visual-studio }
channel-visual-studio-reach = Ouvrez la page du support des abonnements { -visual-studio } et choisissez l’aide sur les abonnements, les comptes et la facturation.
channel-visual-studio-problem = Crédit { -azure } de mon abonnement { -visual-studio }

channel-startups = Support { -startups }
channel-startups-reach = Connectez-vous au portail { -startups }, sélectionnez « ? » (Aide), puis « Submit a Support Ticket ».
channel-startups-problem = Crédits { -azure } de { -startups }

channel-field-issue-type = Type de problème
channel-field-subscription = ID d’abonnement (ou adresse e-mail utilisée pour l’inscription)
channel-field-billing-account = Nom du compte ou du profil de facturation
channel-field-sign-up-account = Adresse e-mail utilisée pour l’inscription
channel-field-country = Pays ou région du compte
channel-field-payment-method = Moyen de paiement
channel-field-partner-id = PartnerID (anciennement ID MPN)
channel-field-tenant-domain = Domaine du locataire (votreentreprise.onmicrosoft.com)
channel-field-sign-in-account = Compte professionnel utilisé pour se connecter
channel-field-sign-in-email = Adresse e-mail utilisée pour se connecter
channel-field-licence-id = Numéro de contrat de licence en volume ou ID de licence
channel-field-organization = Nom de l’organisation sur le contrat
channel-field-subscriber-account = Adresse e-mail à laquelle l’abonnement { -visual-studio } est attribué
channel-field-subscription-level = Niveau d’abonnement (Enterprise, Professional…)
channel-field-startup-name = Nom de la start-up
channel-value-card = Carte de crédit ou de débit
channel-value-prepaid = Carte prépayée ou virtuelle
channel-value-invoice = Facture
