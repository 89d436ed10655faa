-past-due-cost-billing = Gestion des coûts + facturation
-past-due-trust-center = Centre de gestion de la confidentialité Microsoft

past-due-title = J’ai un solde impayé

## start
past-due-start = Sur quel point avez-vous besoin d’aide ?
past-due-start-hint = Ce sujet concerne les comptes du programme { -online-services }. Un paiement manquant ou qui n’a pas pu être traité est signalé par e-mail ou par une alerte dans le { -azure-portal }. Un abonnement impayé est annulé, et ses données sont supprimées 90 jours plus tard.
past-due-start-pay = J’ai reçu un avis de retard de paiement et je veux payer
past-due-start-declined = Ma carte a été refusée
past-due-start-disabled = Mon abonnement est désactivé
past-due-start-no-email = Je ne reçois pas les e-mails de facturation
past-due-start-other = J’ai une autre question ou besoin d’aide

## how-pay
past-due-how-pay = Comment payez-vous { -azure } ?
past-due-how-pay-card = Par carte de crédit ou de débit, par prélèvement, ou je ne sais pas
past-due-how-pay-invoice = Sur facture

## is-admin
past-due-is-admin = Avez-vous le rôle d’administrateur du compte pour cet abonnement ?
past-due-is-admin-hint = L’administrateur du compte peut régler le solde dans le { -azure-portal }.
past-due-is-admin-admin = Oui, j’ai le rôle d’administrateur du compte
past-due-is-admin-not-admin = Non, ou je ne sais pas

## settle
past-due-settle = Réglez le solde dans le { -azure-portal }
past-due-settle-hint = Si plusieurs abonnements en retard de paiement utilisent la même carte de crédit, vous devez régler la totalité de leur solde en une fois.
past-due-settle-sign-in = Connectez-vous au { -azure-portal } en tant qu’administrateur du compte.
past-due-settle-search = Recherchez « { -past-due-cost-billing } » et ouvrez ce service.
past-due-settle-link = Ouvrez « Factures » (« Invoices ») et sélectionnez « Régler le solde » (« Settle balance ») à côté de l’abonnement en retard (dans certains pays, comme la France, le bouton s’appelle « Payer maintenant », « Pay now »).
past-due-settle-total = Vérifiez le solde total dû : il additionne les frais de tous les services { -microsoft } qui utilisent le mode de paiement en échec.
past-due-settle-method = Sélectionnez le mode de paiement à utiliser. Il remplacera le mode en échec pour tous les abonnements qui l’utilisaient.
past-due-settle-owed = Si ce mode de paiement a déjà des frais { -microsoft } impayés, ils s’ajoutent au total : réglez-les aussi.
past-due-settle-pay = Cliquez sur « Payer ».
past-due-settle-data = Ce que deviennent les données d’un abonnement impayé, dans le { -past-due-trust-center } :
past-due-pay-now = Payez depuis la facture (contrat client Microsoft)
past-due-pay-now-hint = Pas de « Régler le solde » chez vous ? Avec un contrat client Microsoft (« Microsoft Customer Agreement »), c’est un propriétaire, un contributeur ou un gestionnaire de factures du profil de facturation qui paie la facture.
past-due-pay-now-open = Connectez-vous au { -azure-portal } et ouvrez « { -past-due-cost-billing } » ; la page liée ici montre chaque écran.
past-due-pay-now-invoices = Ouvrez « Factures » (« Invoices ») et trouvez la facture en retard.
past-due-pay-now-pay = Sélectionnez « Payer maintenant » (« Pay now »).
past-due-pay-now-method = Choisissez le moyen de paiement (une autre carte si la vôtre a été refusée) et payez.

## find-admin
past-due-find-admin = Faites payer l’administrateur du compte
past-due-find-admin-who = Identifiez l’administrateur du compte de votre abonnement.
past-due-find-admin-ask = Demandez-lui de se connecter au { -azure-portal } pour régler le solde.
past-due-find-admin-check = Une fois le paiement fait, vérifiez que l’abonnement n’apparaît plus en retard de paiement.

## invoice
past-due-invoice = Payez votre facture
past-due-invoice-address = Repérez où envoyer le paiement : l’adresse figure en bas de votre facture.
past-due-invoice-send = Envoyez votre paiement à cette adresse.
past-due-bank-checks = Demandez à votre banque de laisser passer le paiement
past-due-bank-checks-call = Appelez votre banque ou l’émetteur de la carte et signalez qu’un paiement à { -microsoft } a été refusé.
past-due-bank-checks-international = Demandez-lui d’autoriser les transactions internationales sur la carte.
past-due-bank-checks-funds = Vérifiez que le plafond ou les fonds disponibles de la carte couvrent la totalité du montant dû.
past-due-bank-checks-recurring = Demandez-lui d’autoriser les paiements récurrents sur la carte.
past-due-bank-checks-retry = Payez ensuite de nouveau, depuis « Régler le solde » ou « Payer maintenant » comme sur les écrans précédents.

## paid-yet
past-due-paid-yet = Avez-vous payé le solde dû ?
past-due-paid-yet-hint = Les abonnements impayés sont annulés et leurs données supprimées 90 jours plus tard : payez dès maintenant.
past-due-paid-yet-paid = Oui, mon paiement est passé, mais l’abonnement reste désactivé
past-due-paid-yet-not-paid = Non, pas encore

## still-disabled
past-due-still-disabled = Seul le support de facturation { -azure } peut réactiver l’abonnement. Indiquez la date, le montant et la référence de votre paiement : le résumé ci-dessous les prévoit.
past-due-still-disabled-problem = Abonnement toujours désactivé après paiement du solde dû
past-due-still-disabled-date = Date du paiement
past-due-still-disabled-amount = Montant payé
past-due-still-disabled-reference = Référence du paiement (numéro de transaction ou de facture)

## unpaid

## email
past-due-email = Recevez les e-mails de facturation
past-due-email-hint = Ces étapes s’adressent à l’administrateur du compte.
past-due-email-check = Vérifiez à quelle adresse e-mail les notifications sont envoyées.
past-due-email-change = Choisissez une adresse que vous lisez régulièrement.
past-due-email-spam = Si l’adresse est la bonne, regardez dans votre dossier de courrier indésirable.
past-due-email-not-admin = Vous n’êtes pas l’administrateur du compte ? Lui seul peut changer l’adresse des e-mails de facturation : trouvez de qui il s’agit.
