# Les phrases des rapports en français : texte, Markdown, HTML, JUnit et SARIF.
# Glossaire : docs/l10n/glossary.md. **gras** et `code` comme en Markdown (pas de HTML).

## Communes aux formats

report-unnamed = (charte sans nom)
report-verdict = { $verdict ->
    [pass] conforme
    [fail] non conforme
    [invalid] non valide
   *[error] erreur
}
category-accountability = redevabilité
category-collaboration = collaboration
category-exit = sortie
category-humility = humilité
category-transparency = transparence
category-waiver = dérogations
report-column = { $column ->
    [score] Note
    [grade] Niveau
    [verdict] Verdict
    [errors] Erreurs
    [warnings] Avertissements
    [partnership] Partenariat
    [path] Chemin
    [charters] Chartes
    [share] Part
    [rule] Règle
    [kind] Type
    [where] Emplacement
    [example] Exemple
    [category] Catégorie
    [rank] Rang
    [unwaived] Constats sans dérogation
   *[other] { $column }
}
report-colon = { $text } :
report-count-line = { $errors ->
    [one] { $errors } erreur
   *[other] { $errors } erreurs
}, { $warnings ->
    [one] { $warnings } avertissement
   *[other] { $warnings } avertissements
}, { $infos ->
    [one] { $infos } information
   *[other] { $infos } informations
}
report-count-line-end = { $counts }.
report-count-line-waived = { $counts } ; { $waived ->
    [one] { $waived } constat avec dérogation
   *[other] { $waived } constats avec dérogation
}.
report-severity-count = { $severity ->
    [error] { $count ->
        [one] { $count } erreur
       *[other] { $count } erreurs
    }
    [warning] { $count ->
        [one] { $count } avertissement
       *[other] { $count } avertissements
    }
   *[info] { $count ->
        [one] { $count } information
       *[other] { $count } informations
    }
}
report-plugin-failed = l’extension { $plugin } a échoué : { $cause }
report-waiver-by-until = { $reason }, approuvée par { $by }, jusqu’au { DATE($until) }
report-waiver-by = { $reason }, approuvée par { $by }
report-waiver-until = { $reason }, jusqu’au { DATE($until) }
report-untranslated = { $count ->
    [one] l’extension { $plugins } n’est pas traduite en français : ses règles et ses messages restent en anglais
   *[other] les extensions { $plugins } ne sont pas traduites en français : leurs règles et leurs messages restent en anglais
}
report-summary = Synthèse
report-summary-counts = { $charters ->
    [one] { $charters } charte
   *[other] { $charters } chartes
} : { $pass ->
    [one] { $pass } conforme
   *[other] { $pass } conformes
}, { $fail ->
    [one] { $fail } non conforme
   *[other] { $fail } non conformes
}, { $invalid ->
    [one] { $invalid } non valide
   *[other] { $invalid } non valides
}, { $error } en erreur
report-statistics = Statistiques
report-most-failed = Règles les plus souvent non respectées, sur { $audited ->
    [one] { $audited } charte auditée
   *[other] { $audited } chartes auditées
} ({ $rules ->
    [one] { $rules } règle non respectée
   *[other] { $rules } règles non respectées
} au moins une fois)
report-recurring-errors = Erreurs de validation récurrentes, sur { $invalid ->
    [one] { $invalid } charte non valide
   *[other] { $invalid } chartes non valides
}
report-whole-file = (fichier)
report-findings = Constats
report-line = ligne { $line }
report-baseline = depuis l’audit de référence (rapprochement par { $matched_by ->
    [id] identifiant
   *[path] chemin
}) : { $change } ; { $counts }{ $rules }
report-baseline-score = note { $change }
report-baseline-no-score = aucune note à comparer
report-baseline-counts = { $new ->
    [one] { $new } nouveau
   *[other] { $new } nouveaux
}, { $persisting ->
    [one] { $persisting } persistant
   *[other] { $persisting } persistants
}, { $resolved ->
    [one] { $resolved } résolu
   *[other] { $resolved } résolus
}
report-baseline-absent = charte absente de l’audit de référence : { $count ->
    [one] son constat est nouveau
   *[other] ses { $count } constats sont nouveaux
}

## Le rapport texte (un terminal)

report-text-title = { $name }{ $id } : { $path }
report-text-headline = niveau { $grade }, note { $score } / 100, verdict : { $verdict }{ $reasons }
report-text-rule-counts = { $evaluated ->
    [one] { $evaluated } règle
   *[other] { $evaluated } règles
} : { $passed ->
    [one] { $passed } respectée
   *[other] { $passed } respectées
}, { $failed ->
    [one] { $failed } non respectée
   *[other] { $failed } non respectées
}, { $not_applicable } sans objet, { $waived } avec dérogation ; { $findings }
report-text-invalid = verdict : { $verdict } — la charte comporte { $count ->
    [one] { $count } erreur de structure
   *[other] { $count } erreurs de structure
} et n’a pas été auditée
report-text-run-validate = lancez `accord validate { $path }` pour voir le détail de chaque erreur
report-text-error = verdict : { $verdict } — une extension a échoué : la charte n’a donc pas de note
report-text-run = profil { $profile }, { $config }, date d’audit { DATE($date) }, extensions : { $plugins }
report-text-config = configuration { $config }
report-text-no-config = sans configuration
report-text-no-plugins = aucune
report-text-packs = paquets de règles : { $packs }
report-text-category = { $category } (note { $score })
report-text-waived = dérogation : { $note }
report-text-how-to-fix = comment corriger : { $fix }
report-text-passing-example =
    un exemple conforme :
    { $example }
report-text-fix = { $fix } (`accord explain { $rule }`)
report-text-no-findings = aucun constat : chaque règle est respectée ou sans objet
report-text-summary = Synthèse : { $charters ->
    [one] { $charters } charte
   *[other] { $charters } chartes
} ({ $pass ->
    [one] { $pass } conforme
   *[other] { $pass } conformes
}, { $fail ->
    [one] { $fail } non conforme
   *[other] { $fail } non conformes
}, { $invalid ->
    [one] { $invalid } non valide
   *[other] { $invalid } non valides
}, { $error } en erreur)
report-text-statistics-none = Statistiques : aucune règle non respectée { $audited ->
    [one] sur { $audited } charte auditée
   *[other] sur les { $audited } chartes auditées
}
report-text-no-recurring-errors = Aucune erreur de validation ne se répète { $invalid ->
    [one] sur { $invalid } charte non valide
   *[other] parmi les { $invalid } chartes non valides
}
report-text-where-example = EMPLACEMENT  (EXEMPLE)
report-label = { $label ->
    [error] erreur
    [warning] avertissement
    [info] information
    [note] note
   *[help] aide
}
# Suivi d’une espace insécable : la ligne se lit comme une phrase (« aide : … »).
report-footer-label = { $label ->
    [note] note{ "\u00A0" }
   *[help] aide{ "\u00A0" }
}
report-in-file = dans { $path }

## Le rapport Markdown

report-markdown-run = Audit du { DATE($date) } avec le profil { $profile } · **verdict : { $verdict }**{ $reasons }
report-markdown-invalid = La charte n’est **pas valide** et n’a pas été auditée :
report-markdown-error = L’audit n’a pas pu aboutir : une extension a échoué. Aucune note n’est donnée.
report-markdown-headline = **Niveau { $grade }**, note globale **{ $score }** / 100. { $findings }
report-markdown-no-findings = Aucun constat.
report-markdown-finding = **{ $severity }** { $rule } (ligne { $line }, { $path }) : { $message }
report-markdown-waived = *Dérogation* : { $note }
report-markdown-how-to-fix = Comment corriger : { $fix }
report-markdown-passing-example = Un exemple conforme :
report-markdown-fix = Correction : { $fix }
report-markdown-summary-line = **Synthèse :** { $charters ->
    [one] { $charters } charte
   *[other] { $charters } chartes
} ({ $pass ->
    [one] { $pass } conforme
   *[other] { $pass } conformes
}, { $fail ->
    [one] { $fail } non conforme
   *[other] { $fail } non conformes
}, { $invalid ->
    [one] { $invalid } non valide
   *[other] { $invalid } non valides
}, { $error } en erreur).
report-markdown-statistics-none = Aucune règle non respectée { $audited ->
    [one] sur { $audited } charte auditée
   *[other] sur les { $audited } chartes auditées
}.
report-markdown-no-recurring-errors = Aucune erreur de validation ne se répète { $invalid ->
    [one] sur { $invalid } charte non valide
   *[other] parmi les { $invalid } chartes non valides
}.

## Le rapport HTML

report-html-title-one = Audit de partenariat : { $name }
report-html-title-batch = Audit de partenariats : { $charters ->
    [one] { $charters } charte
   *[other] { $charters } chartes
}
report-html-heading = Rapport d’audit de partenariat
report-html-run = Audit réalisé le { DATE($date) } par Accord { $version } avec le profil **{ $profile }**.
report-html-run-config = Audit réalisé le { DATE($date) } par Accord { $version } avec le profil **{ $profile }** et la configuration `{ $config }`.
report-html-run-plugins = Extensions : { $plugins }.
report-html-run-packs = Paquets de règles : { $packs }.
report-html-run-report-only = Les dérogations sont en mode **report-only** : un constat avec dérogation compte toujours comme non respecté.
report-html-summary-counts = { $charters ->
    [one] { $charters } charte
   *[other] { $charters } chartes
} : **{ $pass }** { $pass ->
    [one] conforme
   *[other] conformes
}, **{ $fail }** { $fail ->
    [one] non conforme
   *[other] non conformes
}, **{ $invalid }** { $invalid ->
    [one] non valide
   *[other] non valides
}, **{ $error }** en erreur.
report-html-ranking = Chartes classées par note globale (chartes non valides et en erreur en dernier)
report-html-statistics-none = Aucune règle non respectée { $audited ->
    [one] sur { $audited } charte auditée
   *[other] sur les { $audited } chartes auditées
}.
report-html-no-recurring-errors = Aucune erreur de validation ne se répète { $invalid ->
    [one] sur { $invalid } charte non valide
   *[other] parmi les { $invalid } chartes non valides
}.
report-html-footer = Niveaux : A à partir de 90, B à partir de 80, C à partir de 70, D à partir de 60, F en dessous de 60. La note pondère chaque règle applicable selon sa gravité (erreur 5, avertissement 2, information 0) ; une règle est respectée lorsqu’elle n’a aucun constat sans dérogation. Lancez `accord explain RÈGLE` pour savoir pourquoi une règle compte et comment la respecter.
report-html-id = identifiant
report-html-back = retour à la synthèse
report-headline = { $grade ->
    [none] **Sans niveau**
   *[other] **Niveau { $grade }**
}, note globale **{ $score }** / 100
report-html-invalid-headline = **Non auditée** : la charte n’est pas valide, elle n’a donc pas de note
report-html-error-headline = **Sans note** : une extension a échoué sur cette charte
report-html-verdict = Verdict : { $verdict }
report-html-why = **Pourquoi :** { $reasons }.
report-html-rule-counts = { $evaluated ->
    [one] { $evaluated } règle
   *[other] { $evaluated } règles
} : { $passed ->
    [one] { $passed } respectée
   *[other] { $passed } respectées
}, { $failed ->
    [one] { $failed } non respectée
   *[other] { $failed } non respectées
}, { $not_applicable } sans objet, { $waived } avec dérogation. Constats : { $findings }
report-html-score-by-category = Note par catégorie
report-html-none = aucun
report-html-not-applicable = Sans objet pour cette charte : { $rules }.
report-html-plugin-failures = Échecs d’extensions
report-html-validation-errors = Erreurs de validation
report-html-validate-again = Lancez `accord validate { $path }` pour vérifier à nouveau la charte une fois ces erreurs corrigées.
report-html-no-findings = Aucun constat : chaque règle est respectée ou sans objet.
report-html-help = Aide :
report-html-category-score = note { $score }
report-html-finding-count = { $count ->
    [one] { $count } constat
   *[other] { $count } constats
}
report-html-new = nouveau
report-html-persisting = persistant
report-html-waived = Dérogation :
report-html-still-counted = (mode report-only : compte toujours comme non respecté)
report-html-how-to-fix = Comment corriger :
report-html-passing-example = Un exemple conforme :
report-html-fix = Correction :
report-html-line-column = Ligne { $line }, colonne { $column }
report-html-line = Ligne { $line }
report-html-line-label = ligne { $line }

## JUnit (pour l’intégration continue)

report-junit-finding = { $severity } { $rule } { $line }:{ $column } : { $message }
report-junit-waived = { $finding } (dérogation, mode report-only : { $reason })
report-junit-score = niveau { $grade }, note { $score }
report-junit-no-score = sans note
report-junit-pass = { $name } : verdict conforme, { $score }
report-junit-fail = { $name } : verdict non conforme, { $score } ; { $why }
report-junit-failed-rules = { $rules ->
    [one] { $rules } règle non respectée
   *[other] { $rules } règles non respectées
}, avec { $findings ->
    [one] { $findings } constat
   *[other] { $findings } constats
} : { $errors ->
    [one] { $errors } erreur
   *[other] { $errors } erreurs
}, { $warnings ->
    [one] { $warnings } avertissement
   *[other] { $warnings } avertissements
}, { $infos ->
    [one] { $infos } information
   *[other] { $infos } informations
}
report-junit-invalid = { $name } : charte non valide, non auditée : { $count ->
    [one] { $count } erreur de structure
   *[other] { $count } erreurs de structure
}
report-junit-error = { $name } : sans note, échec d’extension : { $plugins }

## SARIF (pour l’analyse de code)

report-sarif-plugin-failed = L’extension `{ $plugin }` a échoué sur cette charte : { $cause }
report-sarif-how-to-fix = **Comment corriger :** { $fix }
report-sarif-why = **Pourquoi :** { $why }
