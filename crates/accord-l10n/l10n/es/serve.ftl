# `accord serve` en español: la página de autoevaluación, su script y los errores de la API.
# Glosario: docs/l10n/glossary.md.

## La página, antes de que se ejecute el script

serve-page-title = Autoevaluación con Accord
serve-page-intro = Pegue la carta de su alianza o abra su archivo: la auditoría aparece al lado a medida que escribe, con la calificación, la puntuación de cada categoría y cada hallazgo, con su línea y cómo corregirlo.
serve-page-private = No se guarda nada: su texto solo se usa para responder a cada solicitud.
serve-page-language = Idioma
serve-page-language-apply = Cambiar de idioma
serve-page-profile = Perfil
serve-page-open-file = Abrir un archivo
serve-page-starter = Partir de la plantilla
serve-page-editor-label = Carta (TOML o JSON)
serve-page-editor-hint = Seleccione un hallazgo para ir a su línea.
serve-page-audit = Auditar
serve-page-download = Descargar el informe
serve-page-report = Auditoría
serve-page-empty = Pegue una carta, abra un archivo .toml o .json, o parta de la plantilla.
serve-page-no-script = Sin JavaScript, pulse «{ $audit }» para ver el informe.

## Lo que escribe el script

serve-script-auditing = Auditando…
serve-script-cursor = Línea { $line }, columna { $column }
serve-script-summary = { $grade } · { $score } · { $verdict }
serve-script-grade = Calificación { $grade }
serve-script-no-grade = Sin calificación
serve-script-score = Puntuación: { $score } de 100
serve-script-verdict-pass = Conforme
serve-script-verdict-fail = No conforme
serve-script-rules-passed = { $count ->
    [one] { $count } regla cumplida de { $evaluated }
   *[other] { $count } reglas cumplidas de { $evaluated }
}
serve-script-errors = { $count ->
    [one] { $count } error
   *[other] { $count } errores
}
serve-script-warnings = { $count ->
    [one] { $count } advertencia
   *[other] { $count } advertencias
}
serve-script-infos = { $count ->
    [one] { $count } aviso informativo
   *[other] { $count } avisos informativos
}
serve-script-counts = { $rules }; { $errors }, { $warnings }, { $infos }.
serve-script-categories = Puntuación por categoría
serve-script-category = Categoría
serve-script-category-score = Puntuación
serve-script-findings = Hallazgos ({ $count })
serve-script-no-findings = Ningún hallazgo: se cumplen todas las reglas.
serve-script-error = Error
serve-script-warning = Advertencia
serve-script-info = Aviso informativo
serve-script-line = línea { $line }
serve-script-fix = Cómo corregirlo:
serve-script-waived = Dispensa: { $reason }
serve-script-invalid = { $count ->
    [one] Esta carta aún no es válida: { $count } error por corregir antes de poder auditarla.
   *[other] Esta carta aún no es válida: { $count } errores por corregir antes de poder auditarla.
}
serve-script-help = Ayuda:
serve-script-plugin-failed = Una extensión falló con esta carta, por lo que no tiene puntuación: { $plugin }: { $cause }
serve-script-request-failed = El servidor no pudo auditar este texto: { $detail }
serve-script-no-answer = El servidor no respondió. ¿Sigue en ejecución `accord serve`?
serve-script-replace = ¿Reemplazar el texto del editor por la plantilla?
serve-script-opened = Archivo { $name } abierto.

## Errores de la API (RFC 9457): títulos de los códigos HTTP, luego el detalle y la ayuda

serve-problem-title = { $status ->
    [400] Solicitud incorrecta
    [403] Acceso prohibido
    [404] No encontrado
    [405] Método no permitido
    [406] Formato no aceptable
    [408] Tiempo de espera agotado
    [413] Contenido demasiado grande
    [415] Tipo de medio no admitido
    [500] Error interno del servidor
    [503] Servicio no disponible
   *[other] Error
}
serve-problem-not-acceptable = el encabezado `Accept` no pide ningún formato que esta ruta pueda dar
serve-problem-not-acceptable-help = acepte uno de estos formatos: { $types }
serve-problem-content-type = el `Content-Type` del cuerpo de la solicitud es `{ $media }`, que no es un formato de carta
serve-problem-no-content-type = el cuerpo de la solicitud no tiene `Content-Type`, así que su formato es desconocido
serve-problem-content-type-help = envíe la carta como `application/toml` o `application/json`
serve-problem-query-malformed = la cadena de consulta está mal formada: { $error }
serve-problem-query-unknown = no existe el parámetro de consulta `{ $name }`
serve-problem-query-none-help = esta ruta no admite parámetros de consulta
serve-problem-query-help = esta ruta admite { $names }
serve-problem-query-twice = el parámetro de consulta `{ $name }` aparece dos veces
serve-problem-date = `{ $text }` no es una fecha como 2026-01-31
serve-problem-date-help = indique `today` en formato AAAA-MM-DD, u omítalo para usar la fecha de hoy
serve-problem-filename = el nombre de archivo debe tener de 1 a { $max } caracteres, sin caracteres de control
serve-problem-lang = Accord no habla el idioma `{ $tag }`
serve-problem-lang-help = pida { $tags }, u omita `lang` para seguir `Accept-Language`
serve-problem-profile = no existe el perfil `{ $name }` en este servidor
serve-problem-profile-help = este servidor audita con { $names }
serve-problem-not-found = no hay nada en `{ $path }`
serve-problem-not-found-help = la página está en `/`; `/v1/openapi.json` describe la API
serve-problem-method = `{ $path }` no responde a { $method }
serve-problem-method-help = esta ruta responde a { $methods }
serve-problem-rule = no existe la regla `{ $id }` en las extensiones ni en los paquetes de reglas de este perfil
serve-problem-rule-closest = ¿quiso decir `{ $closest }`?
serve-problem-rule-help = `GET /v1/rules` lista todas las reglas
serve-problem-schema = no existe el esquema `{ $name }`
serve-problem-schema-help = los esquemas son { $names }
serve-problem-page = no se pudo generar la página: { $error }
serve-problem-download = no existe el formato de descarga `{ $name }`
serve-problem-download-help = descargue en `html`, `markdown` o `json`
serve-problem-form-malformed = el formulario está mal formado: { $error }
serve-problem-form-type = el `Content-Type` del formulario es `{ $media }`, que no es un formulario
serve-problem-form-type-help = envíe el formulario de la página como `multipart/form-data` o `application/x-www-form-urlencoded`
serve-problem-form-field = el formulario no tiene el campo `{ $name }`
serve-problem-form-field-help = los campos del formulario son `charter`, `file`, `profile`, `lang` y `download`
serve-problem-internal = accord encontró un error interno en esta solicitud: es un fallo de accord
serve-problem-internal-help = por favor, infórmelo junto con la solicitud que lo provocó; el servidor sigue funcionando
serve-problem-busy = { $slots ->
    [one] el servidor está ocupado: su único espacio de auditoría siguió ocupado durante { $seconds } { $seconds ->
        [one] segundo
       *[other] segundos
    }
   *[other] el servidor está ocupado: sus { $slots } espacios de auditoría siguieron ocupados durante { $seconds } { $seconds ->
        [one] segundo
       *[other] segundos
    }
}
serve-problem-busy-help = inténtelo de nuevo en un momento
serve-problem-too-slow = la auditoría superó la duración máxima fijada por el servidor: { $seconds } { $seconds ->
    [one] segundo
   *[other] segundos
}
serve-problem-too-slow-help = puede que una extensión sea lenta o se haya bloqueado con esta carta; inténtelo de nuevo, o pida al administrador del servidor que lo ejecute con `--isolate` y un `--plugin-timeout`
serve-problem-body = no se pudo leer el cuerpo de la solicitud: { $error }
serve-problem-body-late = el cuerpo de la solicitud no llegó a tiempo
serve-problem-too-large = el archivo tiene { $size } bytes, por encima del límite de { $limit } bytes
serve-problem-too-large-streamed = la carta supera el límite de { $limit } bytes
serve-problem-too-large-help = una carta suele ocupar unos pocos kilobytes; si esta es realmente más grande, el administrador del servidor puede aumentar el límite con `--max-file-size`
serve-problem-host = este servidor escucha en una dirección de bucle invertido (loopback) y solo responde a solicitudes dirigidas a localhost, pero esta solicitud está dirigida a `{ $host }`
serve-problem-host-help = abra la dirección que mostró `accord serve`; detrás de un proxy inverso, haga que el proxy envíe un `Host` de bucle invertido (como `localhost`), o elija la dirección con `--listen`
serve-problem-no-host = la solicitud no indica ningún host (no tiene encabezado `Host`)
