# Sujet : activer un plan d’avantages Azure (MSDN / Visual Studio, MPN, BizSpark, BizSpark Plus).
# en: 638a97f6
-benefit-plans-cloud-competencies = désignations Solutions Partner (anciennement compétences de plateforme cloud)

# en: e70f3c1f
benefit-plans-title = Je n’arrive pas à activer un plan d’avantages { -azure }

# en: a46e2449
benefit-plans-start = Quel avantage essayez-vous d’activer ?
# en: 6372900c
benefit-plans-start-hint = Chaque avantage est vérifié par son propre programme : la solution dépend de celui dont vous disposez.
# en: 1a4c340f
benefit-plans-start-msdn = Un abonnement { -visual-studio } (anciennement { -msdn })
# en: 32232a82
benefit-plans-start-mpn = Une adhésion au { -mpn(form: "formerly") }
# en: 831deee9
benefit-plans-start-bizspark = { -startups } (anciennement { -bizspark } ou { -bizspark-plus })
# en: 0013ae63
benefit-plans-start-none = Aucun de ces avantages

# en: 7d11ed8c
benefit-plans-msdn-what = Que s’est-il passé quand vous avez essayé d’activer l’avantage de votre abonnement { -visual-studio } ?
# en: ad54b05a
benefit-plans-msdn-what-error = J’ai eu une erreur à l’inscription, ou l’abonnement reste en attente
# en: 006fc5a7
benefit-plans-msdn-what-refused = On m’indique que je ne suis pas éligible, ou je ne sais pas si je le suis

# en: 7fa65749
benefit-plans-mpn-what = Que s’est-il passé quand vous avez essayé d’activer votre avantage { -mpn } ?
# en: b191835e
benefit-plans-mpn-what-error = J’ai eu une erreur à l’inscription, ou l’abonnement reste en attente
# en: de8347de
benefit-plans-mpn-what-refused = On m’indique que je ne suis pas éligible, ou je ne sais pas si je le suis

# en: 62e2d339
benefit-plans-bizspark-what = Que s’est-il passé quand vous avez essayé d’activer vos crédits { -startups } ?
# en: 02aa2ab2
benefit-plans-bizspark-what-error = J’ai eu une erreur à l’inscription, ou l’abonnement reste en attente
# en: 2eaa9dca
benefit-plans-bizspark-what-refused = On m’indique que je ne suis pas éligible, ou je ne sais pas si je le suis
# en: a0b67a64
benefit-plans-what-other = Autre chose : le crédit n’apparaît pas, ou l’avantage a pris fin

# en: c617bbe5
benefit-plans-setup-status = Vérifiez si l’abonnement a quand même été configuré
# en: fc7d2673
benefit-plans-setup-status-hint = Une erreur à l’inscription ne veut pas toujours dire un échec : la configuration a pu aboutir.
# en: c6cac719
benefit-plans-setup-status-open = Ouvrez la page « Abonnements » du { -azure-portal } (anciennement le { -account-center }).
# en: 2e7d71a3
benefit-plans-setup-status-find = Cherchez votre nouvel abonnement d’avantages dans la liste.
# en: 0843b0a8
benefit-plans-setup-status-wait = S’il apparaît mais n’est pas encore actif, patientez quelques minutes puis actualisez la page.
# en: 29033249
benefit-plans-setup-status-email = Surveillez votre boîte de réception : un e-mail arrive dès que l’abonnement est actif.
# en: 1542d59d
benefit-plans-setup-status-eligible = Si aucun nouvel abonnement n’apparaît, l’éligibilité peut être en cause : revenez en arrière et choisissez la réponse sur l’éligibilité.

# en: 12ec6aae
benefit-plans-msdn-eligibility = Vérifiez votre éligibilité avec votre abonnement { -visual-studio }
# en: 973aff8b
benefit-plans-msdn-eligibility-sign-in = Connectez-vous à la page des avantages de votre abonnement { -visual-studio } (anciennement { -msdn }).
# en: 96303d2f
benefit-plans-msdn-eligibility-status = Vérifiez l’état de votre éligibilité à l’avantage { -azure }.
# en: 6a9de98e
benefit-plans-msdn-eligibility-retry = Si la page indique que vous êtes éligible, relancez l’activation de l’avantage.
# en: 6a9731d8
benefit-plans-msdn-no-fix = Seul le support des abonnements { -visual-studio } peut confirmer ce que comprend votre abonnement. Indiquez-lui l’adresse e-mail à laquelle il est attribué et son niveau : le résumé ci-dessous prévoit les deux.


# en: 030307b1
benefit-plans-mpn-eligibility = Vérifiez votre éligibilité au { -mpn }
# en: 534c4e35
benefit-plans-mpn-eligibility-sign-in = Connectez-vous à l’{ -partner-center }, qui remplace le portail MPN et où se gère votre adhésion au { -mpn }.
# en: a887afa4
benefit-plans-mpn-eligibility-status = Vérifiez l’état de votre éligibilité à l’avantage { -azure }.
# en: fb7e0101
benefit-plans-mpn-eligibility-competencies = Regardez si vous avez des { -benefit-plans-cloud-competencies } : certaines donnent droit à des avantages supplémentaires.
# en: b15e57bf
benefit-plans-mpn-eligibility-retry = Si la page indique que vous êtes éligible, relancez l’activation de l’avantage.
# en: d9f5a1ea
benefit-plans-mpn-no-fix = Seul le support de l’{ -partner-center } peut confirmer les avantages de votre adhésion. Indiquez-lui votre PartnerID et le domaine de votre locataire : le résumé ci-dessous prévoit les deux.


# en: a7dd4d94
benefit-plans-bizspark-eligibility = Vérifiez vos avantages { -startups }
# en: 4035e9f6
benefit-plans-bizspark-eligibility-hint = { -bizspark } et { -bizspark-plus } ne sont plus proposés : les crédits { -azure } pour les start-up viennent désormais de { -startups }.
# en: e90e554f
benefit-plans-bizspark-eligibility-sign-in = Connectez-vous au portail { -startups } et ouvrez son onglet « Avantages » (« Benefits »).
# en: 7578877d
benefit-plans-bizspark-eligibility-status = Vérifiez que vos crédits { -azure } y figurent : ils doivent être utilisés dans les 90 jours qui suivent l’acceptation du contrat du programme.
# en: cfd5bbd0
benefit-plans-bizspark-eligibility-retry = Si c’est le cas, sélectionnez « Utiliser » (« Redeem ») pour les activer.
# en: 9014b6ae
benefit-plans-bizspark-no-fix = Le support { -startups } peut vérifier vos avantages. Indiquez-lui le nom de votre start-up et le compte avec lequel vous vous connectez : le résumé ci-dessous prévoit les deux.



## no-fix
# en: 507b1fd3
benefit-plans-no-fix = L’abonnement de l’avantage n’est toujours pas configuré. Le support de facturation { -azure } peut vérifier ce qui le bloque.
