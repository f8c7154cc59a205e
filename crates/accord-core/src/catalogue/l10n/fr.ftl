# Les règles intégrées d’Accord en français : leurs textes (l’anglais est le commentaire de
# chaque règle dans host.rs) et leurs messages. Glossaire : docs/l10n/glossary.md.

plugin-description = Les règles intégrées d’Accord : dérogations, chartes invalides et extensions en échec.

waiver-expired =
    .summary = Une dérogation a expiré : sa date `expires` est antérieure à la date de l’audit.
    .rationale =
        Une dérogation est un engagement à corriger un point avant une date. Cette date passée,
        la dérogation ne s’applique plus, le constat qu’elle couvrait compte de nouveau, et la
        charte doit dire ce qu’il en est advenu. Une dérogation qui expire le jour de l’audit
        s’applique encore.
    .fix = Corrigez ce que la dérogation couvrait et retirez-la, ou renouvelez-la avec un nouveau motif et une nouvelle date.
    .example =
        {"[["}waivers]]
        rule = "transparency.open-data"
        reason = "La publication selon la norme IITA commence avec le prochain cycle de subventions."
        expires = 2027-03-01

waiver-unknown-rule =
    .summary = Une dérogation nomme une règle qu’aucune extension ni aucun paquet de règles chargé ne définit, ou une règle intégrée, qui ne peut faire l’objet d’une dérogation.
    .rationale =
        Une dérogation pour une règle qui n’existe pas ne couvre rien : le plus souvent, une
        faute de frappe dans l’identifiant de la règle, ou la règle d’une extension que cet audit
        ne charge pas.
    .fix = Corrigez l’identifiant de la règle (`accord rules` les liste) ou retirez la dérogation.
    .example =
        {"[["}waivers]]
        rule = "transparency.independent-audit"
        reason = "Le premier audit indépendant est commandé pour la fin de la première année."

waiver-unused =
    .summary = Une dérogation s’applique (règle connue, non expirée), mais sa règle n’a rien relevé à couvrir.
    .rationale =
        Une dérogation qui ne couvre rien n’est plus à jour : le problème a été corrigé, ou le
        profil a désactivé la règle. La laisser en place masquerait le prochain vrai constat de
        cette règle.
    .fix = Retirez la dérogation.
    .example =
        # aucune entrée [[waivers]] pour une règle respectée

accord-invalid-charter =
    .summary = La charte peut être lue, analysée et validée.
    .rationale =
        Une charte illisible, qui n’est pas en UTF-8, mal formée, ou qui échoue au schéma des
        chartes ou aux vérifications du chargeur n’est pas auditée : elle n’a pas de note et son
        verdict est `invalid`. Le format SARIF rapporte chacune de ses erreurs de validation
        comme un résultat de cette règle.
    .fix = Lancez `accord validate CHEMIN` et corrigez chaque erreur signalée (le fichier, la ligne et la correction sont indiqués).
    .example = charter_version = 1

accord-plugin-failure =
    .summary = Chaque extension du profil s’est exécutée sur la charte.
    .rationale =
        Une extension qui échoue sur une charte (statut d’erreur, panique, sortie invalide,
        plantage ou dépassement du délai) donne à cette charte le statut `error` : les constats
        des autres extensions sont conservés et les notes sont nulles. Le format SARIF rapporte
        chaque échec comme un résultat de cette règle.
    .fix = Relancez l’audit (avec `--isolate` pour contenir une extension qui plante) et signalez l’échec à l’auteur de l’extension, avec la charte qui le provoque.
    .example =
        # rien à changer dans la charte : c’est l’extension qu’il faut corriger

waiver-names-host-waiver-rule = La dérogation nomme `{ $rule }`, une règle intégrée sur les dérogations, qui ne peut faire l’objet d’une dérogation.
waiver-names-host-rule = La dérogation nomme `{ $rule }`, une règle intégrée, qui ne peut faire l’objet d’une dérogation.
waiver-names-unknown-rule = La dérogation nomme `{ $rule }`, qu’aucune extension ni aucun paquet de règles chargé ne définit.
waiver-did-you-mean = Vouliez-vous dire `{ $rule }` ?
waiver-expired-on = La dérogation de `{ $rule }` a expiré le { DATE($expires) }, avant la date de l’audit ({ DATE($today) }).
waiver-unused-rule-disabled = La dérogation de `{ $rule }` ne couvre rien : le profil désactive la règle.
waiver-unused-no-finding = La dérogation de `{ $rule }` ne couvre rien : la règle n’a relevé aucun problème.
