# Las frases del motor en español: errores de validación y de lectura, motivos del veredicto,
# fallos y rechazos de extensiones, errores de configuración. Glosario: docs/l10n/glossary.md.

## Piezas comunes

help-in-parentheses = { " " }(ayuda: { $help })
file-invalid = { $kind ->
    [pack] el paquete de reglas `{ $file }` no es válido
    [profile] el perfil `{ $file }` no es válido
    [config] la configuración `{ $file }` no es válida
   *[charter] la carta `{ $file }` no es válida
}

## Etiquetas de errores y advertencias en la línea de comandos

label = { $label ->
    [error] error
    [warning] advertencia
    [help] ayuda
   *[cause] causa
}
labelled = { $label }: { $text }

## Validación de una carta (o de un paquete de reglas, un perfil, una configuración)

check-document = { $kind ->
    [charter] la carta
    [pack] el paquete de reglas
    [profile] el perfil
    [config] la configuración
   *[other] el documento
}
check-did-you-mean = ¿quiso decir `{ $suggestion }`?
check-remove-it = elimine esta clave
check-remove-or-use = elimine esta clave o use una de estas: { $keys }
check-unknown-key-top = clave desconocida `{ $key }` en el nivel superior
check-unknown-key-in = clave desconocida `{ $key }` en `{ $table }`
check-required-top = falta la clave obligatoria `{ $key }` en { $kind ->
    [pack] el paquete de reglas
    [profile] el perfil
    [config] la configuración
    [other] el documento
   *[charter] la carta
}
check-required-in = falta la clave obligatoria `{ $key }` en `{ $table }`
check-add-key-described = añada `{ $key }`: { $description }
check-add-key = añada `{ $key }`
check-type = { $json ->
    [string] un texto
    [integer] un número entero
    [number] un número
    [boolean] true o false
    [array] una lista
    [object] una tabla
    [null] null
   *[other] otro tipo
}
check-type-either = { $first } o { $second }
check-write-date = indique una fecha como 2011-06-30
check-write-type = indique aquí { $expected }
check-must-be = { $subject } debe ser { $expected }; se encontró { $found }
check-use-one-of = use uno de estos valores: { $values }
check-must-be-one-of = { $subject } debe ser uno de estos valores: { $values }; se encontró { $found }
check-must-be-a-code = { $subject } debe ser { $code ->
    [country] un código de país ISO 3166-1 alfa-2 asignado oficialmente
    [currency] un código de moneda ISO 4217 vigente
   *[other] uno de los valores permitidos
}; se encontró { $found }
check-codes-are-upper-case = los códigos se escriben en mayúsculas: escriba `{ $code }`
check-use-a-code = use { $code ->
    [country] un código de país ISO 3166-1 alfa-2 asignado oficialmente, por ejemplo `HT` para Haití
    [currency] un código de moneda ISO 4217 vigente, por ejemplo `USD` o `PEN`
   *[other] uno de los valores permitidos, por ejemplo un valor del esquema
}
check-charter-version = esta versión de Accord lee la versión 1 del formato de carta
check-write = escriba { $value }
check-date-without-time = use una fecha como 2011-06-30, sin hora
check-date-not-time = use una fecha como 2011-06-30, no una hora
check-date-not-in-calendar = este día no existe en el calendario: revise el mes y el día
check-date-shape = escriba la fecha como AAAA-MM-DD, por ejemplo 2011-06-30
check-format-date = una fecha válida (AAAA-MM-DD)
check-format-uri = una dirección web completa (URI)
check-write-uri = indique una dirección como https://example.org/budget
check-write-valid = indique un valor válido con el formato { $format }
check-at-least = { $subject } debe ser al menos { $limit }; se encontró { $found }
check-write-at-least = indique un número igual o mayor que { $limit }
check-at-most = { $subject } debe ser como máximo { $limit }; se encontró { $found }
check-shares-are-fractions = las proporciones son fracciones entre 0 y 1: escriba 0.25 para el 25 %
check-write-exact-integer = indique un número entero de como máximo { $limit } (2^53 - 1), el mayor que cualquier lector de JSON conserva con exactitud
check-write-at-most = indique un número igual o menor que { $limit }
check-more-than = { $subject } debe ser mayor que { $limit }; se encontró { $found }
check-write-above = indique un número mayor que { $limit }
check-less-than = { $subject } debe ser menor que { $limit }; se encontró { $found }
check-write-below = indique un número menor que { $limit }
check-min-items = `{ $list }` debe tener al menos { $limit } { $limit ->
    [one] entrada
   *[other] entradas
}; se encontró { $found }
check-add-entries = añada las entradas que faltan
check-max-items = { $subject } puede tener como máximo { $limit } { $limit ->
    [one] entrada
   *[other] entradas
}; se encontró { $found }
check-remove-entries = elimine entradas
check-min-length = { $subject } debe tener al menos { $limit } { $limit ->
    [one] carácter
   *[other] caracteres
}; se encontró { $found }
check-say-more = dé más detalles: el lector necesita el motivo, no un texto provisional
check-max-length = { $subject } debe tener como máximo { $limit } { $limit ->
    [one] carácter
   *[other] caracteres
}
check-shorten = acorte el texto
check-not-valid = { $subject } no es válido: { $reason }
check-see-schema = `accord schema charter` muestra lo que se admite aquí
check-found-blank = el texto vacío { $text }
check-found-empty-list = una lista vacía
check-found-list = una lista de { $count } { $count ->
    [one] entrada
   *[other] entradas
}
check-found-table = una tabla
check-not-blank = { $subject } no debe estar vacío
check-write-or-remove = escriba el texto o elimine la clave si no hay nada que decir
check-slug = { $subject } debe ser un identificador corto (letras minúsculas, dígitos y guiones); se encontró { $found }
check-write-slug = indique un identificador como `konbit-dlo`
check-rule-id = { $subject } debe ser un identificador de regla; se encontró { $found }
check-write-rule-id = indique un identificador de regla como `transparency.budget-published` (`accord rules` las enumera)
check-language-tag = { $subject } debe ser una etiqueta de idioma BCP 47; se encontró { $found }
check-write-language-tag = indique una etiqueta como `ht`, `fr` o `es-PE`
check-pattern = { $subject } no tiene la forma esperada; se encontró { $found }
check-match-pattern = siga el patrón { $pattern }

## Validación: las comprobaciones propias de la lectura de una carta

check-end-before-start = la fecha de fin de la alianza ({ DATE($end) }) no es posterior a su fecha de inicio ({ DATE($start) })
check-end-before-start-help = `partnership.end` debe ser posterior a `partnership.start`: revise ambas fechas
check-community-seats = la comunidad tiene { $community } { $community ->
    [one] asiento
   *[other] asientos
} en el órgano de gobierno, más que el total de { $total } { $total ->
    [one] asiento
   *[other] asientos
}
check-community-seats-help = `governance.community_seats` cuenta los asientos que ocupan personas de la comunidad a la que se sirve, por lo que no puede superar `governance.total_seats`: revise ambos números
check-duplicate-id = el identificador { $what ->
    [partner] de socio
    [goal] de objetivo
   *[benchmark] de hito
} `{ $id }` se usa dos veces (la primera, en `{ $first }`)
check-duplicate-id-help = dé a cada { $what ->
    [partner] socio
    [goal] objetivo
   *[benchmark] hito
} su propio identificador
check-duplicate-benchmark-help = los identificadores de hitos deben ser únicos en toda la carta: `exit.criteria` hace referencia a ellos
check-reference = `{ $at }` hace referencia { $what ->
    [partner] al socio
   *[benchmark] al hito
} `{ $id }`, que la carta no define
check-reference-add = añada primero { $what ->
    [partner] el socio
   *[benchmark] el hito
} a `{ $list }`
check-reference-use = use el identificador de una entrada de `{ $list }`: { $ids }
check-and-more = { $ids } y { $more } más

## Lectura de un archivo

load-unreadable = no se pudo leer `{ $path }`: { $cause }
load-check-path = revise la ruta y que el archivo se pueda leer
load-cause-not-found = no existe
load-cause-permission = se denegó el permiso
load-cause-directory = es un directorio
load-unreadable-directory-help = haga legible el directorio (o déjelo fuera); el resto del lote se revisó igualmente
load-unsupported-extension = `{ $path }` no es un archivo `.toml` ni `.json`, así que no se puede leer como una carta
load-unsupported-extension-help = escriba la carta en TOML (`.toml`) o en JSON (`.json`) y nombre el archivo en consecuencia
load-not-utf8 = el archivo no está en UTF-8 válido: el byte { $byte } en la posición { $offset } no forma parte de ningún carácter UTF-8
load-not-utf8-help = guarde el archivo en UTF-8 (la mayoría de los editores lo ofrecen en «Guardar con codificación»)
load-too-large = el archivo ocupa { $size } bytes, más que el límite de { $limit } bytes
load-too-large-read = la entrada supera los { $limit } bytes del límite
load-too-large-help = una carta suele ocupar unos pocos kilobytes; si esta es realmente más grande, aumente el límite con `--max-file-size BYTES`
load-too-deep = hay valores anidados en más de { $depth } niveles
load-list-too-long = una lista tiene más de { $limit } entradas, el límite
load-text-too-long = un texto tiene { $chars } caracteres, más que el límite de { $limit }
load-key-too-long = una clave tiene { $chars } caracteres, más que el límite de { $limit }
load-shorten-key = una carta nunca necesita tanto: acorte la clave marcada
load-split-value = una carta nunca necesita tanto: divida o acorte el valor marcado
load-flatten-value = una carta nunca necesita tantos niveles: simplifique el valor marcado
load-shorten-text = acorte el texto marcado
load-shorten-marked-key = acorte la clave marcada
load-shorten-list = una carta nunca necesita tantas entradas: acorte la lista marcada
load-toml-syntax = esto no es TOML válido: { $detail }
load-toml-syntax-help = corrija la sintaxis TOML en el lugar marcado (https://toml.io describe el formato)
load-integer-too-large = `{ $written }` es demasiado grande para un entero TOML, que admite como máximo { $max }
load-integer-too-small = `{ $written }` es demasiado pequeño para un entero TOML, que admite como mínimo { $min }
load-integer-invalid = `{ $written }` no es un entero TOML válido
load-integer-help = indique un número entero como 42, de { $min } a { $max } (los enteros TOML son de 64 bits)
load-not-finite = `{ $written }` no es un número finito: una carta no puede contener infinitos ni NaN
load-not-finite-help = indique un número finito como 0.25
load-json-syntax = esto no es JSON válido: { $detail }
load-json-syntax-help = corrija la sintaxis JSON en el lugar marcado (no se admiten comentarios ni comas finales)
load-json-text-after-end = texto inesperado después del final del valor JSON
load-json-ends-early = el texto termina donde se esperaba { $expected ->
    [key] una clave entre comillas dobles
    [colon] `:` después de la clave
    [comma-or-brace] `,` o `{ "}" }`
    [comma-or-bracket] `,` o `]`
    [fraction-digit] un dígito después del punto decimal
    [exponent-digit] un dígito en el exponente
   *[value] un valor
}
load-json-unexpected = se encontró `{ $found }` donde se esperaba { $expected ->
    [key] una clave entre comillas dobles
    [colon] `:` después de la clave
    [comma-or-brace] `,` o `{ "}" }`
    [comma-or-bracket] `,` o `]`
    [fraction-digit] un dígito después del punto decimal
    [exponent-digit] un dígito en el exponente
   *[value] un valor
}
load-json-duplicate-key = la clave `{ $key }` aparece dos veces en el mismo objeto (la primera, en la línea { $line })
load-json-duplicate-key-help = conserve una de las dos entradas: los lectores de JSON no coinciden en cuál prevalece
load-json-number-digits = un número debe tener dígitos y ningún cero inicial
load-json-number-too-large = `{ $written }` es demasiado grande para ser un número finito
load-json-number-too-large-help = indique un número dentro del rango de un flotante de 64 bits
load-json-unclosed-text = un texto no está cerrado con `"`
load-json-unknown-escape = una secuencia de escape desconocida
load-json-control-character = un carácter de control dentro de un texto (escríbalo como secuencia de escape, por ejemplo \n)
load-json-lone-surrogate = un sustituto UTF-16 aislado en un escape `\u`
load-json-four-hex-digits = `\u` debe ir seguido de cuatro dígitos hexadecimales

## Los archivos que lee un lote

skipped-cause = { $cause ->
    [symlinks] { $count ->
        [one] { $count } enlace simbólico
       *[other] { $count } enlaces simbólicos
    }
    [hidden] { $count ->
        [one] { $count } oculto
       *[other] { $count } ocultos
    }
    [special] { $count ->
        [one] { $count } archivo especial
       *[other] { $count } archivos especiales
    }
   *[config] { $count ->
        [one] { $count } accord.toml
       *[other] { $count } archivos accord.toml
    }
}
skipped = { $count ->
    [one] { $count } archivo omitido
   *[other] { $count } archivos omitidos
}: { $causes }
skipped-with-symlinks = { $count ->
    [one] { $count } archivo omitido
   *[other] { $count } archivos omitidos
}: { $causes }; use --follow-symlinks para incluir los enlaces simbólicos
inputs-list-on-stdin = la entrada estándar parece una lista de archivos, uno por línea: para revisar esos archivos, indique `--files-from -` en lugar de `-`
inputs-link-loop = el enlace apunta a `{ $ancestor }`, un directorio que lo contiene, así que seguirlo no terminaría nunca
inputs-dangling-link = es un enlace simbólico a un archivo que no existe
inputs-link-loop-help = elimine el enlace o audite sin `--follow-symlinks`; el resto del lote se revisó igualmente
inputs-dangling-link-help = haga que el enlace apunte a la carta que representa, o elimínelo; el resto del lote se revisó igualmente
inputs-directory-denied = se denegó el permiso, así que no se revisaron las cartas que contiene

## Por qué una carta no es conforme (los motivos del veredicto)

verdict-unwaived-errors = { $count ->
    [one] { $count } error sin dispensa
   *[other] { $count } errores sin dispensa
}
verdict-under-fail-under = la puntuación { $score } es inferior al umbral fail_under de { $fail_under }
verdict-denied-warnings = no se admiten advertencias y { $count ->
    [one] queda { $count } advertencia sin dispensa
   *[other] quedan { $count } advertencias sin dispensa
}
verdict-invalid = la carta no es válida: { $count ->
    [one] { $count } error de estructura
   *[other] { $count } errores de estructura
}
verdict-plugin-failed = la extensión `{ $plugin }` falló: { $cause }

## Por qué falló una extensión en una carta (el sujeto es la extensión)

failure-status = informó de un error (estado { $status }): { $message }
failure-panicked = se detuvo de forma abrupta (panic): { $message }
failure-output-too-large = su salida de { $len } bytes supera el límite de { $limit } bytes
failure-output-not-json = su salida no es JSON válido ({ $reason })
failure-output-schema = su salida no se ajusta a schemas/plugin-output.schema.json: { $problem }
failure-output-malformed = su salida está mal formada: { $reason }
failure-undeclared-rule = informó de una regla que no declara: { $reason }
failure-timed-out = no respondió en { $seconds } s (tiempo agotado; el proceso aislado se detuvo y se reemplazó)
failure-worker-died = su proceso aislado { $what }: { $exit }
failure-worker = su proceso aislado { $problem }
failure-stopped-before-request = se detuvo antes de recibir la solicitud
failure-answered-out-of-turn = dio una respuesta inesperada ({ $answer })
failure-stopped-without-answering = se detuvo sin responder
failure-stopped-before-start = no pudo recibir qué extensiones cargar
failure-refused-to-start = no pudo iniciarse: { $problem }
failure-started-wrongly = no se inició correctamente (respondió { $answer })
failure-slow-start = no terminó de cargar las extensiones en { $seconds } s
failure-ended-while-starting = no pudo iniciarse (vea sus mensajes más arriba)
failure-broke-while-starting = no pudo iniciarse: { $what }
failure-answered-garbage = respondió con un mensaje ilegible ({ $error })
failure-unreadable-answer = dio una respuesta que no se pudo leer ({ $error })
isolated-request = no se pudo describir a un proceso aislado ({ $error })
isolated-no-worker = { $failure } (no se ejecutó ninguna extensión)
isolated-stopped-before-told = su proceso aislado se detuvo antes de saber qué cargar y { $exit }
isolated-answered-out-of-turn = su proceso aislado dio una respuesta inesperada ({ $answer }) y { $exit }
isolated-timed-out = no terminó de cargarse en { $seconds } s (`--plugin-timeout`), así que su proceso aislado se detuvo
isolated-ended = su proceso aislado { $exit } antes de responder
isolated-broke = su proceso aislado { $what } y { $exit }
failure-exit-signal = fue detenido por la señal { $signal }{ $name ->
    [SIGABRT] { " " }(SIGABRT: la extensión abortó)
    [SIGSEGV] { " " }(SIGSEGV: la extensión se bloqueó)
    [other] {""}
   *[any] { " " }({ $name })
}
failure-exit-code = terminó con el estado { $code }
failure-exit-unknown = terminó

## Paquetes de reglas, perfiles y configuraciones rechazados

pack-rule-twice = regla `{ $rule }`: el identificador está definido dos veces en este paquete
pack-assert-invalid = regla `{ $rule }`: su `assert` no es un JSON Schema válido: { $reason }

## Perfiles que no se corresponden con lo que nombran

profile-problem = el perfil `{ $profile }` { $problem }
profile-options-not-loaded = define opciones para `{ $plugin }`, que no es una extensión cargada
profile-options-not-loaded-help = elimine la tabla `[options]` o cargue la extensión
profile-no-options = no declara ninguna opción
profile-options-are = sus opciones son { $options }
profile-option-suggest = ¿quiso decir `{ $suggestion }`? { $options } (`accord explain` sobre las reglas de la extensión las describe)
profile-option-listed = { $options } (`accord explain` sobre las reglas de la extensión las describe)
profile-unknown-option = define la opción `{ $option }` para la extensión `{ $plugin }`, que no la tiene
profile-invalid-options = define opciones no válidas para la extensión `{ $plugin }`: { $reason }
profile-unknown-rule = nombra la regla `{ $rule }`, que no define ninguna extensión ni ningún paquete de reglas cargado (las reglas integradas no se pueden cambiar)
profile-unknown-rule-help = `accord rules` enumera las reglas de las extensiones cargadas
profile-unknown = no existe ningún perfil integrado `{ $name }`
profile-unknown-help = los perfiles integrados son: { $known }
setup-unknown-pack-profile = el perfil `{ $profile }` nombra el paquete de reglas `{ $pack }`, que no está integrado
setup-unknown-pack-config = la configuración `{ $config }` nombra el paquete de reglas `{ $pack }`, que no está integrado
setup-unknown-pack-help = paquetes integrados: { $known }; un archivo de paquete se indica con una ruta como `./{ $pack }.toml`
catalogue-duplicate-rule = la regla `{ $rule }` está definida dos veces: por { $first } y por { $second }
catalogue-duplicate-rule-help = los identificadores de reglas deben ser únicos entre todas las extensiones y paquetes; cambie el nombre de una de las dos
origin-plugin = la extensión `{ $name }`
origin-pack-file = el paquete de reglas `{ $name }` ({ $file })
origin-pack-built-in = el paquete de reglas `{ $name }` (integrado)
origin-host = accord (regla integrada)
baseline-unusable = la auditoría de referencia `{ $path }` no se puede usar: { $cause }
baseline-unusable-help = indique la salida JSON Lines de un `accord audit --format json` anterior
baseline-not-json = la línea { $line } no es JSON ({ $error })
baseline-no-reports = no contiene ningún informe

## Extensiones que no se pueden cargar

plugin-not-found = no se encontró la extensión `{ $name }`
plugin-not-found-help = se buscó `{ $file }` en: { $searched }; { $fix }
plugin-no-directories = (ningún directorio)
plugin-not-found-built-in = las extensiones integradas están junto al ejecutable de accord: reinstale el paquete de instalación (o, en una copia del código fuente, ejecute `cargo build --workspace`), o use `--plugin-dir DIR`
plugin-not-found-other = use `--plugin-dir DIR` con el directorio que la contiene, nombre el archivo con `--plugin FILE` o defina ACCORD_PLUGIN_PATH
plugin-read = no se pudo leer el archivo de extensión `{ $path }`: { $cause }
plugin-changed = el archivo de extensión `{ $path }` cambió durante la ejecución: accord verificó el sha256 { $verified } y luego un proceso aislado leyó { $found }
plugin-changed-help = algo reescribió el archivo mientras accord se ejecutaba; averigüe qué fue y vuelva a ejecutarlo
plugin-open = no se pudo cargar `{ $path }` como biblioteca: { $cause }
plugin-open-help = ¿es una biblioteca compartida compilada para esta plataforma?
plugin-missing-symbol = `{ $path }` no es una extensión de Accord: no exporta `accord_plugin_entry` ({ $cause })
plugin-missing-symbol-help = una extensión exporta esa función; en Rust, llame a `accord_plugin::export_plugin!(YourPlugin);`
plugin-abi-version = `{ $path }` usa la versión { $found } de la ABI de extensiones, pero este accord admite la versión { $supported }
plugin-abi-version-help = vuelva a compilar la extensión con un SDK accord-plugin para la versión { $supported } de la ABI
plugin-short-struct = `{ $path }` declara una tabla de extensión de { $found } bytes, más corta que los { $needed } bytes de la versión 1 de la ABI
plugin-short-struct-help = vuelva a compilar la extensión con el archivo `accord_plugin.h` actual
plugin-null-entry = `{ $path }` devolvió una tabla de extensión NULL desde `accord_plugin_entry`
plugin-null-function = `{ $path }` tiene una función `{ $function }` NULL en su tabla de extensión
plugin-null-function-help = las tres funciones (manifest, check, free_buf) son obligatorias
plugin-manifest = el manifiesto de `{ $path }` no es válido: { $cause }
plugin-manifest-help = el manifiesto debe ajustarse a schemas/plugin-manifest.schema.json (`accord schema plugin-manifest`)
plugin-duplicate-name = la extensión `{ $name }` está definida dos veces: por `{ $first }` y por `{ $second }`
plugin-duplicate-name-help = quite uno de los dos archivos de los directorios de extensiones o nombre solo uno con `--plugin`
plugin-pin-mismatch = la extensión `{ $path }` no coincide con su huella fijada para `{ $name }` en { $config }: su sha256 es { $found } y la huella indica { $expected }
plugin-pin-mismatch-help = si confía en el archivo nuevo, ejecute `{ $lock }` para fijarlo; si no, restaure la versión fijada (ninguna opción permite omitir una discrepancia)
plugin-unpinned = la extensión `{ $path }` ({ $name }, sha256 { $sha256 }) no tiene huella fijada en { $config }, que fija sus extensiones
plugin-unpinned-help = ejecute `{ $lock }` para fijarla o use `--allow-unpinned` para admitir extensiones sin fijar en esta ejecución
plugin-isolated = la extensión `{ $path }` falló al cargarse en un proceso aislado (`--isolate`): { $problem }
plugin-isolated-help = no se auditó nada; corrija la extensión o quítela del perfil (si solo tarda en cargarse, aumente `--plugin-timeout`); sin `--isolate` haría fallar toda la ejecución
plugin-relative-path = ACCORD_PLUGIN_PATH contiene el directorio relativo `{ $entry }`
plugin-relative-path-help = sus entradas deben ser rutas absolutas: una relativa se buscaría desde dondequiera que se ejecute accord, donde otros pueden dejar archivos; escriba `{ $absolute }` en su lugar

## Una configuración o extensión que otro usuario pudo modificar

trust-owner = se rechaza usar { $item ->
    [config] la configuración
    [plugin-dir] el directorio de extensiones
   *[library] la biblioteca de extensión
} `{ $path }`: su propietario es { $owner }, no { $allowed }
trust-writable = se rechaza usar { $item ->
    [config] la configuración
    [plugin-dir] el directorio de extensiones
   *[library] la biblioteca de extensión
} `{ $path }`: pertenece a { $owner }, pero { $who ->
    [group-and-others] su grupo y todos los demás usuarios pueden
    [group] todos los miembros de su grupo pueden
   *[others] todos los demás usuarios pueden
} escribir en { $item ->
    [plugin-dir] él
   *[other] ella
} (modo { $mode })
trust-reached-lookup = accord la encontró al buscar { $file } en el directorio de trabajo y sus directorios superiores, donde otro usuario pudo haberla dejado
trust-reached-config = proviene de `plugin_dirs` en `{ $config }`
trust-reached-plugin-path = proviene de ACCORD_PLUGIN_PATH
trust-instead-lookup = ejecute con `--no-config` (o nombre una configuración de confianza con `--config FILE`)
trust-instead-config-dir = ejecute con `--no-config` o nombre un directorio de confianza con `--plugin-dir DIR`
trust-instead-config-library = ejecute con `--no-config` o nombre una biblioteca de confianza con `--plugin FILE`
trust-instead-path-dir = quítelo de ACCORD_PLUGIN_PATH o nómbrelo con `--plugin-dir DIR` si confía en él
trust-instead-path-library = quite su directorio de ACCORD_PLUGIN_PATH o nómbrela con `--plugin FILE` si confía en ella
trust-fix-chown = si es de confianza, hágase propietario: `{ $command }`
trust-fix-chown-admin = si es de confianza, pida a un administrador que le traspase la propiedad: `{ $command }`
trust-fix-chmod = si es de confianza, haga que solo su propietario pueda escribir: `{ $command }`
trust-help = { $how }; { $instead }; { $fix }
trust-you = usted ({ $user })
trust-sudo-user = el usuario que ejecutó sudo ({ $user })
trust-either = { $first } o { $last }

## Lo que contiene cada clave obligatoria de una carta (la ayuda de una clave que falta)

key-charter_version = la versión del formato de carta: el número entero 1
key-partnership = la alianza en sí: qué hace, para quién, dónde y cuándo
key-partners = las organizaciones y los grupos que forman parte de la alianza (al menos uno)
key-partnership-id = un identificador corto y único para la alianza, por ejemplo lakou-water
key-partnership-name = el nombre completo de la alianza, tal como lo usan sus socios
key-partnership-summary = qué hace la alianza, en una o dos frases
key-partnership-country = el código ISO 3166-1 alfa-2 del país donde se realiza el trabajo, por ejemplo PE
key-partnership-community = a quién sirve la alianza: la comunidad cuyas necesidades existe para atender
key-partnership-start = la fecha de inicio prevista de la alianza; debe ser anterior a la fecha de fin
key-partnership-end = la fecha de fin prevista de la alianza; debe ser posterior a la fecha de inicio
key-partners-id = un identificador corto para el socio, único entre los socios y usado por las referencias en otras partes de la carta
key-partners-name = el nombre completo del socio
key-partners-sector = el sector al que pertenece el socio
key-partners-base = dónde tiene su sede el socio: local = con sede en la comunidad a la que se sirve y dirigido desde ella, national = con sede en el mismo país, international = con sede en otro lugar
key-partners-roles = los roles del socio en la alianza (al menos uno): los roles de organización de IATI, más advisory (asesoría)
key-budget-currency = el código ISO 4217 de la moneda en que se expresan todos los montos, por ejemplo USD
key-budget-total = el presupuesto total de la alianza, en budget.currency
key-budget-published = true cuando el presupuesto es público
key-budget-allocations-partner = el identificador del socio que recibe el dinero
key-budget-allocations-amount = el monto asignado, en budget.currency
key-governance-decision_making = cómo toma decisiones la alianza: por consenso de todos los socios, por voto de la mayoría, por un socio principal o por el financiador
key-listening-solution_predetermined = true cuando la intervención estaba decidida antes de involucrar a la comunidad
key-listening-consultations-date = la fecha en que se realizó la consulta
key-listening-consultations-method = cómo se consultó a la comunidad
key-listening-consultations-participants = el número de miembros de la comunidad que participaron: un número entero de 0 a 9007199254740991 (2^53 - 1)
key-listening-consultations-before_design = true cuando la consulta se realizó antes de elegir la solución
key-listening-complaints-exists = true cuando existe un mecanismo de quejas
key-coordination-initiatives-name = el nombre de la iniciativa
key-coordination-initiatives-overlap = en qué medida la iniciativa se solapa con el trabajo de esta alianza
key-goals-id = un identificador corto para el objetivo, único entre los objetivos
key-goals-statement = en qué consiste el objetivo, expresado como un resultado para la comunidad
key-goals-benchmarks-id = un identificador corto para el hito, único en toda la carta y usado por exit.criteria
key-goals-benchmarks-description = qué mide el hito, en palabras
key-exit-capacity_transfer-skill = la habilidad o capacidad transferida
key-exit-capacity_transfer-to = el identificador del socio que recibe la capacidad
key-exit-support_after_exit-kind = el tipo de apoyo que se da después de la salida, por ejemplo asesoría técnica
key-waivers-rule = el identificador de la regla dispensada, por ejemplo transparency.independent-audit
key-waivers-reason = el motivo de la dispensa, en al menos 10 caracteres

## Lo que contiene cada clave obligatoria de un paquete de reglas y de un perfil

key-pack-pack = la tabla `[pack]`: el nombre y la versión del paquete, tal como los registra el informe de auditoría
key-pack-rule = las entradas `[[rule]]`: cada regla que define el paquete (al menos una). Los identificadores de reglas deben ser únicos en el paquete y en todas las extensiones y paquetes cargados
key-pack-pack-name = el nombre del paquete, un identificador corto como `core` u `open-futures-foundation`
key-pack-pack-version = la versión del paquete (se recomienda el versionado semántico, por ejemplo `1.0.0`)
key-pack-rule-id = el identificador de la regla, `category.name` (por ejemplo `foundation.iati-publishing`); no debe repetir el identificador de ninguna regla de una extensión o un paquete cargado
key-pack-rule-category = la categoría en la que se puntúa la regla (por lo general, el prefijo del identificador); la categoría de un paquete se puntúa como la de una extensión
key-pack-rule-severity = la gravedad por defecto (la sección `[severity]` de un perfil puede cambiarla); los pesos de la puntuación son: error 5, advertencia 2, aviso informativo 0
key-pack-rule-summary = qué comprueba la regla, en una frase (`accord rules` la muestra)
key-pack-rule-rationale = por qué importa, nombrando el marco de referencia o la política de origen; cuando un umbral es una elección propia del autor del paquete y no una cifra de un marco de referencia, dígalo
key-pack-rule-fix = cómo corregir un hallazgo; su primera frase debe entenderse sola, como corrección en una línea
key-pack-rule-path = un puntero JSON (RFC 6901) en la carta: el valor que comprueba la regla y el lugar al que apunta su hallazgo, por ejemplo `/governance/meeting_every_days` o `/partners/0/base`; la cadena vacía es toda la carta
key-pack-rule-assert = un JSON Schema (draft 2020-12) que el valor en `path` debe cumplir cuando existe, por ejemplo `{ "{" } maximum = 90 { "}" }`; un esquema no válido hace que se rechace el paquete
key-pack-rule-message = el mensaje del hallazgo, una frase que dice qué está mal
key-profile-name = el nombre del perfil, registrado en cada informe (por ejemplo `funder-screening`)
