# Sujet : configuration du compte Espace partenaires ou renouvellement MPN (source 001).

# en: ef469b0c
partner-center-title = Configuration du compte de l’{ -partner-center }

## start
# en: 94fda97b
partner-center-start = Qu’est-ce qui vous bloque dans l’{ -partner-center } ?
# en: c90f9dc5
partner-center-start-hint = Changer les paramètres d’inscription de votre locataire exige un administrateur du { -azure-ad } de votre société (la solution précise quel rôle) ; les autres solutions, vous pouvez les appliquer vous-même.
# en: 4d476a17
partner-center-start-password = J’ai oublié mon mot de passe
# en: 8450be09
partner-center-start-signup-off = On me dit que mon service informatique a désactivé l’inscription à l’{ -partner-center }
# en: 4c79d2a8
partner-center-start-read-only = Je migre depuis { -partner-membership-center } et je ne peux pas modifier les informations de ma société
# en: f41333e9
partner-center-start-went-wrong = J’obtiens « Un problème est survenu » sur l’écran « Faites-nous part de votre entreprise » (Tell us about your company)
# en: 0e1af7c1
partner-center-start-declined = Ma commande par carte de crédit affiche « Votre commande a été refusée »
# en: 55f9f4ba
partner-center-start-to-online = Je veux passer du paiement hors connexion au paiement en ligne
# en: 002f19e0
partner-center-start-other = Autre chose concernant mon compte de l’{ -partner-center } ou ma facture

## password-reset
# en: f742c01d
partner-center-password-reset = Réinitialisez votre mot de passe
# en: eff12089
partner-center-password-reset-page = Ouvrez la page de connexion de l’{ -partner-center }.
# en: ac481199
partner-center-password-reset-link = Cliquez sur « Vous ne pouvez pas accéder à votre compte ? » (Can’t access your account ?).
# en: 198cf09d
partner-center-password-reset-new = Suivez les instructions pour choisir un nouveau mot de passe, puis connectez-vous avec celui-ci.

## password-admin
# en: d4fbc41d
partner-center-password-admin = Obtenez de nouveaux identifiants auprès de votre administrateur général
# en: 016df323
partner-center-password-admin-ask = Demandez à votre administrateur général de réinitialiser votre mot de passe ou de vous attribuer de nouveaux identifiants.
# en: 16b93607
partner-center-password-admin-sign-in = Connectez-vous à l’{ -partner-center } avec les identifiants que votre administrateur général vous a fournis.

## signup-off
# en: 8cd631f1
partner-center-signup-off = Avez-vous le rôle d’administrateur général ou d’administrateur de rôle privilégié dans le { -azure-ad } de votre société ?
# en: a81cdb21
partner-center-signup-off-hint = Ce message signifie que l’inscription en libre-service (inscription par vérification de l’e-mail) est désactivée sur votre locataire { -azure-ad }. Un administrateur de rôle privilégié ou un administrateur général peut la réactiver.
# en: 368ea5f8
partner-center-signup-off-admin = Oui, j’ai l’un de ces rôles
# en: 1b5d0f33
partner-center-signup-off-not-admin = Non, ou je ne sais pas de qui il s’agit

## enable-signup
# en: eedb9a78
partner-center-enable-signup = Réactivez l’inscription en libre-service
# en: 872e73dc
partner-center-enable-signup-hint = Attention : ces deux paramètres permettent à toute personne dont l’adresse e-mail appartient à l’un de vos domaines vérifiés de rejoindre votre locataire et de s’inscrire seule à des offres en libre-service. Ne les activez que si votre politique de sécurité le permet.
# en: b56b2680
partner-center-enable-signup-open = Ouvrez { -powershell } avec le module Microsoft Graph PowerShell (pour l’installer : Install-Module Microsoft.Graph).
# en: 3c7e4a01
partner-center-enable-signup-connect = Connectez-vous avec un rôle autorisé à changer ce paramètre (administrateur de rôle privilégié, ou administrateur général) :
        Connect-MgGraph -Scopes Policy.ReadWrite.Authorization
# en: 3ee1eda5
partner-center-enable-signup-record = Notez d’abord les valeurs actuelles, pour les remettre ensuite :
        Get-MgPolicyAuthorizationPolicy | Select-Object AllowedToSignUpEmailBasedSubscriptions, AllowEmailVerifiedUsersToJoinOrganization
# en: 0e2afcef
partner-center-enable-signup-run = Activez les deux paramètres (cette commande remplace Set-MsolCompanySettings, retirée avec MSOnline PowerShell) :
        Update-MgPolicyAuthorizationPolicy -AllowedToSignUpEmailBasedSubscriptions:$true -AllowEmailVerifiedUsersToJoinOrganization:$true
# en: 7229ad1d
partner-center-enable-signup-doc = Pour comprendre ce que ces deux paramètres autorisent, lisez « Inscription en libre-service » dans la documentation Microsoft Entra.
# en: 15b154af
partner-center-enable-signup-retry = Recommencez votre inscription à l’{ -partner-center }.
# en: fcec675f
partner-center-enable-signup-restore = Une fois l’inscription faite, remettez les valeurs notées, avec la même commande : pour un paramètre qui valait False,
        Update-MgPolicyAuthorizationPolicy -AllowedToSignUpEmailBasedSubscriptions:$false

## ask-admin
# en: c86a94ac
partner-center-ask-admin = Demandez à votre administrateur général de réactiver l’inscription
# en: 2c22fb9d
partner-center-ask-admin-hint = Attention : ce changement permet à toute personne dont l’adresse e-mail appartient à l’un des domaines vérifiés de votre société de rejoindre son locataire et de s’inscrire seule à des offres en libre-service. C’est à votre administrateur de décider si votre politique de sécurité le permet.
# en: bd732ece
partner-center-ask-admin-find = Demandez à votre service informatique qui a le rôle d’administrateur de rôle privilégié ou d’administrateur général dans votre { -azure-ad }.
# en: c37d902a
partner-center-ask-admin-connect = Envoyez-lui ces commandes Microsoft Graph PowerShell. D’abord, pour se connecter :
        Connect-MgGraph -Scopes Policy.ReadWrite.Authorization
# en: 2012993e
partner-center-ask-admin-record = Ensuite, pour noter les valeurs actuelles, afin de pouvoir les remettre :
        Get-MgPolicyAuthorizationPolicy | Select-Object AllowedToSignUpEmailBasedSubscriptions, AllowEmailVerifiedUsersToJoinOrganization
# en: 9e565108
partner-center-ask-admin-send = Puis, pour réactiver l’inscription :
        Update-MgPolicyAuthorizationPolicy -AllowedToSignUpEmailBasedSubscriptions:$true -AllowEmailVerifiedUsersToJoinOrganization:$true
# en: 87c40d9b
partner-center-ask-admin-restore = Une fois votre inscription faite, demandez-lui de remettre les valeurs notées, avec la même commande.
# en: b6e1fba4
partner-center-ask-admin-doc = Renvoyez-le à la page « Inscription en libre-service », qui explique ce que ces deux paramètres autorisent.
# en: 0f89faf2
partner-center-ask-admin-retry = Quand il vous confirme les avoir exécutées, recommencez votre inscription à l’{ -partner-center }.

## read-only
# en: 40de8c2a
partner-center-read-only = Vérifiez et acceptez les informations de votre société
# en: 3c0157b5
partner-center-read-only-hint = Votre société existe déjà dans l’{ -partner-center } (par exemple avec un compte CSP) : cet écran est donc en lecture seule. C’est voulu, il ne s’agit pas d’une erreur.
# en: cfe7534d
partner-center-read-only-check = Vérifiez les informations affichées : ce sont celles que l’{ -partner-center } connaît déjà.
# en: b3cbb7c3
partner-center-read-only-accept = Cliquez sur « Accepter ».
# en: 6725904d
partner-center-read-only-continue = Cliquez sur « Continuer » pour poursuivre.

## phone-number
# en: 37fb36c2
partner-center-phone-number = Corrigez le numéro de téléphone de la société
# en: e2f97ac5
partner-center-phone-number-hint = Cette erreur vient le plus souvent du numéro de téléphone de la société.
# en: 00ba3599
partner-center-phone-number-special = Dans le champ « Numéro de téléphone », supprimez tous les caractères spéciaux.
# en: 8f915d91
partner-center-phone-number-spaces = Supprimez tous les espaces.
# en: 855a5de4
partner-center-phone-number-country = Supprimez l’indicatif du pays.
# en: d1068081
partner-center-phone-number-length = Vérifiez que le numéro compte 10 caractères au maximum.
# en: 14643b41
partner-center-phone-number-submit = Renvoyez le formulaire « Faites-nous part de votre entreprise » (Tell us about your company).

## card-address
# en: 04894aec
partner-center-card-address = Utilisez l’adresse de votre carte
# en: 2a489ff6
partner-center-card-address-address = Saisissez l’adresse associée à votre carte de crédit, et non celle de votre entité juridique.
# en: 59c497ec
partner-center-card-address-zip = Vérifiez le code postal : il doit être exact et correspondre à cette adresse.
# en: f4c84de1
partner-center-card-address-retry = Passez de nouveau la commande.
# en: dd1cfc93
partner-center-bank-checks = Demandez à votre banque de laisser passer le paiement
# en: d6db64cf
partner-center-bank-checks-call = Appelez votre banque ou l’émetteur de la carte et signalez qu’un paiement à { -microsoft } a été refusé.
# en: 6bd3bc8f
partner-center-bank-checks-international = Demandez-lui d’autoriser les transactions internationales sur la carte.
# en: 830ce58d
partner-center-bank-checks-funds = Vérifiez que le plafond ou les fonds disponibles de la carte couvrent la commande.
# en: cbf5b55a
partner-center-bank-checks-retry = Passez de nouveau la commande.

## cancel-order
# en: fcf6b9e1
partner-center-cancel-order = Annulez la commande puis achetez de nouveau
# en: a9abaae2
partner-center-cancel-order-hint = Une commande existante ne peut pas changer de mode de paiement : annulez-la, puis effectuez un nouvel achat avec le mode de paiement de votre choix. Vous ne savez pas ce que l’annulation change pour votre adhésion entre-temps ? Choisissez « Non » ci-dessous pour poser d’abord la question au support de l’{ -partner-center }.
# en: 0e1d196a
partner-center-cancel-order-tab = Dans le tableau de bord, ouvrez l’onglet « Offres d’appartenance » (Membership Offers).
# en: cf568e14
partner-center-cancel-order-cancel = Cliquez sur « Annuler la commande ».
# en: f2326f9e
partner-center-cancel-order-confirm = Confirmez dans la fenêtre qui s’ouvre : la commande d’origine n’est annulée qu’après cette confirmation.
# en: aad5d098
partner-center-cancel-order-buy = Achetez de nouveau l’offre en payant avec votre mode de paiement en ligne.

## more-help
# en: 7dffa25c
partner-center-more-help = Consultez votre compte et votre facture
# en: ef79ba2f
partner-center-more-help-account = Lisez « Gérer votre compte dans l’{ -partner-center } » pour vérifier les paramètres de votre compte.
# en: 57936e11
partner-center-more-help-bill = Pour une question sur vos frais, lisez « Comment lire votre facture et votre fichier de rapprochement ».
