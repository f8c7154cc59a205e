# The engine's sentences in English: validation errors, the loader's, verdict reasons, plugin
# failures and refusals, setup errors. Every other language holds the same messages with the
# same arguments in its own core.ftl (a test checks it).

## Shared pieces

# After a problem: its help. Keep the leading space.
help-in-parentheses = { " " }(help: { $help })
# $kind: charter, pack, profile, config (the file refused); $file: its name.
file-invalid = the { $kind ->
    [pack] rule pack
    [profile] profile
    [config] configuration
   *[charter] charter
} `{ $file }` is invalid

## Labels of errors and warnings on the command line

# $label: error, warning, help, cause.
label = { $label ->
    [error] error
    [warning] warning
    [help] help
   *[cause] caused by
}
labelled = { $label }: { $text }

## Validation: a charter (or a pack, profile, configuration) against its schema

# The whole document, as the subject of a sentence. $kind: charter, pack, profile, config, other.
check-document = { $kind ->
    [charter] the charter
    [pack] the rule pack
    [profile] the profile
    [config] the configuration
   *[other] the document
}
check-did-you-mean = did you mean `{ $suggestion }`?
check-remove-it = remove it
check-remove-or-use = remove it, or use one of: { $keys }
check-unknown-key-top = unknown key `{ $key }` at the top level
check-unknown-key-in = unknown key `{ $key }` in `{ $table }`
# $kind: as in check-document.
check-required-top = { $kind ->
    [pack] the rule pack
    [profile] the profile
    [config] the configuration
    [other] the document
   *[charter] the charter
} is missing the required key `{ $key }`
check-required-in = `{ $table }` is missing the required key `{ $key }`
# $description: what the key holds (from the schema, or a `key-…` message below).
check-add-key-described = add `{ $key }`: { $description }
check-add-key = add `{ $key }`
# A JSON type. $json: string, integer, number, boolean, array, object, null, other.
check-type = { $json ->
    [string] a text
    [integer] a whole number
    [number] a number
    [boolean] true or false
    [array] a list
    [object] a table
    [null] null
   *[other] another type
}
check-type-either = { $first } or { $second }
check-write-date = write a date like 2011-06-30
check-write-type = write { $expected } here
# $subject: `a.path` or check-document; $expected: a check-type or a value; $found: the value found.
check-must-be = { $subject } must be { $expected }; found { $found }
check-use-one-of = use one of: { $values }
check-must-be-one-of = { $subject } must be one of { $values }; found { $found }
# $code: country, currency or other.
check-must-be-a-code = { $subject } must be { $code ->
    [country] an officially assigned ISO 3166-1 alpha-2 country code
    [currency] an active ISO 4217 currency code
   *[other] one of the allowed values
}; found { $found }
check-codes-are-upper-case = codes are upper case: write `{ $code }`
check-use-a-code = use { $code ->
    [country] an officially assigned ISO 3166-1 alpha-2 country code, such as `HT` for Haiti
    [currency] an active ISO 4217 currency code, such as `USD` or `HTG`
   *[other] one of the allowed values, such as a value from the schema
}
check-charter-version = this version of Accord reads charter format version 1
check-write = write { $value }
check-date-without-time = use a date like 2011-06-30, without a time of day
check-date-not-time = use a date like 2011-06-30, not a time of day
check-date-not-in-calendar = this day does not exist in the calendar: check the month and day
check-date-shape = write the date as YYYY-MM-DD, e.g. 2011-06-30
check-format-date = a real date (YYYY-MM-DD)
check-format-uri = a full web address (URI)
check-write-uri = write an address such as https://example.org/budget
check-write-valid = write a valid { $format }
check-at-least = { $subject } must be at least { $limit }; found { $found }
check-write-at-least = write a number of { $limit } or more
check-at-most = { $subject } must be at most { $limit }; found { $found }
check-shares-are-fractions = shares are fractions between 0 and 1: write 0.25 for 25%
check-write-exact-integer = write a whole number of at most { $limit } (2^53 - 1), the largest every JSON reader holds exactly
check-write-at-most = write a number of at most { $limit }
check-more-than = { $subject } must be more than { $limit }; found { $found }
check-write-above = write a number above { $limit }
check-less-than = { $subject } must be less than { $limit }; found { $found }
check-write-below = write a number below { $limit }
check-min-items = `{ $list }` must list at least { $limit } { $limit ->
    [one] entry
   *[other] entries
}; found { $found }
check-add-entries = add the missing entries
check-max-items = { $subject } may list at most { $limit } { $limit ->
    [one] entry
   *[other] entries
}; found { $found }
check-remove-entries = remove entries
check-min-length = { $subject } must be at least { $limit } characters long; found { $found }
check-say-more = say more: a reader needs the reason, not a placeholder
check-max-length = { $subject } must be at most { $limit } characters long
check-shorten = shorten it
check-not-valid = { $subject } is not valid: { $reason }
check-see-schema = see `accord schema charter` for what is allowed here
# The value found, when it is not shown as code.
check-found-blank = the blank text { $text }
check-found-empty-list = an empty list
check-found-list = a list of { $count } { $count ->
    [one] entry
   *[other] entries
}
check-found-table = a table
check-not-blank = { $subject } must not be blank
check-write-or-remove = write the text, or remove the key if there is nothing to say
check-slug = { $subject } must be a slug (lowercase letters, digits and hyphens); found { $found }
check-write-slug = write an id such as `konbit-dlo`
check-rule-id = { $subject } must be a rule id; found { $found }
check-write-rule-id = write a rule id such as `transparency.budget-published` (`accord rules` lists them)
check-language-tag = { $subject } must be a BCP 47 language tag; found { $found }
check-write-language-tag = write a tag such as `ht`, `fr` or `es-PE`
check-pattern = { $subject } does not have the expected form; found { $found }
check-match-pattern = match the pattern { $pattern }

## Validation: the loader's own checks of a charter

check-end-before-start = the partnership ends on { DATE($end) }, which is not after its start on { DATE($start) }
check-end-before-start-help = `partnership.end` must be later than `partnership.start`: check both dates
check-community-seats = the community holds { $community } { $community ->
    [one] seat
   *[other] seats
} on the governing body, more than its { $total } { $total ->
    [one] seat
   *[other] seats
} in all
check-community-seats-help = `governance.community_seats` counts the seats held by people of the community served, so it cannot exceed `governance.total_seats`: check both numbers
# $what: partner, goal or benchmark.
check-duplicate-id = the { $what ->
    [partner] partner
    [goal] goal
   *[benchmark] benchmark
} id `{ $id }` is used twice (first at `{ $first }`)
check-duplicate-id-help = give every { $what ->
    [partner] partner
    [goal] goal
   *[benchmark] benchmark
} its own id
check-duplicate-benchmark-help = benchmark ids must be unique across the whole charter: `exit.criteria` refers to them
# $what: partner or benchmark; $list: the list its ids come from (`[[partners]]`).
check-reference = `{ $at }` refers to the { $what ->
    [partner] partner
   *[benchmark] benchmark
} `{ $id }`, which the charter does not define
check-reference-add = add the { $what ->
    [partner] partner
   *[benchmark] benchmark
} to `{ $list }` first
check-reference-use = use the id of an entry of `{ $list }`: { $ids }
check-and-more = { $ids } and { $more } more

## Reading a file

load-unreadable = `{ $path }` could not be read: { $cause }
load-check-path = check the path and that the file is readable
load-cause-not-found = it does not exist
load-cause-permission = permission was denied
load-cause-directory = it is a directory
load-unreadable-directory-help = make the directory readable (or leave it out); the rest of the batch was still checked
load-unsupported-extension = `{ $path }` is neither a `.toml` nor a `.json` file, so it cannot be read as a charter
load-unsupported-extension-help = write the charter in TOML (`.toml`) or JSON (`.json`) and name the file accordingly
# $byte: in hexadecimal (0xFF); $offset: in bytes from the start.
load-not-utf8 = the file is not valid UTF-8: byte { $byte } at offset { $offset } is not part of a UTF-8 character
load-not-utf8-help = save the file as UTF-8 (most editors offer this under "Save with encoding")
load-too-large = the file is { $size } bytes, over the limit of { $limit } bytes
# A stream read up to the limit: its whole size is not known.
load-too-large-read = the input holds more than { $limit } bytes, the limit
load-too-large-help = a charter is normally a few kilobytes; if this one really is larger, raise the limit with `--max-file-size BYTES`
load-too-deep = values are nested more than { $depth } levels deep
load-list-too-long = a list holds more than { $limit } entries, the limit
load-text-too-long = a text holds { $chars } characters, more than the limit of { $limit }
load-key-too-long = a key holds { $chars } characters, more than the limit of { $limit }
load-shorten-key = a charter never needs this much; shorten the marked key
load-split-value = a charter never needs this much; split or shorten the marked value
load-flatten-value = a charter never needs this much nesting; flatten the marked value
load-shorten-text = shorten the marked text
load-shorten-marked-key = shorten the marked key
load-shorten-list = a charter never needs this many entries; shorten the marked list
# $detail: the TOML parser's own words (in English).
load-toml-syntax = this is not valid TOML: { $detail }
load-toml-syntax-help = fix the TOML syntax at the marked place (https://toml.io explains the format)
load-integer-too-large = `{ $written }` is too large for a TOML integer, which holds at most { $max }
load-integer-too-small = `{ $written }` is too small for a TOML integer, which holds at least { $min }
load-integer-invalid = `{ $written }` is not a valid TOML integer
load-integer-help = write a whole number such as 42, from { $min } to { $max } (TOML integers are 64-bit)
load-not-finite = `{ $written }` is not a finite number: infinities and NaN cannot be stored in a charter
load-not-finite-help = write a finite number such as 0.25
load-json-syntax = this is not valid JSON: { $detail }
load-json-syntax-help = fix the JSON syntax at the marked place (comments and trailing commas are not allowed)
load-json-text-after-end = unexpected text after the end of the JSON value
# $expected: value, key, colon, comma-or-brace, comma-or-bracket, fraction-digit, exponent-digit.
load-json-ends-early = the text ends where { $expected ->
    [key] a key in double quotes
    [colon] `:` after the key
    [comma-or-brace] `,` or `{ "}" }`
    [comma-or-bracket] `,` or `]`
    [fraction-digit] a digit after the decimal point
    [exponent-digit] a digit in the exponent
   *[value] a value
} was expected
load-json-unexpected = found `{ $found }` where { $expected ->
    [key] a key in double quotes
    [colon] `:` after the key
    [comma-or-brace] `,` or `{ "}" }`
    [comma-or-bracket] `,` or `]`
    [fraction-digit] a digit after the decimal point
    [exponent-digit] a digit in the exponent
   *[value] a value
} was expected
load-json-duplicate-key = the key `{ $key }` appears twice in the same object (first on line { $line })
load-json-duplicate-key-help = keep one of the two entries: JSON readers disagree on which one wins
load-json-number-digits = a number must have digits and no leading zero
load-json-number-too-large = `{ $written }` is too large to be a finite number
load-json-number-too-large-help = write a number within the range of a 64-bit float
load-json-unclosed-text = a text is not closed with `"`
load-json-unknown-escape = an unknown escape sequence
load-json-control-character = a control character inside a text (write it as an escape such as \n)
load-json-lone-surrogate = a lone UTF-16 surrogate in a `\u` escape
load-json-four-hex-digits = `\u` must be followed by four hex digits

## Which files a batch reads

# $cause: symlinks, hidden, special, config.
skipped-cause = { $cause ->
    [symlinks] { $count ->
        [one] { $count } symlink
       *[other] { $count } symlinks
    }
    [hidden] { $count } hidden
    [special] { $count ->
        [one] { $count } special file
       *[other] { $count } special files
    }
   *[config] { $count ->
        [one] { $count } accord.toml
       *[other] { $count } accord.toml files
    }
}
# $causes: skipped-cause, joined with commas.
skipped = { $count ->
    [one] { $count } file
   *[other] { $count } files
} skipped: { $causes }
skipped-with-symlinks = { $count ->
    [one] { $count } file
   *[other] { $count } files
} skipped: { $causes }; --follow-symlinks to include symlinks
inputs-list-on-stdin = standard input looks like a list of files, one per line: to check those files, give `--files-from -` instead of `-`
inputs-link-loop = it links back to `{ $ancestor }`, a directory that contains it, so following it would never end
inputs-dangling-link = it is a symbolic link to a file that does not exist
inputs-link-loop-help = remove the link, or audit without `--follow-symlinks`; the rest of the batch was still checked
inputs-dangling-link-help = point the link at the charter it stands for, or remove it; the rest of the batch was still checked
inputs-directory-denied = permission was denied, so the charters in it were not checked

## Why a charter did not pass (the verdict's reasons)

verdict-unwaived-errors = { $count ->
    [one] { $count } unwaived error
   *[other] { $count } unwaived errors
}
# $fail_under: the profile's threshold, as written there.
verdict-under-fail-under = score { $score } is under fail_under { $fail_under }
verdict-denied-warnings = warnings are denied and { $count ->
    [one] { $count } warning is
   *[other] { $count } warnings are
} unwaived
verdict-invalid = the charter is invalid: { $count ->
    [one] { $count } structural error
   *[other] { $count } structural errors
}
# $cause: a failure-… sentence.
verdict-plugin-failed = plugin `{ $plugin }` failed: { $cause }

## Why a plugin failed on a charter. $message, $reason, $problem and $what come from the
## plugin, a parser or the worker, as they are.

failure-status = it reported an error (status { $status }): { $message }
failure-panicked = it panicked: { $message }
failure-output-too-large = its output of { $len } bytes is over the limit of { $limit } bytes
failure-output-not-json = its output is not valid JSON ({ $reason })
failure-output-schema = its output does not match schemas/plugin-output.schema.json: { $problem }
failure-output-malformed = its output is malformed: { $reason }
failure-undeclared-rule = it reported a rule it does not declare: { $reason }
failure-timed-out = it did not answer within { $seconds } s (timed out; the worker was killed and replaced)
# $exit: a failure-exit-… phrase.
failure-worker-died = its isolated worker { $what }: it { $exit }
failure-worker = its isolated worker { $problem }
# $name: the signal's name (SIGSEGV), or other.
# What an isolated worker did ($what of failure-worker-died); $answer and $error as they came.
failure-stopped-before-request = stopped before the request could be sent
failure-answered-out-of-turn = answered out of turn ({ $answer })
failure-stopped-without-answering = stopped without answering
failure-stopped-before-start = could not be told what to load
failure-refused-to-start = could not start: { $problem }
failure-started-wrongly = did not start properly (it said { $answer })
failure-slow-start = did not finish loading the plugins within { $seconds } s
failure-ended-while-starting = could not start (see its messages above)
failure-broke-while-starting = could not start: it { $what }
failure-answered-garbage = answered garbage ({ $error })
failure-unreadable-answer = gave an answer that could not be read ({ $error })
# Why an isolated worker could not describe a plugin ($problem of plugin-isolated).
isolated-request = it could not be described to a worker ({ $error })
isolated-no-worker = { $failure } (no plugin ran)
isolated-stopped-before-told = its worker stopped before it was told what to load and { $exit }
isolated-answered-out-of-turn = its worker answered out of turn ({ $answer }) and { $exit }
isolated-timed-out = it did not finish loading within { $seconds } s (`--plugin-timeout`), so its worker was killed
isolated-ended = its worker { $exit } before answering
isolated-broke = its worker { $what } and { $exit }
failure-exit-signal = was killed by signal { $signal }{ $name ->
    [SIGABRT] { " " }(SIGABRT: the plugin aborted)
    [SIGSEGV] { " " }(SIGSEGV: the plugin crashed)
    [other] {""}
   *[any] { " " }({ $name })
}
failure-exit-code = exited with status { $code }
failure-exit-unknown = ended

## Rule packs, profiles and configurations that are refused

pack-rule-twice = rule `{ $rule }`: the id is defined twice in this pack
# $reason: the JSON Schema compiler's own words.
pack-assert-invalid = rule `{ $rule }`: its `assert` is not a valid JSON Schema: { $reason }

## Profiles that do not fit what they name

# $problem: the rest of a sentence whose subject is the profile.
profile-problem = the profile `{ $profile }` { $problem }
profile-options-not-loaded = sets options for `{ $plugin }`, which is not a loaded plugin
profile-options-not-loaded-help = remove the `[options]` table or load the plugin
profile-no-options = it declares no options
profile-options-are = its options are { $options }
# $options: profile-no-options or profile-options-are.
profile-option-suggest = did you mean `{ $suggestion }`? { $options } (`accord explain` on the plugin's rules describes them)
profile-option-listed = { $options } (`accord explain` on the plugin's rules describes them)
profile-unknown-option = sets the option `{ $option }` for plugin `{ $plugin }`, which does not have it
# $reason: the JSON Schema validator's own words.
profile-invalid-options = sets invalid options for plugin `{ $plugin }`: { $reason }
profile-unknown-rule = names the rule `{ $rule }`, which no loaded plugin or pack defines (host rules cannot be changed)
profile-unknown-rule-help = `accord rules` lists the rules of the loaded plugins
profile-unknown = there is no built-in profile `{ $name }`
profile-unknown-help = the built-in profiles are: { $known }
setup-unknown-pack-profile = the profile `{ $profile }` names the pack `{ $pack }`, which is not built in
setup-unknown-pack-config = the configuration `{ $config }` names the pack `{ $pack }`, which is not built in
setup-unknown-pack-help = built-in packs: { $known }; a pack file needs a path such as `./{ $pack }.toml`
catalogue-duplicate-rule = the rule `{ $rule }` is defined twice: by { $first } and by { $second }
catalogue-duplicate-rule-help = rule ids must be unique across all plugins and packs; rename one
# Where a rule comes from, in a sentence.
origin-plugin = plugin `{ $name }`
origin-pack-file = pack `{ $name }` ({ $file })
origin-pack-built-in = pack `{ $name }` (built in)
origin-host = accord (host)
# $cause: the reader's or the parser's own words.
baseline-unusable = the baseline `{ $path }` cannot be used: { $cause }
baseline-unusable-help = give the JSON Lines output of an earlier `accord audit --format json`
# $error: the JSON parser's own words.
baseline-not-json = line { $line } is not JSON ({ $error })
baseline-no-reports = it holds no reports

## Plugins that cannot be loaded. $cause comes from the system or a parser, as it is.

plugin-not-found = plugin `{ $name }` was not found
# $searched: the directories, or plugin-no-directories; $fix: plugin-not-found-built-in or -other.
plugin-not-found-help = looked for `{ $file }` in: { $searched }; { $fix }
plugin-no-directories = (no directories)
plugin-not-found-built-in = the built-in plugins sit next to the accord executable: reinstall the bundle (or, in a checkout, `cargo build --workspace`), or pass `--plugin-dir DIR`
plugin-not-found-other = pass `--plugin-dir DIR` with the directory that holds it, name the file with `--plugin FILE`, or set ACCORD_PLUGIN_PATH
plugin-read = the plugin file `{ $path }` could not be read: { $cause }
plugin-changed = the plugin file `{ $path }` changed during the run: accord verified sha256 { $verified }, an isolated worker then read { $found }
plugin-changed-help = something rewrote the file while accord ran; find out what, and run again
plugin-open = `{ $path }` could not be loaded as a library: { $cause }
plugin-open-help = is it a shared library built for this platform?
plugin-missing-symbol = `{ $path }` is not an Accord plugin: it does not export `accord_plugin_entry` ({ $cause })
plugin-missing-symbol-help = a plugin exports that function; in Rust, call `accord_plugin::export_plugin!(YourPlugin);`
plugin-abi-version = `{ $path }` speaks plugin ABI version { $found }, but this accord supports version { $supported }
plugin-abi-version-help = rebuild the plugin against an accord-plugin SDK for ABI version { $supported }
plugin-short-struct = `{ $path }` declares a plugin table of { $found } bytes, shorter than the { $needed } bytes of ABI version 1
plugin-short-struct-help = rebuild the plugin against the current `accord_plugin.h`
plugin-null-entry = `{ $path }` returned a NULL plugin table from `accord_plugin_entry`
plugin-null-function = `{ $path }` has a NULL `{ $function }` function in its plugin table
plugin-null-function-help = all three functions (manifest, check, free_buf) are required
plugin-manifest = the manifest of `{ $path }` is invalid: { $cause }
plugin-manifest-help = the manifest must match schemas/plugin-manifest.schema.json (`accord schema plugin-manifest`)
plugin-duplicate-name = the plugin `{ $name }` is defined twice: by `{ $first }` and by `{ $second }`
plugin-duplicate-name-help = remove one of the two files from the plugin directories, or name only one with `--plugin`
plugin-pin-mismatch = the plugin `{ $path }` does not match its pin for `{ $name }` in { $config }: its sha256 is { $found }, the pin says { $expected }
plugin-pin-mismatch-help = if you trust the new file, run `{ $lock }` to pin it; otherwise restore the pinned build (no flag skips a mismatch)
plugin-unpinned = the plugin `{ $path }` ({ $name }, sha256 { $sha256 }) has no pin in { $config }, which pins its plugins
plugin-unpinned-help = run `{ $lock }` to pin it, or pass `--allow-unpinned` to admit unpinned plugins for this run
# $problem: what the worker did, as it said it.
plugin-isolated = the plugin `{ $path }` failed while loading in an isolated worker (`--isolate`): { $problem }
plugin-isolated-help = nothing was audited; fix the plugin or remove it from the profile (if it only loads slowly, raise `--plugin-timeout`); without `--isolate` it would take the whole run down
plugin-relative-path = ACCORD_PLUGIN_PATH holds the relative directory `{ $entry }`
plugin-relative-path-help = its entries must be absolute paths: a relative one would be looked up from wherever accord runs, where others may put files; write `{ $absolute }` instead

## A configuration or plugin that another user could have changed

# $item: config, plugin-dir, library; $owner and $allowed: users (uid).
trust-owner = refusing to use { $item ->
    [config] the configuration
    [plugin-dir] the plugin directory
   *[library] the plugin library
} `{ $path }`: it is owned by { $owner }, not by { $allowed }
# $who: group-and-others, group, others; $mode: in octal; $owner: a user (uid).
trust-writable = refusing to use { $item ->
    [config] the configuration
    [plugin-dir] the plugin directory
   *[library] the plugin library
} `{ $path }`: owned by { $owner }, but { $who ->
    [group-and-others] its group and every other user
    [group] every member of its group
   *[others] every other user
} can write to it (mode { $mode })
trust-reached-lookup = accord found it by looking for { $file } in the working directory and its parents, where another user may have put it
trust-reached-config = it comes from `plugin_dirs` in `{ $config }`
trust-reached-plugin-path = it comes from ACCORD_PLUGIN_PATH
trust-instead-lookup = run with `--no-config` (or name a configuration you trust with `--config FILE`)
trust-instead-config-dir = run with `--no-config`, or name a directory you trust with `--plugin-dir DIR`
trust-instead-config-library = run with `--no-config`, or name a library you trust with `--plugin FILE`
trust-instead-path-dir = remove it from ACCORD_PLUGIN_PATH, or name it with `--plugin-dir DIR` if you trust it
trust-instead-path-library = remove its directory from ACCORD_PLUGIN_PATH, or name it with `--plugin FILE` if you trust it
trust-fix-chown = if you trust it, make it yours: `{ $command }`
trust-fix-chown-admin = if you trust it, have an administrator make it yours: `{ $command }`
trust-fix-chmod = if you trust it, make it writable only by its owner: `{ $command }`
trust-help = { $how }; { $instead }; { $fix }
trust-you = you ({ $user })
trust-sudo-user = the user who ran sudo ({ $user })
trust-either = { $first } or { $last }

## What each required key of a charter holds (the help of a missing key). English is the
## charter schema's description; a test keeps the two the same.

key-charter_version = the charter format version: the whole number 1
key-partnership = the partnership itself: what it does, for whom, where and when
key-partners = the organisations and groups taking part in the partnership (at least one)
key-partnership-id = a short unique identifier for the partnership, e.g. lakou-water
key-partnership-name = the partnership's full name as its partners use it
key-partnership-summary = what the partnership does, in a sentence or two
key-partnership-country = the ISO 3166-1 alpha-2 code of the country where the work happens, e.g. HT
key-partnership-community = who the partnership serves: the community whose needs it exists to meet
key-partnership-start = the planned start date of the partnership; it must be before end
key-partnership-end = the planned end date of the partnership; it must be after start
key-partners-id = a short identifier for the partner, unique among the partners and used by refs elsewhere in the charter
key-partners-name = the partner's full name
key-partners-sector = the sector the partner belongs to
key-partners-base = where the partner is based: local = based in and led from the community served, national = based in the same country, international = based elsewhere
key-partners-roles = the partner's roles in the partnership (at least one): the IATI organisation roles plus advisory
key-budget-currency = the ISO 4217 code of the currency all amounts are given in, e.g. USD
key-budget-total = the total budget of the partnership, in budget.currency
key-budget-published = true when the budget is public
key-budget-allocations-partner = the id of the partner who receives the money
key-budget-allocations-amount = the amount allocated, in budget.currency
key-governance-decision_making = how the partnership takes decisions: by consensus of all partners, by majority vote, by a lead partner, or by the funder
key-listening-solution_predetermined = true when the intervention was fixed before the community was engaged
key-listening-consultations-date = the date the consultation was held
key-listening-consultations-method = how the community was consulted
key-listening-consultations-participants = the number of community members who took part: a whole number from 0 to 9007199254740991 (2^53 - 1)
key-listening-consultations-before_design = true when the consultation was held before the solution was chosen
key-listening-complaints-exists = true when a complaints mechanism exists
key-coordination-initiatives-name = the initiative's name
key-coordination-initiatives-overlap = how far the initiative overlaps with this partnership's work
key-goals-id = a short identifier for the goal, unique among the goals
key-goals-statement = what the goal is, stated as an outcome for the community
key-goals-benchmarks-id = a short identifier for the benchmark, unique across the whole charter and used by exit.criteria
key-goals-benchmarks-description = what the benchmark measures, in words
key-exit-capacity_transfer-skill = the skill or capacity transferred
key-exit-capacity_transfer-to = the id of the partner who receives the skill
key-exit-support_after_exit-kind = the kind of support given after the exit, e.g. technical advice
key-waivers-rule = the id of the rule waived, e.g. transparency.independent-audit
key-waivers-reason = why the rule is waived, in at least 10 characters

## What each required key of a rule pack and a profile holds (English: their schemas', as
## for the charter)

key-pack-pack = the `[pack]` table: the pack's name and version, as the audit report records them
key-pack-rule = the `[[rule]]` entries: every rule the pack defines (at least one). Rule ids must be unique across the pack and every loaded plugin and pack
key-pack-pack-name = the pack's name, a slug such as `core` or `open-futures-foundation`
key-pack-pack-version = the pack's version (semantic versioning recommended, e.g. `1.0.0`)
key-pack-rule-id = the rule id, `category.name` (e.g. `foundation.iati-publishing`); it must not repeat a rule id of any loaded plugin or pack
key-pack-rule-category = the category the rule is scored in (usually the id's prefix); a pack's category is scored like a plugin's
key-pack-rule-severity = the default severity (a profile's `[severity]` may override it); scoring weights are error 5, warning 2, info 0
key-pack-rule-summary = what the rule checks, in one sentence (`accord rules` lists it)
key-pack-rule-rationale = why it matters, naming the source framework or policy; where a threshold is the pack author's own choice rather than a framework's figure, say so
key-pack-rule-fix = how to fix a finding; its first sentence stands alone as a one-line fix
key-pack-rule-path = a JSON Pointer (RFC 6901) into the charter: the value the rule checks and where its finding points, e.g. `/governance/meeting_every_days` or `/partners/0/base`; the empty string is the whole charter
key-pack-rule-assert = a JSON Schema (draft 2020-12) that the value at `path` must satisfy when it exists, e.g. `{ "{" } maximum = 90 { "}" }`; an invalid schema makes the pack refused
key-pack-rule-message = the finding's message, one sentence saying what is wrong
key-profile-name = the profile's name, recorded in every report (e.g. `funder-screening`)
