# en: 938b25fe
-past-due-cost-billing = Gestion des coûts + facturation
# en: e86e6929
-past-due-trust-center = Centre de gestion de la confidentialité Microsoft

# en: dcf3ac8b
past-due-title = J’ai un solde impayé

## start
# en: cdf5b0cd
past-due-start = Sur quel point avez-vous besoin d’aide ?
# en: f46f138b
past-due-start-hint = Ce sujet concerne les comptes du programme { -online-services }. Un paiement manquant ou qui n’a pas pu être traité est signalé par e-mail ou par une alerte dans le { -azure-portal }. Un abonnement impayé est annulé, et ses données sont supprimées 90 jours plus tard.
# en: 715de9c3
past-due-start-pay = J’ai reçu un avis de retard de paiement et je veux payer
# en: 3cce1d61
past-due-start-declined = Ma carte a été refusée
# en: 5e79a88f
past-due-start-disabled = Mon abonnement est désactivé
# en: 7f3b6232
past-due-start-no-email = Je ne reçois pas les e-mails de facturation
# en: fcc8b399
past-due-start-other = J’ai une autre question ou besoin d’aide

## how-pay
# en: a5bc9b93
past-due-how-pay = Comment payez-vous { -azure } ?
# en: 59f678ed
past-due-how-pay-card = Par carte de crédit ou de débit, par prélèvement, ou je ne sais pas
# en: f0a2fa72
past-due-how-pay-invoice = Sur facture

## is-admin
# en: 3771a8c5
past-due-is-admin = Avez-vous le rôle d’administrateur du compte pour cet abonnement ?
# en: 87dcfd5c
past-due-is-admin-hint = L’administrateur du compte peut régler le solde dans le { -azure-portal }.
# en: d205cbd9
past-due-is-admin-admin = Oui, j’ai le rôle d’administrateur du compte
# en: 40a64e88
past-due-is-admin-not-admin = Non, ou je ne sais pas

## settle
# en: fff1c8c2
past-due-settle = Réglez le solde dans le { -azure-portal }
# en: b50ad11b
past-due-settle-hint = Si plusieurs abonnements en retard de paiement utilisent la même carte de crédit, vous devez régler la totalité de leur solde en une fois.
# en: 022f5935
past-due-settle-sign-in = Connectez-vous au { -azure-portal } en tant qu’administrateur du compte.
# en: ff77dded
past-due-settle-search = Recherchez « { -past-due-cost-billing } » et ouvrez ce service.
# en: ac99f78b
past-due-settle-link = Ouvrez « Factures » (« Invoices ») et sélectionnez « Régler le solde » (« Settle balance ») à côté de l’abonnement en retard (dans certains pays, comme la France, le bouton s’appelle « Payer maintenant », « Pay now »).
# en: 5494e560
past-due-settle-total = Vérifiez le solde total dû : il additionne les frais de tous les services { -microsoft } qui utilisent le mode de paiement en échec.
# en: 21ebe3a5
past-due-settle-method = Sélectionnez le mode de paiement à utiliser. Il remplacera le mode en échec pour tous les abonnements qui l’utilisaient.
# en: b4475cdd
past-due-settle-owed = Si ce mode de paiement a déjà des frais { -microsoft } impayés, ils s’ajoutent au total : réglez-les aussi.
# en: 8d46e7af
past-due-settle-pay = Cliquez sur « Payer ».
# en: edb7ba1e
past-due-settle-data = Ce que deviennent les données d’un abonnement impayé, dans le { -past-due-trust-center } :
# en: d513004e
past-due-pay-now = Payez depuis la facture (contrat client Microsoft)
# en: c254b8ed
past-due-pay-now-hint = Pas de « Régler le solde » chez vous ? Avec un contrat client Microsoft (« Microsoft Customer Agreement »), c’est un propriétaire, un contributeur ou un gestionnaire de factures du profil de facturation qui paie la facture.
# en: c34e487e
past-due-pay-now-open = Connectez-vous au { -azure-portal } et ouvrez « { -past-due-cost-billing } » ; la page liée ici montre chaque écran.
# en: f2a15fe0
past-due-pay-now-invoices = Ouvrez « Factures » (« Invoices ») et trouvez la facture en retard.
# en: 03796484
past-due-pay-now-pay = Sélectionnez « Payer maintenant » (« Pay now »).
# en: 2b96dda8
past-due-pay-now-method = Choisissez le moyen de paiement (une autre carte si la vôtre a été refusée) et payez.

## find-admin
# en: 33b642e0
past-due-find-admin = Faites payer l’administrateur du compte
# en: f20e8647
past-due-find-admin-who = Identifiez l’administrateur du compte de votre abonnement.
# en: 4103ea21
past-due-find-admin-ask = Demandez-lui de se connecter au { -azure-portal } pour régler le solde.
# en: 70b49d16
past-due-find-admin-check = Une fois le paiement fait, vérifiez que l’abonnement n’apparaît plus en retard de paiement.

## invoice
# en: 3f9d5486
past-due-invoice = Payez votre facture
# en: df7de9df
past-due-invoice-address = Repérez où envoyer le paiement : l’adresse figure en bas de votre facture.
# en: 26849c87
past-due-invoice-send = Envoyez votre paiement à cette adresse.
# en: 93079cae
past-due-bank-checks = Demandez à votre banque de laisser passer le paiement
# en: 35f7ad83
past-due-bank-checks-call = Appelez votre banque ou l’émetteur de la carte et signalez qu’un paiement à { -microsoft } a été refusé.
# en: 3fc252fb
past-due-bank-checks-international = Demandez-lui d’autoriser les transactions internationales sur la carte.
# en: d67d480a
past-due-bank-checks-funds = Vérifiez que le plafond ou les fonds disponibles de la carte couvrent la totalité du montant dû.
# en: 7e7826c9
past-due-bank-checks-recurring = Demandez-lui d’autoriser les paiements récurrents sur la carte.
# en: c26a90e1
past-due-bank-checks-retry = Payez ensuite de nouveau, depuis « Régler le solde » ou « Payer maintenant » comme sur les écrans précédents.

## paid-yet
# en: 825d189d
past-due-paid-yet = Avez-vous payé le solde dû ?
# en: c4f074ab
past-due-paid-yet-hint = Les abonnements impayés sont annulés et leurs données supprimées 90 jours plus tard : payez dès maintenant.
# en: 5c544cb0
past-due-paid-yet-paid = Oui, mon paiement est passé, mais l’abonnement reste désactivé
# en: 2231c85b
past-due-paid-yet-not-paid = Non, pas encore

## still-disabled
# en: 61da185e
past-due-still-disabled = Seul le support de facturation { -azure } peut réactiver l’abonnement. Indiquez la date, le montant et la référence de votre paiement : le résumé ci-dessous les prévoit.
# en: fa32c5cb
past-due-still-disabled-problem = Abonnement toujours désactivé après paiement du solde dû
# en: c0f0e4c2
past-due-still-disabled-date = Date du paiement
# en: 111ec4c9
past-due-still-disabled-amount = Montant payé
# en: 093bc119
past-due-still-disabled-reference = Référence du paiement (numéro de transaction ou de facture)

## unpaid

## email
# en: 406dd223
past-due-email = Recevez les e-mails de facturation
# en: ba08ff89
past-due-email-hint = Ces étapes s’adressent à l’administrateur du compte.
# en: b746e389
past-due-email-check = Vérifiez à quelle adresse e-mail les notifications sont envoyées.
# en: 3af73b8b
past-due-email-change = Choisissez une adresse que vous lisez régulièrement.
# en: bc624806
past-due-email-spam = Si l’adresse est la bonne, regardez dans votre dossier de courrier indésirable.
# en: 6437de98
past-due-email-not-admin = Vous n’êtes pas l’administrateur du compte ? Lui seul peut changer l’adresse des e-mails de facturation : trouvez de qui il s’agit.
