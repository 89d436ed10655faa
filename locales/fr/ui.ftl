# Les textes propres à l’assistant, communs à tous les sujets.
ui-fix-yes = Oui, c’est réglé
ui-fix-no = Non, le problème persiste
ui-request-yes = Oui, la demande est créée
ui-request-no = Non, je n’ai pas pu la créer
ui-fix-question = Le problème est-il résolu ?
ui-request-question = Votre demande de support est-elle créée ?
ui-escalate-ticket = Ouvrir une demande de support
ui-end-resolved = Problème résolu.
ui-end-escalate = Ce cas demande l’intervention d’un service de support qui peut agir.
ui-end-start-over = Reprenons depuis le début.
ui-end-handed-over = Votre demande de support est ouverte. Le support { -microsoft } vous contactera par le moyen choisi ; gardez votre code de parcours pour le suivi.
ui-end-escalate-desk = Ce cas demande l’intervention d’une personne : { $desk }. Le résumé ci-dessous contient ce que ce service demande. Ouvrez ensuite la demande et collez-y le résumé.
ui-end-escalate-last = Aucun moyen d’ouvrir une demande n’a fonctionné cette fois. Gardez le résumé ci-dessous : il contient ce dont le service « { $desk } » a besoin, pour que rien ne soit redemandé quand vous le joindrez.
ui-end-handed-over-desk = Votre demande est maintenant entre les mains du service « { $desk } ». Il vous contactera par le moyen choisi ; gardez votre code de parcours et votre session pour le suivi.
ui-code = Code
ui-code-start = début
ui-chosen = Choix :
ui-plain-prompt = { $count ->
    [1] Tapez 1 pour continuer
   *[other] Tapez un numéro de 1 à { $count }
}, b pour revenir, « ? » pour les autres commandes ou q pour quitter :
ui-plain-prompt-end = Tapez b pour revenir, r pour recommencer, « ? » pour les autres commandes ou q pour quitter :
ui-plain-invalid = « { $input } » ne fait pas partie des choix proposés ici.
ui-plain-at-start = C’est la première question : impossible de revenir en arrière.
ui-plain-goodbye = Au revoir.
# L’assistant plein écran.
ui-tui-language = Français
ui-tui-start = Début
ui-tui-too-small = Trop petit : il faut au moins { $min_width }×{ $min_height } (actuellement { $width }×{ $height }).
ui-tui-end-keys = Appuyez sur { $restart } pour recommencer ou sur { $quit } pour quitter.
ui-tui-help-title = Touches
ui-tui-help-close = { $esc } ou { $help } ferme cette aide.
ui-tui-help-mouse = Souris : un clic choisit une réponse ou revient à une étape du fil d’Ariane ; la molette fait défiler.
ui-tui-key-move = déplacer
ui-tui-key-choose = choisir
ui-tui-key-back = retour
ui-tui-key-restart = recommencer
ui-tui-key-language = langue
ui-tui-key-scroll = défiler
ui-tui-key-help = aide
ui-tui-key-quit = quitter
ui-tui-help-move = Déplacer la sélection
ui-tui-help-choose = Choisir la sélection, ou la réponse 1 à 9
ui-tui-help-back = Revenir d’une étape (la suite est gardée)
ui-tui-help-restart = Recommencer depuis la première question
ui-tui-help-language = Changer de langue sur le même écran
ui-tui-help-scroll = Faire défiler un long texte
ui-tui-help-help = Afficher ou masquer cette aide
ui-tui-help-quit = Quitter
ui-tui-key-suspend = suspendre
ui-tui-help-suspend = Suspendre et revenir au shell ; fg revient ici
# Les noms des touches, comme les écrivent les raccourcis et l’aide.
ui-key-enter = Entrée
ui-key-esc = Échap
ui-key-space = Espace
ui-key-page-up = Pg préc
ui-key-page-down = Pg suiv
ui-key-home = Début
ui-key-end = Fin
ui-key-delete = Suppr
ui-key-ctrl = Ctrl
ui-tui-key-ends = premier/dernier
ui-tui-help-ends = Aller à la première ou à la dernière réponse
ui-plain-help = Commandes :
    {"  "}1–9     choisir cette réponse
    {"  "}b       revenir à la question précédente
    {"  "}r       recommencer depuis la première question
    {"  "}n TEXTE ajouter une note à cette étape
    {"  "}t N     marquer l’étape N d’une solution comme essayée (à nouveau pour l’enlever)
    {"  "}l       changer de langue
    {"  "}y       afficher le résumé de la demande, la solution ou la transcription, à copier (y N : le lien de l’étape N)
    {"  "}p       relire le chemin parcouru
    {"  "}s       enregistrer la transcription
    {"  "}q       quitter
