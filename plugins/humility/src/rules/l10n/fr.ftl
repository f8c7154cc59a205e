# L’extension `humility` en français : les textes de chaque règle et les messages des
# constats. Les clés, identifiants et valeurs entre accents graves restent tels quels.
# Glossaire : docs/l10n/glossary.md.

plugin-description = Humilité : consulter la communauté avant de concevoir, pas de solution décidée d’avance, des partenaires locaux dans la conception et la gouvernance, des retours d’information, des plaintes, les langues locales et le contexte.

## humility.community-in-governance

humility-community-in-governance =
    .summary = La communauté servie siège à l’instance de gouvernance : `governance.community_seats` vaut au moins 1.
    .rationale =
        Des décisions prises au sujet d’une communauté sans elle reproduisent le schéma que le
        partenariat devrait rompre. L’égalité est l’un des Principes de partenariat (Plateforme
        humanitaire mondiale, 2007) ; la Charte pour le changement (Charter4Change, 2015, mise à
        jour en 2019), engagement 6, demande l’égalité dans la prise de décision plutôt qu’une
        simple sous-traitance ; et les sessions de la conférence Net Impact 2010 sur la
        collaboration intersectorielle (Smith) voient dans les populations locales les
        principaux acteurs du changement. Au moins un siège est le minimum que demande cette règle.
    .fix =
        Donnez au moins un siège à l’instance de gouvernance à des membres de la communauté servie
        et consignez-le dans `community_seats` sous `[governance]`. Précisez comment ces membres
        sont choisis, et indiquez `total_seats` pour que l’on voie leur poids au sein de l’instance.
    .example =
        {"["}governance]
        decision_making = "consensus"
        total_seats = 7
        community_seats = 3

community-in-governance-no-section = La charte n’a pas de section `[governance]` : rien ne donne à la communauté un siège à l’instance de gouvernance.
community-in-governance-unstated = La section de gouvernance ne dit pas combien de sièges la communauté détient à l’instance de gouvernance (`community_seats`).
community-in-governance-too-few = La communauté détient { $seats } siège à l’instance de gouvernance ; elle devrait en détenir au moins { $least }.
community-in-governance-too-few-of-total = La communauté détient { $seats } siège sur { $total } à l’instance de gouvernance ; elle devrait en détenir au moins { $least }.

## humility.complaints-mechanism

humility-complaints-mechanism =
    .summary = La communauté peut porter plainte et reçoit une réponse à temps : `[listening.complaints]` indique `exists = true` et un `response_days` d’au plus 30 (par défaut).
    .rationale =
        Les personnes qui ne peuvent pas porter plainte en sécurité, ou qui n’obtiennent jamais
        de réponse, cessent de signaler aux partenaires ce qui ne va pas, y compris les abus et
        la fraude. La Norme humanitaire fondamentale de qualité et de redevabilité (CHS, 2014,
        révisée en 2024), engagement 5, demande que les plaintes soient bien accueillies et
        traitées. Cette règle demande une réponse dans les 30 jours, et ce seuil est une valeur
        par défaut propre à Accord, et non un chiffre tiré d’un cadre de référence ; un profil
        peut le modifier avec l’option `max_complaint_response_days`. Un mécanisme qui ne fixe
        aucun délai de réponse échoue : sans délai, personne ne peut savoir si les plaintes
        reçoivent une réponse.
    .fix =
        Mettez en place un mécanisme de plaintes et consignez-le dans `[listening.complaints]`
        avec `exists = true` et le nombre de jours dans lesquels chaque plainte reçoit une
        réponse (`response_days`, au plus 30 par défaut). Concevez-le avec la communauté, et
        acceptez les plaintes anonymes pour que chacun puisse signaler des abus en sécurité.
    .example =
        {"["}listening]
        solution_predetermined = false

        {"["}listening.complaints]
        exists = true
        anonymous = true
        response_days = 14
        designed_with_community = true

complaints-mechanism-none = La charte ne décrit aucun mécanisme de plaintes (`[listening.complaints]`) : la communauté n’a aucun moyen sûr de porter plainte.
complaints-mechanism-not-exists = La charte indique qu’il n’existe pas de mécanisme de plaintes (`exists = false`).
complaints-mechanism-no-response-time = Le mécanisme de plaintes ne fixe aucun délai de réponse (`response_days`) ; les plaintes devraient recevoir une réponse dans les { $max } jours.
complaints-mechanism-too-slow = Les plaintes reçoivent une réponse dans les { $days } jours, au-delà du maximum de { $max } jours.

## humility.consulted-before-design

humility-consulted-before-design =
    .summary = La communauté a été entendue avant la conception du projet : au moins une consultation indique `before_design = true` et compte un participant ou plus.
    .rationale =
        Des acteurs extérieurs qui conçoivent d’abord et consultent ensuite demandent aux gens
        d’approuver un plan, non de le façonner. La Norme humanitaire fondamentale de qualité et
        de redevabilité (CHS, 2014, révisée en 2024), engagement 4, demande que les communautés
        participent aux décisions qui les concernent ; la « révolution de la participation » du
        Grand Bargain (2016) demande que les personnes servies façonnent la réponse ; et les
        sessions de la conférence Net Impact 2010 sur la collaboration intersectorielle (Smith)
        recommandent d’écouter avant de concevoir. Une consultation sans aucun participant ne
        compte pas.
    .fix =
        Tenez au moins une consultation avec la communauté avant de choisir la solution, et
        consignez-la dans `[[listening.consultations]]` avec `before_design = true` et son nombre
        de participants (`participants`). Indiquez quand elle a eu lieu, sous quelle forme
        (`method`) et dans quelle langue (`language`), pour que l’on voie quelles voix ont
        façonné la conception.
    .example =
        {"["}listening]
        solution_predetermined = false

        {"[["}listening.consultations]]
        date = 2010-11-15
        method = "community-meeting"
        participants = 85
        language = "ht"
        before_design = true

consulted-before-design-none = La charte ne consigne aucune consultation de la communauté : rien ne montre qu’elle a été entendue avant la conception du projet.
consulted-before-design-not-before = Aucune consultation de la communauté n’a eu lieu avant la conception ({ $count } consignée{ $count ->
        [one] {""}
       *[other] s
    } : { $kinds }).
consulted-before-design-after = { $count ->
        [one] { $count } tenue après la conception
       *[other] { $count } tenues après la conception
    }
consulted-before-design-empty = { $count ->
        [one] { $count } tenue avant, sans participants
       *[other] { $count } tenues avant, sans participants
    }

## humility.context-assessed

humility-context-assessed =
    .summary = Le lieu a été compris avant d’agir : `[context]` décrit son histoire (`history`), sa situation politique (`political`) et réglementaire (`regulatory`) et sa culture (`culture`).
    .rationale =
        Les partenariats qui ignorent ce qui s’est passé avant eux, qui détient le pouvoir,
        quelles lois s’appliquent et comment les gens vivent répètent les échecs passés et se
        laissent facilement accaparer. Les sessions de la conférence Net Impact 2010 sur la
        collaboration intersectorielle (Smith) demandent aux partenaires de connaître le contexte
        historique, politique, culturel et réglementaire avant de concevoir ; la Norme
        humanitaire fondamentale de qualité et de redevabilité (CHS, 2014, révisée en 2024),
        engagement 1, demande qu’une réponse soit adaptée et appropriée à son contexte. Chaque
        description manquante est un constat distinct.
    .fix =
        Rédigez avec la communauté et les partenaires locaux une courte analyse du contexte dans
        `[context]`, couvrant `history`, `political`, `regulatory` et `culture`. Notez les
        projets antérieurs et les raisons de leur réussite ou de leur échec, qui détient le
        pouvoir localement, les lois et autorisations applicables, et les usages qui façonnent la
        participation ; consignez `analysis_date`.
    .example =
        {"["}context]
        history = "Les points d’eau construits par trois projets antérieurs se sont dégradés à la fin de leur financement."
        political = "Les comités de quartier sont respectés ; la mairie a peu de prise."
        regulatory = "La DINEPA délivre les licences des exploitants de points d’eau et fixe les tarifs."
        culture = "La corvée d’eau revient surtout aux femmes ; les réunions se tiennent le dimanche après l’office."
        languages = ["ht", "fr"]
        analysis_date = 2010-10-01

context-assessed-no-section = La charte n’a pas de section `[context]` : elle ne décrit pas { $key ->
        [history] l’histoire du lieu
        [political] la situation politique
        [regulatory] les lois et règlements applicables
       *[culture] la culture locale
    } (`context.{ $key }`).
context-assessed-missing = L’analyse du contexte ne décrit pas { $key ->
        [history] l’histoire du lieu
        [political] la situation politique
        [regulatory] les lois et règlements applicables
       *[culture] la culture locale
    } (`context.{ $key }`).

## humility.feedback-loop

humility-feedback-loop =
    .summary = La communauté peut faire part de ses retours, et ceux-ci changent les plans : `[listening]` énumère au moins un canal de retour d’information et décrit l’adaptation (`adaptation`) qui en découle.
    .rationale =
        Écouter une fois, au début, ne suffit pas : les gens doivent pouvoir dire ce qui ne
        fonctionne pas, et leur parole doit changer ce qui se passe. La Norme humanitaire
        fondamentale de qualité et de redevabilité (CHS, 2014, révisée en 2024) demande une
        communication, une participation et des retours d’information continus (engagement 4) et
        un apprentissage et une amélioration continus (engagement 7) ; la « révolution de la
        participation » du Grand Bargain (2016) demande que les retours d’information entraînent
        des mesures correctives. Un canal dont personne ne tient compte échoue à la seconde
        moitié de cette règle.
    .fix =
        Énumérez dans `listening.feedback_channels` les moyens par lesquels la communauté peut
        faire part de ses retours, et décrivez dans `listening.adaptation` comment les plans
        changent en réponse. Précisez qui lit ces retours, à quelle fréquence, et comment la
        communauté apprend ce qui a changé.
    .example =
        {"["}listening]
        solution_predetermined = false
        feedback_channels = ["réunion mensuelle du comité de l’eau", "ligne SMS"]
        adaptation = "Le comité de pilotage examine les retours chaque trimestre et rend compte, à la réunion du comité, de ce qu’il a changé."

feedback-loop-no-section = La charte n’a pas de section `[listening]` : la communauté ne dispose d’aucun moyen répertorié pour faire part de ses retours.
feedback-loop-no-channel = Aucun canal de retour d’information n’est indiqué : la communauté n’a aucun moyen de dire aux partenaires ce qui ne fonctionne pas.
feedback-loop-no-adaptation = Les retours arrivent par { $count ->
        [one] { $count } canal
       *[other] { $count } canaux
    } ({ $channels }), mais la charte ne dit pas comment les plans changent en réponse (`adaptation`).

## humility.local-language

humility-local-language =
    .summary = Chaque consultation s’est tenue dans une langue que parle la communauté : sa langue (`language`) figure dans `context.languages` (sans objet quand aucune langue n’est indiquée).
    .rationale =
        Une consultation tenue dans une langue que les gens maîtrisent mal n’entend que ceux qui
        la parlent : souvent les plus instruits, les responsables et les intermédiaires. La Norme
        humanitaire fondamentale de qualité et de redevabilité (CHS, 2014, révisée en 2024),
        engagement 4, demande que la communication avec les communautés se fasse dans des langues
        et sous des formes qu’elles comprennent. Les étiquettes de langue se comparent sans tenir
        compte de la casse et par sous-étiquette, de sorte que `es` correspond à `es-PE` et
        inversement ; une consultation qui n’indique pas sa langue échoue.
    .fix =
        Tenez les consultations dans les langues de la communauté et indiquez la langue
        (`language`) de chacune avec une étiquette qui figure dans `context.languages`. Si la
        communauté parle une langue absente de `context.languages`, ajoutez-la ; si une
        consultation s’est tenue dans une autre langue, refaites-la dans la langue de la
        communauté.
    .example =
        {"["}context]
        languages = ["ht", "fr"]

        {"["}listening]
        solution_predetermined = false

        {"[["}listening.consultations]]
        date = 2010-11-15
        method = "community-meeting"
        participants = 85
        language = "ht"
        before_design = true

local-language-consultation = { $method ->
        [survey] L’enquête
        [focus-group] Le groupe de discussion
        [community-meeting] La réunion communautaire
        [interviews] La série d’entretiens
        [co-design-workshop] L’atelier de co-conception
       *[other] La consultation
    } du { DATE($date) }
local-language-unrecorded = { $consultation } n’indique pas la langue utilisée : rien ne montre que la consultation s’est déroulée dans une langue que parle la communauté ({ $languages }).
local-language-other = { $consultation } a eu lieu dans la langue `{ $tag }`, qui n’est pas l’une des langues de la communauté ({ $languages }).

## humility.local-partner

humility-local-partner =
    .summary = Au moins un partenaire est local : basé localement (`local`) ou dans le pays (`national`), et ni bureau pays ni affilié d’une organisation internationale.
    .rationale =
        Les populations locales sont les principaux acteurs du changement ; un partenariat
        entièrement mené par des acteurs extérieurs n’a personne à qui transmettre le travail.
        Les Principes de partenariat (Plateforme humanitaire mondiale, 2007) reposent sur
        l’égalité et la complémentarité avec les acteurs locaux ; le Grand Bargain (2016), dans
        son volet sur la localisation, s’engage à soutenir les acteurs locaux et nationaux, et
        selon la lecture qu’en fait l’IASC, le bureau pays d’une organisation internationale n’en
        est pas un ; et les sessions de la conférence Net Impact 2010 sur la collaboration
        intersectorielle (Smith) désignent les populations locales comme les principaux acteurs
        du changement.
    .fix =
        Associez au moins une organisation locale ou nationale comme partenaire à part entière,
        inscrite dans `[[partners]]` avec `base = "local"` ou `"national"`. Le bureau pays ou
        l’affilié d’une organisation internationale (`affiliated_international = true`) ne
        compte pas : associez une organisation indépendante, enracinée dans la communauté.
    .example =
        {"[["}partners]]
        id = "konbit"
        name = "Konbit Dlo"
        sector = "community"
        base = "local"
        roles = ["implementing"]

local-partner-none = { $count ->
        [one] Le seul partenaire n’est ni local ni national : { $partners }.
       *[other] Aucun des { $count } partenaires n’est local ou national : { $partners }.
    }
local-partner-described = { $name } ({ $base ->
        [local] local
        [national] national
       *[international] international
    }{ $affiliate ->
        [yes] , affilié d’une organisation internationale
       *[no] {""}
    })

## humility.local-partners-in-design

humility-local-partners-in-design =
    .summary = Les partenaires locaux qui mettent en œuvre le travail l’ont aussi conçu : chaque partenaire local ayant le rôle `implementing` indique `involved_in_design = true`.
    .rationale =
        Une organisation locale qui se contente d’exécuter un plan conçu ailleurs est un
        sous-traitant, non un partenaire, et sa connaissance du lieu est perdue pour la
        conception. La Charte pour le changement (Charter4Change, 2015, mise à jour en 2019),
        engagement 6, demande l’égalité dans la prise de décision et la fin du traitement des
        organisations locales en simples sous-traitants. Un partenaire local de mise en œuvre
        dont la participation n’est pas consignée échoue : la charte doit le dire.
    .fix =
        Associez chaque partenaire local de mise en œuvre à la conception du travail, et pas
        seulement à sa réalisation, et indiquez `involved_in_design = true` dans son entrée
        `[[partners]]`. Si l’un d’eux est arrivé après la conception, rouvrez celle-ci avec lui
        avant d’aller plus loin dans la mise en œuvre.
    .example =
        {"[["}partners]]
        id = "konbit"
        name = "Konbit Dlo"
        sector = "community"
        base = "local"
        roles = ["implementing"]
        involved_in_design = true

local-partners-in-design-false = { $partner } ({ $id }), partenaire local de mise en œuvre, n’a pas participé à la conception du travail (`involved_in_design = false`).
local-partners-in-design-unstated = Rien n’indique que { $partner } ({ $id }), partenaire local de mise en œuvre, a participé à la conception du travail (`involved_in_design` est absent).

## humility.no-predetermined-solution

humility-no-predetermined-solution =
    .summary = La solution n’était pas arrêtée avant que la communauté soit associée : `[listening]` indique `solution_predetermined = false`.
    .rationale =
        Un partenariat qui arrive avec une réponse déjà choisie ne peut que demander à la
        communauté de l’accepter. La Norme humanitaire fondamentale de qualité et de redevabilité
        (CHS, 2014, révisée en 2024), engagement 1, demande qu’une réponse soit adaptée et
        appropriée aux besoins des personnes qu’elle sert, ce qui suppose que ces personnes la
        façonnent ; les sessions de la conférence Net Impact 2010 sur la collaboration
        intersectorielle (Smith) mettent en garde contre le fait d’entrer dans un partenariat
        avec une solution décidée d’avance et recommandent d’écouter avant de concevoir. Une
        charte qui ne dit pas si la solution était décidée d’avance échoue aussi : la question
        doit recevoir une réponse.
    .fix =
        Associez la communauté avant de choisir l’intervention, puis consignez-le dans
        `[listening]` avec `solution_predetermined = false`. Si la solution était arrêtée
        d’avance, dites-le honnêtement (`true`), rouvrez la conception avec la communauté, et
        consignez les consultations qui ont suivi.
    .example =
        {"["}listening]
        solution_predetermined = false

no-predetermined-solution-no-section = La charte n’a pas de section `[listening]` : elle ne dit pas si la solution était arrêtée avant que la communauté soit associée.
no-predetermined-solution-true = La solution était arrêtée avant que la communauté soit associée (`solution_predetermined = true`).
