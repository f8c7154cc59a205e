# Las frases propias de la línea de comandos en español. `--help` sigue en inglés.
# Glosario: docs/l10n/glossary.md.

## Errores

cli-file-problems = { $file } ({ $count ->
    [one] { $count } problema
   *[other] { $count } problemas
}):
cli-internal-error = accord encontró un error interno, que es un fallo de accord: { $info }
cli-internal-error-help = infórmelo, por favor, con el comando que ejecutó y los datos que lo provocaron
cli-could-not-create = no se pudo crear `{ $path }`
cli-could-not-write = no se pudo escribir `{ $path }`
cli-could-not-read = no se pudo leer `{ $path }`
cli-no-format = no existe el formato `{ $format }`
cli-no-schema = no hay ningún esquema integrado llamado `{ $name }`
cli-no-such-rule = no hay ninguna regla `{ $rule }` en las extensiones ni en los paquetes de reglas de este perfil
cli-rules-lists-every-rule = `accord rules` enumera todas las reglas

## Las cartas que lee un comando

cli-stdin-twice = `-` aparece { $count } veces, pero la entrada estándar contiene una sola carta y solo se puede leer una vez
cli-stdin-twice-help = indique `-` una sola vez
cli-stdin-both = `-` y `--files-from -` leen ambos la entrada estándar, que solo se puede leer una vez
cli-stdin-both-help = indique la lista de rutas en un archivo (`--files-from FILE`) o la carta como archivo
cli-stdin-filename-alone = `--stdin-filename` nombra la carta leída de la entrada estándar, pero no se indica ningún `-`
cli-stdin-filename-alone-help = añada `-` a las rutas para leer una carta de la entrada estándar
cli-stdin-read-charter = no se pudo leer la carta de la entrada estándar
cli-stdin-read-list = no se pudo leer la lista de rutas de la entrada estándar
cli-files-from-unreadable = no se pudo leer la lista de rutas `{ $path }` (--files-from)
cli-the-list = la lista `{ $path }`
cli-no-charters = no se encontró ninguna carta en { $places }
cli-no-charters-skipped = no se encontró ninguna carta en { $places } ({ $skipped })
cli-no-charters-help = indique archivos `.toml` o `.json`, directorios que los contengan, `-` para una carta en la entrada estándar o `--files-from FILE` para una lista de rutas
cli-progress-charters = cartas
cli-progress-eta = faltan

## accord validate

cli-validate-valid = válida: { $path }
cli-validate-invalid = no válida: { $path } ({ $count ->
    [one] { $count } error
   *[other] { $count } errores
})
cli-validate-count = { $valid ->
    [one] { $valid } { $kind ->
        [charter] carta válida
        [pack] paquete de reglas válido
        [profile] perfil válido
       *[config] archivo de configuración válido
    }
   *[other] { $valid } { $kind ->
        [charter] cartas válidas
        [pack] paquetes de reglas válidos
        [profile] perfiles válidos
       *[config] archivos de configuración válidos
    }
} de { $count }

## accord audit

cli-summary-flag = { $flag } funciona con --format text, markdown o html, no con { $format }
cli-summary-flag-help = el formato { $format } siempre contiene todas las cartas; la línea de resumen JSON siempre incluye `rule_counts`
cli-output-create = no se pudo crear `{ $path }` (-o)
cli-output-write = no se pudo escribir el informe en `{ $path }` (-o)
cli-output-is-charter = `{ $output }` (-o) es la carta `{ $charter }`: escribir allí el informe la destruiría
cli-output-is-list = `{ $output }` (-o) es la lista de rutas indicada con --files-from: escribir allí el informe la destruiría
cli-output-elsewhere = escriba el informe en otro archivo

## accord init y accord config

cli-init-exists = `{ $path }` ya existe, y `accord init` nunca sobrescribe un archivo
cli-init-exists-help = dé otro nombre de archivo a `accord init` o mueva antes el archivo existente
cli-init-wrote = se escribió { $file }: una carta inicial con tareas pendientes (TODO); `accord audit { $file }` indica qué falta añadir
cli-config-init-exists = `{ $path }` ya existe, y `accord config init` nunca sobrescribe un archivo
cli-config-init-exists-help = `accord config show` muestra el resultado de la configuración; edítela o indique otro nombre de archivo
cli-config-init-wrote = se escribió { $file }: el perfil por defecto, con los paquetes de reglas, los directorios de extensiones y las huellas explicados
cli-show-label = { $label ->
    [configuration] configuración
    [profile] perfil
    [packs] paquetes
    [plugins] extensiones
   *[pins] huellas
}
cli-show-config-none-flag = ninguna (--no-config)
cli-show-config-named = { $path } (indicada con --config)
cli-show-config-found = { $path } (encontrada al buscar en { $dir } y sus directorios superiores)
cli-show-config-not-found = ninguna (no hay { $file } en { $dir } ni en sus directorios superiores)
cli-show-config-unreadable = ninguna (no se pudo leer { $path })
cli-show-built-in = integrado
cli-show-none = ninguno
cli-show-profile = { $name } ({ $file }; { $from ->
    [flag] indicado con --profile
    [config] indicado por la configuración
   *[default] el perfil por defecto
})
cli-show-pack = { $name } { $version } ({ $file }; { $from ->
    [profile] indicado por el perfil
    [config] indicado por la configuración
   *[flag] indicado con --pack
}, { $rules ->
    [one] { $rules } regla
   *[other] { $rules } reglas
})
cli-show-plugin-from = { $from ->
    [flag] indicada con --plugin
    [path] en ACCORD_PLUGIN_PATH
    [dir] en un --plugin-dir
    [executable] junto al ejecutable de accord
   *[found] encontrada
}
cli-show-plugin-config = en una entrada plugin_dirs de { $config }
cli-show-plugin = { $name } { $version } ({ $path }; { $how }; { $pinned ->
    [yes] fijada
   *[no] sin fijar
})
cli-show-pins-none = ninguna (todas las extensiones se cargan sin huella fijada)
cli-show-pins = { $count } en la configuración; se rechaza una extensión sin huella
cli-show-pins-allow-unpinned = { $count } en la configuración; --allow-unpinned admite extensiones sin huella

## accord plugins list, verify, lock

cli-plugins-no-config = ninguna
cli-plugins-run = perfil { $profile }, configuración { $config }
cli-plugins-plugin = { $name } { $version } (ABI { $abi }, { $pinned ->
    [pinned] fijada
   *[unpinned] sin fijar
}, { $threads ->
    [thread-safe] apta para varios hilos
   *[serialised] ejecutada en serie
})
cli-plugins-label = { $label ->
    [path] ruta
    [sha256] sha256
   *[rules] reglas
}
cli-verify-no-config = no hay ninguna configuración con la que comparar
cli-verify-no-config-help = las huellas están en accord.toml; ejecute `accord plugins lock` para escribirlas
cli-verify-no-pins = `{ $config }` no fija ninguna extensión
cli-verify-no-pins-help = ejecute `accord plugins lock` para fijar las extensiones que usa el perfil
cli-verify-ok = ok: { $name } { $version } coincide con su huella ({ $path })
cli-not-toml = `{ $path }` no es TOML válido
cli-pins-not-table = `pins` en `{ $path }` no es una tabla
cli-lock-pinned = fijada: { $name } { $version } = { $sha256 }
cli-lock-wrote = se escribió { $path }

## accord serve

cli-serve-listening = accord serve: la página de autoevaluación está en { $url } (Ctrl-C la detiene)
cli-serve-exposed = escuchando en { $listen }, al que otras máquinas pueden llegar; accord serve no tiene autenticación ni TLS
cli-serve-exposed-help = colóquelo detrás de un proxy inverso que los añada, y use `--isolate` para las extensiones de las que no esté seguro
cli-serve-in-use = no se pudo escuchar en { $listen }: otro programa ya lo hace
cli-serve-in-use-help = elija otro puerto con `--listen 127.0.0.1:PORT` (el puerto 0 toma uno libre)
