# The command line's own sentences in English: what `validate`, `init`, `config`, `plugins` and
# `explain` print, and the errors of the command line. Every other language holds the same
# messages with the same arguments in its own cli.ftl (a test checks it). `--help` stays
# English and is not here.

## Errors

# $file: file-invalid.
cli-file-problems = { $file } ({ $count ->
    [one] { $count } problem
   *[other] { $count } problems
}):
cli-internal-error = accord hit an internal error, which is a bug in accord: { $info }
cli-internal-error-help = please report it with the command you ran and the input that caused it
cli-could-not-create = could not create `{ $path }`
cli-could-not-write = could not write `{ $path }`
cli-could-not-read = could not read `{ $path }`
cli-no-format = there is no format `{ $format }`
cli-no-schema = no bundled schema `{ $name }`
cli-no-such-rule = there is no rule `{ $rule }` in this profile's plugins or packs
cli-rules-lists-every-rule = `accord rules` lists every rule

## The charters a command reads

cli-stdin-twice = `-` is given { $count } times, but standard input holds one charter and can be read only once
cli-stdin-twice-help = give `-` once
cli-stdin-both = `-` and `--files-from -` both read standard input, which can be read only once
cli-stdin-both-help = give the list of paths in a file (`--files-from FILE`), or the charter as a file
cli-stdin-filename-alone = `--stdin-filename` names the charter read from standard input, but no `-` is given
cli-stdin-filename-alone-help = add `-` to the paths to read a charter from standard input
cli-stdin-read-charter = could not read the charter from standard input
cli-stdin-read-list = could not read the list of paths from standard input
cli-files-from-unreadable = could not read the list of paths `{ $path }` (--files-from)
# $places: the paths given, and cli-the-list.
cli-the-list = the list `{ $path }`
cli-no-charters = no charters found in { $places }
# $skipped: what the walks skipped (skipped).
cli-no-charters-skipped = no charters found in { $places } ({ $skipped })
cli-no-charters-help = give `.toml` or `.json` files, directories that hold them, `-` for one charter on standard input, or `--files-from FILE` for a list of paths
cli-progress-charters = charters
# Before the time left.
cli-progress-eta = ETA

## accord validate

cli-validate-valid = valid: { $path }
cli-validate-invalid = invalid: { $path } ({ $count ->
    [one] { $count } error
   *[other] { $count } errors
})
# $kind: charter, pack, profile, config.
cli-validate-count = { $valid } of { $count } { $kind ->
    [charter] charters
    [pack] packs
    [profile] profiles
   *[config] configuration files
} valid

## accord audit

cli-summary-flag = { $flag } works with --format text, markdown or html, not { $format }
cli-summary-flag-help = { $format } always holds every charter; the JSON summary line always carries `rule_counts`
cli-output-create = could not create `{ $path }` (-o)
cli-output-write = could not write the report to `{ $path }` (-o)
cli-output-is-charter = `{ $output }` (-o) is the charter `{ $charter }`: writing the report there would destroy it
cli-output-is-list = `{ $output }` (-o) is the list of paths given to --files-from: writing the report there would destroy it
cli-output-elsewhere = write the report to another file

## accord init and accord config

cli-init-exists = `{ $path }` already exists, and `accord init` never overwrites a file
cli-init-exists-help = give `accord init` another file name, or move the existing file away first
cli-init-wrote = wrote { $file }: a starter charter with TODOs; `accord audit { $file }` lists what to add next
cli-config-init-exists = `{ $path }` already exists, and `accord config init` never overwrites a file
cli-config-init-exists-help = `accord config show` prints what it resolves to; edit it, or give another file name
cli-config-init-wrote = wrote { $file }: the default profile, with packs, plugin directories and pins explained
# The labels of `accord config show`, in a column.
cli-show-label = { $label ->
    [configuration] configuration
    [profile] profile
    [packs] packs
    [plugins] plugins
   *[pins] pins
}
cli-show-config-none-flag = none (--no-config)
cli-show-config-named = { $path } (named with --config)
cli-show-config-found = { $path } (found by looking in { $dir } and its parents)
cli-show-config-not-found = none (no { $file } in { $dir } or its parents)
cli-show-config-unreadable = none ({ $path } could not be read)
cli-show-built-in = built in
cli-show-none = none
# $file: its path or cli-show-built-in; $from: flag, config, default.
cli-show-profile = { $name } ({ $file }; { $from ->
    [flag] named with --profile
    [config] named by the configuration
   *[default] the default
})
# $from: profile, config, flag.
cli-show-pack = { $name } { $version } ({ $file }; { $from ->
    [profile] named by the profile
    [config] named by the configuration
   *[flag] given with --pack
}, { $rules ->
    [one] { $rules } rule
   *[other] { $rules } rules
})
# Where a plugin was found. $from: flag, path, dir, executable, found.
cli-show-plugin-from = { $from ->
    [flag] given with --plugin
    [path] on ACCORD_PLUGIN_PATH
    [dir] in a --plugin-dir
    [executable] next to the accord executable
   *[found] found
}
cli-show-plugin-config = in a plugin_dirs entry of { $config }
# $how: cli-show-plugin-from or cli-show-plugin-config; $pinned: yes, no.
cli-show-plugin = { $name } { $version } ({ $path }; { $how }; { $pinned ->
    [yes] pinned
   *[no] not pinned
})
cli-show-pins-none = none (every plugin loads unpinned)
cli-show-pins = { $count } in the configuration; a plugin without one is refused
cli-show-pins-allow-unpinned = { $count } in the configuration; --allow-unpinned admits plugins without one

## accord plugins list, verify, lock

cli-plugins-no-config = none
cli-plugins-run = profile { $profile }, config { $config }
# $pinned: pinned, unpinned; $threads: thread-safe, serialised.
cli-plugins-plugin = { $name } { $version } (ABI { $abi }, { $pinned ->
    [pinned] pinned
   *[unpinned] unpinned
}, { $threads ->
    [thread-safe] thread-safe
   *[serialised] serialised
})
# The labels under each plugin, in a column.
cli-plugins-label = { $label ->
    [path] path
    [sha256] sha256
   *[rules] rules
}
cli-verify-no-config = there is no configuration to verify against
cli-verify-no-config-help = pins live in accord.toml; run `accord plugins lock` to write them
cli-verify-no-pins = `{ $config }` pins no plugins
cli-verify-no-pins-help = run `accord plugins lock` to pin the plugins the profile uses
cli-verify-ok = ok: { $name } { $version } matches its pin ({ $path })
cli-not-toml = `{ $path }` is not valid TOML
cli-pins-not-table = `pins` in `{ $path }` is not a table
cli-lock-pinned = pinned { $name } { $version } = { $sha256 }
cli-lock-wrote = wrote { $path }

## accord serve

cli-serve-listening = accord serve: the self-audit page is at { $url } (Ctrl-C stops it)
cli-serve-exposed = listening on { $listen }, which other machines may reach; accord serve has no authentication and no TLS
cli-serve-exposed-help = put it behind a reverse proxy that adds them, and use `--isolate` for plugins you do not trust
cli-serve-in-use = could not listen on { $listen }: another program already does
cli-serve-in-use-help = choose another port with `--listen 127.0.0.1:PORT` (port 0 takes any free one)
