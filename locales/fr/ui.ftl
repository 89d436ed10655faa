# Les textes propres à l’assistant, communs à tous les sujets.
ui-fix-yes = Oui, c’est réglé
ui-fix-no = Non, toujours bloqué
ui-fix-question = Le problème est-il résolu ?
ui-escalate-ticket = Ouvrir une demande de support
ui-end-resolved = C’est réglé. Tant mieux !
ui-end-escalate = Ce cas demande l’aide du support { -microsoft }. Ouvrez une demande de support avec les informations recueillies.
ui-end-start-over = Reprenons depuis le début.
ui-code = Code
ui-code-start = début
ui-chosen = Choix :
ui-plain-prompt = Tapez un numéro (1–{ $count }), b pour revenir, r pour recommencer ou q pour quitter :
ui-plain-prompt-end = Tapez b pour revenir, r pour recommencer ou q pour quitter :
ui-plain-invalid = « { $input } » ne fait pas partie des choix proposés ici.
ui-plain-at-start = C’est la première question : impossible de revenir en arrière.
ui-plain-goodbye = Au revoir.
