# en: b472b1be
verification-title = Vérification par téléphone : ni SMS ni appel
# en: 1ede1789
verification-start = Quelle option de vérification avez-vous choisie et que se passe-t-il ?
# en: 5bf583f5
verification-start-hint = Pendant l’inscription, { -azure } vérifie votre numéro de téléphone en vous envoyant un code par SMS ou en vous appelant. Les numéros VoIP (services de téléphonie par Internet) ne sont pas acceptés.
# en: 5e2bb782
verification-start-no-sms = J’ai choisi « Envoyer un message texte » (Send text message) et je ne reçois aucun SMS
# en: a794a973
verification-start-no-call = J’ai choisi « M’appeler » et mon téléphone ne sonne pas
# en: 854c5c18
verification-start-both = J’ai essayé les deux, sans rien recevoir

# en: 3759a1d6
verification-sms-checks = Recevez le SMS de vérification
# en: 793fc863
verification-sms-checks-number = Relisez chiffre par chiffre le numéro de téléphone saisi.
# en: 9e270b20
verification-sms-checks-country = Vérifiez que l’indicatif choisi dans le menu déroulant est bien celui du pays de votre numéro.
# en: 18881127
verification-sms-checks-sms = Assurez-vous que ce numéro peut recevoir des SMS.
# en: 0f1f44b9
verification-sms-checks-signal = Avec un téléphone mobile, placez-vous là où le réseau passe bien.
# en: 2ea25186
verification-sms-checks-wait = Après avoir choisi « Envoyer un message texte » (Send text message), attendez jusqu’à 4 minutes que le code arrive.
# en: 7fa97907
verification-sms-checks-code = Dès que le SMS arrive, saisissez son code dans la zone de texte, puis cliquez sur le bouton de vérification.

# en: bd27e988
verification-call-me = Demandez plutôt un appel
# en: ca81a678
verification-call-me-choose = Choisissez « M’appeler » au lieu de « Envoyer un message texte » (Send text message).
# en: 4d7a7031
verification-call-me-calls = Assurez-vous que ce numéro peut recevoir des appels.
# en: 1f033f0f
verification-call-me-answer = Gardez votre téléphone à portée de main et répondez à l’appel pour terminer la vérification.

# en: 5cc53a1f
verification-call-checks = Recevez l’appel de vérification
# en: 4f1c0102
verification-call-checks-number = Relisez chiffre par chiffre le numéro de téléphone saisi.
# en: 077132ee
verification-call-checks-country = Vérifiez l’indicatif de pays choisi dans le menu déroulant.
# en: 5ee1e444
verification-call-checks-calls = Assurez-vous que ce numéro peut recevoir des appels.
# en: 6b2e004f
verification-call-checks-signal = Avec un téléphone mobile, restez là où le réseau passe bien.
# en: c459e266
verification-call-checks-retry = Choisissez de nouveau « M’appeler » et répondez quand le téléphone sonne.

# en: 4f21bf45
verification-text-me = Recevez plutôt un SMS
# en: 6b210672
verification-text-me-choose = Choisissez « Envoyer un message texte » (Send text message) au lieu de « M’appeler ».
# en: b753737a
verification-text-me-sms = Assurez-vous que ce numéro peut recevoir des SMS.
# en: 42ca5ccc
verification-text-me-wait = Attendez jusqu’à 4 minutes que le SMS arrive.
# en: 22a5e913
verification-text-me-code = Saisissez le code reçu par SMS dans la zone de texte, puis cliquez sur le bouton de vérification.

# en: 87418553
verification-number-checks = Vérifiez d’abord le numéro
# en: 24ee6e07
verification-number-checks-number = Relisez chiffre par chiffre le numéro de téléphone saisi.
# en: 71d5c9cb
verification-number-checks-country = Vérifiez que l’indicatif choisi dans le menu déroulant correspond à votre numéro.
# en: 2f0554d4
verification-number-checks-reach = Assurez-vous que ce numéro peut recevoir à la fois des SMS et des appels.
# en: 07de5bf2
verification-number-checks-signal = Avec un téléphone mobile, placez-vous là où le réseau passe bien.
# en: d3cf245d
verification-number-checks-retry = Redemandez le code avec « Envoyer un message texte » (Send text message) ou « M’appeler ».
# en: 5d74cb9b
verification-number-checks-wait = Après avoir demandé un SMS, attendez jusqu’à 4 minutes avant de le redemander.
# en: fae1fc99
verification-number-checks-code = Quand un code arrive, saisissez-le dans la zone de texte, puis cliquez sur le bouton de vérification.



# en: b85cf74a
verification-other-number = Vérifiez avec un autre numéro
# en: 8deb5e2e
verification-other-number-enter = Revenez à l’étape de vérification par téléphone et saisissez un autre numéro (pas un numéro VoIP).
# en: 3fc8326c
verification-other-number-country = Choisissez l’indicatif de pays de ce numéro dans le menu déroulant.
# en: 9f0fb0ae
verification-other-number-method = Choisissez de nouveau « Envoyer un message texte » (« Send text message ») ou « M’appeler ».
# en: 95cdebda
verification-other-number-profile = Le numéro utilisé pour la vérification n’est pas conservé comme numéro de contact du compte : utilisez celui qui fonctionne.

## no-fix
# en: c139d721
verification-no-fix = Aucun numéro n’a pu être vérifié. Le support { -microsoft } peut examiner la vérification pour vous.
