# en: 5186f918
root-title = Inscription et facturation { -azure }
# en: bafdd14a
root-where = Où se situe le blocage ?
# en: 2dfb86d3
root-where-hint = Choisissez l’étape qui échoue ; les questions suivantes affineront la cause.
# en: 73c235fb
root-where-verification = La vérification d’identité par SMS ou par appel
# en: 15a831b4
root-where-card-declined = Ma carte est refusée à l’inscription
# en: 2db7d32f
root-where-free-trial = L’activation du { -free-trial } (version d’évaluation gratuite)
# en: cc297ccd
root-where-benefit-plans = L’activation d’un avantage : abonnement { -visual-studio } ({ -msdn }), { -mpn(form: "abbr") } ou { -startups } ({ -bizspark })
# en: f8ecdd4e
root-where-past-due = Le paiement d’un solde impayé
# en: ebf969c7
root-where-azure-in-open = L’activation d’{ -azure-in-open } ou d’un service en ligne du programme Open
# en: 08eb11dd
root-where-partner-center = La configuration de mon compte de l’{ -partner-center }
# en: 9caed4ca
root-where-support-ticket = Autre chose, ou je veux ouvrir une demande de support
