# Les phrases du moteur en français : erreurs de validation, du chargement, raisons du verdict,
# échecs et refus d’extensions, erreurs de configuration. Glossaire : docs/l10n/glossary.md.

## Éléments communs

help-in-parentheses = { " " }(aide : { $help })
file-invalid = { $kind ->
    [pack] le paquet de règles `{ $file }` n’est pas valide
    [profile] le profil `{ $file }` n’est pas valide
    [config] la configuration `{ $file }` n’est pas valide
   *[charter] la charte `{ $file }` n’est pas valide
}

## Étiquettes des erreurs et avertissements en ligne de commande

label = { $label ->
    [error] erreur
    [warning] avertissement
    [help] aide
   *[cause] cause
}
labelled = { $label } : { $text }

## Validation d’une charte (ou d’un paquet de règles, d’un profil, d’une configuration)

check-document = { $kind ->
    [charter] la charte
    [pack] le paquet de règles
    [profile] le profil
    [config] la configuration
   *[other] le document
}
check-did-you-mean = vouliez-vous dire `{ $suggestion }` ?
check-remove-it = supprimez cette clé
check-remove-or-use = supprimez cette clé, ou utilisez l’une de celles-ci : { $keys }
check-unknown-key-top = clé inconnue `{ $key }` au premier niveau
check-unknown-key-in = clé inconnue `{ $key }` dans `{ $table }`
check-required-top = la clé obligatoire `{ $key }` manque dans { $kind ->
    [pack] le paquet de règles
    [profile] le profil
    [config] la configuration
    [other] le document
   *[charter] la charte
}
check-required-in = la clé obligatoire `{ $key }` manque dans `{ $table }`
check-add-key-described = ajoutez `{ $key }` : { $description }
check-add-key = ajoutez `{ $key }`
check-type = { $json ->
    [string] un texte
    [integer] un nombre entier
    [number] un nombre
    [boolean] true ou false
    [array] une liste
    [object] une table
    [null] null
   *[other] un autre type
}
check-type-either = { $first } ou { $second }
check-write-date = indiquez une date sous la forme 2011-06-30
check-write-type = indiquez ici { $expected }
check-must-be = { $subject } doit être { $expected } ; trouvé : { $found }
check-use-one-of = utilisez l’une de ces valeurs : { $values }
check-must-be-one-of = { $subject } doit être l’une de ces valeurs : { $values } ; trouvé : { $found }
check-must-be-a-code = { $subject } doit être { $code ->
    [country] un code pays ISO 3166-1 alpha-2 officiellement attribué
    [currency] un code de devise ISO 4217 en vigueur
   *[other] l’une des valeurs autorisées
} ; trouvé : { $found }
check-codes-are-upper-case = les codes s’écrivent en majuscules : indiquez `{ $code }`
check-use-a-code = utilisez { $code ->
    [country] un code pays ISO 3166-1 alpha-2 officiellement attribué, par exemple `HT` pour Haïti
    [currency] un code de devise ISO 4217 en vigueur, par exemple `USD` ou `HTG`
   *[other] l’une des valeurs autorisées, par exemple une valeur du schéma
}
check-charter-version = cette version d’Accord lit la version 1 du format de charte
check-write = indiquez { $value }
check-date-without-time = utilisez une date comme 2011-06-30, sans heure
check-date-not-time = utilisez une date comme 2011-06-30, et non une heure
check-date-not-in-calendar = ce jour n’existe pas dans le calendrier : vérifiez le mois et le jour
check-date-shape = écrivez la date au format AAAA-MM-JJ, par exemple 2011-06-30
check-format-date = une date valide (AAAA-MM-JJ)
check-format-uri = une adresse web complète (URI)
check-write-uri = indiquez une adresse comme https://example.org/budget
check-write-valid = indiquez une valeur valide au format { $format }
check-at-least = { $subject } doit valoir au moins { $limit } ; trouvé : { $found }
check-write-at-least = indiquez un nombre supérieur ou égal à { $limit }
check-at-most = { $subject } doit valoir au plus { $limit } ; trouvé : { $found }
check-shares-are-fractions = les parts sont des fractions comprises entre 0 et 1 : écrivez 0.25 pour 25 %
check-write-exact-integer = indiquez un nombre entier d’au plus { $limit } (2^53 - 1), le plus grand que tout lecteur JSON conserve exactement
check-write-at-most = indiquez un nombre inférieur ou égal à { $limit }
check-more-than = { $subject } doit être supérieur à { $limit } ; trouvé : { $found }
check-write-above = indiquez un nombre supérieur à { $limit }
check-less-than = { $subject } doit être inférieur à { $limit } ; trouvé : { $found }
check-write-below = indiquez un nombre inférieur à { $limit }
check-min-items = `{ $list }` doit compter au moins { $limit } { $limit ->
    [one] entrée
   *[other] entrées
} ; trouvé : { $found }
check-add-entries = ajoutez les entrées manquantes
check-max-items = { $subject } peut compter au plus { $limit } { $limit ->
    [one] entrée
   *[other] entrées
} ; trouvé : { $found }
check-remove-entries = supprimez des entrées
check-min-length = { $subject } doit compter au moins { $limit } { $limit ->
    [one] caractère
   *[other] caractères
} ; trouvé : { $found }
check-say-more = précisez : le lecteur a besoin de la raison, pas d’un texte provisoire
check-max-length = { $subject } doit compter au plus { $limit } { $limit ->
    [one] caractère
   *[other] caractères
}
check-shorten = raccourcissez le texte
check-not-valid = { $subject } n’est pas valide : { $reason }
check-see-schema = `accord schema charter` indique ce qui est permis ici
check-found-blank = le texte vide { $text }
check-found-empty-list = une liste vide
check-found-list = une liste de { $count } { $count ->
    [one] entrée
   *[other] entrées
}
check-found-table = une table
check-not-blank = { $subject } ne doit pas être vide
check-write-or-remove = écrivez le texte, ou supprimez la clé s’il n’y a rien à dire
check-slug = { $subject } doit être un identifiant court (lettres minuscules, chiffres et traits d’union) ; trouvé : { $found }
check-write-slug = indiquez un identifiant comme `konbit-dlo`
check-rule-id = { $subject } doit être un identifiant de règle ; trouvé : { $found }
check-write-rule-id = indiquez un identifiant de règle comme `transparency.budget-published` (`accord rules` en donne la liste)
check-language-tag = { $subject } doit être une étiquette de langue BCP 47 ; trouvé : { $found }
check-write-language-tag = indiquez une étiquette comme `ht`, `fr` ou `es-PE`
check-pattern = { $subject } n’a pas la forme attendue ; trouvé : { $found }
check-match-pattern = respectez le motif { $pattern }

## Validation : les vérifications propres au chargement d’une charte

check-end-before-start = la date de fin du partenariat ({ DATE($end) }) n’est pas postérieure à sa date de début ({ DATE($start) })
check-end-before-start-help = `partnership.end` doit être postérieure à `partnership.start` : vérifiez les deux dates
check-community-seats = la communauté détient { $community } { $community ->
    [one] siège
   *[other] sièges
} au sein de l’instance de gouvernance, soit plus que le total de { $total } { $total ->
    [one] siège
   *[other] sièges
}
check-community-seats-help = `governance.community_seats` compte les sièges occupés par des membres de la communauté servie et ne peut donc pas dépasser `governance.total_seats` : vérifiez les deux nombres
check-duplicate-id = l’identifiant { $what ->
    [partner] de partenaire
    [goal] d’objectif
   *[benchmark] de jalon
} `{ $id }` est utilisé deux fois (première occurrence : `{ $first }`)
check-duplicate-id-help = donnez à chaque { $what ->
    [partner] partenaire
    [goal] objectif
   *[benchmark] jalon
} son propre identifiant
check-duplicate-benchmark-help = les identifiants de jalons doivent être uniques dans toute la charte : `exit.criteria` y fait référence
check-reference = `{ $at }` renvoie { $what ->
    [partner] au partenaire
   *[benchmark] au jalon
} `{ $id }`, que la charte ne définit pas
check-reference-add = ajoutez d’abord { $what ->
    [partner] le partenaire
   *[benchmark] le jalon
} à `{ $list }`
check-reference-use = utilisez l’identifiant d’une entrée de `{ $list }` : { $ids }
check-and-more = { $ids } et { $more } autres

## Lecture d’un fichier

load-unreadable = `{ $path }` n’a pas pu être lu : { $cause }
load-check-path = vérifiez le chemin et que le fichier est accessible en lecture
load-cause-not-found = il n’existe pas
load-cause-permission = l’accès a été refusé
load-cause-directory = c’est un répertoire
load-unreadable-directory-help = rendez le répertoire lisible (ou laissez-le de côté) ; le reste du lot a quand même été vérifié
load-unsupported-extension = `{ $path }` n’est ni un fichier `.toml` ni un fichier `.json` : il ne peut donc pas être lu comme une charte
load-unsupported-extension-help = rédigez la charte en TOML (`.toml`) ou en JSON (`.json`) et nommez le fichier en conséquence
load-not-utf8 = le fichier n’est pas en UTF-8 valide : l’octet { $byte } à la position { $offset } ne fait partie d’aucun caractère UTF-8
load-not-utf8-help = enregistrez le fichier en UTF-8 (la plupart des éditeurs le proposent sous « Enregistrer avec l’encodage »)
load-too-large = le fichier fait { $size } octets, au-delà de la limite de { $limit } octets
load-too-large-read = l’entrée dépasse { $limit } octets, la limite
load-too-large-help = une charte fait normalement quelques kilo-octets ; si celle-ci est vraiment plus grande, relevez la limite avec `--max-file-size BYTES`
load-too-deep = des valeurs sont imbriquées sur plus de { $depth } niveaux
load-list-too-long = une liste compte plus de { $limit } entrées, la limite
load-text-too-long = un texte compte { $chars } caractères, au-delà de la limite de { $limit }
load-key-too-long = une clé compte { $chars } caractères, au-delà de la limite de { $limit }
load-shorten-key = une charte n’a jamais besoin d’autant : raccourcissez la clé marquée
load-split-value = une charte n’a jamais besoin d’autant : scindez ou raccourcissez la valeur marquée
load-flatten-value = une charte n’a jamais besoin d’autant de niveaux : aplatissez la valeur marquée
load-shorten-text = raccourcissez le texte marqué
load-shorten-marked-key = raccourcissez la clé marquée
load-shorten-list = une charte n’a jamais besoin d’autant d’entrées : raccourcissez la liste marquée
load-toml-syntax = ce n’est pas du TOML valide : { $detail }
load-toml-syntax-help = corrigez la syntaxe TOML à l’endroit marqué (https://toml.io décrit le format)
load-integer-too-large = `{ $written }` est trop grand pour un entier TOML, qui vaut au plus { $max }
load-integer-too-small = `{ $written }` est trop petit pour un entier TOML, qui vaut au moins { $min }
load-integer-invalid = `{ $written }` n’est pas un entier TOML valide
load-integer-help = indiquez un nombre entier comme 42, compris entre { $min } et { $max } (les entiers TOML sont codés sur 64 bits)
load-not-finite = `{ $written }` n’est pas un nombre fini : une charte ne peut contenir ni infini ni NaN
load-not-finite-help = indiquez un nombre fini comme 0.25
load-json-syntax = ce n’est pas du JSON valide : { $detail }
load-json-syntax-help = corrigez la syntaxe JSON à l’endroit marqué (les commentaires et les virgules finales ne sont pas permis)
load-json-text-after-end = texte inattendu après la fin de la valeur JSON
load-json-ends-early = le texte s’arrête là où était attendu { $expected ->
    [key] une clé entre guillemets doubles
    [colon] `:` après la clé
    [comma-or-brace] `,` ou `{ "}" }`
    [comma-or-bracket] `,` ou `]`
    [fraction-digit] un chiffre après le point décimal
    [exponent-digit] un chiffre dans l’exposant
   *[value] une valeur
}
load-json-unexpected = `{ $found }` trouvé là où était attendu { $expected ->
    [key] une clé entre guillemets doubles
    [colon] `:` après la clé
    [comma-or-brace] `,` ou `{ "}" }`
    [comma-or-bracket] `,` ou `]`
    [fraction-digit] un chiffre après le point décimal
    [exponent-digit] un chiffre dans l’exposant
   *[value] une valeur
}
load-json-duplicate-key = la clé `{ $key }` apparaît deux fois dans le même objet (la première fois à la ligne { $line })
load-json-duplicate-key-help = gardez l’une des deux entrées : les lecteurs JSON ne s’accordent pas sur celle qui l’emporte
load-json-number-digits = un nombre doit comporter des chiffres, sans zéro initial
load-json-number-too-large = `{ $written }` est trop grand pour être un nombre fini
load-json-number-too-large-help = indiquez un nombre qui tient dans un flottant de 64 bits
load-json-unclosed-text = un texte n’est pas fermé par `"`
load-json-unknown-escape = une séquence d’échappement inconnue
load-json-control-character = un caractère de contrôle dans un texte (écrivez-le sous forme d’échappement, comme \n)
load-json-lone-surrogate = un demi-codet UTF-16 isolé dans un échappement `\u`
load-json-four-hex-digits = `\u` doit être suivi de quatre chiffres hexadécimaux

## Les fichiers que lit un lot

skipped-cause = { $cause ->
    [symlinks] { $count ->
        [one] { $count } lien symbolique
       *[other] { $count } liens symboliques
    }
    [hidden] { $count ->
        [one] { $count } masqué
       *[other] { $count } masqués
    }
    [special] { $count ->
        [one] { $count } fichier spécial
       *[other] { $count } fichiers spéciaux
    }
   *[config] { $count ->
        [one] { $count } accord.toml
       *[other] { $count } fichiers accord.toml
    }
}
skipped = { $count ->
    [one] { $count } fichier ignoré
   *[other] { $count } fichiers ignorés
} : { $causes }
skipped-with-symlinks = { $count ->
    [one] { $count } fichier ignoré
   *[other] { $count } fichiers ignorés
} : { $causes } ; --follow-symlinks pour inclure les liens symboliques
inputs-list-on-stdin = l’entrée standard ressemble à une liste de fichiers, un par ligne : pour vérifier ces fichiers, donnez `--files-from -` au lieu de `-`
inputs-link-loop = ce lien renvoie à `{ $ancestor }`, un répertoire qui le contient : le suivre ne finirait jamais
inputs-dangling-link = c’est un lien symbolique vers un fichier qui n’existe pas
inputs-link-loop-help = supprimez le lien, ou lancez l’audit sans `--follow-symlinks` ; le reste du lot a quand même été vérifié
inputs-dangling-link-help = faites pointer le lien vers la charte qu’il représente, ou supprimez-le ; le reste du lot a quand même été vérifié
inputs-directory-denied = l’accès a été refusé : les chartes qu’il contient n’ont pas été vérifiées

## Pourquoi une charte n’est pas conforme (les raisons du verdict)

verdict-unwaived-errors = { $count ->
    [one] { $count } erreur sans dérogation
   *[other] { $count } erreurs sans dérogation
}
verdict-under-fail-under = la note { $score } est inférieure au seuil fail_under de { $fail_under }
verdict-denied-warnings = les avertissements ne sont pas admis et { $count ->
    [one] { $count } avertissement reste sans dérogation
   *[other] { $count } avertissements restent sans dérogation
}
verdict-invalid = la charte n’est pas valide : { $count ->
    [one] { $count } erreur de structure
   *[other] { $count } erreurs de structure
}
verdict-plugin-failed = l’extension `{ $plugin }` a échoué : { $cause }

## Pourquoi une extension a échoué sur une charte (le sujet est l’extension)

failure-status = elle a signalé une erreur (statut { $status }) : { $message }
failure-panicked = elle s’est arrêtée brutalement (panic) : { $message }
failure-output-too-large = sa sortie de { $len } octets dépasse la limite de { $limit } octets
failure-output-not-json = sa sortie n’est pas du JSON valide ({ $reason })
failure-output-schema = sa sortie ne respecte pas schemas/plugin-output.schema.json : { $problem }
failure-output-malformed = sa sortie est mal formée : { $reason }
failure-undeclared-rule = elle a signalé une règle qu’elle ne déclare pas : { $reason }
failure-timed-out = elle n’a pas répondu dans les { $seconds } s (délai dépassé ; le processus isolé a été arrêté et remplacé)
failure-worker-died = son processus isolé { $what } : il { $exit }
failure-worker = son processus isolé { $problem }
failure-stopped-before-request = s’est arrêté avant de recevoir la requête
failure-answered-out-of-turn = a donné une réponse inattendue ({ $answer })
failure-stopped-without-answering = s’est arrêté sans répondre
failure-stopped-before-start = n’a pas pu recevoir la liste des extensions à charger
failure-refused-to-start = n’a pas pu démarrer : { $problem }
failure-started-wrongly = n’a pas démarré correctement (il a répondu { $answer })
failure-slow-start = n’a pas fini de charger les extensions en { $seconds } s
failure-ended-while-starting = n’a pas pu démarrer (voir ses messages ci-dessus)
failure-broke-while-starting = n’a pas pu démarrer : il { $what }
failure-answered-garbage = a répondu par un message illisible ({ $error })
failure-unreadable-answer = a donné une réponse qui n’a pas pu être lue ({ $error })
isolated-request = elle n’a pas pu être décrite à un processus isolé ({ $error })
isolated-no-worker = { $failure } (aucune extension n’a été exécutée)
isolated-stopped-before-told = son processus isolé s’est arrêté avant de savoir quoi charger et { $exit }
isolated-answered-out-of-turn = son processus isolé a donné une réponse inattendue ({ $answer }) et { $exit }
isolated-timed-out = elle n’a pas fini de se charger en { $seconds } s (`--plugin-timeout`) : son processus isolé a donc été arrêté
isolated-ended = son processus isolé { $exit } avant de répondre
isolated-broke = son processus isolé { $what } et { $exit }
failure-exit-signal = a été arrêté par le signal { $signal }{ $name ->
    [SIGABRT] { " " }(SIGABRT : l’extension a abandonné)
    [SIGSEGV] { " " }(SIGSEGV : l’extension a planté)
    [other] {""}
   *[any] { " " }({ $name })
}
failure-exit-code = s’est terminé avec le statut { $code }
failure-exit-unknown = s’est terminé

## Paquets de règles, profils et configurations refusés

pack-rule-twice = règle `{ $rule }` : l’identifiant est défini deux fois dans ce paquet
pack-assert-invalid = règle `{ $rule }` : son `assert` n’est pas un JSON Schema valide : { $reason }

## Profils qui ne correspondent pas à ce qu’ils nomment

profile-problem = le profil `{ $profile }` { $problem }
profile-options-not-loaded = définit des options pour `{ $plugin }`, qui n’est pas une extension chargée
profile-options-not-loaded-help = supprimez la table `[options]` ou chargez l’extension
profile-no-options = elle ne déclare aucune option
profile-options-are = ses options sont { $options }
profile-option-suggest = vouliez-vous dire `{ $suggestion }` ? { $options } (`accord explain` sur les règles de l’extension les décrit)
profile-option-listed = { $options } (`accord explain` sur les règles de l’extension les décrit)
profile-unknown-option = définit l’option `{ $option }` pour l’extension `{ $plugin }`, qui ne l’a pas
profile-invalid-options = définit des options non valides pour l’extension `{ $plugin }` : { $reason }
profile-unknown-rule = nomme la règle `{ $rule }`, qu’aucune extension ni aucun paquet de règles chargé ne définit (les règles intégrées ne peuvent pas être modifiées)
profile-unknown-rule-help = `accord rules` liste les règles des extensions chargées
profile-unknown = il n’existe pas de profil intégré `{ $name }`
profile-unknown-help = les profils intégrés sont : { $known }
setup-unknown-pack-profile = le profil `{ $profile }` nomme le paquet de règles `{ $pack }`, qui n’est pas intégré
setup-unknown-pack-config = la configuration `{ $config }` nomme le paquet de règles `{ $pack }`, qui n’est pas intégré
setup-unknown-pack-help = paquets intégrés : { $known } ; un fichier de paquet s’indique par un chemin comme `./{ $pack }.toml`
catalogue-duplicate-rule = la règle `{ $rule }` est définie deux fois : par { $first } et par { $second }
catalogue-duplicate-rule-help = les identifiants de règles doivent être uniques dans toutes les extensions et tous les paquets ; renommez l’une des deux
origin-plugin = l’extension `{ $name }`
origin-pack-file = le paquet de règles `{ $name }` ({ $file })
origin-pack-built-in = le paquet de règles `{ $name }` (intégré)
origin-host = accord (règle intégrée)
baseline-unusable = l’audit de référence `{ $path }` n’est pas utilisable : { $cause }
baseline-unusable-help = donnez la sortie JSON Lines d’un `accord audit --format json` antérieur
baseline-not-json = la ligne { $line } n’est pas du JSON ({ $error })
baseline-no-reports = il ne contient aucun rapport

## Extensions qui ne peuvent pas être chargées

plugin-not-found = l’extension `{ $name }` est introuvable
plugin-not-found-help = `{ $file }` a été cherché dans : { $searched } ; { $fix }
plugin-no-directories = (aucun répertoire)
plugin-not-found-built-in = les extensions intégrées se trouvent à côté de l’exécutable accord : réinstallez le paquet d’installation (ou, dans une copie des sources, lancez `cargo build --workspace`), ou passez `--plugin-dir DIR`
plugin-not-found-other = passez `--plugin-dir DIR` avec le répertoire qui la contient, nommez le fichier avec `--plugin FILE`, ou définissez ACCORD_PLUGIN_PATH
plugin-read = le fichier d’extension `{ $path }` n’a pas pu être lu : { $cause }
plugin-changed = le fichier d’extension `{ $path }` a changé pendant l’exécution : accord a vérifié le sha256 { $verified }, puis un processus isolé a lu { $found }
plugin-changed-help = quelque chose a réécrit le fichier pendant l’exécution d’accord ; trouvez quoi, puis relancez
plugin-open = `{ $path }` n’a pas pu être chargé comme bibliothèque : { $cause }
plugin-open-help = est-ce une bibliothèque partagée compilée pour cette plateforme ?
plugin-missing-symbol = `{ $path }` n’est pas une extension Accord : il n’exporte pas `accord_plugin_entry` ({ $cause })
plugin-missing-symbol-help = une extension exporte cette fonction ; en Rust, appelez `accord_plugin::export_plugin!(YourPlugin);`
plugin-abi-version = `{ $path }` utilise la version { $found } de l’ABI des extensions, mais cet accord prend en charge la version { $supported }
plugin-abi-version-help = recompilez l’extension avec un SDK accord-plugin pour la version { $supported } de l’ABI
plugin-short-struct = `{ $path }` déclare une table d’extension de { $found } octets, plus courte que les { $needed } octets de la version 1 de l’ABI
plugin-short-struct-help = recompilez l’extension avec le fichier `accord_plugin.h` actuel
plugin-null-entry = `{ $path }` a renvoyé une table d’extension NULL depuis `accord_plugin_entry`
plugin-null-function = `{ $path }` a une fonction `{ $function }` NULL dans sa table d’extension
plugin-null-function-help = les trois fonctions (manifest, check, free_buf) sont obligatoires
plugin-manifest = le manifeste de `{ $path }` n’est pas valide : { $cause }
plugin-manifest-help = le manifeste doit respecter schemas/plugin-manifest.schema.json (`accord schema plugin-manifest`)
plugin-duplicate-name = l’extension `{ $name }` est définie deux fois : par `{ $first }` et par `{ $second }`
plugin-duplicate-name-help = retirez l’un des deux fichiers des répertoires d’extensions, ou n’en nommez qu’un avec `--plugin`
plugin-pin-mismatch = l’extension `{ $path }` ne correspond pas à son empreinte épinglée pour `{ $name }` dans { $config } : son sha256 est { $found }, l’empreinte indique { $expected }
plugin-pin-mismatch-help = si vous faites confiance au nouveau fichier, lancez `{ $lock }` pour l’épingler ; sinon, rétablissez la version épinglée (aucune option ne permet d’ignorer un écart)
plugin-unpinned = l’extension `{ $path }` ({ $name }, sha256 { $sha256 }) n’a pas d’empreinte épinglée dans { $config }, qui épingle ses extensions
plugin-unpinned-help = lancez `{ $lock }` pour l’épingler, ou passez `--allow-unpinned` pour admettre les extensions non épinglées le temps de cette exécution
plugin-isolated = l’extension `{ $path }` a échoué au chargement dans un processus isolé (`--isolate`) : { $problem }
plugin-isolated-help = rien n’a été audité ; corrigez l’extension ou retirez-la du profil (si elle est seulement lente à charger, augmentez `--plugin-timeout`) ; sans `--isolate`, elle ferait échouer toute l’exécution
plugin-relative-path = ACCORD_PLUGIN_PATH contient le répertoire relatif `{ $entry }`
plugin-relative-path-help = ses entrées doivent être des chemins absolus : un chemin relatif serait cherché depuis l’endroit où accord s’exécute, où d’autres peuvent déposer des fichiers ; écrivez plutôt `{ $absolute }`

## Une configuration ou une extension qu’un autre utilisateur a pu modifier

trust-owner = refus d’utiliser { $item ->
    [config] la configuration
    [plugin-dir] le répertoire d’extensions
   *[library] la bibliothèque d’extension
} `{ $path }` : son propriétaire est { $owner }, et non { $allowed }
trust-writable = refus d’utiliser { $item ->
    [config] la configuration
    [plugin-dir] le répertoire d’extensions
   *[library] la bibliothèque d’extension
} `{ $path }` : son propriétaire est { $owner }, mais { $who ->
    [group-and-others] son groupe et tous les autres utilisateurs peuvent
    [group] tous les membres de son groupe peuvent
   *[others] tous les autres utilisateurs peuvent
} y écrire (mode { $mode })
trust-reached-lookup = accord l’a trouvée en cherchant { $file } dans le répertoire de travail et ses parents, où un autre utilisateur a pu la déposer
trust-reached-config = il s’agit d’une entrée de `plugin_dirs` dans `{ $config }`
trust-reached-plugin-path = il s’agit d’une entrée d’ACCORD_PLUGIN_PATH
trust-instead-lookup = lancez avec `--no-config` (ou nommez une configuration de confiance avec `--config FILE`)
trust-instead-config-dir = lancez avec `--no-config`, ou nommez un répertoire de confiance avec `--plugin-dir DIR`
trust-instead-config-library = lancez avec `--no-config`, ou nommez une bibliothèque de confiance avec `--plugin FILE`
trust-instead-path-dir = retirez-le d’ACCORD_PLUGIN_PATH, ou nommez-le avec `--plugin-dir DIR` si vous lui faites confiance
trust-instead-path-library = retirez son répertoire d’ACCORD_PLUGIN_PATH, ou nommez-la avec `--plugin FILE` si vous lui faites confiance
trust-fix-chown = si vous lui faites confiance, devenez-en propriétaire : `{ $command }`
trust-fix-chown-admin = si vous lui faites confiance, demandez à un administrateur de vous en rendre propriétaire : `{ $command }`
trust-fix-chmod = si vous lui faites confiance, faites en sorte que seul son propriétaire puisse y écrire : `{ $command }`
trust-help = { $how } ; { $instead } ; { $fix }
trust-you = vous ({ $user })
trust-sudo-user = l’utilisateur qui a lancé sudo ({ $user })
trust-either = { $first } ou { $last }

## Ce que contient chaque clé obligatoire d’une charte (l’aide d’une clé manquante)

key-charter_version = la version du format de charte : le nombre entier 1
key-partnership = le partenariat lui-même : ce qu’il fait, pour qui, où et quand
key-partners = les organisations et les groupes qui prennent part au partenariat (au moins un)
key-partnership-id = un identifiant court et unique pour le partenariat, par exemple lakou-water
key-partnership-name = le nom complet du partenariat, tel que ses partenaires l’emploient
key-partnership-summary = ce que fait le partenariat, en une ou deux phrases
key-partnership-country = le code ISO 3166-1 alpha-2 du pays où se déroule le travail, par exemple HT
key-partnership-community = qui le partenariat sert : la communauté dont il a vocation à répondre aux besoins
key-partnership-start = la date de début prévue du partenariat ; elle doit précéder la date de fin
key-partnership-end = la date de fin prévue du partenariat ; elle doit suivre la date de début
key-partners-id = un identifiant court pour le partenaire, unique parmi les partenaires et repris par les références ailleurs dans la charte
key-partners-name = le nom complet du partenaire
key-partners-sector = le secteur auquel appartient le partenaire
key-partners-base = où le partenaire est basé : local = basé dans la communauté servie et dirigé depuis celle-ci, national = basé dans le même pays, international = basé ailleurs
key-partners-roles = les rôles du partenaire dans le partenariat (au moins un) : les rôles d’organisation de l’IITA, plus advisory (conseil)
key-budget-currency = le code ISO 4217 de la devise de tous les montants, par exemple USD
key-budget-total = le budget total du partenariat, en budget.currency
key-budget-published = true lorsque le budget est public
key-budget-allocations-partner = l’identifiant du partenaire qui reçoit les fonds
key-budget-allocations-amount = le montant alloué, en budget.currency
key-governance-decision_making = comment le partenariat prend ses décisions : par consensus de tous les partenaires, par vote à la majorité, par un partenaire chef de file, ou par le bailleur de fonds
key-listening-solution_predetermined = true lorsque l’intervention était arrêtée avant que la communauté soit associée
key-listening-consultations-date = la date de la consultation
key-listening-consultations-method = comment la communauté a été consultée
key-listening-consultations-participants = le nombre de membres de la communauté qui y ont pris part : un nombre entier de 0 à 9007199254740991 (2^53 - 1)
key-listening-consultations-before_design = true lorsque la consultation a eu lieu avant le choix de la solution
key-listening-complaints-exists = true lorsqu’un mécanisme de plaintes existe
key-coordination-initiatives-name = le nom de l’initiative
key-coordination-initiatives-overlap = dans quelle mesure l’initiative recoupe le travail de ce partenariat
key-goals-id = un identifiant court pour l’objectif, unique parmi les objectifs
key-goals-statement = ce qu’est l’objectif, formulé comme un résultat pour la communauté
key-goals-benchmarks-id = un identifiant court pour le jalon, unique dans toute la charte et repris par exit.criteria
key-goals-benchmarks-description = ce que mesure le jalon, en toutes lettres
key-exit-capacity_transfer-skill = la compétence ou la capacité transférée
key-exit-capacity_transfer-to = l’identifiant du partenaire qui reçoit la compétence
key-exit-support_after_exit-kind = le type d’appui apporté après la sortie, par exemple des conseils techniques
key-waivers-rule = l’identifiant de la règle qui fait l’objet de la dérogation, par exemple transparency.independent-audit
key-waivers-reason = la raison de la dérogation, en au moins 10 caractères

## Ce que contient chaque clé obligatoire d’un paquet de règles et d’un profil

key-pack-pack = la table `[pack]` : le nom et la version du paquet, tels que le rapport d’audit les enregistre
key-pack-rule = les entrées `[[rule]]` : chaque règle que définit le paquet (au moins une). Les identifiants de règles doivent être uniques dans le paquet et dans toutes les extensions et tous les paquets chargés
key-pack-pack-name = le nom du paquet, un identifiant court comme `core` ou `open-futures-foundation`
key-pack-pack-version = la version du paquet (versionnage sémantique recommandé, par exemple `1.0.0`)
key-pack-rule-id = l’identifiant de la règle, `category.name` (par exemple `foundation.iati-publishing`) ; il ne doit reprendre l’identifiant d’aucune règle d’une extension ou d’un paquet chargé
key-pack-rule-category = la catégorie dans laquelle la règle est notée (en général le préfixe de l’identifiant) ; la catégorie d’un paquet est notée comme celle d’une extension
key-pack-rule-severity = la gravité par défaut (la section `[severity]` d’un profil peut la modifier) ; les poids de la note sont : erreur 5, avertissement 2, information 0
key-pack-rule-summary = ce que vérifie la règle, en une phrase (`accord rules` l’affiche)
key-pack-rule-rationale = pourquoi elle compte, en nommant le cadre de référence ou la politique d’origine ; lorsqu’un seuil est un choix propre à l’auteur du paquet et non un chiffre tiré d’un cadre de référence, dites-le
key-pack-rule-fix = comment corriger un constat ; sa première phrase doit pouvoir se lire seule, comme correction en une ligne
key-pack-rule-path = un pointeur JSON (RFC 6901) dans la charte : la valeur que vérifie la règle et l’endroit que désigne son constat, par exemple `/governance/meeting_every_days` ou `/partners/0/base` ; la chaîne vide désigne toute la charte
key-pack-rule-assert = un JSON Schema (draft 2020-12) que la valeur à `path` doit respecter lorsqu’elle existe, par exemple `{ "{" } maximum = 90 { "}" }` ; un schéma non valide fait refuser le paquet
key-pack-rule-message = le message du constat, une phrase qui dit ce qui ne va pas
key-profile-name = le nom du profil, enregistré dans chaque rapport (par exemple `funder-screening`)
