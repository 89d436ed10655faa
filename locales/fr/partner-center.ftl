# Sujet : configuration du compte Espace partenaires ou renouvellement MPN (source 001).

partner-center-title = Configuration du compte de l’{ -partner-center }

## start
partner-center-start = Qu’est-ce qui vous bloque dans l’{ -partner-center } ?
partner-center-start-hint = Changer les paramètres d’inscription de votre locataire exige un administrateur du { -azure-ad } de votre société (la solution précise quel rôle) ; les autres solutions, vous pouvez les appliquer vous-même.
partner-center-start-password = J’ai oublié mon mot de passe
partner-center-start-signup-off = On me dit que mon service informatique a désactivé l’inscription à l’{ -partner-center }
partner-center-start-read-only = Je migre depuis { -partner-membership-center } et je ne peux pas modifier les informations de ma société
partner-center-start-went-wrong = J’obtiens « Un problème est survenu » sur l’écran « Faites-nous part de votre entreprise » (Tell us about your company)
partner-center-start-declined = Ma commande par carte de crédit affiche « Votre commande a été refusée »
partner-center-start-to-online = Je veux passer du paiement hors connexion au paiement en ligne
partner-center-start-other = Autre chose concernant mon compte de l’{ -partner-center } ou ma facture

## password-reset
partner-center-password-reset = Réinitialisez votre mot de passe
partner-center-password-reset-page = Ouvrez la page de connexion de l’{ -partner-center }.
partner-center-password-reset-link = Cliquez sur « Vous ne pouvez pas accéder à votre compte ? » (Can’t access your account ?).
partner-center-password-reset-new = Suivez les instructions pour choisir un nouveau mot de passe, puis connectez-vous avec celui-ci.

## password-admin
partner-center-password-admin = Obtenez de nouveaux identifiants auprès de votre administrateur général
partner-center-password-admin-ask = Demandez à votre administrateur général de réinitialiser votre mot de passe ou de vous attribuer de nouveaux identifiants.
partner-center-password-admin-sign-in = Connectez-vous à l’{ -partner-center } avec les identifiants que votre administrateur général vous a fournis.

## signup-off
partner-center-signup-off = Avez-vous le rôle d’administrateur général ou d’administrateur de rôle privilégié dans le { -azure-ad } de votre société ?
partner-center-signup-off-hint = Ce message signifie que l’inscription en libre-service (inscription par vérification de l’e-mail) est désactivée sur votre locataire { -azure-ad }. Un administrateur de rôle privilégié ou un administrateur général peut la réactiver.
partner-center-signup-off-admin = Oui, j’ai l’un de ces rôles
partner-center-signup-off-not-admin = Non, ou je ne sais pas de qui il s’agit

## enable-signup
partner-center-enable-signup = Réactivez l’inscription en libre-service
partner-center-enable-signup-hint = Attention : ces deux paramètres permettent à toute personne dont l’adresse e-mail appartient à l’un de vos domaines vérifiés de rejoindre votre locataire et de s’inscrire seule à des offres en libre-service. Ne les activez que si votre politique de sécurité le permet.
partner-center-enable-signup-open = Ouvrez { -powershell } avec le module Microsoft Graph PowerShell (pour l’installer : Install-Module Microsoft.Graph).
partner-center-enable-signup-connect = Connectez-vous avec un rôle autorisé à changer ce paramètre (administrateur de rôle privilégié, ou administrateur général) :
        Connect-MgGraph -Scopes Policy.ReadWrite.Authorization
partner-center-enable-signup-record = Notez d’abord les valeurs actuelles, pour les remettre ensuite :
        Get-MgPolicyAuthorizationPolicy | Select-Object AllowedToSignUpEmailBasedSubscriptions, AllowEmailVerifiedUsersToJoinOrganization
partner-center-enable-signup-run = Activez les deux paramètres (cette commande remplace Set-MsolCompanySettings, retirée avec MSOnline PowerShell) :
        Update-MgPolicyAuthorizationPolicy -AllowedToSignUpEmailBasedSubscriptions:$true -AllowEmailVerifiedUsersToJoinOrganization:$true
partner-center-enable-signup-doc = Pour comprendre ce que ces deux paramètres autorisent, lisez « Inscription en libre-service » dans la documentation Microsoft Entra.
partner-center-enable-signup-retry = Recommencez votre inscription à l’{ -partner-center }.
partner-center-enable-signup-restore = Une fois l’inscription faite, remettez les valeurs notées, avec la même commande : pour un paramètre qui valait False,
        Update-MgPolicyAuthorizationPolicy -AllowedToSignUpEmailBasedSubscriptions:$false

## ask-admin
partner-center-ask-admin = Demandez à votre administrateur général de réactiver l’inscription
partner-center-ask-admin-hint = Attention : ce changement permet à toute personne dont l’adresse e-mail appartient à l’un des domaines vérifiés de votre société de rejoindre son locataire et de s’inscrire seule à des offres en libre-service. C’est à votre administrateur de décider si votre politique de sécurité le permet.
partner-center-ask-admin-find = Demandez à votre service informatique qui a le rôle d’administrateur de rôle privilégié ou d’administrateur général dans votre { -azure-ad }.
partner-center-ask-admin-connect = Envoyez-lui ces commandes Microsoft Graph PowerShell. D’abord, pour se connecter :
        Connect-MgGraph -Scopes Policy.ReadWrite.Authorization
partner-center-ask-admin-record = Ensuite, pour noter les valeurs actuelles, afin de pouvoir les remettre :
        Get-MgPolicyAuthorizationPolicy | Select-Object AllowedToSignUpEmailBasedSubscriptions, AllowEmailVerifiedUsersToJoinOrganization
partner-center-ask-admin-send = Puis, pour réactiver l’inscription :
        Update-MgPolicyAuthorizationPolicy -AllowedToSignUpEmailBasedSubscriptions:$true -AllowEmailVerifiedUsersToJoinOrganization:$true
partner-center-ask-admin-restore = Une fois votre inscription faite, demandez-lui de remettre les valeurs notées, avec la même commande.
partner-center-ask-admin-doc = Renvoyez-le à la page « Inscription en libre-service », qui explique ce que ces deux paramètres autorisent.
partner-center-ask-admin-retry = Quand il vous confirme les avoir exécutées, recommencez votre inscription à l’{ -partner-center }.

## read-only
partner-center-read-only = Vérifiez et acceptez les informations de votre société
partner-center-read-only-hint = Votre société existe déjà dans l’{ -partner-center } (par exemple avec un compte CSP) : cet écran est donc en lecture seule. C’est voulu, il ne s’agit pas d’une erreur.
partner-center-read-only-check = Vérifiez les informations affichées : ce sont celles que l’{ -partner-center } connaît déjà.
partner-center-read-only-accept = Cliquez sur « Accepter ».
partner-center-read-only-continue = Cliquez sur « Continuer » pour poursuivre.

## phone-number
partner-center-phone-number = Corrigez le numéro de téléphone de la société
partner-center-phone-number-hint = Cette erreur vient le plus souvent du numéro de téléphone de la société.
partner-center-phone-number-special = Dans le champ « Numéro de téléphone », supprimez tous les caractères spéciaux.
partner-center-phone-number-spaces = Supprimez tous les espaces.
partner-center-phone-number-country = Supprimez l’indicatif du pays.
partner-center-phone-number-length = Vérifiez que le numéro compte 10 caractères au maximum.
partner-center-phone-number-submit = Renvoyez le formulaire « Faites-nous part de votre entreprise » (Tell us about your company).

## card-address
partner-center-card-address = Utilisez l’adresse de votre carte
partner-center-card-address-address = Saisissez l’adresse associée à votre carte de crédit, et non celle de votre entité juridique.
partner-center-card-address-zip = Vérifiez le code postal : il doit être exact et correspondre à cette adresse.
partner-center-card-address-retry = Passez de nouveau la commande.
partner-center-bank-checks = Demandez à votre banque de laisser passer le paiement
partner-center-bank-checks-call = Appelez votre banque ou l’émetteur de la carte et signalez qu’un paiement à { -microsoft } a été refusé.
partner-center-bank-checks-international = Demandez-lui d’autoriser les transactions internationales sur la carte.
partner-center-bank-checks-funds = Vérifiez que le plafond ou les fonds disponibles de la carte couvrent la commande.
partner-center-bank-checks-retry = Passez de nouveau la commande.

## cancel-order
partner-center-cancel-order = Annulez la commande puis achetez de nouveau
partner-center-cancel-order-hint = Une commande existante ne peut pas changer de mode de paiement : annulez-la, puis effectuez un nouvel achat avec le mode de paiement de votre choix. Vous ne savez pas ce que l’annulation change pour votre adhésion entre-temps ? Choisissez « Non » ci-dessous pour poser d’abord la question au support de l’{ -partner-center }.
partner-center-cancel-order-tab = Dans le tableau de bord, ouvrez l’onglet « Offres d’appartenance » (Membership Offers).
partner-center-cancel-order-cancel = Cliquez sur « Annuler la commande ».
partner-center-cancel-order-confirm = Confirmez dans la fenêtre qui s’ouvre : la commande d’origine n’est annulée qu’après cette confirmation.
partner-center-cancel-order-buy = Achetez de nouveau l’offre en payant avec votre mode de paiement en ligne.

## more-help
partner-center-more-help = Consultez votre compte et votre facture
partner-center-more-help-account = Lisez « Gérer votre compte dans l’{ -partner-center } » pour vérifier les paramètres de votre compte.
partner-center-more-help-bill = Pour une question sur vos frais, lisez « Comment lire votre facture et votre fichier de rapprochement ».
