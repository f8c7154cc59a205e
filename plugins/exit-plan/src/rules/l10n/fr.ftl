# L’extension `exit-plan` en français : les textes de chaque règle et les messages des
# constats. Les clés, identifiants et valeurs entre accents graves restent tels quels.
# Glossaire : docs/l10n/glossary.md.

plugin-description = Stratégie de sortie : une stratégie précoce et mesurable pour transmettre le travail aux partenaires locaux et rendre les partenaires extérieurs inutiles.

## exit.adopted-early

exit-adopted-early =
    .summary = La stratégie de sortie a été adoptée tôt : `exit.adopted` tombe dans les premiers 25 % de la durée du partenariat, comptée en jours depuis `partnership.start`.
    .rationale =
        Une sortie planifiée à la fin est une annonce, non un plan : les partenaires locaux ont
        besoin de toute la durée du partenariat pour se préparer à prendre le relais. La Norme
        humanitaire fondamentale de qualité et de redevabilité (CHS, 2014, révisée en 2024),
        engagement 3.4, demande une stratégie de sortie ou de transition planifiée dès les
        premières étapes. Le seuil de 25 % est une valeur par défaut propre à Accord, et non un
        chiffre tiré d’un cadre de référence ; un profil peut le modifier avec l’option
        `max_adoption_fraction`.
    .fix =
        Convenez tôt de la stratégie de sortie avec tous les partenaires, dans le premier quart du
        partenariat par défaut, et consignez la date dans `exit.adopted`. Si elle a été adoptée
        plus tard, indiquez la date réelle et réunissez dès maintenant les partenaires pour
        convenir des étapes restantes ; une dérogation peut expliquer ce retard.
    .example =
        {"["}partnership]
        start = 2011-01-01
        end = 2016-12-31

        {"["}exit]
        strategy = "Konbit Dlo gère seule les points d’eau à partir de 2015."
        adopted = 2011-03-01

adopted-early-unstated = La charte ne dit pas quand la stratégie de sortie a été adoptée (`exit.adopted`).
adopted-early-late = La stratégie de sortie a été adoptée le { DATE($adopted) }, { $elapsed } jours après le début d’un partenariat de { $span } jours ({ $share } de sa durée), au-delà des premiers { $limit } (début le { DATE($start) }).
adopted-early-late-no-span = La stratégie de sortie a été adoptée le { DATE($adopted) }, { $elapsed } jours après le début d’un partenariat de { $span } jours, au-delà des premiers { $limit } (début le { DATE($start) }).

## exit.approach

exit-approach =
    .summary = Le plan de sortie nomme son approche : `exit.approach` vaut `phase-down`, `phase-out` ou `phase-over`.
    .rationale =
        Se retirer peut vouloir dire réduire progressivement l’appui (phase down), l’arrêter
        (phase out) ou transmettre le travail à des institutions locales (phase over), et chacune
        de ces approches demande des choses différentes aux partenaires qui restent. Les
        orientations de C-SAFE/FANTA sur les stratégies de sortie demandent aux programmes d’en
        choisir une explicitement, pour que tous préparent la même fin.
    .fix = Indiquez `approach` dans `[exit]` : `phase-down` (réduction progressive), `phase-out` (arrêt) ou `phase-over` (transfert). Choisissez `phase-over` lorsque des partenaires locaux poursuivront le travail.
    .example =
        {"["}exit]
        strategy = "Konbit Dlo gère seule les points d’eau à partir de 2015."
        approach = "phase-over"

approach-unstated = Le plan de sortie ne dit pas si l’appui sera réduit progressivement, arrêté ou transféré aux partenaires locaux.

## exit.capacity-transfer

exit-capacity-transfer =
    .summary = Les compétences sont transmises à temps : au moins une entrée `[[exit.capacity_transfer]]` va à un partenaire local, chaque transfert a une date `by`, et aucun n’est prévu après `exit.handover_date`.
    .rationale =
        Les partenaires locaux ne peuvent prendre la direction que si les compétences, les
        systèmes et les relations leur sont transmis avant que les partenaires extérieurs se
        retirent. Le Grand Bargain (2016), dans son volet sur la localisation, engage à investir
        dans les capacités institutionnelles des acteurs locaux et nationaux ; la Charte pour le
        changement (Charter4Change, 2015, mise à jour en 2019), engagement 7, à soutenir leurs
        capacités ; et les sessions de la conférence Net Impact 2010 sur la collaboration
        intersectorielle (Smith) demandent aux partenaires extérieurs de « se rendre inutiles ».
        Un transfert sans date, ou prévu après la passation, laisse le partenaire local diriger
        sans ce dont il a besoin.
    .fix =
        Ajoutez une entrée `[[exit.capacity_transfer]]` pour chaque compétence dont un partenaire
        local a besoin pour diriger, avec une date `by` qui ne dépasse pas la passation. Nommez
        le partenaire qui la reçoit dans `to` et indiquez dans `method` comment la compétence est
        transmise (formation, accompagnement, détachement, cogestion ou documentation).
    .example =
        {"["}exit]
        strategy = "Konbit Dlo gère seule les points d’eau à partir de 2015."
        handover_date = 2015-01-01

        {"[["}exit.capacity_transfer]]
        skill = "Réparation des pompes et approvisionnement en pièces détachées"
        to = "konbit"
        by = 2014-06-30
        method = "training"

capacity-transfer-none = Le plan de sortie ne transmet aucune compétence à un partenaire local (`[[exit.capacity_transfer]]`).
capacity-transfer-none-local = Aucun transfert de compétences ne va à un partenaire local : les transferts prévus vont seulement à { $recipients }.
capacity-transfer-no-date = Le transfert de « { $skill } » à { $partner } n’a pas de date `by`.
capacity-transfer-late = Le transfert de « { $skill } » à { $partner } est prévu au plus tard le { DATE($by) }, après la passation du { DATE($handover) }.

## exit.funding-after-exit

exit-funding-after-exit =
    .summary = Le plan de sortie dit comment le travail est financé après la sortie : `exit.funding_after_exit` n’est pas vide.
    .rationale =
        Des bénéfices qui s’arrêtent quand l’argent extérieur s’arrête n’ont jamais appartenu à
        la communauté. Les critères d’évaluation du CAD de l’OCDE (2019) jugent la durabilité à
        l’aune de la poursuite des bénéfices après la fin de l’appui, ce qui suppose une source de
        financement que les partenaires locaux maîtrisent.
    .fix =
        Décrivez dans `exit.funding_after_exit` qui finance le travail après la passation, et
        avec quelles ressources (contributions des usagers, ligne budgétaire municipale, collecte
        de fonds locale, programme public). Dites ce qui est déjà convenu et ce qui reste à
        obtenir.
    .example =
        {"["}exit]
        strategy = "Konbit Dlo gère seule les points d’eau à partir de 2015."
        funding_after_exit = "Les redevances d’eau perçues par les comités couvrent les réparations ; la mairie finance le remplacement des pompes."

funding-after-exit-unstated = Le plan de sortie ne dit pas comment le travail sera financé après le départ des partenaires extérieurs (`exit.funding_after_exit`).

## exit.handover-date

exit-handover-date =
    .summary = Le plan de sortie fixe une date de passation comprise dans le partenariat : `exit.handover_date` est postérieure à `partnership.start` et n’est pas postérieure à `partnership.end`.
    .rationale =
        Sans date, la passation reste une intention que l’on peut repousser indéfiniment ; une
        date hors de la durée du partenariat signifie que la passation n’est pas vraiment
        planifiée dans son cadre. La Norme humanitaire fondamentale de qualité et de redevabilité
        (CHS, 2014, révisée en 2024), engagement 3.4, demande une stratégie de sortie ou de
        transition assortie d’un vrai calendrier, et la norme de l’Initiative internationale pour
        la transparence de l’aide (IITA) enregistre des dates d’activité qui doivent être
        cohérentes (pas de début après une fin).
    .fix =
        Fixez `exit.handover_date` au jour où les partenaires locaux prennent la direction, après
        le début du partenariat et au plus tard à sa fin. Laissez assez de temps avant
        `partnership.end` pour que les partenaires locaux dirigent pendant que l’appui est encore
        disponible.
    .example =
        {"["}partnership]
        start = 2011-01-01
        end = 2016-12-31

        {"["}exit]
        strategy = "Konbit Dlo gère seule les points d’eau à partir de 2015."
        handover_date = 2015-01-01

handover-date-unstated = Le plan de sortie ne fixe aucune date de passation (`exit.handover_date`) à laquelle les partenaires locaux prennent la direction.
handover-date-too-early = La date de passation, { DATE($handover) }, n’est pas postérieure au début du partenariat ({ DATE($start) }) : les partenaires locaux ne peuvent pas reprendre un travail qui n’a pas commencé.
handover-date-too-late = La date de passation, { DATE($handover) }, est postérieure à la fin du partenariat ({ DATE($end) }) : la passation n’est pas planifiée dans le cadre du partenariat.

## exit.local-staff-growth

exit-local-staff-growth =
    .summary = Le personnel local augmente à l’approche de la sortie : `exit.local_staff_share_at_exit` est au moins égal à `exit.local_staff_share_now` et à 75 %.
    .rationale =
        Un partenariat qui débauche les talents locaux, ou qui garde du personnel extérieur aux
        postes clés jusqu’à la fin, laisse la communauté plus faible qu’il ne l’a trouvée. La
        Charte pour le changement (Charter4Change, 2015, mise à jour en 2019), engagement 4,
        demande aux partenaires internationaux de cesser d’affaiblir les capacités locales, et
        les sessions de la conférence Net Impact 2010 sur la collaboration intersectorielle
        (Smith) voient dans les populations locales les principaux acteurs du changement : la
        part du personnel local doit donc augmenter, et non diminuer, à l’approche de la sortie.
        Le seuil de 75 % est une valeur par défaut propre à Accord, et non un chiffre tiré d’un
        cadre de référence ; un profil peut le modifier avec l’option
        `min_local_staff_share_at_exit`.
    .fix =
        Consignez la part actuelle du personnel local dans `local_staff_share_now` et prévoyez à
        la sortie une part d’au moins 75 %, qui ne soit pas inférieure à la part actuelle.
        Planifiez le recrutement, la formation et la promotion de personnel local aux postes clés
        avant la passation.
    .example =
        {"["}exit]
        strategy = "Konbit Dlo gère seule les points d’eau à partir de 2015."
        local_staff_share_now = 0.5
        local_staff_share_at_exit = 0.9

local-staff-growth-no-exit-share = Le plan de sortie ne dit pas quelle part du personnel sera locale à la sortie (`local_staff_share_at_exit`).
local-staff-growth-no-current-share = Le plan de sortie ne dit pas quelle part du personnel est locale aujourd’hui (`local_staff_share_now`) : la progression vers la sortie ne peut pas être vérifiée.
local-staff-growth-falls = La part du personnel local passe de { $now } aujourd’hui à { $exit } à la sortie ; elle devrait augmenter.
local-staff-growth-below = Le personnel local représentera { $exit } du personnel à la sortie, en dessous de l’objectif de { $target }.
local-staff-growth-falls-below = La part du personnel local passe de { $now } aujourd’hui à { $exit } à la sortie, en dessous de l’objectif de { $target }.

## exit.local-successor

exit-local-successor =
    .summary = Un partenaire local dirige après la passation : `exit.successor` nomme un partenaire local (basé localement, `local`, ou dans le pays, `national`, et non affilié à une organisation internationale).
    .rationale =
        Confier le travail à une autre organisation extérieure, ou au bureau pays de l’une
        d’elles, est un relais, non une sortie : la communauté dépend toujours de quelqu’un
        d’autre. La Norme humanitaire fondamentale de qualité et de redevabilité (CHS, 2014,
        révisée en 2024), engagement 3.3, demande de développer le leadership local, et les
        sessions de la conférence Net Impact 2010 sur la collaboration intersectorielle (Smith)
        voient dans les populations locales les principaux acteurs du changement, ceux qui
        poursuivent le travail.
    .fix =
        Indiquez dans `exit.successor` l’identifiant du partenaire local qui dirigera après la
        passation. Si aucun partenaire local ne peut encore diriger, ajoutez-en un dans
        `[[partners]]` et planifiez le transfert de compétences dont il a besoin.
    .example =
        {"[["}partners]]
        id = "konbit"
        name = "Konbit Dlo"
        sector = "community"
        base = "local"
        roles = ["implementing"]

        {"["}exit]
        strategy = "Konbit Dlo gère seule les points d’eau à partir de 2015."
        successor = "konbit"

local-successor-unstated = Le plan de sortie ne nomme aucun successeur (`exit.successor`) : personne n’est désigné pour diriger le travail après la passation.
local-successor-not-local = Le successeur après la passation doit être un partenaire local, mais { $why ->
        [unknown] `{ $id }` ne fait pas partie des partenaires
        [international] { $partner } est un partenaire international, et non local
       *[affiliate] { $partner } est affilié à une organisation internationale, ce qui ne compte pas comme local
    }.

## exit.measurable-criteria

exit-measurable-criteria =
    .summary = La sortie a des critères mesurables : `exit.criteria` énumère au moins un jalon à atteindre avant le départ des partenaires extérieurs.
    .rationale =
        Une sortie décidée par le seul calendrier peut avoir lieu avant que la communauté soit
        prête, ou ne jamais avoir lieu faute d’avoir défini ce que « prête » veut dire. Les
        orientations de C-SAFE/FANTA sur les stratégies de sortie demandent des critères de
        sortie liés à des jalons mesurables, pour que chacun voie quand le moment de la passation
        est venu. (Le chargeur vérifie déjà que chaque critère nomme un jalon de
        `[[goals.benchmarks]]`.)
    .fix =
        Énumérez dans `exit.criteria` les identifiants des jalons à atteindre avant la sortie.
        Donnez à ces jalons un indicateur, une cible et une échéance pour que l’on puisse suivre
        les progrès.
    .example =
        {"[["}goals]]
        id = "water"
        statement = "Chaque ménage dispose d’eau potable à moins de 200 m."
        {"[["}goals.benchmarks]]
        id = "committees-run"
        description = "Les comités gèrent chaque point d’eau"
        indicator = "points d’eau gérés par un comité"
        target = 12
        due = 2014-06-30

        {"["}exit]
        strategy = "Konbit Dlo gère seule les points d’eau à partir de 2015."
        criteria = ["committees-run"]

measurable-criteria-none = Le plan de sortie n’énumère aucun critère (`exit.criteria`) : aucun jalon ne dit quand la communauté est prête pour le départ des partenaires extérieurs.

## exit.strategy

exit-strategy =
    .summary = La charte énonce une stratégie de sortie : `[exit]` contient une `strategy` non vide.
    .rationale =
        Les partenaires extérieurs qui ne disent jamais comment ils partiront ont tendance à
        rester, et la communauté ne prend jamais la direction. La Norme humanitaire fondamentale
        de qualité et de redevabilité (CHS, 2014, révisée en 2024), engagement 3.4, demande une
        stratégie de sortie ou de transition planifiée dès les premières étapes, et les sessions
        de la conférence Net Impact 2010 sur la collaboration intersectorielle (Smith) demandent
        à tout partenaire extérieur de « se rendre inutile ».
    .fix =
        Rédigez dans `[exit]` une `strategy` qui dit qui reprend le travail, quand et comment.
        Nommez le partenaire local qui dirigera, la date de passation, et ce que font encore les
        partenaires extérieurs ensuite, le cas échéant.
    .example =
        {"["}exit]
        strategy = "Konbit Dlo gère seule les points d’eau à partir de 2015 ; AquaFund la conseille à sa demande."

strategy-no-section = La charte n’a pas de section `[exit]` : elle ne dit pas comment les partenaires extérieurs passeront le relais et partiront.
strategy-empty = Le plan de sortie n’a pas de stratégie qui dise qui reprend le travail, quand et comment.

## exit.support-bounded

exit-support-bounded =
    .summary = L’appui après la sortie est limité : `[exit.support_after_exit]`, si la charte en prévoit un, fixe une date `until` et indique `on_request = true`.
    .rationale =
        Un appui sans fin transforme discrètement une sortie en présence permanente, et un appui
        que le partenaire extérieur décide d’apporter lui laisse les décisions. La Norme
        humanitaire fondamentale de qualité et de redevabilité (CHS, 2014, révisée en 2024),
        engagement 3.4, demande une véritable stratégie de sortie ou de transition, et les
        sessions de la conférence Net Impact 2010 sur la collaboration intersectorielle (Smith)
        conseillent de ne poursuivre le conseil que lorsqu’il est nécessaire ; cette règle
        l’entend comme un appui limité dans le temps, apporté quand les partenaires locaux le
        demandent.
    .fix =
        Donnez à `[exit.support_after_exit]` une date `until` et indiquez `on_request = true`,
        pour que l’appui prenne fin et ne soit apporté qu’à la demande des partenaires locaux.
        Une charte sans appui après la sortie respecte cette règle.
    .example =
        {"["}exit.support_after_exit]
        kind = "Conseil technique sur la réparation des pompes"
        until = 2017-12-31
        on_request = true

support-bounded-no-end = L’appui après la sortie (« { $kind } ») n’a pas de date de fin (`until`) : les partenaires extérieurs pourraient ne jamais vraiment partir.
support-bounded-not-on-request = L’appui après la sortie (« { $kind } ») n’est pas apporté seulement à la demande des partenaires locaux (`on_request = true`).
