# Les phrases de l’hôte en français. Glossaire : docs/l10n/glossary.md.

## D’où vient une règle, et sa gravité

rule-origin = { $kind ->
    [plugin] extension { $name }
    [pack] paquet de règles { $name }
   *[host] accord (règle intégrée)
}
severity = { $severity ->
    [error] erreur
    [warning] avertissement
   *[info] information
}

## accord explain

explain-header = { $rule }  ({ $severity }, catégorie { $category }, source : { $origin })
explain-why = Pourquoi
explain-fix = Comment corriger
explain-example = Exemple (conforme)
# Markdown (hovers, the web page): keep the asterisks.
explain-example-markdown = **Exemple** (conforme) :
explain-references = Références
explain-sources-markdown = **Sources :**

## accord rules

rules-column-rule = RÈGLE
rules-column-severity = GRAVITÉ
rules-column-category = CATÉGORIE
rules-column-source = SOURCE
rules-column-summary = RÉSUMÉ
rules-footer = { $count ->
    [one] { $count } règle ; `accord explain RÈGLE` indique ce qu’elle vérifie, pourquoi et comment corriger.
   *[other] { $count } règles ; `accord explain RÈGLE` indique ce que chacune vérifie, pourquoi et comment corriger.
}
rules-markdown-title = Les règles du profil `{ $profile }`
rules-markdown-intro = { $count ->
    [one] { $count } règle, avec la gravité que lui donne le profil.
   *[other] { $count } règles, avec la gravité que leur donne le profil.
} `accord explain RÈGLE` indique ce que chacune vérifie, pourquoi, comment corriger, et donne un exemple conforme.
rules-markdown-columns = | Règle | Gravité | Catégorie | Source | Résumé | Références |
