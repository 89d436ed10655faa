# Sujet : activer un plan d’avantages Azure (MSDN / Visual Studio, MPN, BizSpark, BizSpark Plus).
-benefit-plans-cloud-competencies = désignations Solutions Partner (anciennement compétences de plateforme cloud)

benefit-plans-title = Je n’arrive pas à activer un plan d’avantages { -azure }

benefit-plans-start = Quel avantage essayez-vous d’activer ?
benefit-plans-start-hint = Chaque avantage est vérifié par son propre programme : la solution dépend de celui dont vous disposez.
benefit-plans-start-msdn = Un abonnement { -visual-studio } (anciennement { -msdn })
benefit-plans-start-mpn = Une adhésion au { -mpn(form: "formerly") }
benefit-plans-start-bizspark = { -bizspark } ou { -bizspark-plus }
benefit-plans-start-open = { -azure-in-open } (j’ai une clé OSA ou des jetons)
benefit-plans-start-none = Aucun de ces avantages

benefit-plans-msdn-what = Que s’est-il passé quand vous avez essayé d’activer l’avantage de votre abonnement { -visual-studio } ?
benefit-plans-msdn-what-error = J’ai eu une erreur à l’inscription, ou l’abonnement reste en attente
benefit-plans-msdn-what-refused = On m’indique que je ne suis pas éligible, ou je ne sais pas si je le suis

benefit-plans-mpn-what = Que s’est-il passé quand vous avez essayé d’activer votre avantage { -mpn } ?
benefit-plans-mpn-what-error = J’ai eu une erreur à l’inscription, ou l’abonnement reste en attente
benefit-plans-mpn-what-refused = On m’indique que je ne suis pas éligible, ou je ne sais pas si je le suis

benefit-plans-bizspark-what = Que s’est-il passé quand vous avez essayé d’activer votre avantage { -bizspark } ?
benefit-plans-bizspark-what-error = J’ai eu une erreur à l’inscription, ou l’abonnement reste en attente
benefit-plans-bizspark-what-refused = On m’indique que je ne suis pas éligible, ou je ne sais pas si je le suis

benefit-plans-setup-status = Vérifiez si l’abonnement a quand même été configuré
benefit-plans-setup-status-hint = Une erreur à l’inscription ne veut pas toujours dire un échec : la configuration a pu aboutir.
benefit-plans-setup-status-open = Ouvrez la page « Abonnements » du { -azure-portal } (anciennement le { -account-center }).
benefit-plans-setup-status-find = Cherchez votre nouvel abonnement d’avantages dans la liste.
benefit-plans-setup-status-wait = S’il apparaît mais n’est pas encore actif, patientez quelques minutes puis actualisez la page.
benefit-plans-setup-status-email = Surveillez votre boîte de réception : un e-mail arrive dès que l’abonnement est actif.
benefit-plans-setup-status-support = Toujours en attente après plus de quatre minutes ? Contactez le support { -azure }.

benefit-plans-msdn-eligibility = Vérifiez votre éligibilité avec votre abonnement { -visual-studio }
benefit-plans-msdn-eligibility-sign-in = Connectez-vous à la page des avantages de votre abonnement { -visual-studio } (anciennement { -msdn }).
benefit-plans-msdn-eligibility-status = Vérifiez l’état de votre éligibilité à l’avantage { -azure }.
benefit-plans-msdn-eligibility-retry = Si la page indique que vous êtes éligible, relancez l’activation de l’avantage.

benefit-plans-msdn-contact = Faites confirmer votre éligibilité par le support des abonnements { -visual-studio }
benefit-plans-msdn-contact-open = Ouvrez la page du support des abonnements { -visual-studio } (elle remplace les centres de service client { -msdn }).
benefit-plans-msdn-contact-ask = Contactez-le depuis cette page et demandez-lui de confirmer votre éligibilité.
benefit-plans-msdn-contact-retry = Une fois votre éligibilité confirmée, relancez l’activation de l’avantage.

benefit-plans-mpn-eligibility = Vérifiez votre éligibilité au { -mpn }
benefit-plans-mpn-eligibility-sign-in = Connectez-vous à l’{ -partner-center }, qui remplace le portail MPN et où se gère votre adhésion au { -mpn }.
benefit-plans-mpn-eligibility-status = Vérifiez l’état de votre éligibilité à l’avantage { -azure }.
benefit-plans-mpn-eligibility-competencies = Regardez si vous avez des { -benefit-plans-cloud-competencies } : certaines donnent droit à des avantages supplémentaires.
benefit-plans-mpn-eligibility-retry = Si la page indique que vous êtes éligible, relancez l’activation de l’avantage.

benefit-plans-mpn-contact = Faites confirmer votre éligibilité par le support de l’{ -partner-center }
benefit-plans-mpn-contact-open = Dans l’{ -partner-center }, ouvrez « { -help-support } » et créez une demande.
benefit-plans-mpn-contact-ask = Demandez-lui de confirmer votre éligibilité.
benefit-plans-mpn-contact-retry = Une fois votre éligibilité confirmée, relancez l’activation de l’avantage.

benefit-plans-bizspark-eligibility = Vérifiez votre éligibilité { -bizspark }
benefit-plans-bizspark-eligibility-sign-in = Connectez-vous au portail Microsoft for Startups, qui a pris la suite de { -bizspark }.
benefit-plans-bizspark-eligibility-status = Vérifiez l’état de votre éligibilité à { -bizspark } et à { -bizspark-plus }.
benefit-plans-bizspark-eligibility-retry = Si vous êtes bien éligible, relancez l’activation de l’avantage.

benefit-plans-bizspark-contact = Écrivez au support { -bizspark } pour faire confirmer votre état
benefit-plans-bizspark-contact-write = Écrivez à bizspark@microsoft.com avec l’objet « BizSpark Support ».
benefit-plans-bizspark-contact-names = Indiquez le nom de la personne à contacter et celui de votre startup.
benefit-plans-bizspark-contact-account = Indiquez le compte { -microsoft } (Live ID) avec lequel vous vous connectez.
benefit-plans-bizspark-contact-issue = Décrivez précisément le problème rencontré, ou votre question.

benefit-plans-no-benefit = Chaque plan d’avantages a ses propres conditions : il faut d’abord faire partie de son programme. Recommencez et choisissez le sujet qui correspond à votre cas.

## no-fix
benefit-plans-no-fix = L’abonnement lié à l’avantage n’est toujours pas configuré. Le support { -azure } peut vérifier ce qui le bloque.
