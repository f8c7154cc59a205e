# `accord lsp` en français : ce que l’éditeur affiche en plus des textes des règles.
# Glossaire : docs/l10n/glossary.md.

## Diagnostics

lsp-waived = { $message } (dérogation : { $reason })
lsp-waived-counted = { $message } (dérogation : { $reason } ; le profil `{ $profile }` compte les constats ayant fait l’objet d’une dérogation)
lsp-fix = comment corriger : { $fix }
lsp-help = aide : { $help }
lsp-plugin-failed = l’extension `{ $plugin }` n’a pas pu vérifier cette charte : { $cause }

## Ce qu’est une valeur, dans les survols et la complétion

lsp-shape-exactly = exactement `{ $value }`
lsp-shape-one-of = { $form ->
    [list] valeurs ({ $count } possibles)
   *[one] une valeur parmi { $count }
}
lsp-shape-date = { $form ->
    [list] dates (AAAA-MM-JJ)
   *[one] une date (AAAA-MM-JJ)
}
lsp-shape-uri = { $form ->
    [list] adresses web (URI)
   *[one] une adresse web (URI)
}
lsp-shape-rule-id = { $form ->
    [list] identifiants de règle (`catégorie.nom`)
   *[one] un identifiant de règle (`catégorie.nom`)
}
lsp-shape-id = { $form ->
    [list] identifiants (lettres minuscules, chiffres et traits d’union)
   *[one] un identifiant (lettres minuscules, chiffres et traits d’union)
}
lsp-shape-text = { $form ->
    [list] textes
   *[one] un texte
}
lsp-shape-whole = { $form ->
    [list] nombres entiers
   *[one] un nombre entier
}
lsp-shape-number = { $form ->
    [list] nombres
   *[one] un nombre
}
lsp-shape-boolean = { $form ->
    [list] valeurs true ou false
   *[one] true ou false
}
lsp-shape-table = { $form ->
    [list] tables
   *[one] une table
}
lsp-shape-list-of-tables = { $form ->
    [list] listes de tables
   *[one] une liste de tables
}
lsp-shape-list-of = { $form ->
    [list] listes de { $items }
   *[one] une liste de { $items }
}
lsp-shape-list = { $form ->
    [list] listes
   *[one] une liste
}
lsp-shape-value = { $form ->
    [list] valeurs
   *[one] une valeur
}
lsp-shape-range = { $what } (de { $min } à { $max })
lsp-shape-at-least = { $what } (au moins { $min })
lsp-shape-at-most = { $what } (au plus { $max })

## Survol et complétion

lsp-hover-key = { $key } : { $kind }
lsp-required = { $kind } (obligatoire)
lsp-allowed = Valeurs possibles : { $values }
lsp-allowed-many = { $count } valeurs possibles : la complétion les propose.
lsp-built-in = intégré
lsp-date-label = AAAA-MM-JJ
lsp-date-today = une date (aujourd’hui : { DATE($today) })

## Actions de code

lsp-action-replace = Remplacer par `{ $key }`
lsp-action-waive = Accorder une dérogation à `{ $rule }` (une entrée [[waivers]] dont vous rédigez le motif)
lsp-action-explain = Expliquer `{ $rule }`

## Messages

lsp-untrusted = Accord n’utilise ici que ses extensions et paquets de règles intégrés : cet espace de travail n’est pas approuvé, si bien que les répertoires d’extensions, les épinglages (`[pins]`) et les fichiers de paquets de règles que nomment son accord.toml ou son profil sont ignorés (les réglages du profil sont bien utilisés). Pour les utiliser, mettez l’option d’initialisation `trustWorkspace` à true pour cet espace de travail (voir docs/editors.md).
lsp-setup-failed = Accord n’a pas pu mettre en place les règles de `{ $root }` : { $problem }
lsp-setup-untrusted-hint = (Tant que l’espace de travail n’est pas approuvé, les extensions ne viennent que des emplacements intégrés : voir `trustWorkspace` dans la configuration de l’éditeur.)
lsp-setup-fallback = { $fallback ->
    [core] D’ici à ce que ce soit corrigé, les chartes de cet espace sont auditées avec les seules règles du paquet intégré `core` (les extensions intégrées sont introuvables à côté de l’exécutable accord).
   *[default] D’ici à ce que ce soit corrigé, les chartes de cet espace sont auditées avec le profil intégré par défaut.
}
lsp-workspace-audited = { $charters ->
    [one] Accord a audité { $charters } charte. Conformes : { $pass } ; non conformes : { $fail } ; non valides : { $invalid } ; en erreur : { $error }.
   *[other] Accord a audité { $charters } chartes. Conformes : { $pass } ; non conformes : { $fail } ; non valides : { $invalid } ; en erreur : { $error }.
}
lsp-explain-unknown = aucune extension ni aucun paquet de règles chargé ne définit la règle `{ $rule }`
lsp-locale-unsupported = Accord ne parle pas la langue de l’éditeur, `{ $tag }` ; il écrit en { $lang } (ajoutez `--lang` à la commande du serveur pour en choisir une autre)
