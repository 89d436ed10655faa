# Aides pour les agents du support : résumé de demande, transcriptions et notes.
agent-ticket-heading = Résumé de la demande de support
agent-ticket-desk = Service
agent-ticket-reach = Comment le joindre
agent-ticket-severity = Gravité
agent-ticket-severity-value = { $level ->
    [a] A – impact critique sur l’activité (perte ou dégradation importante des services)
    [b] B – impact modéré sur l’activité (services dégradés, mais le travail peut raisonnablement continuer)
   *[c] C – impact minimal sur l’activité (le travail continue avec des gênes mineures)
}
agent-ticket-problem-type = Résumé du problème
agent-ticket-details = Détails
agent-ticket-time-frame = Début du problème (date, heure et fuseau horaire)
agent-ticket-code = Code du parcours
agent-ticket-session = Session
agent-ticket-tried = { $count ->
    [one] Étape essayée :
   *[other] { $count } étapes essayées :
}
agent-transcript-title = Transcription { -product }
agent-transcript-code = Code
agent-transcript-outcome = Résultat
agent-transcript-unfinished = non terminée
agent-transcript-saved = Enregistrée
agent-transcript-steps = Étapes
agent-transcript-tried = { $count ->
    [one] Essayée : étape { $steps }
   *[other] Essayées : étapes { $steps }
}
agent-transcript-note = Note
agent-transcript-stopped-at = Arrêt à
agent-save-done = Enregistré dans { $path }
agent-save-failed = Impossible d’enregistrer la transcription : { $reason }. Rien n’est perdu ; réessayez.
agent-note-added = Note ajoutée à cette étape.
agent-changed-steps = Les parcours ou les textes ont changé depuis l’enregistrement de cette transcription :
agent-changed-step = l’étape { $step } ({ $node }) a changé
agent-quit-unsaved = Des notes ou des étapes essayées ne sont pas enregistrées. Tapez o pour enregistrer et quitter, n pour quitter sans enregistrer, ou autre chose pour rester :
agent-label-separator = { "\u00A0: " }
agent-transcript-elsewhere = Noté sur des étapes hors du chemin final
agent-save-elsewhere = Impossible d’enregistrer dans le dossier habituel ({ $reason }) ; enregistré dans { $path } à la place.
agent-save-failed-exit = Impossible d’enregistrer la transcription ({ $reason }). La voici, à copier avant qu’elle ne défile :
agent-unfinished = Une session inachevée a été gardée : commencée le { $started }, arrêtée à { $code }, { $notes ->
    [one] une note
   *[other] { $notes } notes
}.
agent-unfinished-ask = Tapez o pour la rouvrir, le mot supprimer pour la supprimer avec ses notes, ou autre chose pour commencer une nouvelle session (elle reste gardée) :
agent-unfinished-how = Pour la rouvrir : signup-doctor --resume { $path }
agent-unfinished-broken = Une session gardée ne peut pas être rouverte : { $reason }
agent-journal-off = Le travail non enregistré n’est pas gardé sur le disque au fil de l’eau ({ $reason }).
agent-draft-kept = Note gardée comme brouillon : { $key } la rouvre.
agent-card-removed = [numéro de carte retiré]
agent-report-sessions = Sessions : { $count }
agent-report-topic = sujet
agent-report-total = total
agent-report-stopped = Où se sont arrêtées les sessions non résolues
agent-report-failed = Solutions le plus souvent essayées sans succès
agent-report-desks = Sessions confiées à une personne, par service
agent-report-none = (aucune)
agent-report-median = Nombre médian d’étapes jusqu’à la résolution : { $median }

# Les aides aux agents de l’assistant plein écran : touches et aide, les deux volets, recherche,
# notes, étapes essayées, la question avant de quitter et les messages.
agent-tui-key-bilingual = deux langues
agent-tui-help-bilingual = Afficher cet écran dans les deux langues
agent-tui-key-search = chercher
agent-tui-help-search = Chercher une étape par ses mots ou son id
agent-tui-key-note = note
agent-tui-help-note = Écrire une note sur cette étape
agent-tui-key-tried = essayé
agent-tui-help-tried = Marquer comme essayée l’étape choisie
agent-tui-key-save = enregistrer
agent-tui-help-save = Enregistrer la transcription (Markdown, JSON)
agent-tui-key-select = sélectionner
agent-tui-help-select = Sélectionner un résultat
agent-tui-key-jump = y aller
agent-tui-help-jump = Aller à l’étape sélectionnée par le chemin le plus court
agent-tui-key-keep = garder la note
agent-tui-help-keep = Garder la note sur cette étape
agent-tui-key-cancel = annuler
agent-tui-help-cancel = Fermer sans rien changer
agent-tui-key-edit = modifier
agent-tui-help-edit = Se déplacer dans le texte et effacer
agent-tui-key-close = fermer
agent-tui-help-close = Fermer
agent-tui-key-save-quit = enregistrer et quitter
agent-tui-help-save-quit = Enregistrer la transcription, puis quitter
agent-tui-key-quit-anyway = quitter sans enregistrer
agent-tui-help-quit-anyway = Quitter sans enregistrer
agent-tui-key-stay = rester
agent-tui-help-stay = Rester et continuer
agent-tui-help-mouse = Un clic sur une étape d’une solution la marque comme essayée.
agent-tui-pane-customer = { $language } · client
agent-tui-pane-agent = { $language } · agent
agent-tui-search-title = Recherche
agent-tui-search-empty = Tapez des mots d’une question, d’une étape, d’une réponse ou d’une fin, ou un identifiant de nœud comme { $example }.
agent-tui-search-none = Rien ne correspond à « { $query } ».
agent-tui-search-count = { $count ->
    [one] { $count } étape
   *[other] { $count } étapes
}
agent-tui-jumped = { $node }, par le chemin le plus court
agent-tui-note-title = Note sur cette étape
agent-tui-note-redacted = Les numéros de carte sont retirés avant que la note soit gardée.
agent-tui-tried-where = Choisissez une étape avec ↑, puis { $key }.
agent-tui-quit-title = Quitter ?
agent-tui-quit-unsaved = Des notes ou des étapes essayées ne sont pas enregistrées.
agent-tui-changed-title = Transcription rouverte
agent-tui-save-failed-title = Non enregistrée
agent-tui-save-where = Entrée enregistre plutôt dans le dossier ci-dessous ; Échap revient en arrière.
agent-tui-message-close = Appuyez sur une touche pour fermer.
agent-tui-text-too-long = Trop long : { $max } caractères gardés

# Copier (y) : ce qui a été copié dans le presse-papiers (plein écran) ou est affiché (mode texte).
agent-copied-ticket = Résumé de la demande de support copié dans le presse-papiers.
agent-copied-link = Lien copié dans le presse-papiers : { $url }
agent-copied-fix = Ces étapes ont été copiées dans le presse-papiers.
agent-copied-transcript = Transcription (Markdown) copiée dans le presse-papiers.
agent-copy-unavailable = Ce terminal ne peut pas recevoir de copie dans le presse-papiers : sélectionnez le texte à la souris.
agent-tui-key-copy = copier
agent-tui-help-copy = Copier dans le presse-papiers : le résumé de la demande en cas d’escalade, le lien de l’étape sélectionnée dans une solution, sinon la transcription

# Le t N du mode texte.
agent-plain-tried = Étape { $step } marquée comme essayée.
agent-plain-untried = Étape { $step } n’est plus marquée comme essayée.
agent-reopened = Rouvert : { $file }, enregistré le { $saved }.
