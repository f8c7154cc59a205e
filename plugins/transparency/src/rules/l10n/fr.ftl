# L’extension `transparency` en français : les textes de chaque règle et les messages des
# constats. Les clés, identifiants et valeurs entre accents graves restent tels quels.
# Glossaire : docs/l10n/glossary.md.

plugin-description = Transparence : budgets publiés, intérêts déclarés, rapports publics, audit indépendant et financement des partenaires locaux.

## transparency.allocations-balance

transparency-allocations-balance =
    .summary = Le budget montre où va l’argent : `[budget]` énumère les allocations, et leur somme correspond à son `total` à 1 % près.
    .rationale =
        Un total sans allocations, ou des allocations dont la somme ne tombe pas juste, cache qui
        reçoit l’argent : ni les partenaires ni la communauté ne peuvent le suivre. La norme de
        l’Initiative internationale pour la transparence de l’aide (IITA) demande que le budget
        d’une activité soit publié avec les organisations qui le reçoivent, pour que l’argent
        puisse être suivi du bailleur de fonds jusqu’à l’organisation de mise en œuvre. La marge
        de 1 % n’absorbe que les arrondis ; c’est une tolérance propre à Accord, et non un chiffre
        tiré d’un cadre de référence, et elle est fixe. Une charte sans `[budget]` échoue aussi :
        il n’y a rien à suivre.
    .fix =
        Énumérez chaque allocation du budget sous `[[budget.allocations]]`, de sorte que la somme
        des montants corresponde au `total`. Indiquez pour chaque allocation le partenaire qui la
        reçoit et, si l’argent passe d’abord par d’autres partenaires, ces intermédiaires dans
        `via`, dans l’ordre.
    .example =
        {"["}budget]
        currency = "USD"
        total = 400000
        published = true

        {"[["}budget.allocations]]
        partner = "konbit"
        amount = 300000

        {"[["}budget.allocations]]
        partner = "aquafund"
        amount = 100000

allocations-balance-no-budget = La charte n’a pas de section `[budget]` : elle ne montre pas qui reçoit l’argent.
allocations-balance-none = Le budget n’énumère aucune allocation : personne ne peut voir qui reçoit ses { $total } { $currency }.
allocations-balance-less = La somme des allocations est de { $sum } { $currency }, soit { $gap } { $currency } de moins que le total du budget, { $total } { $currency } ({ $share } de celui-ci) ; elle devrait y correspondre à 1 % près.
allocations-balance-more = La somme des allocations est de { $sum } { $currency }, soit { $gap } { $currency } de plus que le total du budget, { $total } { $currency } ({ $share } de celui-ci) ; elle devrait y correspondre à 1 % près.
allocations-balance-zero-total = La somme des allocations est de { $sum } { $currency }, soit { $gap } { $currency } de plus que le total du budget, { $total } { $currency } ; elle devrait y correspondre à 1 % près.

## transparency.budget-published

transparency-budget-published =
    .summary = Le budget est public : une section `[budget]` existe et indique `published = true`.
    .rationale =
        Des partenaires qui cachent où va l’argent ne peuvent pas se rendre des comptes
        mutuellement, ni en rendre à la communauté qu’ils servent. La transparence est l’un des
        Principes de partenariat (Plateforme humanitaire mondiale, 2007), et la norme de
        l’Initiative internationale pour la transparence de l’aide (IITA) demande à chaque
        activité de publier son budget.
    .fix = Ajoutez une section `[budget]` avec la devise et le total, publiez-la, et indiquez `published = true` (avec `published_url`, l’adresse où la consulter).
    .example =
        {"["}budget]
        currency = "USD"
        total = 400000
        published = true
        published_url = "https://example.org/lakou-water/budget"

budget-published-no-budget = La charte n’a pas de section `[budget]` : personne ne peut voir où va l’argent.
budget-published-not-published = Le budget n’est pas publié.

## transparency.independent-audit

transparency-independent-audit =
    .summary = Les comptes du partenariat font l’objet d’un audit indépendant : `[transparency]` indique `audit = "independent"`.
    .rationale =
        Un audit réalisé par une personne extérieure au partenariat est la vérification à laquelle
        partenaires, bailleurs de fonds et communauté peuvent se fier pour savoir que les
        ressources sont utilisées comme convenu ; un audit interne, ce sont les partenaires qui se
        contrôlent eux-mêmes. La Norme humanitaire fondamentale de qualité et de redevabilité
        (CHS, 2014, révisée en 2024), engagement 9, demande que les ressources soient gérées de
        manière responsable et qu’il en soit rendu compte, et le Partnering Toolbook et le
        Partnering Agreement Scorecard de The Partnering Initiative demandent à un partenariat de
        convenir de la manière dont il rend compte de ses ressources. Une charte qui ne dit pas
        comment ses comptes sont audités échoue.
    .fix =
        Faites réaliser un audit financier par un auditeur indépendant et indiquez
        `audit = "independent"` dans `[transparency]`. Convenez dans la charte de qui nomme
        l’auditeur et à quelle fréquence, et communiquez le rapport d’audit à tous les partenaires.
    .example =
        {"["}transparency]
        audit = "independent"

independent-audit-no-section = La charte n’a pas de section `[transparency]` : elle ne dit pas comment les comptes sont audités ; un audit indépendant est attendu.
independent-audit-internal = Les comptes ne font l’objet que d’un audit interne (`audit = "internal"`) ; un audit indépendant est attendu.
independent-audit-none = Les comptes ne font l’objet d’aucun audit (`audit = "none"`) ; un audit indépendant est attendu.
independent-audit-unstated = La charte ne dit pas comment les comptes sont audités (`transparency.audit`) ; un audit indépendant est attendu.

## transparency.interests-declared

transparency-interests-declared =
    .summary = Les intérêts de chaque partenaire sont sur la table : chaque partenaire indique ce qu’il recherche (`seeks`), et `[transparency]` indique `interests_disclosed = true`.
    .rationale =
        Les partenaires s’engagent pour leurs propres raisons (un marché, des données probantes,
        de la visibilité, un mandat), et des intérêts tus se changent en méfiance et en conflits
        d’intérêts cachés. La transparence est l’un des Principes de partenariat (Plateforme
        humanitaire mondiale, 2007), et le Partnering Toolbook et le Partnering Agreement Scorecard
        de The Partnering Initiative demandent à un partenariat de consigner les objectifs de
        chaque partenaire, et pas seulement les objectifs communs. Chaque partenaire sans `seeks`
        est un constat distinct, de même qu’un `interests_disclosed` absent ou faux.
    .fix =
        Écrivez dans le `seeks` de chaque partenaire ce que ce partenaire attend du partenariat, et
        indiquez `interests_disclosed = true` dans `[transparency]` une fois que les partenaires se
        sont déclaré leurs intérêts et leurs conflits d’intérêts. Revoyez les deux lorsque la
        situation d’un partenaire change.
    .example =
        {"[["}partners]]
        id = "konbit"
        name = "Konbit Dlo"
        sector = "community"
        base = "local"
        roles = ["implementing"]
        seeks = "Une prise en charge durable des points d’eau"

        {"["}transparency]
        interests_disclosed = true

interests-declared-no-seeks = Le partenaire { $partner } (`{ $id }`) n’indique pas ce qu’il attend du partenariat (`seeks`).
interests-declared-false = La charte indique que les partenaires n’ont pas déclaré leurs intérêts et leurs conflits d’intérêts (`interests_disclosed = false`).
interests-declared-no-section = La charte n’a pas de section `[transparency]` : elle ne dit pas si les partenaires ont déclaré leurs intérêts et leurs conflits d’intérêts.
interests-declared-unstated = La charte ne dit pas si les partenaires ont déclaré leurs intérêts et leurs conflits d’intérêts (`transparency.interests_disclosed`).

## transparency.local-funding-share

transparency-local-funding-share =
    .summary = Au moins 25 % du budget (par défaut) va aux partenaires locaux, directement ou par au plus un intermédiaire.
    .rationale =
        Les organisations locales et nationales font l’essentiel du travail et restent quand les
        partenaires extérieurs s’en vont, mais elles ne reçoivent d’ordinaire qu’une faible part
        de l’argent, et ce qui leur parvient à travers une chaîne d’intermédiaires arrive tard et
        amoindri. Le Grand Bargain (2016), dans son volet sur la localisation, engage ses
        signataires à verser au moins 25 % des financements humanitaires aux acteurs locaux et
        nationaux aussi directement que possible, en comptant l’argent qui passe par au plus un
        intermédiaire ; la Charte pour le changement (Charter4Change, 2015, mise à jour en 2019),
        engagement 1, fixe les mêmes 25 % pour les ONG locales et nationales. Ces 25 % sont leur
        chiffre ; un profil peut le modifier avec l’option `min_local_funding_share`. Un partenaire
        compte comme local lorsqu’il est basé localement ou dans le pays et n’est pas affilié à
        une organisation internationale. La part se calcule sur `budget.total` ; sans budget, ou
        avec un total de 0, la règle ne s’applique pas.
    .fix =
        Allouez au moins 25 % du budget (ou la part que fixe votre profil) aux partenaires locaux,
        directement ou par un seul intermédiaire au plus. Consignez chaque allocation dans
        `[[budget.allocations]]` avec le partenaire qui la reçoit et les intermédiaires dans
        `via` ; lorsque l’argent passe par deux intermédiaires ou plus, faites-le transiter plus
        directement.
    .example =
        {"["}budget]
        currency = "USD"
        total = 400000
        published = true

        {"[["}budget.allocations]]
        partner = "konbit"
        amount = 300000

        {"[["}budget.allocations]]
        partner = "aquafund"
        amount = 100000

local-funding-share-below = Les partenaires locaux reçoivent { $share } du budget ({ $local } sur { $total } { $currency }), en dessous de l’objectif de { $target }.
local-funding-share-too-indirect = { $indirect } { $currency } de plus parviennent aux partenaires locaux par deux intermédiaires ou plus et ne sont pas comptés.
local-funding-share-no-allocations = Le budget n’énumère aucune allocation.

## transparency.local-share-published

transparency-local-share-published =
    .summary = Le partenariat publie la part de son financement qui parvient aux partenaires locaux et nationaux : `[transparency]` indique `local_share_published = true`.
    .rationale =
        Un objectif de localisation a peu de sens si personne ne peut voir s’il est atteint. La
        Charte pour le changement (Charter4Change, 2015, mise à jour en 2019), engagement 3,
        demande à ses signataires de publier le montant et la part de leurs financements transmis
        aux organisations locales et nationales, afin que partenaires et communauté puissent leur
        en demander compte. Une charte qui ne le dit pas échoue.
    .fix =
        Publiez le montant et la part du budget qui parviennent aux partenaires locaux et
        nationaux, et indiquez `local_share_published = true` dans `[transparency]`. Publiez-les
        avec le budget et mettez-les à jour quand les allocations changent.
    .example =
        {"["}transparency]
        local_share_published = true

local-share-published-no-section = La charte n’a pas de section `[transparency]` : elle ne dit pas si le montant et la part du financement qui parviennent aux partenaires locaux sont publiés.
local-share-published-false = Le montant et la part du financement qui parviennent aux partenaires locaux ne sont pas publiés (`local_share_published = false`).
local-share-published-unstated = La charte ne dit pas si le montant et la part du financement qui parviennent aux partenaires locaux sont publiés (`transparency.local_share_published`).

## transparency.open-data

transparency-open-data =
    .summary = Le partenariat publie ses données en accès ouvert : `[transparency]` nomme dans `open_data` la norme de données ouvertes qu’il utilise (par exemple la norme IITA).
    .rationale =
        Des données publiées selon une norme commune peuvent être comparées, vérifiées et
        réutilisées par tous, y compris la communauté et les autres acteurs qui travaillent au
        même endroit, sans avoir à les demander aux partenaires. Le Grand Bargain (2016) engage
        ses signataires à publier des données ouvertes à jour, transparentes et harmonisées sur
        leurs financements, selon la norme de l’Initiative internationale pour la transparence de
        l’aide (IITA), et la Charte pour le changement (Charter4Change, 2015, mise à jour en
        2019), engagement 3, demande que les financements transmis aux partenaires locaux soient
        publiés. Une charte qui ne nomme aucune norme échoue.
    .fix =
        Publiez les données d’activité et de financement du partenariat selon une norme de données
        ouvertes et nommez-la dans `open_data` sous `[transparency]` (par exemple
        `open_data = "IATI"`). Publiez-les là où partenaires et communauté peuvent les trouver, et
        tenez-les à jour.
    .example =
        {"["}transparency]
        open_data = "IATI"

open-data-no-section = La charte n’a pas de section `[transparency]` : elle ne nomme aucune norme de données ouvertes (comme la norme IITA) pour publier les données du partenariat.
open-data-unstated = La charte ne nomme aucune norme de données ouvertes (`transparency.open_data`, comme la norme IITA) pour publier les données du partenariat.

## transparency.public-reporting

transparency-public-reporting =
    .summary = Les progrès font l’objet de rapports publics assez fréquents : `[transparency]` indique `public_reports = true` et `report_every_months` vaut au plus 6 (par défaut).
    .rationale =
        Des rapports qui restent au sein du partenariat, ou qui ne paraissent qu’une fois par an,
        empêchent la communauté et les partenaires de voir les problèmes tant qu’il est encore
        temps d’agir. La transparence est l’un des Principes de partenariat (Plateforme
        humanitaire mondiale, 2007), et la norme de l’Initiative internationale pour la
        transparence de l’aide (IITA) demande que les données d’activité, résultats compris,
        soient publiées et tenues à jour. L’intervalle de 6 mois est une valeur par défaut propre
        à Accord, et non un chiffre tiré d’un cadre de référence ; un profil peut le modifier avec
        l’option `max_report_interval_months`. Une charte qui ne dit pas si les rapports sont
        publics, ou à quelle fréquence ils paraissent, échoue.
    .fix =
        Publiez des rapports d’avancement au moins tous les 6 mois et consignez-le dans
        `[transparency]` avec `public_reports = true` et `report_every_months`. Communiquez-les à
        la communauté sous une forme et dans une langue qu’elle peut utiliser, et pas seulement
        aux bailleurs de fonds.
    .example =
        {"["}transparency]
        public_reports = true
        report_every_months = 6

public-reporting-no-section = La charte n’a pas de section `[transparency]` : elle ne s’engage pas à publier des rapports d’avancement.
public-reporting-not-public = Les rapports d’avancement ne sont pas publiés (`public_reports = false`).
public-reporting-unstated = La charte ne dit pas si les rapports d’avancement sont publiés (`transparency.public_reports`).
public-reporting-no-interval = La charte ne dit pas à quelle fréquence les progrès font l’objet d’un rapport (`report_every_months`) ; il faudrait un rapport au moins { $max ->
        [one] chaque mois
       *[other] tous les { $max } mois
    }.
public-reporting-too-rare = Les progrès font l’objet d’un rapport { $months ->
        [one] chaque mois
       *[other] tous les { $months } mois
    } ; il faudrait un rapport au moins { $max ->
        [one] chaque mois
       *[other] tous les { $max } mois
    }.
