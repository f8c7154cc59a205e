# `accord serve` en français : la page d’auto-évaluation, son script et les erreurs de l’API.
# Glossaire : docs/l10n/glossary.md.

## La page, avant que le script ne s’exécute

serve-page-title = Auto-évaluation avec Accord
serve-page-intro = Collez la charte de votre partenariat ou ouvrez son fichier : l’audit s’affiche à côté au fil de la saisie, avec le niveau, la note de chaque catégorie et chaque constat, avec sa ligne et la façon de le corriger.
serve-page-private = Rien n’est conservé : votre texte sert uniquement à répondre à chaque requête.
serve-page-language = Langue
serve-page-language-apply = Changer de langue
serve-page-profile = Profil
serve-page-open-file = Ouvrir un fichier
serve-page-starter = Partir du modèle
serve-page-editor-label = Charte (TOML ou JSON)
serve-page-editor-hint = Sélectionnez un constat pour aller à sa ligne.
serve-page-audit = Lancer l’audit
serve-page-download = Télécharger le rapport
serve-page-report = Audit
serve-page-empty = Collez une charte, ouvrez un fichier .toml ou .json, ou partez du modèle.
serve-page-no-script = Sans JavaScript, appuyez sur « { $audit } » pour afficher le rapport.

## Ce que le script écrit

serve-script-auditing = Audit en cours…
serve-script-cursor = Ligne { $line }, colonne { $column }
serve-script-summary = { $grade } · { $score } · { $verdict }
serve-script-grade = Niveau { $grade }
serve-script-no-grade = Sans niveau
serve-script-score = Note : { $score } sur 100
serve-script-verdict-pass = Conforme
serve-script-verdict-fail = Non conforme
serve-script-rules-passed = { $count ->
    [one] { $count } règle respectée sur { $evaluated }
   *[other] { $count } règles respectées sur { $evaluated }
}
serve-script-errors = { $count ->
    [one] { $count } erreur
   *[other] { $count } erreurs
}
serve-script-warnings = { $count ->
    [one] { $count } avertissement
   *[other] { $count } avertissements
}
serve-script-infos = { $count ->
    [one] { $count } information
   *[other] { $count } informations
}
serve-script-counts = { $rules } ; { $errors }, { $warnings }, { $infos }.
serve-script-categories = Notes par catégorie
serve-script-category = Catégorie
serve-script-category-score = Note
serve-script-findings = Constats ({ $count })
serve-script-no-findings = Aucun constat : toutes les règles sont respectées.
serve-script-error = Erreur
serve-script-warning = Avertissement
serve-script-info = Information
serve-script-line = ligne { $line }
serve-script-fix = Comment corriger :
serve-script-waived = Dérogation : { $reason }
serve-script-invalid = { $count ->
    [one] Cette charte n’est pas encore valide : { $count } erreur à corriger avant l’audit.
   *[other] Cette charte n’est pas encore valide : { $count } erreurs à corriger avant l’audit.
}
serve-script-help = Aide :
serve-script-plugin-failed = Une extension a échoué sur cette charte, qui n’a donc pas de note : { $plugin } : { $cause }
serve-script-request-failed = Le serveur n’a pas pu auditer ce texte : { $detail }
serve-script-no-answer = Le serveur n’a pas répondu. `accord serve` est-il toujours en cours d’exécution ?
serve-script-replace = Remplacer le texte de l’éditeur par le modèle ?
serve-script-opened = Fichier { $name } ouvert.

## Erreurs de l’API (RFC 9457) : titres des codes HTTP, puis le détail et l’aide

serve-problem-title = { $status ->
    [400] Requête incorrecte
    [403] Accès interdit
    [404] Introuvable
    [405] Méthode non autorisée
    [406] Format non acceptable
    [408] Délai de requête dépassé
    [413] Contenu trop volumineux
    [415] Type de média non pris en charge
    [500] Erreur interne du serveur
    [503] Service indisponible
   *[other] Erreur
}
serve-problem-not-acceptable = l’en-tête `Accept` ne demande aucun format que cette route puisse fournir
serve-problem-not-acceptable-help = acceptez l’un de ces formats : { $types }
serve-problem-content-type = le `Content-Type` du corps de la requête est `{ $media }`, qui n’est pas un format de charte
serve-problem-no-content-type = le corps de la requête n’a pas de `Content-Type` : son format est inconnu
serve-problem-content-type-help = envoyez la charte en `application/toml` ou en `application/json`
serve-problem-query-malformed = la chaîne de requête est mal formée : { $error }
serve-problem-query-unknown = il n’y a pas de paramètre de requête `{ $name }`
serve-problem-query-none-help = cette route ne prend aucun paramètre de requête
serve-problem-query-help = cette route prend { $names }
serve-problem-query-twice = le paramètre de requête `{ $name }` est donné deux fois
serve-problem-date = `{ $text }` n’est pas une date comme 2026-01-31
serve-problem-date-help = indiquez `today` au format AAAA-MM-JJ, ou omettez-le pour prendre la date du jour
serve-problem-filename = le nom de fichier doit compter de 1 à { $max } caractères, sans caractère de contrôle
serve-problem-lang = Accord ne parle pas la langue `{ $tag }`
serve-problem-lang-help = demandez { $tags }, ou omettez `lang` pour suivre `Accept-Language`
serve-problem-profile = il n’y a pas de profil `{ $name }` sur ce serveur
serve-problem-profile-help = ce serveur audite avec { $names }
serve-problem-not-found = il n’y a rien à l’adresse `{ $path }`
serve-problem-not-found-help = la page est à l’adresse `/` ; `/v1/openapi.json` décrit l’API
serve-problem-method = `{ $path }` ne répond pas à { $method }
serve-problem-method-help = cette route répond à { $methods }
serve-problem-rule = il n’y a pas de règle `{ $id }` dans les extensions ni dans les paquets de règles de ce profil
serve-problem-rule-closest = vouliez-vous dire `{ $closest }` ?
serve-problem-rule-help = `GET /v1/rules` liste toutes les règles
serve-problem-schema = il n’y a pas de schéma `{ $name }`
serve-problem-schema-help = les schémas sont { $names }
serve-problem-page = la page n’a pas pu être produite : { $error }
serve-problem-download = il n’y a pas de format de téléchargement `{ $name }`
serve-problem-download-help = téléchargez en `html`, en `markdown` ou en `json`
serve-problem-form-malformed = le formulaire est mal formé : { $error }
serve-problem-form-type = le `Content-Type` du formulaire est `{ $media }`, qui n’est pas un formulaire
serve-problem-form-type-help = envoyez le formulaire de la page en `multipart/form-data` ou en `application/x-www-form-urlencoded`
serve-problem-form-field = le formulaire n’a pas de champ `{ $name }`
serve-problem-form-field-help = les champs du formulaire sont `charter`, `file`, `profile`, `lang` et `download`
serve-problem-internal = accord a rencontré une erreur interne sur cette requête : c’est un bogue d’accord
serve-problem-internal-help = merci de le signaler avec la requête qui l’a provoqué ; le serveur continue de fonctionner
serve-problem-busy = { $slots ->
    [one] le serveur est occupé : son unique emplacement d’audit est resté pris pendant { $seconds } { $seconds ->
        [one] seconde
       *[other] secondes
    }
   *[other] le serveur est occupé : ses { $slots } emplacements d’audit sont restés pris pendant { $seconds } { $seconds ->
        [one] seconde
       *[other] secondes
    }
}
serve-problem-busy-help = réessayez dans un instant
serve-problem-too-slow = l’audit a dépassé la durée maximale fixée par le serveur : { $seconds } { $seconds ->
    [one] seconde
   *[other] secondes
}
serve-problem-too-slow-help = une extension est peut-être lente ou bloquée sur cette charte ; réessayez, ou demandez à l’administrateur du serveur de le lancer avec `--isolate` et un `--plugin-timeout`
serve-problem-body = le corps de la requête n’a pas pu être lu : { $error }
serve-problem-body-late = le corps de la requête n’est pas arrivé à temps
serve-problem-too-large = le fichier fait { $size } octets, au-delà de la limite de { $limit } octets
serve-problem-too-large-streamed = la charte dépasse la limite de { $limit } octets
serve-problem-too-large-help = une charte ne pèse d’ordinaire que quelques kilo-octets ; si celle-ci est vraiment plus lourde, l’administrateur du serveur peut relever la limite avec `--max-file-size`
serve-problem-host = ce serveur écoute sur une adresse de bouclage et ne répond qu’aux requêtes adressées à localhost, mais cette requête est adressée à `{ $host }`
serve-problem-host-help = ouvrez l’adresse qu’a affichée `accord serve` ; derrière un proxy inverse, faites envoyer par le proxy un `Host` de bouclage (comme `localhost`), ou choisissez l’adresse d’écoute avec `--listen`
serve-problem-no-host = la requête ne nomme aucun hôte (pas d’en-tête `Host`)
