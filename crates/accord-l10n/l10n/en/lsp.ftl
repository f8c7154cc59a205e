# `accord lsp`: what the editor shows besides the rules' own texts (diagnostics' additions,
# hovers, completion details, code actions, messages). Every other folder holds the same
# messages with the same arguments (a test checks it, file by file).

## Diagnostics

# $message: the finding's message; $reason: the waiver's reason, as the charter writes it.
lsp-waived = { $message } (waived: { $reason })
lsp-waived-counted = { $message } (waived: { $reason }; the profile `{ $profile }` counts waived findings)
# In the related information, beside the finding and at the same place.
lsp-fix = fix: { $fix }
lsp-help = help: { $help }
lsp-plugin-failed = the plugin `{ $plugin }` could not check this charter: { $cause }

## What a value is, as hovers and completions say it. $form: `one` (a value) or `list` (the
## entries of a list: "a list of { $items }" takes that form).

lsp-shape-exactly = exactly `{ $value }`
lsp-shape-one-of = { $form ->
    [list] values ({ $count } allowed)
   *[one] one of { $count } values
}
lsp-shape-date = { $form ->
    [list] dates (YYYY-MM-DD)
   *[one] a date (YYYY-MM-DD)
}
lsp-shape-uri = { $form ->
    [list] web addresses (URIs)
   *[one] a web address (URI)
}
lsp-shape-rule-id = { $form ->
    [list] rule ids (`category.name`)
   *[one] a rule id (`category.name`)
}
lsp-shape-id = { $form ->
    [list] ids (lowercase letters, digits and hyphens)
   *[one] an id (lowercase letters, digits and hyphens)
}
lsp-shape-text = { $form ->
    [list] texts
   *[one] a text
}
lsp-shape-whole = { $form ->
    [list] whole numbers
   *[one] a whole number
}
lsp-shape-number = { $form ->
    [list] numbers
   *[one] a number
}
lsp-shape-boolean = { $form ->
    [list] true or false values
   *[one] true or false
}
lsp-shape-table = { $form ->
    [list] tables
   *[one] a table
}
lsp-shape-list-of-tables = { $form ->
    [list] lists of tables
   *[one] a list of tables
}
lsp-shape-list-of = { $form ->
    [list] lists of { $items }
   *[one] a list of { $items }
}
lsp-shape-list = { $form ->
    [list] lists
   *[one] a list
}
lsp-shape-value = { $form ->
    [list] values
   *[one] a value
}
# $what: a number's shape (lsp-shape-whole or lsp-shape-number).
lsp-shape-range = { $what } from { $min } to { $max }
lsp-shape-at-least = { $what } of at least { $min }
lsp-shape-at-most = { $what } of at most { $max }

## Hover and completion

# A key's hover: $key is its path, in bold code; $kind what it holds.
lsp-hover-key = { $key }: { $kind }
# $kind: what the value is (an lsp-shape-… message).
lsp-required = { $kind } (required)
# $values: the values in backticks.
lsp-allowed = Allowed: { $values }
lsp-allowed-many = { $count } values are allowed: completion offers them.
# The detail of a built-in profile's or pack's name.
lsp-built-in = built in
# The label of the date completion (it inserts today's date).
lsp-date-label = YYYY-MM-DD
lsp-date-today = a date: today is { DATE($today) }

## Code actions

lsp-action-replace = Replace with `{ $key }`
lsp-action-waive = Waive `{ $rule }` (a [[waivers]] entry whose reason you write)
lsp-action-explain = Explain `{ $rule }`

## Messages

lsp-untrusted = Accord uses only its built-in plugins and packs here: this workspace is not trusted, so the plugin directories, the pins (`[pins]`) and the pack files its accord.toml or its profile names are ignored (the profile's settings are used). To use them, set the initialization option `trustWorkspace` to true for this workspace (see docs/editors.md).
# $problem: why, in the command line's words.
lsp-setup-failed = Accord could not set up the rules for `{ $root }`: { $problem }
lsp-setup-untrusted-hint = (Plugins come only from the built-in search path while the workspace is not trusted: see `trustWorkspace` in the editor set-up.)
# $fallback: `core` when the built-in plugins were not found, else `default`.
lsp-setup-fallback = { $fallback ->
    [core] Until this is fixed, charters here are audited with the rules of the built-in `core` pack only (the built-in plugins were not found next to the accord executable).
   *[default] Until this is fixed, charters here are audited with the built-in default profile.
}
lsp-workspace-audited = { $charters ->
    [one] Accord audited { $charters } charter: { $pass } pass, { $fail } fail, { $invalid } invalid, { $error } error.
   *[other] Accord audited { $charters } charters: { $pass } pass, { $fail } fail, { $invalid } invalid, { $error } error.
}
lsp-explain-unknown = no loaded plugin or pack defines the rule `{ $rule }`
# In the editor's log, once, when the editor's language is not one Accord speaks.
lsp-locale-unsupported = the editor's language `{ $tag }` is not one Accord speaks; Accord writes in { $lang } (set `--lang` in the server's command to choose another)
