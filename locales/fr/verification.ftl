verification-title = Vérification par téléphone : ni SMS ni appel
verification-start = Quelle option de vérification avez-vous choisie et que se passe-t-il ?
verification-start-hint = Pendant l’inscription, { -azure } vérifie votre numéro de téléphone en vous envoyant un code par SMS ou en vous appelant. Les numéros VoIP (services de téléphonie par Internet) ne sont pas acceptés.
verification-start-no-sms = J’ai choisi « Envoyer un message texte » (Send text message) et je ne reçois aucun SMS
verification-start-no-call = J’ai choisi « M’appeler » et mon téléphone ne sonne pas
verification-start-both = J’ai essayé les deux, sans rien recevoir

verification-sms-checks = Recevez le SMS de vérification
verification-sms-checks-number = Relisez chiffre par chiffre le numéro de téléphone saisi.
verification-sms-checks-country = Vérifiez que l’indicatif choisi dans le menu déroulant est bien celui du pays de votre numéro.
verification-sms-checks-sms = Assurez-vous que ce numéro peut recevoir des SMS.
verification-sms-checks-signal = Avec un téléphone mobile, placez-vous là où le réseau passe bien.
verification-sms-checks-wait = Après avoir choisi « Envoyer un message texte » (Send text message), attendez jusqu’à 4 minutes que le code arrive.
verification-sms-checks-code = Dès que le SMS arrive, saisissez son code dans la zone de texte, puis cliquez sur le bouton de vérification.

verification-call-me = Demandez plutôt un appel
verification-call-me-choose = Choisissez « M’appeler » au lieu de « Envoyer un message texte » (Send text message).
verification-call-me-calls = Assurez-vous que ce numéro peut recevoir des appels.
verification-call-me-answer = Gardez votre téléphone à portée de main et répondez à l’appel pour terminer la vérification.

verification-call-checks = Recevez l’appel de vérification
verification-call-checks-number = Relisez chiffre par chiffre le numéro de téléphone saisi.
verification-call-checks-country = Vérifiez l’indicatif de pays choisi dans le menu déroulant.
verification-call-checks-calls = Assurez-vous que ce numéro peut recevoir des appels.
verification-call-checks-signal = Avec un téléphone mobile, restez là où le réseau passe bien.
verification-call-checks-retry = Choisissez de nouveau « M’appeler » et répondez quand le téléphone sonne.

verification-text-me = Recevez plutôt un SMS
verification-text-me-choose = Choisissez « Envoyer un message texte » (Send text message) au lieu de « M’appeler ».
verification-text-me-sms = Assurez-vous que ce numéro peut recevoir des SMS.
verification-text-me-wait = Attendez jusqu’à 4 minutes que le SMS arrive.
verification-text-me-code = Saisissez le code reçu par SMS dans la zone de texte, puis cliquez sur le bouton de vérification.

verification-number-checks = Vérifiez d’abord le numéro
verification-number-checks-number = Relisez chiffre par chiffre le numéro de téléphone saisi.
verification-number-checks-country = Vérifiez que l’indicatif choisi dans le menu déroulant correspond à votre numéro.
verification-number-checks-reach = Assurez-vous que ce numéro peut recevoir à la fois des SMS et des appels.
verification-number-checks-signal = Avec un téléphone mobile, placez-vous là où le réseau passe bien.
verification-number-checks-retry = Redemandez le code avec « Envoyer un message texte » (Send text message) ou « M’appeler ».
verification-number-checks-wait = Après avoir demandé un SMS, attendez jusqu’à 4 minutes avant de le redemander.
verification-number-checks-code = Quand un code arrive, saisissez-le dans la zone de texte, puis cliquez sur le bouton de vérification.



verification-other-number = Vérifiez avec un autre numéro
verification-other-number-enter = Revenez à l’étape de vérification par téléphone et saisissez un autre numéro (pas un numéro VoIP).
verification-other-number-country = Choisissez l’indicatif de pays de ce numéro dans le menu déroulant.
verification-other-number-method = Choisissez de nouveau « Envoyer un message texte » (« Send text message ») ou « M’appeler ».
verification-other-number-profile = Le numéro utilisé pour la vérification n’est pas conservé comme numéro de contact du compte : utilisez celui qui fonctionne.

## no-fix
verification-no-fix = Aucun numéro n’a pu être vérifié. Le support { -microsoft } peut examiner la vérification pour vous.
