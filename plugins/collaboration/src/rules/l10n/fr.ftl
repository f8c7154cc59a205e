# L’extension `collaboration` en français : les textes de chaque règle et les messages des
# constats. Les clés, identifiants et valeurs entre accents graves restent tels quels.
# Glossaire : docs/l10n/glossary.md.

plugin-description = Collaboration : des partenaires de plusieurs secteurs aux rôles clairs et à l’apport déclaré, des initiatives répertoriées et sans doublon, des jalons mesurables et réguliers, et des engagements qui durent.

## collaboration.benchmark-cadence

collaboration-benchmark-cadence =
    .summary = Les progrès sont vérifiés régulièrement : du début du partenariat à sa fin, en passant par l’échéance (`due`) de chaque jalon, aucun intervalle ne dépasse 12 mois (option `max_months_between_benchmarks`).
    .rationale =
        Les sessions de la conférence Net Impact 2010 sur la collaboration intersectorielle
        (Smith) appellent à fixer des jalons : posés en cours de route, ils permettent aux
        partenaires et à la communauté de voir si le travail est sur la bonne voie et si les
        partenaires locaux sont prêts à prendre la direction. De longues périodes sans aucun
        jalon laissent passer les problèmes jusqu’à ce qu’il soit trop tard pour changer de cap.
        Le seuil de 12 mois est une valeur par défaut propre à Accord, et non un chiffre tiré
        d’un cadre de référence ; un profil peut le modifier avec l’option
        `max_months_between_benchmarks`.
    .fix =
        Ajoutez un jalon dont l’échéance tombe dans chaque intervalle de plus de 12 mois, pour
        qu’aucune année ne passe sans étape mesurée.
        Les jalons sans date `due` ne comptent pas ici (`collaboration.benchmarks-measurable` les
        signale) ; un long intervalle avant la fin signifie le plus souvent que la dernière année
        n’a pas de jalon.
    .example =
        {"["}partnership]
        id = "lakou-water"
        name = "Lakou Clean Water"
        summary = "Reconstruire et entretenir les points d’eau communautaires."
        country = "HT"
        community = "Habitants de trois quartiers de Port-au-Prince"
        start = 2011-01-01
        end = 2014-06-30

        {"[["}goals]]
        id = "access"
        statement = "Chaque ménage se trouve à moins de 200 m d’un point d’eau en état de marche."

        {"[["}goals.benchmarks]]
        id = "points-rebuilt"
        description = "Points d’eau reconstruits"
        indicator = "Nombre de points d’eau reconstruits"
        target = 12
        owner = "konbit"
        due = 2011-12-31

        {"[["}goals.benchmarks]]
        id = "points-working"
        description = "Points d’eau en état de marche"
        indicator = "Part des points d’eau en état de marche au contrôle mensuel"
        target = 0.95
        owner = "konbit"
        due = 2012-12-31

        {"[["}goals.benchmarks]]
        id = "committees-alone"
        description = "Les comités de l’eau gèrent les points sans personnel extérieur"
        indicator = "Comités de l’eau qui gèrent seuls leur point"
        target = 12
        owner = "konbit"
        due = 2013-12-31

benchmark-cadence-subject = { $kind ->
        [start] Le partenariat commence le { DATE($date) }
        [due] Le jalon `{ $benchmark }` de l’objectif `{ $goal }` arrive à échéance le { DATE($date) }
       *[end] Le partenariat se termine le { DATE($date) }
    }
benchmark-cadence-previous = { $kind ->
        [start] le début du partenariat, le { DATE($date) }
        [due] le jalon `{ $benchmark }`, dont l’échéance est le { DATE($date) }
       *[end] la fin du partenariat, le { DATE($date) }
    }
benchmark-cadence-gap = { $subject }, plus de { $months } mois après { $previous }, sans jalon entre les deux (il en fallait un au plus tard le { DATE($latest) }).

## collaboration.benchmarks-measurable

collaboration-benchmarks-measurable =
    .summary = Chaque objectif a au moins un jalon, et chaque jalon a un indicateur (`indicator`), une cible (`target`), un responsable (`owner`) et une échéance (`due`) comprise dans la durée du partenariat.
    .rationale =
        Un objectif sans jalon mesurable ne peut pas être vérifié : personne ne peut dire si le
        partenariat est sur la bonne voie ni quand les partenaires extérieurs ne sont plus
        nécessaires. La norme de l’Initiative internationale pour la transparence de l’aide
        (IITA) enregistre les résultats sous forme d’indicateurs assortis d’une valeur de
        référence et d’une cible ; le Partnering Toolbook et le Partnering Agreement Scorecard de
        The Partnering Initiative demandent des indicateurs convenus et le nom de leurs
        responsables ; et les sessions de la conférence Net Impact 2010 sur la collaboration
        intersectorielle (Smith) appellent à des jalons qui montrent les progrès vers
        l’appropriation locale. Un jalon dont l’échéance tombe hors de la durée du partenariat
        est un jalon que personne ne sera là pour vérifier.
    .fix =
        Donnez à chaque objectif au moins une entrée `[[goals.benchmarks]]` avec un `indicator`,
        une cible numérique (`target`), un partenaire responsable (`owner`) et une échéance
        (`due`) comprise entre `partnership.start` et `partnership.end`.
        Ajoutez aussi une valeur de référence (`baseline`), pour mesurer les progrès depuis le
        point de départ.
    .example =
        {"[["}goals]]
        id = "access"
        statement = "Chaque ménage se trouve à moins de 200 m d’un point d’eau en état de marche."

        {"[["}goals.benchmarks]]
        id = "points-working"
        description = "Points d’eau en état de marche"
        indicator = "Part des points d’eau en état de marche au contrôle mensuel"
        baseline = 0.4
        target = 0.95
        owner = "konbit"
        due = 2013-06-30

benchmarks-measurable-none = L’objectif `{ $goal }` n’a aucun jalon : les progrès vers cet objectif ne peuvent pas être mesurés.
benchmarks-measurable-no-indicator = Le jalon `{ $benchmark }` de l’objectif `{ $goal }` n’a pas d’indicateur qui dise ce qui est mesuré.
benchmarks-measurable-no-target = Le jalon `{ $benchmark }` de l’objectif `{ $goal }` n’a pas de valeur cible.
benchmarks-measurable-no-owner = Le jalon `{ $benchmark }` de l’objectif `{ $goal }` n’a pas de responsable.
benchmarks-measurable-no-due = Le jalon `{ $benchmark }` de l’objectif `{ $goal }` n’a pas d’échéance.
benchmarks-measurable-due-outside = Le jalon `{ $benchmark }` de l’objectif `{ $goal }` arrive à échéance le { DATE($due) }, hors de la durée du partenariat (du { DATE($start) } au { DATE($end) }).

## collaboration.commitment-horizon

collaboration-commitment-horizon =
    .summary = L’engagement d’aucun partenaire ne prend fin trop tôt : chaque `commitment_until` indiqué est égal ou postérieur à `exit.handover_date` (ou à `partnership.end` en l’absence de date de passation).
    .rationale =
        Un partenaire qui s’en va avant que les partenaires locaux prennent la direction les
        laisse porter le travail sans préparation, au moment même où l’appui compte le plus. Le
        Grand Bargain (2016), dans son volet sur la localisation, engage ses signataires à
        investir sur plusieurs années dans les capacités des acteurs locaux et nationaux, et les
        sessions de la conférence Net Impact 2010 sur la collaboration intersectorielle (Smith)
        demandent aux partenaires extérieurs de « se rendre inutiles » avant de partir, et non
        de simplement s’en aller. L’engagement de chaque partenaire doit donc aller au moins
        jusqu’à la passation (ou, à défaut, jusqu’à la fin du partenariat).
    .fix =
        Prolongez le `commitment_until` de chaque partenaire qui part trop tôt jusqu’à la date de
        passation, ou avancez la passation à une date que chaque partenaire s’est engagé à
        atteindre.
        Si un partenaire ne peut pas rester aussi longtemps, prévoyez qui reprend son rôle avant
        son départ.
    .example =
        {"[["}partners]]
        id = "aquafund"
        name = "AquaFund"
        sector = "philanthropy"
        base = "international"
        roles = ["funding"]
        commitment_until = 2015-06-30

        {"["}exit]
        strategy = "Konbit Dlo gère seule les points d’eau à partir de 2015 ; AquaFund la conseille à sa demande."
        handover_date = 2015-01-01
        successor = "konbit"

commitment-horizon-short = { $partner } (`{ $id }`) ne s’est engagé que jusqu’au { DATE($until) }, avant { $horizon ->
        [handover] la passation
       *[end] la fin du partenariat
    }, le { DATE($date) }.

## collaboration.cross-sector

collaboration-cross-sector =
    .summary = Les partenaires viennent d’au moins deux secteurs différents (community, nonprofit, business, government, academic, philanthropy, multilateral).
    .rationale =
        Accord existe pour auditer les partenariats intersectoriels, que les sessions de la
        conférence Net Impact 2010 (Smith) décrivent comme une nécessité croissante du
        développement : aucun secteur ne détient à lui seul l’argent, le mandat, le savoir-faire
        et la confiance de la communauté dont un changement durable a besoin. Un « partenariat »
        dont tous les membres viennent d’un même secteur se prive des points de vue et des
        ressources qu’apportent les autres. Deux secteurs, c’est la définition même de
        l’intersectoriel, et non un seuil réglable.
    .fix =
        Associez au moins un partenaire d’un autre secteur, ou corrigez le secteur (`sector`)
        d’un partenaire.
        Une organisation communautaire qui travaille avec une fondation, une collectivité locale
        et une université, par exemple, forme un partenariat intersectoriel ; chaque entrée
        `[[partners]]` indique son propre `sector`.
    .example =
        {"[["}partners]]
        id = "konbit"
        name = "Konbit Dlo"
        sector = "community"
        base = "local"
        roles = ["implementing"]

        {"[["}partners]]
        id = "aquafund"
        name = "AquaFund"
        sector = "philanthropy"
        base = "international"
        roles = ["funding"]

cross-sector-no-partners = La charte n’énumère aucun partenaire : elle ne peut pas réunir plusieurs secteurs.
cross-sector-one-sector = { $count ->
        [one] Le seul partenaire vient
       *[other] Les { $count } partenaires viennent tous
    } du même secteur, { $sector ->
        [business] les entreprises
        [government] les pouvoirs publics
        [nonprofit] le secteur associatif
        [community] les organisations communautaires
        [academic] le monde universitaire
        [philanthropy] la philanthropie
       *[multilateral] les organisations multilatérales
    } (`{ $sector }`) ; un partenariat intersectoriel a besoin de partenaires d’au moins { $least } secteurs.

## collaboration.initiatives-mapped

collaboration-initiatives-mapped =
    .summary = Les partenaires ont répertorié les autres initiatives qui travaillent déjà avec cette communauté : `[coordination]` indique `mapping_done = true`.
    .rationale =
        Un partenariat qui ignore qui d’autre travaille dans la communauté fera double emploi
        avec les autres, les concurrencera ou les ignorera. La Norme humanitaire fondamentale de
        qualité et de redevabilité (CHS, 2014, révisée en 2024), engagement 6, demande que
        l’assistance soit coordonnée et complémentaire, ce qui commence par connaître les autres
        acteurs ; les sessions de la conférence Net Impact 2010 sur la collaboration
        intersectorielle (Smith) demandent aux partenaires d’écouter et de connaître le contexte
        historique, politique, culturel et réglementaire de la communauté avant de concevoir quoi
        que ce soit, et ce qui s’y fait déjà fait partie de ce contexte.
    .fix =
        Répertoriez les autres initiatives qui travaillent avec la même communauté, énumérez-les
        sous `[[coordination.initiatives]]`, et indiquez `mapping_done = true` dans
        `[coordination]`.
        Interrogez les autorités locales, le groupe sectoriel de coordination (cluster) et les
        habitants eux-mêmes ; notez pour chaque initiative à quel point elle recoupe la vôtre.
    .example =
        {"["}coordination]
        mapping_done = true

        {"[["}coordination.initiatives]]
        name = "Kiosques à eau municipaux"
        lead = "DINEPA"
        overlap = "partial"

initiatives-mapped-no-section = La charte n’a pas de section `[coordination]` : rien n’indique que les autres initiatives qui travaillent avec cette communauté ont été répertoriées.
initiatives-mapped-false = Les autres initiatives qui travaillent avec cette communauté n’ont pas été répertoriées (`mapping_done = false`).
initiatives-mapped-unstated = La charte ne dit pas si les autres initiatives qui travaillent avec cette communauté ont été répertoriées (`mapping_done` est absent).

## collaboration.long-term

collaboration-long-term =
    .summary = Le partenariat est prévu sur le long terme : `partnership.end` est au moins 3 ans après `partnership.start` (option `min_years`).
    .rationale =
        Les sessions de la conférence Net Impact 2010 sur la collaboration intersectorielle
        (Smith) demandent aux partenaires extérieurs de faire des populations locales les
        principaux acteurs du changement et, à terme, de « se rendre inutiles ». Renforcer ces
        capacités locales et transmettre le travail prend des années ; un projet court se termine
        avant que la communauté puisse s’approprier ce qui a été construit. Le seuil de 3 ans est
        une valeur par défaut propre à Accord, et non un chiffre tiré d’un cadre de référence ;
        un profil peut le modifier avec l’option `min_years`.
    .fix =
        Prévoyez le partenariat sur au moins 3 ans en repoussant `partnership.end`, avec des
        jalons et une passation en cours de route.
        Si le financement ne couvre qu’une phase plus courte, dites comment les phases suivantes
        seront financées.
    .example =
        {"["}partnership]
        id = "lakou-water"
        name = "Lakou Clean Water"
        summary = "Reconstruire et entretenir les points d’eau communautaires de trois quartiers."
        country = "HT"
        community = "Habitants de trois quartiers de Port-au-Prince"
        start = 2011-01-01
        end = 2016-12-31

long-term-short = Le partenariat court du { DATE($start) } au { DATE($end) }, moins de { $years ->
        [one] { $years } an
       *[other] { $years } ans
    } ; pour durer { $years ->
        [one] { $years } an
       *[other] { $years } ans
    }, il devrait se terminer le { DATE($earliest) } ou après.

## collaboration.no-duplication

collaboration-no-duplication =
    .summary = Aucune initiative qui fait double emploi avec le travail du partenariat (`overlap = "duplicate"` dans `[[coordination.initiatives]]`) n’est laissée sans accord (`arrangement`) avec elle.
    .rationale =
        Deux programmes qui font la même chose pour la même communauté gaspillent un argent rare,
        déroutent les habitants et se disputent les mêmes responsables locaux. La
        complémentarité est l’un des Principes de partenariat (Plateforme humanitaire mondiale,
        2007) ; la Norme humanitaire fondamentale de qualité et de redevabilité (CHS, 2014,
        révisée en 2024), engagement 6, demande que l’assistance soit coordonnée et
        complémentaire ; et les sessions de la conférence Net Impact 2010 sur la collaboration
        intersectorielle (Smith) demandent aux partenaires d’écouter et de connaître le contexte
        de la communauté, y compris ce qui y existe déjà, avant de concevoir quoi que ce soit.
        Un recoupement est parfois inévitable, mais un doublon exige une manière convenue de
        travailler avec lui.
    .fix =
        Pour chaque initiative marquée `overlap = "duplicate"`, convenez avec son responsable de
        la répartition ou de la mise en commun du travail, et consignez-le dans `arrangement`.
        Si le recoupement s’avère seulement partiel, indiquez plutôt `overlap = "partial"`.
    .example =
        {"[["}coordination.initiatives]]
        name = "Kiosques à eau municipaux"
        lead = "DINEPA"
        overlap = "duplicate"
        arrangement = "La DINEPA garde les kiosques de la grand-route ; Konbit Dlo gère les points d’eau des quartiers."

no-duplication-unarranged = L’initiative « { $initiative } » fait double emploi avec le travail de ce partenariat, mais aucun accord avec elle n’est consigné.
no-duplication-unarranged-led = L’initiative « { $initiative } » (menée par { $lead }) fait double emploi avec le travail de ce partenariat, mais aucun accord avec elle n’est consigné.

## collaboration.roles-covered

collaboration-roles-covered =
    .summary = Au moins un partenaire a le rôle `funding` et au moins un a le rôle `implementing` (un même partenaire peut avoir les deux).
    .rationale =
        Un partenariat que personne ne finance, ou que personne ne met en œuvre, n’existe que sur
        le papier. La norme de l’Initiative internationale pour la transparence de l’aide (IITA)
        décrit chaque activité par les rôles de ses organisations (financement, responsabilité,
        relais, mise en œuvre), et le Partnering Toolbook et le Partnering Agreement Scorecard de
        The Partnering Initiative demandent à un accord de partenariat d’énoncer le rôle de
        chaque partenaire et les ressources qu’il engage. Dire qui finance et qui met en œuvre
        est le minimum qu’une charte doit dire.
    .fix =
        Donnez le rôle `funding` au partenaire qui finance et le rôle `implementing` au partenaire
        qui réalise le travail, dans leurs `roles`.
        Un partenaire qui finance et met en œuvre à la fois peut indiquer les deux rôles.
    .example =
        {"[["}partners]]
        id = "konbit"
        name = "Konbit Dlo"
        sector = "community"
        base = "local"
        roles = ["implementing"]

        {"[["}partners]]
        id = "aquafund"
        name = "AquaFund"
        sector = "philanthropy"
        base = "international"
        roles = ["funding"]

roles-covered-no-funding = Aucun partenaire n’a le rôle `funding` : la charte ne dit pas qui finance le travail.
roles-covered-no-implementing = Aucun partenaire n’a le rôle `implementing` : la charte ne dit pas qui réalise le travail.
roles-covered-neither = Aucun partenaire n’a le rôle `funding` ni le rôle `implementing` : la charte ne dit ni qui finance le travail ni qui le réalise.

## collaboration.value-stated

collaboration-value-stated =
    .summary = Chaque partenaire indique, dans `brings`, ce qu’il apporte au partenariat.
    .rationale =
        Les partenaires ne se complètent que si l’apport de chacun est connu : argent, personnel,
        compétences, réseaux, confiance ou mandat. Le Partnering Toolbook et le Partnering
        Agreement Scorecard de The Partnering Initiative demandent qu’un accord consigne les
        ressources que chaque partenaire engage, et la complémentarité est l’un des Principes de
        partenariat (Plateforme humanitaire mondiale, 2007) : la diversité des partenaires n’est
        un atout que si l’avantage comparatif de chacun est reconnu. Un partenaire dont l’apport
        n’est pas déclaré n’est souvent partenaire que de nom.
    .fix =
        Ajoutez à chaque partenaire une ligne `brings` qui dit ce qu’il apporte au partenariat.
        Soyez concret : « Les comités de l’eau des quartiers et la confiance des habitants » en
        dit plus que « mobilisation communautaire ».
    .example =
        {"[["}partners]]
        id = "konbit"
        name = "Konbit Dlo"
        sector = "community"
        base = "local"
        roles = ["implementing"]
        brings = "Les comités de l’eau des quartiers et la confiance des habitants"

        {"[["}partners]]
        id = "aquafund"
        name = "AquaFund"
        sector = "philanthropy"
        base = "international"
        roles = ["funding"]
        brings = "Une subvention d’investissement et un savoir-faire en achats"

value-stated-missing = Le partenaire { $partner } (`{ $id }`) n’indique pas ce qu’il apporte au partenariat.
value-stated-missing-others = Le partenaire { $partner } (`{ $id }`) n’indique pas ce qu’il apporte au partenariat ({ $others ->
        [one] { $others } autre partenaire ne le dit pas non plus
       *[other] { $others } autres partenaires ne le disent pas non plus
    }).
