# Sujet : activer un plan d’avantages Azure (MSDN / Visual Studio, MPN, BizSpark, BizSpark Plus).
-benefit-plans-cloud-competencies = désignations Solutions Partner (anciennement compétences de plateforme cloud)

benefit-plans-title = Je n’arrive pas à activer un plan d’avantages { -azure }

benefit-plans-start = Quel avantage essayez-vous d’activer ?
benefit-plans-start-hint = Chaque avantage est vérifié par son propre programme : la solution dépend de celui dont vous disposez.
benefit-plans-start-msdn = Un abonnement { -visual-studio } (anciennement { -msdn })
benefit-plans-start-mpn = Une adhésion au { -mpn(form: "formerly") }
benefit-plans-start-bizspark = { -startups } (anciennement { -bizspark } ou { -bizspark-plus })
benefit-plans-start-none = Aucun de ces avantages

benefit-plans-msdn-what = Que s’est-il passé quand vous avez essayé d’activer l’avantage de votre abonnement { -visual-studio } ?
benefit-plans-msdn-what-error = J’ai eu une erreur à l’inscription, ou l’abonnement reste en attente
benefit-plans-msdn-what-refused = On m’indique que je ne suis pas éligible, ou je ne sais pas si je le suis

benefit-plans-mpn-what = Que s’est-il passé quand vous avez essayé d’activer votre avantage { -mpn } ?
benefit-plans-mpn-what-error = J’ai eu une erreur à l’inscription, ou l’abonnement reste en attente
benefit-plans-mpn-what-refused = On m’indique que je ne suis pas éligible, ou je ne sais pas si je le suis

benefit-plans-bizspark-what = Que s’est-il passé quand vous avez essayé d’activer vos crédits { -startups } ?
benefit-plans-bizspark-what-error = J’ai eu une erreur à l’inscription, ou l’abonnement reste en attente
benefit-plans-bizspark-what-refused = On m’indique que je ne suis pas éligible, ou je ne sais pas si je le suis
benefit-plans-what-other = Autre chose : le crédit n’apparaît pas, ou l’avantage a pris fin

benefit-plans-setup-status = Vérifiez si l’abonnement a quand même été configuré
benefit-plans-setup-status-hint = Une erreur à l’inscription ne veut pas toujours dire un échec : la configuration a pu aboutir.
benefit-plans-setup-status-open = Ouvrez la page « Abonnements » du { -azure-portal } (anciennement le { -account-center }).
benefit-plans-setup-status-find = Cherchez votre nouvel abonnement d’avantages dans la liste.
benefit-plans-setup-status-wait = S’il apparaît mais n’est pas encore actif, patientez quelques minutes puis actualisez la page.
benefit-plans-setup-status-email = Surveillez votre boîte de réception : un e-mail arrive dès que l’abonnement est actif.
benefit-plans-setup-status-eligible = Si aucun nouvel abonnement n’apparaît, l’éligibilité peut être en cause : revenez en arrière et choisissez la réponse sur l’éligibilité.

benefit-plans-msdn-eligibility = Vérifiez votre éligibilité avec votre abonnement { -visual-studio }
benefit-plans-msdn-eligibility-sign-in = Connectez-vous à la page des avantages de votre abonnement { -visual-studio } (anciennement { -msdn }).
benefit-plans-msdn-eligibility-status = Vérifiez l’état de votre éligibilité à l’avantage { -azure }.
benefit-plans-msdn-eligibility-retry = Si la page indique que vous êtes éligible, relancez l’activation de l’avantage.
benefit-plans-msdn-no-fix = Seul le support des abonnements { -visual-studio } peut confirmer ce que comprend votre abonnement. Indiquez-lui l’adresse e-mail à laquelle il est attribué et son niveau : le résumé ci-dessous prévoit les deux.


benefit-plans-mpn-eligibility = Vérifiez votre éligibilité au { -mpn }
benefit-plans-mpn-eligibility-sign-in = Connectez-vous à l’{ -partner-center }, qui remplace le portail MPN et où se gère votre adhésion au { -mpn }.
benefit-plans-mpn-eligibility-status = Vérifiez l’état de votre éligibilité à l’avantage { -azure }.
benefit-plans-mpn-eligibility-competencies = Regardez si vous avez des { -benefit-plans-cloud-competencies } : certaines donnent droit à des avantages supplémentaires.
benefit-plans-mpn-eligibility-retry = Si la page indique que vous êtes éligible, relancez l’activation de l’avantage.
benefit-plans-mpn-no-fix = Seul le support de l’{ -partner-center } peut confirmer les avantages de votre adhésion. Indiquez-lui votre PartnerID et le domaine de votre locataire : le résumé ci-dessous prévoit les deux.


benefit-plans-bizspark-eligibility = Vérifiez vos avantages { -startups }
benefit-plans-bizspark-eligibility-hint = { -bizspark } et { -bizspark-plus } ne sont plus proposés : les crédits { -azure } pour les start-up viennent désormais de { -startups }.
benefit-plans-bizspark-eligibility-sign-in = Connectez-vous au portail { -startups } et ouvrez son onglet « Avantages » (« Benefits »).
benefit-plans-bizspark-eligibility-status = Vérifiez que vos crédits { -azure } y figurent : ils doivent être utilisés dans les 90 jours qui suivent l’acceptation du contrat du programme.
benefit-plans-bizspark-eligibility-retry = Si c’est le cas, sélectionnez « Utiliser » (« Redeem ») pour les activer.
benefit-plans-bizspark-no-fix = Le support { -startups } peut vérifier vos avantages. Indiquez-lui le nom de votre start-up et le compte avec lequel vous vous connectez : le résumé ci-dessous prévoit les deux.



## no-fix
benefit-plans-no-fix = L’abonnement de l’avantage n’est toujours pas configuré. Le support de facturation { -azure } peut vérifier ce qui le bloque.
