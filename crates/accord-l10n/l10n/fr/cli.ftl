# Les phrases propres à la ligne de commande en français. `--help` reste en anglais.
# Glossaire : docs/l10n/glossary.md.

## Erreurs

cli-file-problems = { $file } ({ $count ->
    [one] { $count } problème
   *[other] { $count } problèmes
}) :
cli-internal-error = accord a rencontré une erreur interne, qui est un bogue d’accord : { $info }
cli-internal-error-help = merci de la signaler avec la commande lancée et les données qui l’ont provoquée
cli-could-not-create = impossible de créer `{ $path }`
cli-could-not-write = impossible d’écrire `{ $path }`
cli-could-not-read = impossible de lire `{ $path }`
cli-no-format = il n’existe pas de format `{ $format }`
cli-no-schema = aucun schéma intégré ne s’appelle `{ $name }`
cli-no-such-rule = aucune règle `{ $rule }` dans les extensions ou les paquets de règles de ce profil
cli-rules-lists-every-rule = `accord rules` liste toutes les règles

## Les chartes que lit une commande

cli-stdin-twice = `-` est donné { $count } fois, mais l’entrée standard contient une seule charte et ne peut être lue qu’une fois
cli-stdin-twice-help = donnez `-` une seule fois
cli-stdin-both = `-` et `--files-from -` lisent tous deux l’entrée standard, qui ne peut être lue qu’une fois
cli-stdin-both-help = donnez la liste des chemins dans un fichier (`--files-from FILE`), ou la charte sous forme de fichier
cli-stdin-filename-alone = `--stdin-filename` nomme la charte lue sur l’entrée standard, mais aucun `-` n’est donné
cli-stdin-filename-alone-help = ajoutez `-` aux chemins pour lire une charte sur l’entrée standard
cli-stdin-read-charter = impossible de lire la charte sur l’entrée standard
cli-stdin-read-list = impossible de lire la liste des chemins sur l’entrée standard
cli-files-from-unreadable = impossible de lire la liste des chemins `{ $path }` (--files-from)
cli-the-list = la liste `{ $path }`
cli-no-charters = aucune charte trouvée dans { $places }
cli-no-charters-skipped = aucune charte trouvée dans { $places } ({ $skipped })
cli-no-charters-help = donnez des fichiers `.toml` ou `.json`, des répertoires qui en contiennent, `-` pour une charte sur l’entrée standard, ou `--files-from FILE` pour une liste de chemins
cli-progress-charters = chartes
cli-progress-eta = fin dans

## accord validate

cli-validate-valid = valide : { $path }
cli-validate-invalid = non valide : { $path } ({ $count ->
    [one] { $count } erreur
   *[other] { $count } erreurs
})
cli-validate-count = { $valid ->
    [one] { $valid } { $kind ->
        [charter] charte valide
        [pack] paquet de règles valide
        [profile] profil valide
       *[config] fichier de configuration valide
    }
   *[other] { $valid } { $kind ->
        [charter] chartes valides
        [pack] paquets de règles valides
        [profile] profils valides
       *[config] fichiers de configuration valides
    }
} sur { $count }

## accord audit

cli-summary-flag = { $flag } fonctionne avec --format text, markdown ou html, pas avec { $format }
cli-summary-flag-help = le format { $format } contient toujours chaque charte ; la ligne de synthèse JSON comporte toujours `rule_counts`
cli-output-create = impossible de créer `{ $path }` (-o)
cli-output-write = impossible d’écrire le rapport dans `{ $path }` (-o)
cli-output-is-charter = `{ $output }` (-o) est la charte `{ $charter }` : y écrire le rapport la détruirait
cli-output-is-list = `{ $output }` (-o) est la liste des chemins donnée à --files-from : y écrire le rapport la détruirait
cli-output-elsewhere = écrivez le rapport dans un autre fichier

## accord init et accord config

cli-init-exists = `{ $path }` existe déjà, et `accord init` n’écrase jamais un fichier
cli-init-exists-help = donnez un autre nom de fichier à `accord init`, ou déplacez d’abord le fichier existant
cli-init-wrote = { $file } écrit : une charte de départ avec des TODO ; `accord audit { $file }` indique ce qu’il reste à ajouter
cli-config-init-exists = `{ $path }` existe déjà, et `accord config init` n’écrase jamais un fichier
cli-config-init-exists-help = `accord config show` affiche ce que donne la configuration ; modifiez-la, ou donnez un autre nom de fichier
cli-config-init-wrote = { $file } écrit : le profil par défaut, avec les paquets de règles, les répertoires d’extensions et les empreintes expliqués
cli-show-label = { $label ->
    [configuration] configuration
    [profile] profil
    [packs] paquets
    [plugins] extensions
   *[pins] empreintes
}
cli-show-config-none-flag = aucune (--no-config)
cli-show-config-named = { $path } (nommée avec --config)
cli-show-config-found = { $path } (trouvée en cherchant dans { $dir } et ses parents)
cli-show-config-not-found = aucune (pas de { $file } dans { $dir } ni ses parents)
cli-show-config-unreadable = aucune ({ $path } n’a pas pu être lu)
cli-show-built-in = intégré
cli-show-none = aucun
cli-show-profile = { $name } ({ $file } ; { $from ->
    [flag] nommé avec --profile
    [config] nommé par la configuration
   *[default] le profil par défaut
})
cli-show-pack = { $name } { $version } ({ $file } ; { $from ->
    [profile] nommé par le profil
    [config] nommé par la configuration
   *[flag] donné avec --pack
}, { $rules ->
    [one] { $rules } règle
   *[other] { $rules } règles
})
cli-show-plugin-from = { $from ->
    [flag] donnée avec --plugin
    [path] dans ACCORD_PLUGIN_PATH
    [dir] dans un --plugin-dir
    [executable] à côté de l’exécutable accord
   *[found] trouvée
}
cli-show-plugin-config = dans une entrée plugin_dirs de { $config }
cli-show-plugin = { $name } { $version } ({ $path } ; { $how } ; { $pinned ->
    [yes] épinglée
   *[no] non épinglée
})
cli-show-pins-none = aucune (toutes les extensions se chargent sans empreinte épinglée)
cli-show-pins = { $count } dans la configuration ; une extension sans empreinte est refusée
cli-show-pins-allow-unpinned = { $count } dans la configuration ; --allow-unpinned admet les extensions sans empreinte

## accord plugins list, verify, lock

cli-plugins-no-config = aucune
cli-plugins-run = profil { $profile }, configuration { $config }
cli-plugins-plugin = { $name } { $version } (ABI { $abi }, { $pinned ->
    [pinned] épinglée
   *[unpinned] non épinglée
}, { $threads ->
    [thread-safe] compatible multithread
   *[serialised] exécutée en série
})
cli-plugins-label = { $label ->
    [path] chemin
    [sha256] sha256
   *[rules] règles
}
cli-verify-no-config = il n’y a pas de configuration à laquelle comparer
cli-verify-no-config-help = les empreintes se trouvent dans accord.toml ; lancez `accord plugins lock` pour les écrire
cli-verify-no-pins = `{ $config }` n’épingle aucune extension
cli-verify-no-pins-help = lancez `accord plugins lock` pour épingler les extensions qu’utilise le profil
cli-verify-ok = ok : { $name } { $version } correspond à son empreinte ({ $path })
cli-not-toml = `{ $path }` n’est pas du TOML valide
cli-pins-not-table = `pins` dans `{ $path }` n’est pas une table
cli-lock-pinned = épinglée : { $name } { $version } = { $sha256 }
cli-lock-wrote = { $path } écrit

## accord serve

cli-serve-listening = accord serve : la page d’auto-évaluation est à l’adresse { $url } (Ctrl-C l’arrête)
cli-serve-exposed = écoute sur { $listen }, que d’autres machines peuvent atteindre ; accord serve n’a ni authentification ni TLS
cli-serve-exposed-help = placez-le derrière un proxy inverse qui les ajoute, et utilisez `--isolate` pour les extensions dont vous n’êtes pas sûr
cli-serve-in-use = impossible d’écouter sur { $listen } : un autre programme le fait déjà
cli-serve-in-use-help = choisissez un autre port avec `--listen 127.0.0.1:PORT` (le port 0 en prend un libre)
