# Aides pour les agents du support : résumé de demande, transcriptions et notes.
# en: 1a475026
agent-ticket-heading = Résumé de la demande de support
# en: 58a204cb
agent-ticket-desk = Service
# en: 65a72d09
agent-ticket-reach = Comment le joindre
# en: b95c7822
agent-ticket-severity = Gravité
# en: b9c35548
agent-ticket-severity-value = { $level ->
    [a] A – impact critique sur l’activité (perte ou dégradation importante des services)
    [b] B – impact modéré sur l’activité (services dégradés, mais le travail peut raisonnablement continuer)
   *[c] C – impact minimal sur l’activité (le travail continue avec des gênes mineures)
}
# en: 232b3982
agent-ticket-problem-type = Résumé du problème
# en: 14a4f932
agent-ticket-details = Détails
# en: 84bbe66a
agent-ticket-time-frame = Début du problème (date, heure et fuseau horaire)
# en: 24baa48d
agent-ticket-code = Code du parcours
# en: 8502a742
agent-ticket-session = Session
# en: e70d8726
agent-ticket-tried = { $count ->
    [one] Étape essayée :
   *[other] { $count } étapes essayées :
}
# en: 5fc2c2cd
agent-transcript-title = Transcription { -product }
# en: 2c7d54be
agent-transcript-code = Code
# en: 0ab798e1
agent-transcript-outcome = Résultat
# en: d54b9ca8
agent-transcript-unfinished = non terminée
# en: 91e0b434
agent-transcript-saved = Enregistrée
# en: a6aeff87
agent-transcript-copied = Copiée (sans enregistrement)
# en: 2e71ef92
agent-transcript-steps = Étapes
# en: ea58007e
agent-transcript-tried = { $count ->
    [one] Essayée : étape { $steps }
   *[other] Essayées : étapes { $steps }
}
# en: 1b01dc08
agent-transcript-note = Note
# en: 0e16d003
agent-transcript-flag = Signalée comme fausse ou périmée
# en: e23bf533
agent-transcript-stopped-at = Arrêt à
# en: 9178bf28
agent-save-done = Enregistré dans { $path }
# en: 8e9621ae
agent-saved-markdown = À coller dans une demande de support : { $path }
# en: 541819c5
agent-saved-json = Pour rouvrir avec --resume, ou compter avec report : { $path }
# en: 62cd2f91
agent-tui-saved-title = Transcription enregistrée
# en: 51983a3e
agent-tui-link-whole = { $key } copie le lien en entier
# en: 86301ddf
agent-tui-copy-first = Appuyez sur { $key } pour copier le résumé de la demande ci-dessous, puis collez-le dans la demande.
# en: 3fe971cc
agent-save-failed = Impossible d’enregistrer la transcription : { $reason }. Rien n’est perdu ; réessayez.
# en: c4b60005
agent-note-added = Note ajoutée à cette étape.
# en: cb4343ef
agent-flag-added = Étape signalée comme fausse ou périmée.
# en: 00c364d2
agent-changed-steps = Les parcours ou les textes ont changé depuis l’enregistrement de cette transcription :
# en: 0e11a06e
agent-changed-step = l’étape { $step } ({ $node }) a changé
# en: fb79a56e
agent-quit-unsaved = Des notes ou des étapes essayées ne sont pas enregistrées. Tapez o pour enregistrer et quitter, n pour quitter sans enregistrer, ou autre chose pour rester :
# en: 18c5449e
agent-label-separator = { "\u00A0: " }
# en: cbbf4c3c
agent-transcript-elsewhere = Noté sur des étapes hors du chemin final
# en: a8925b6e
agent-save-elsewhere = Impossible d’enregistrer dans le dossier habituel ({ $reason }) ; enregistré dans { $path } à la place.
# en: 318a665d
agent-save-failed-exit = Impossible d’enregistrer la transcription ({ $reason }). La voici, à copier avant qu’elle ne défile :
# en: 1d9e4259
agent-unfinished = Une session inachevée a été gardée : commencée le { $started }, arrêtée à { $code }, { $notes ->
    [0] aucune note
    [one] une note
   *[other] { $notes } notes
}{ $tried ->
    [0] {""}
    [one] , une étape essayée
   *[other] , { $tried } étapes essayées
}.
# en: 48f71ecb
agent-unfinished-ask = Tapez o pour la rouvrir, le mot supprimer pour la supprimer avec ses notes, ou autre chose pour commencer une nouvelle session (elle reste gardée) :
# en: 4dae6e40
agent-unfinished-how = Pour la rouvrir : signup-doctor --resume { $path }
# en: 541d75e8
agent-unfinished-broken = Une session gardée ne peut pas être rouverte : { $reason }
# en: 5d3a4a0a
agent-journal-off = Le travail non enregistré n’est pas gardé sur le disque au fil de l’eau ({ $reason }).
# en: 789f8e5c
agent-draft-kept = Note gardée comme brouillon : { $key } la rouvre.
# en: c60cfc22
agent-card-removed = [numéro de carte retiré]
# en: bc4b5231
agent-report-sessions = Sessions : { $count }
# en: 3702e0b6
agent-report-topic = sujet
# en: 499671af
agent-report-total = total
# en: cfd3d788
agent-report-stopped = Où se sont arrêtées les sessions non résolues
# en: 7db141ba
agent-report-failed = Solutions le plus souvent essayées sans succès
# en: b4434434
agent-report-desks = Sessions confiées à une personne, par service
# en: fcd273ec
agent-report-none = (aucune)
# en: 4e32196e
agent-report-outcome = { $outcome ->
    [resolved] résolue
    [handed-over] confiée
    [escalate] escaladée
    [start-over] recommencée
   *[unfinished] inachevée
}
# en: 68c2962a
agent-report-median = Nombre médian d’étapes jusqu’à la résolution : { $median }
# en: 63c9fdb8
agent-report-window = Sessions commencées du { $since } au { $until } ; { $outside } hors de cette période laissées de côté
# en: bcd70a59
agent-report-unreadable = Fichiers illisibles : { $count } (nommés sur la sortie d’erreur)
# en: d3b97a9a
agent-report-bars = Issues par sujet
# en: 752cfb97
agent-report-flagged = Étapes signalées par les agents comme fausses ou périmées
# en: 0ff9574a
agent-report-by-version = Par version de l’arbre (nommée par le jour où elle a été vue la première fois)
# en: 278a9330
agent-report-by-month = Par mois
# en: f7f44d58
agent-report-seen = vue du { $first } au { $last }
# en: e96139f6
agent-report-fix-success = Solutions le plus souvent essayées sans succès : résolu / nombre de réponses, côte à côte

# Les aides aux agents de l’assistant plein écran : touches et aide, les deux volets, recherche,
# notes, étapes essayées, la question avant de quitter et les messages.
# en: 6cf646b1
agent-tui-key-bilingual = deux langues
# en: 98780b94
agent-tui-help-bilingual = Afficher les mots de l’arbre dans les deux langues : celle du client, et la vôtre
# en: 3022cbeb
agent-tui-key-search = chercher
# en: 175901d6
agent-tui-help-search = Chercher une étape par ses mots (dans les deux langues affichées) ou son id
# en: 4636ce1a
agent-tui-key-note = note
# en: 804838b6
agent-tui-help-note = Écrire une note sur cette étape
# en: b7d17954
agent-tui-key-flag = signaler
# en: d7220d2c
agent-tui-help-flag = Signaler cette étape comme fausse ou périmée, avec une courte raison
# en: e60cd8b6
agent-tui-key-tried = essayé
# en: 27555c36
agent-tui-help-tried = Marquer comme essayée l’étape choisie
# en: 751e2271
agent-tui-key-save = enregistrer
# en: a9b10dad
agent-tui-help-save = Enregistrer la transcription (Markdown, JSON)
# en: ae83230b
agent-tui-key-select = sélectionner
# en: 49ef734b
agent-tui-help-select = Sélectionner un résultat
# en: 197cffaf
agent-tui-key-jump = y aller
# en: cf3cd42b
agent-tui-help-jump = Aller à l’étape sélectionnée par le chemin le plus court
# en: 1f2def3f
agent-tui-key-keep = garder la note
# en: 5fc2b29d
agent-tui-help-keep = Garder la note sur cette étape
# en: a15a48b8
agent-tui-key-cancel = annuler
# en: 8f30b300
agent-tui-key-draft = garder en brouillon
# en: cd80ec28
agent-tui-help-cancel = Fermer sans rien changer
# en: dc6053ab
agent-tui-key-edit = modifier
# en: 5e989c7c
agent-tui-help-edit = Se déplacer dans le texte et effacer
# en: f05fbd49
agent-tui-key-close = fermer
# en: 5471ee47
agent-tui-help-close = Fermer
# en: c1173546
agent-tui-key-save-quit = enregistrer et quitter
# en: 867685f5
agent-tui-help-save-quit = Enregistrer la transcription, puis quitter
# en: e8353ec5
agent-tui-key-quit-anyway = quitter sans enregistrer
# en: a801b057
agent-tui-help-quit-anyway = Quitter sans enregistrer
# en: 314e938c
agent-tui-key-stay = rester
# en: 71ef6b8b
agent-tui-help-stay = Rester et continuer
# en: b4ef034c
agent-tui-help-mouse = Un clic sur une étape d’une solution la marque comme essayée (un glissé, ou un clic sur son lien, ne marque rien). Pour sélectionner du texte à la souris, maintenez Maj en faisant glisser ; y copie un lien en entier.
# en: 4a429c29
agent-tui-pane-customer = { $language } · client
# en: 15f604ea
agent-tui-pane-agent = { $language } · agent
# en: 0c468011
agent-tui-pane-older = { $mark } l’anglais a changé depuis
# en: 2d1a7614
agent-tui-search-title = Recherche
# en: 3015d28d
agent-tui-search-empty = Tapez des mots d’une question, d’une étape, d’une réponse ou d’une fin, ou un identifiant de nœud comme { $example }.
# en: 6b547e78
agent-tui-search-none = Rien ne correspond à « { $query } ».
# en: cc3c7319
agent-tui-search-count = { $count ->
    [one] { $count } étape
   *[other] { $count } étapes
}
# en: 93471e4d
agent-tui-jumped = { $node }, par le chemin le plus court ; { $key } : retour là où vous étiez
# en: a1570c92
agent-tui-jumped-back = De retour là où vous étiez avant la recherche.
# en: 0a6b59e1
agent-tui-note-title = Note sur cette étape
# en: be2874d2
agent-tui-note-redacted = Les numéros de carte sont retirés avant que la note soit gardée.
# en: 97b6e280
agent-tui-flag-title = Signaler cette étape comme fausse ou périmée
# en: f41adf87
agent-tui-flag-info = Pourquoi, en quelques mots (facultatif). Entrée la signale, Échap annule.
# en: 33ad85f9
agent-tui-tried-where = Choisissez une étape avec ↑, puis { $key }.
# en: 0805d58d
agent-tui-quit-title = Quitter ?
# en: 5f1c6747
agent-tui-quit-unsaved = Des notes ou des étapes essayées ne sont pas enregistrées.
# en: 86f7533d
agent-tui-changed-title = Transcription rouverte
# en: f1ec8c67
agent-tui-save-failed-title = Non enregistrée
# en: f2a10b25
agent-tui-save-where = Entrée enregistre plutôt dans le dossier ci-dessus ; Échap revient en arrière.
# en: 1d70e4b6
agent-tui-message-close = Appuyez sur une touche pour fermer.
# en: dbd5c0b4
agent-tui-text-too-long = Trop long : { $max } caractères gardés

# Copier (y) : ce qui a été copié dans le presse-papiers (plein écran) ou est affiché (mode texte).
# en: e0af8e61
agent-copied-ticket = Résumé de la demande de support en { $language } envoyé au presse-papiers du terminal.
# en: d28d5c20
agent-copied-ticket-again = { $key } à nouveau : en { $other }.
# en: 434e4342
agent-language-name = { $lang ->
    [fr] français
   *[en] anglais
}
# en: e8c4349c
agent-copied-link = Lien envoyé au presse-papiers du terminal : { $url }
# en: 6feef06c
agent-copied-fix = Ces étapes ont été envoyées au presse-papiers du terminal.
# en: 3ded387a
agent-copied-transcript = Transcription (Markdown) envoyée au presse-papiers du terminal.
# en: a2c7838a
agent-copy-unavailable = Ce terminal ne peut pas recevoir de copie dans le presse-papiers : sélectionnez le texte à la souris.
# en: cd916f39
agent-tui-key-copy = copier
# en: 93eff326
agent-tui-help-copy = Copier dans le presse-papiers : le résumé de la demande en cas d’escalade (dans votre langue ; à nouveau : dans celle du client), le lien de l’étape sélectionnée dans une solution, sinon la transcription

# Le t N du mode texte.
# en: 39d07a1a
agent-plain-tried = Étape { $step } marquée comme essayée.
# en: 9ee24742
agent-plain-untried = Étape { $step } n’est plus marquée comme essayée.
# en: be6873db
agent-reopened = Rouvert : { $file }, enregistré le { $saved }.
