# Las frases del anfitrión en español. Glosario: docs/l10n/glossary.md.

## De dónde viene una regla, y su gravedad

rule-origin = { $kind ->
    [plugin] extensión { $name }
    [pack] paquete de reglas { $name }
   *[host] accord (regla integrada)
}
severity = { $severity ->
    [error] error
    [warning] advertencia
   *[info] aviso informativo
}

## accord explain

explain-header = { $rule }  ({ $severity }, categoría { $category }, origen: { $origin })
explain-why = Por qué
explain-fix = Cómo corregirlo
explain-example = Ejemplo (conforme)
# Markdown (hovers, the web page): keep the asterisks.
explain-example-markdown = **Ejemplo** (conforme):
explain-references = Referencias
explain-sources-markdown = **Fuentes:**

## accord rules

rules-column-rule = REGLA
rules-column-severity = GRAVEDAD
rules-column-category = CATEGORÍA
rules-column-source = ORIGEN
rules-column-summary = RESUMEN
rules-footer = { $count ->
    [one] { $count } regla; `accord explain REGLA` explica qué comprueba, por qué y cómo corregirlo.
   *[other] { $count } reglas; `accord explain REGLA` explica qué comprueba cada una, por qué y cómo corregirlo.
}
rules-markdown-title = Las reglas del perfil `{ $profile }`
rules-markdown-intro = { $count ->
    [one] { $count } regla, con la gravedad que le da el perfil.
   *[other] { $count } reglas, con la gravedad que les da el perfil.
} `accord explain REGLA` explica qué comprueba cada una, por qué, cómo corregirlo, y muestra un ejemplo conforme.
rules-markdown-columns = | Regla | Gravedad | Categoría | Origen | Resumen | Referencias |
