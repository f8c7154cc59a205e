# `accord lsp` en español: lo que el editor muestra además de los textos de las reglas.
# Glosario: docs/l10n/glossary.md.

## Diagnósticos

lsp-waived = { $message } (dispensa: { $reason })
lsp-waived-counted = { $message } (dispensa: { $reason }; el perfil `{ $profile }` cuenta los hallazgos dispensados)
lsp-fix = cómo corregirlo: { $fix }
lsp-help = ayuda: { $help }
lsp-plugin-failed = la extensión `{ $plugin }` no pudo revisar esta carta: { $cause }

## Qué es un valor, en las descripciones emergentes y el autocompletado

lsp-shape-exactly = exactamente `{ $value }`
lsp-shape-one-of = { $form ->
    [list] valores ({ $count } posibles)
   *[one] uno de { $count } valores
}
lsp-shape-date = { $form ->
    [list] fechas (AAAA-MM-DD)
   *[one] una fecha (AAAA-MM-DD)
}
lsp-shape-uri = { $form ->
    [list] direcciones web (URI)
   *[one] una dirección web (URI)
}
lsp-shape-rule-id = { $form ->
    [list] identificadores de regla (`categoría.nombre`)
   *[one] un identificador de regla (`categoría.nombre`)
}
lsp-shape-id = { $form ->
    [list] identificadores (minúsculas, dígitos y guiones)
   *[one] un identificador (minúsculas, dígitos y guiones)
}
lsp-shape-text = { $form ->
    [list] textos
   *[one] un texto
}
lsp-shape-whole = { $form ->
    [list] números enteros
   *[one] un número entero
}
lsp-shape-number = { $form ->
    [list] números
   *[one] un número
}
lsp-shape-boolean = { $form ->
    [list] valores true o false
   *[one] true o false
}
lsp-shape-table = { $form ->
    [list] tablas
   *[one] una tabla
}
lsp-shape-list-of-tables = { $form ->
    [list] listas de tablas
   *[one] una lista de tablas
}
lsp-shape-list-of = { $form ->
    [list] listas de { $items }
   *[one] una lista de { $items }
}
lsp-shape-list = { $form ->
    [list] listas
   *[one] una lista
}
lsp-shape-value = { $form ->
    [list] valores
   *[one] un valor
}
lsp-shape-range = { $what } (de { $min } a { $max })
lsp-shape-at-least = { $what } (como mínimo { $min })
lsp-shape-at-most = { $what } (como máximo { $max })

## Descripciones emergentes y autocompletado

lsp-hover-key = { $key }: { $kind }
lsp-required = { $kind } (obligatorio)
lsp-allowed = Valores posibles: { $values }
lsp-allowed-many = { $count } valores posibles: el autocompletado los ofrece.
lsp-built-in = integrado
lsp-date-label = AAAA-MM-DD
lsp-date-today = una fecha (hoy: { DATE($today) })

## Acciones de código

lsp-action-replace = Reemplazar por `{ $key }`
lsp-action-waive = Añadir una dispensa para `{ $rule }` (una entrada [[waivers]] cuyo motivo usted escribe)
lsp-action-explain = Explicar `{ $rule }`

## Mensajes

lsp-untrusted = Accord solo usa aquí sus extensiones y paquetes de reglas integrados: este espacio de trabajo no es de confianza, así que se ignoran los directorios de extensiones, las fijaciones (`[pins]`) y los archivos de paquetes de reglas que indican su accord.toml o su perfil (sí se usan los ajustes del perfil). Para usarlos, ponga la opción de inicialización `trustWorkspace` en true para este espacio de trabajo (véase docs/editors.md).
lsp-setup-failed = Accord no pudo preparar las reglas de `{ $root }`: { $problem }
lsp-setup-untrusted-hint = (Mientras el espacio de trabajo no sea de confianza, las extensiones solo provienen de las ubicaciones integradas: véase `trustWorkspace` en la configuración del editor).
lsp-setup-fallback = { $fallback ->
    [core] Hasta que se corrija, las cartas de este espacio se auditan solo con las reglas del paquete integrado `core` (las extensiones integradas no se encontraron junto al ejecutable accord).
   *[default] Hasta que se corrija, las cartas de este espacio se auditan con el perfil integrado por defecto.
}
lsp-workspace-audited = { $charters ->
    [one] Accord auditó { $charters } carta. Conformes: { $pass }; no conformes: { $fail }; no válidas: { $invalid }; con error: { $error }.
   *[other] Accord auditó { $charters } cartas. Conformes: { $pass }; no conformes: { $fail }; no válidas: { $invalid }; con error: { $error }.
}
lsp-explain-unknown = ninguna extensión ni ningún paquete de reglas cargado define la regla `{ $rule }`
lsp-locale-unsupported = Accord no habla el idioma del editor, `{ $tag }`; escribe en { $lang } (añada `--lang` a la orden del servidor para elegir otro)
