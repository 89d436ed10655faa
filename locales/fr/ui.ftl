# Les textes propres à l’assistant, communs à tous les sujets.
# en: fc081171
ui-fix-yes = Oui, c’est réglé
# en: e673a943
ui-fix-no = Non, le problème persiste
# en: 08221cb4
ui-request-yes = Oui, la demande est créée
# en: bc604933
ui-request-no = Non, je n’ai pas pu la créer
# en: e9305547
ui-fix-question = Le problème est-il résolu ?
# en: 9830f972
ui-request-question = Votre demande de support est-elle créée ?
# en: 97a913bc
ui-escalate-ticket = Ouvrir une demande de support
# en: 6d19f607
ui-end-resolved = Problème résolu.
# en: 98e64b02
ui-end-escalate = Ce cas demande l’intervention d’un service de support qui peut agir.
# en: ac063e1f
ui-end-start-over = Reprenons depuis le début.
# en: a3450560
ui-end-handed-over = Votre demande de support est ouverte. Le support { -microsoft } vous contactera par le moyen choisi ; gardez votre code de parcours pour le suivi.
# en: 390dba3f
ui-end-escalate-desk = Ce cas demande l’intervention d’une personne : { $desk }. Le résumé ci-dessous contient ce que ce service demande. Ouvrez ensuite la demande et collez-y le résumé.
# en: 3118b597
ui-end-escalate-last = Aucun moyen d’ouvrir une demande n’a fonctionné cette fois. Gardez le résumé ci-dessous : il contient ce dont le service « { $desk } » a besoin, pour que rien ne soit redemandé quand vous le joindrez.
# en: 317ee17e
ui-end-handed-over-desk = Votre demande est maintenant entre les mains du service « { $desk } ». Il vous contactera par le moyen choisi ; gardez votre code de parcours et votre session pour le suivi.
# en: 44d8a6f8
ui-code = Code
# en: a143aa39
ui-code-start = début
# en: 76f6ce3d
ui-chosen = Choix :
# en: 484ef600
ui-plain-prompt = { $count ->
    [1] Tapez 1 pour continuer
    [2] Tapez 1 ou 2
   *[other] Tapez un numéro de 1 à { $count }
}, b pour revenir, « ? » pour les autres commandes ou q pour quitter :
# en: 0879fcb9
ui-plain-prompt-end = Tapez b pour revenir, r pour recommencer, « ? » pour les autres commandes ou q pour quitter :
# en: c6b9595e
ui-plain-prompt-short = Choix ({ $count ->
    [1] 1
    [2] 1 ou 2
   *[other] 1 à { $count }
}, b, q, « ? ») :
# en: 0c679a95
ui-plain-prompt-end-short = Suite (b, r, q, « ? ») :
# en: a60d3e5c
ui-plain-no-steps = Il n’y a pas d’étape à marquer ici : t N marque l’étape N d’une solution.
# en: de644d68
ui-plain-invalid = « { $input } » ne fait pas partie des choix proposés ici.
# en: 8202c895
ui-plain-at-start = C’est la première question : impossible de revenir en arrière.
# en: 0695eb94
ui-plain-goodbye = Au revoir.
# en: c56fdf0c
ui-plain-lines-for-charset = Le jeu de caractères de ce terminal est { $charset }, et le plein écran ne lit que l’UTF-8 : les questions viennent donc ligne par ligne, et chaque lettre tapée est gardée. (Une locale UTF-8, comme LANG=fr_FR.UTF-8, donne le plein écran.)
# L’assistant plein écran.
# en: 00849f7b
ui-tui-language = Français
# en: 6b693585
ui-tui-start = Début
# en: b8660e47
ui-tui-too-small = Trop petit : il faut au moins { $min_width }×{ $min_height } (actuellement { $width }×{ $height }).
# en: 105b8902
ui-tui-end-keys = Appuyez sur { $restart } pour recommencer ou sur { $quit } pour quitter.
# en: ade2f690
ui-tui-help-title = Touches
# en: 11248e23
ui-tui-help-close = { $esc } ou { $help } ferme cette aide.
# en: 6e42f832
ui-tui-help-mouse = Souris : un clic choisit une réponse ou revient à une étape du fil d’Ariane ; la molette fait défiler.
# en: ed388f82
ui-tui-key-move = déplacer
# en: 5786a6e1
ui-tui-key-choose = choisir
# en: 494c4fe7
ui-tui-key-back = retour
# en: 2b500e7b
ui-tui-key-restart = recommencer
# en: 9f4af4e1
ui-tui-key-language = langue
# en: 2cf4fc4d
ui-tui-key-scroll = défiler
# en: 4ce79e27
ui-tui-key-help = aide
# en: bc7dbda6
ui-tui-key-quit = quitter
# en: 361d6026
ui-tui-help-move = Déplacer la sélection
# en: 6b35ccd4
ui-tui-help-choose = Choisir la sélection, ou la réponse 1 à 9
# en: cd89d1b4
ui-tui-help-back = Revenir d’une étape (la suite est gardée)
# en: 93f5d416
ui-tui-help-restart = Recommencer depuis la première question
# en: e897d8ff
ui-tui-help-language = Changer la langue du client (les mots de l’arbre) sur le même écran
# en: ddbcc7ac
ui-tui-help-scroll = Faire défiler un long texte
# en: 5287d44c
ui-tui-help-help = Afficher ou masquer cette aide
# en: 32854df6
ui-tui-help-quit = Quitter
# en: de8b8a16
ui-tui-key-suspend = suspendre
# en: 453b91d6
ui-tui-help-suspend = Suspendre et revenir au shell ; fg revient ici
# Les noms des touches, comme les écrivent les raccourcis et l’aide.
# en: 46550534
ui-key-enter = Entrée
# en: 138c6f26
ui-key-esc = Échap
# en: fb19c03c
ui-key-space = Espace
# en: 2b6a724f
ui-key-page-up = Pg préc
# en: ff01c6b9
ui-key-page-down = Pg suiv
# en: b9a56aba
ui-key-home = Début
# en: 48fa3268
ui-key-end = Fin
# en: 8688dd48
ui-key-delete = Suppr
# en: fc364247
ui-key-ctrl = Ctrl
# en: 2bd84004
ui-tui-key-ends = premier/dernier
# en: ab48eb30
ui-tui-help-ends = Aller à la première ou à la dernière réponse
# en: 124e9ff4
ui-plain-help = Commandes :
    {"  "}1–9     choisir cette réponse
    {"  "}b       revenir à la question précédente
    {"  "}r       recommencer depuis la première question
    {"  "}n TEXTE ajouter une note à cette étape
    {"  "}f RAISON signaler cette étape comme fausse ou périmée (RAISON facultative)
    {"  "}t N     marquer l’étape N d’une solution comme essayée (à nouveau pour l’enlever)
    {"  "}l       changer la langue du client
    {"  "}y       afficher le résumé de la demande (dans votre langue ; y à nouveau : dans celle du client), la solution ou la transcription, à copier (y N : le lien de l’étape N)
    {"  "}p       relire le chemin parcouru
    {"  "}s       enregistrer la transcription
    {"  "}q       quitter
