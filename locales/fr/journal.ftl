# Les sessions gardées et leur journal : un enregistrement rouvert qui continue sous un nouvel
# identifiant, et les sessions gardées au-delà de celles proposées au démarrage.
# en: c4470314
agent-journal-new-id = L’identifiant de cette session appartient à l’enregistrement ou au journal d’une autre session : elle continue comme une session à part ({ $id }), sans écraser ni l’un ni l’autre.
# en: 63766875
agent-journal-more = { $count ->
    [one] Une autre session gardée est
   *[other] { $count } autres sessions gardées sont
} dans { $dir }, non examinées.
