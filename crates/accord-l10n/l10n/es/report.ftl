# Las frases de los informes en español: texto, Markdown, HTML, JUnit y SARIF.
# Glosario: docs/l10n/glossary.md. **negrita** y `código` como en Markdown (sin HTML).

## Comunes a los formatos

report-unnamed = (carta sin nombre)
report-verdict = { $verdict ->
    [pass] conforme
    [fail] no conforme
    [invalid] no válida
   *[error] error
}
category-accountability = rendición de cuentas
category-collaboration = colaboración
category-exit = salida
category-humility = humildad
category-transparency = transparencia
category-waiver = dispensas
report-column = { $column ->
    [score] Puntuación
    [grade] Calificación
    [verdict] Veredicto
    [errors] Errores
    [warnings] Advertencias
    [partnership] Alianza
    [path] Ruta
    [charters] Cartas
    [share] Proporción
    [rule] Regla
    [kind] Tipo
    [where] Ubicación
    [example] Ejemplo
    [category] Categoría
    [rank] Puesto
    [unwaived] Hallazgos sin dispensa
   *[other] { $column }
}
report-colon = { $text }:
report-count-line = { $errors ->
    [one] { $errors } error
   *[other] { $errors } errores
}, { $warnings ->
    [one] { $warnings } advertencia
   *[other] { $warnings } advertencias
}, { $infos ->
    [one] { $infos } aviso informativo
   *[other] { $infos } avisos informativos
}
report-count-line-end = { $counts }.
report-count-line-waived = { $counts }; { $waived ->
    [one] { $waived } hallazgo con dispensa
   *[other] { $waived } hallazgos con dispensa
}.
report-severity-count = { $severity ->
    [error] { $count ->
        [one] { $count } error
       *[other] { $count } errores
    }
    [warning] { $count ->
        [one] { $count } advertencia
       *[other] { $count } advertencias
    }
   *[info] { $count ->
        [one] { $count } aviso informativo
       *[other] { $count } avisos informativos
    }
}
report-plugin-failed = la extensión { $plugin } falló: { $cause }
report-waiver-by-until = { $reason }, aprobada por { $by }, hasta el { DATE($until) }
report-waiver-by = { $reason }, aprobada por { $by }
report-waiver-until = { $reason }, hasta el { DATE($until) }
report-untranslated = { $count ->
    [one] la extensión { $plugins } no está traducida al español: sus reglas y mensajes están en inglés
   *[other] las extensiones { $plugins } no están traducidas al español: sus reglas y mensajes están en inglés
}
report-summary = Resumen
report-summary-counts = { $charters ->
    [one] { $charters } carta
   *[other] { $charters } cartas
}: { $pass ->
    [one] { $pass } conforme
   *[other] { $pass } conformes
}, { $fail ->
    [one] { $fail } no conforme
   *[other] { $fail } no conformes
}, { $invalid ->
    [one] { $invalid } no válida
   *[other] { $invalid } no válidas
}, { $error } con error
report-statistics = Estadísticas
report-most-failed = Reglas que más se incumplen, de { $audited ->
    [one] { $audited } carta auditada
   *[other] { $audited } cartas auditadas
} ({ $rules ->
    [one] { $rules } regla incumplida
   *[other] { $rules } reglas incumplidas
} al menos una vez)
report-recurring-errors = Errores de validación que se repiten, de { $invalid ->
    [one] { $invalid } carta no válida
   *[other] { $invalid } cartas no válidas
}
report-whole-file = (archivo)
report-findings = Hallazgos
report-line = línea { $line }
report-baseline = desde la auditoría de referencia (emparejada por { $matched_by ->
    [id] identificador
   *[path] ruta
}): { $change }; { $counts }{ $rules }
report-baseline-score = puntuación { $change }
report-baseline-no-score = sin puntuación que comparar
report-baseline-counts = { $new ->
    [one] { $new } nuevo
   *[other] { $new } nuevos
}, { $persisting ->
    [one] { $persisting } persistente
   *[other] { $persisting } persistentes
}, { $resolved ->
    [one] { $resolved } resuelto
   *[other] { $resolved } resueltos
}
report-baseline-absent = carta ausente de la auditoría de referencia: { $count ->
    [one] su hallazgo es nuevo
   *[other] sus { $count } hallazgos son nuevos
}

## El informe de texto (una terminal)

report-text-title = { $name }{ $id }: { $path }
report-text-headline = calificación { $grade }, puntuación { $score } / 100, veredicto: { $verdict }{ $reasons }
report-text-rule-counts = { $evaluated ->
    [one] { $evaluated } regla
   *[other] { $evaluated } reglas
}: { $passed ->
    [one] { $passed } cumplida
   *[other] { $passed } cumplidas
}, { $failed ->
    [one] { $failed } incumplida
   *[other] { $failed } incumplidas
}, { $not_applicable ->
    [one] { $not_applicable } no aplicable
   *[other] { $not_applicable } no aplicables
}, { $waived } con dispensa; { $findings }
report-text-invalid = veredicto: { $verdict } — la carta tiene { $count ->
    [one] { $count } error de estructura
   *[other] { $count } errores de estructura
} y no se auditó
report-text-run-validate = ejecute `accord validate { $path }` para ver el detalle de cada error
report-text-error = veredicto: { $verdict } — falló una extensión, así que la carta no tiene puntuación
report-text-run = perfil { $profile }, { $config }, fecha de auditoría { DATE($date) }, extensiones: { $plugins }
report-text-config = configuración { $config }
report-text-no-config = sin configuración
report-text-no-plugins = ninguna
report-text-packs = paquetes de reglas: { $packs }
report-text-category = { $category } (puntuación { $score })
report-text-waived = dispensa: { $note }
report-text-how-to-fix = cómo corregirlo: { $fix }
report-text-passing-example =
    un ejemplo conforme:
    { $example }
report-text-fix = { $fix } (`accord explain { $rule }`)
report-text-no-findings = ningún hallazgo: todas las reglas se cumplen o no se aplican
report-text-summary = Resumen: { $charters ->
    [one] { $charters } carta
   *[other] { $charters } cartas
} ({ $pass ->
    [one] { $pass } conforme
   *[other] { $pass } conformes
}, { $fail ->
    [one] { $fail } no conforme
   *[other] { $fail } no conformes
}, { $invalid ->
    [one] { $invalid } no válida
   *[other] { $invalid } no válidas
}, { $error } con error)
report-text-statistics-none = Estadísticas: ninguna regla incumplida { $audited ->
    [one] en { $audited } carta auditada
   *[other] en las { $audited } cartas auditadas
}
report-text-no-recurring-errors = Ningún error de validación se repite { $invalid ->
    [one] en { $invalid } carta no válida
   *[other] entre las { $invalid } cartas no válidas
}
report-text-where-example = UBICACIÓN  (EJEMPLO)
report-label = { $label ->
    [error] error
    [warning] advertencia
    [info] aviso informativo
    [note] nota
   *[help] ayuda
}
report-footer-label = { $label ->
    [note] nota
   *[help] ayuda
}
report-in-file = en { $path }

## El informe Markdown

report-markdown-run = Auditoría del { DATE($date) } con el perfil { $profile } · **veredicto: { $verdict }**{ $reasons }
report-markdown-invalid = La carta **no es válida** y no se auditó:
report-markdown-error = La auditoría no pudo completarse: falló una extensión. No se dan puntuaciones.
report-markdown-headline = **Calificación { $grade }**, puntuación global **{ $score }** / 100. { $findings }
report-markdown-no-findings = Ningún hallazgo.
report-markdown-finding = **{ $severity }** { $rule } (línea { $line }, { $path }): { $message }
report-markdown-waived = *Dispensa*: { $note }
report-markdown-how-to-fix = Cómo corregirlo: { $fix }
report-markdown-passing-example = Un ejemplo conforme:
report-markdown-fix = Corrección: { $fix }
report-markdown-summary-line = **Resumen:** { $charters ->
    [one] { $charters } carta
   *[other] { $charters } cartas
} ({ $pass ->
    [one] { $pass } conforme
   *[other] { $pass } conformes
}, { $fail ->
    [one] { $fail } no conforme
   *[other] { $fail } no conformes
}, { $invalid ->
    [one] { $invalid } no válida
   *[other] { $invalid } no válidas
}, { $error } con error).
report-markdown-statistics-none = Ninguna regla incumplida { $audited ->
    [one] en { $audited } carta auditada
   *[other] en las { $audited } cartas auditadas
}.
report-markdown-no-recurring-errors = Ningún error de validación se repite { $invalid ->
    [one] en { $invalid } carta no válida
   *[other] entre las { $invalid } cartas no válidas
}.

## El informe HTML

report-html-title-one = Auditoría de la alianza: { $name }
report-html-title-batch = Auditoría de alianzas: { $charters ->
    [one] { $charters } carta
   *[other] { $charters } cartas
}
report-html-heading = Informe de auditoría de la alianza
report-html-run = Auditoría realizada el { DATE($date) } por Accord { $version } con el perfil **{ $profile }**.
report-html-run-config = Auditoría realizada el { DATE($date) } por Accord { $version } con el perfil **{ $profile }** y la configuración `{ $config }`.
report-html-run-plugins = Extensiones: { $plugins }.
report-html-run-packs = Paquetes de reglas: { $packs }.
report-html-run-report-only = Las dispensas están en modo **report-only**: un hallazgo con dispensa sigue contando como incumplido.
report-html-summary-counts = { $charters ->
    [one] { $charters } carta
   *[other] { $charters } cartas
}: **{ $pass }** { $pass ->
    [one] conforme
   *[other] conformes
}, **{ $fail }** { $fail ->
    [one] no conforme
   *[other] no conformes
}, **{ $invalid }** { $invalid ->
    [one] no válida
   *[other] no válidas
}, **{ $error }** con error.
report-html-ranking = Cartas ordenadas por puntuación global (las no válidas y las que tienen errores, al final)
report-html-statistics-none = Ninguna regla incumplida { $audited ->
    [one] en { $audited } carta auditada
   *[other] en las { $audited } cartas auditadas
}.
report-html-no-recurring-errors = Ningún error de validación se repite { $invalid ->
    [one] en { $invalid } carta no válida
   *[other] entre las { $invalid } cartas no válidas
}.
report-html-footer = Calificaciones: A desde 90, B desde 80, C desde 70, D desde 60, F por debajo de 60. La puntuación pondera cada regla aplicable según su gravedad (error 5, advertencia 2, aviso informativo 0); una regla se cumple cuando no tiene ningún hallazgo sin dispensa. Ejecute `accord explain REGLA` para saber por qué importa una regla y cómo cumplirla.
report-html-id = identificador
report-html-back = volver al resumen
report-headline = { $grade ->
    [none] **Sin calificación**
   *[other] **Calificación { $grade }**
}, puntuación global **{ $score }** / 100
report-html-invalid-headline = **Sin auditar**: la carta no es válida, así que no tiene puntuación
report-html-error-headline = **Sin puntuación**: una extensión falló en esta carta
report-html-verdict = Veredicto: { $verdict }
report-html-why = **Por qué:** { $reasons }.
report-html-rule-counts = { $evaluated ->
    [one] { $evaluated } regla
   *[other] { $evaluated } reglas
}: { $passed ->
    [one] { $passed } cumplida
   *[other] { $passed } cumplidas
}, { $failed ->
    [one] { $failed } incumplida
   *[other] { $failed } incumplidas
}, { $not_applicable ->
    [one] { $not_applicable } no aplicable
   *[other] { $not_applicable } no aplicables
}, { $waived } con dispensa. Hallazgos: { $findings }
report-html-score-by-category = Puntuación por categoría
report-html-none = ninguno
report-html-not-applicable = No se aplican a esta carta: { $rules }.
report-html-plugin-failures = Fallos de extensiones
report-html-validation-errors = Errores de validación
report-html-validate-again = Ejecute `accord validate { $path }` para volver a revisar la carta después de corregir estos errores.
report-html-no-findings = Ningún hallazgo: todas las reglas se cumplen o no se aplican.
report-html-help = Ayuda:
report-html-category-score = puntuación { $score }
report-html-finding-count = { $count ->
    [one] { $count } hallazgo
   *[other] { $count } hallazgos
}
report-html-new = nuevo
report-html-persisting = persistente
report-html-waived = Dispensa:
report-html-still-counted = (modo report-only: sigue contando como incumplido)
report-html-how-to-fix = Cómo corregirlo:
report-html-passing-example = Un ejemplo conforme:
report-html-fix = Corrección:
report-html-line-column = Línea { $line }, columna { $column }
report-html-line = Línea { $line }
report-html-line-label = línea { $line }

## JUnit (para la integración continua)

report-junit-finding = { $severity } { $rule } { $line }:{ $column }: { $message }
report-junit-waived = { $finding } (dispensa, modo report-only: { $reason })
report-junit-score = calificación { $grade }, puntuación { $score }
report-junit-no-score = sin puntuación
report-junit-pass = { $name }: veredicto conforme, { $score }
report-junit-fail = { $name }: veredicto no conforme, { $score }; { $why }
report-junit-failed-rules = { $rules ->
    [one] { $rules } regla incumplida
   *[other] { $rules } reglas incumplidas
}, con { $findings ->
    [one] { $findings } hallazgo
   *[other] { $findings } hallazgos
}: { $errors ->
    [one] { $errors } error
   *[other] { $errors } errores
}, { $warnings ->
    [one] { $warnings } advertencia
   *[other] { $warnings } advertencias
}, { $infos ->
    [one] { $infos } aviso informativo
   *[other] { $infos } avisos informativos
}
report-junit-invalid = { $name }: carta no válida, sin auditar: { $count ->
    [one] { $count } error de estructura
   *[other] { $count } errores de estructura
}
report-junit-error = { $name }: sin puntuación, falló una extensión: { $plugins }

## SARIF (para el análisis de código)

report-sarif-plugin-failed = La extensión `{ $plugin }` falló en esta carta: { $cause }
report-sarif-how-to-fix = **Cómo corregirlo:** { $fix }
report-sarif-why = **Por qué:** { $why }
