# The reports' sentences in English: text, Markdown, HTML, JUnit and SARIF. Every other
# language holds the same messages with the same arguments in its own report.ftl (a test
# checks it). Markdown and HTML messages mark **strong** text and `code` as Markdown does; HTML
# turns both into markup (write no HTML). Lines of the text report start in lower case.

## Shared by the formats

report-unnamed = (unnamed charter)
# $verdict: pass, fail, invalid, error (the JSON report's values).
report-verdict = { $verdict ->
    [pass] pass
    [fail] fail
    [invalid] invalid
   *[error] error
}
# The categories of the built-in rules, as reports name them (lower case; HTML capitalises).
category-accountability = accountability
category-collaboration = collaboration
category-exit = exit
category-humility = humility
category-transparency = transparency
category-waiver = waiver
# A table's column. $column: one of the ids below.
report-column = { $column ->
    [score] Score
    [grade] Grade
    [verdict] Verdict
    [errors] Errors
    [warnings] Warnings
    [partnership] Partnership
    [path] Path
    [charters] Charters
    [share] Share
    [rule] Rule
    [kind] Kind
    [where] Where
    [example] Example
    [category] Category
    [rank] Rank
    [unwaived] Unwaived findings
   *[other] { $column }
}
# A sentence that introduces a list or a table.
report-colon = { $text }:
# The unwaived findings by severity; then report-count-line-end or -waived.
report-count-line = { $errors ->
    [one] { $errors } error
   *[other] { $errors } errors
}, { $warnings ->
    [one] { $warnings } warning
   *[other] { $warnings } warnings
}, { $infos ->
    [one] { $infos } info
   *[other] { $infos } infos
}
report-count-line-end = { $counts }.
report-count-line-waived = { $counts }; { $waived } waived.
# $severity: error, warning, info.
report-severity-count = { $severity ->
    [error] { $count ->
        [one] { $count } error
       *[other] { $count } errors
    }
    [warning] { $count ->
        [one] { $count } warning
       *[other] { $count } warnings
    }
   *[info] { $count ->
        [one] { $count } info
       *[other] { $count } infos
    }
}
# $plugin: its name, as the format shows code; $cause: a failure-… sentence.
report-plugin-failed = plugin { $plugin } failed: { $cause }
report-waiver-by-until = { $reason }, approved by { $by }, until { DATE($until) }
report-waiver-by = { $reason }, approved by { $by }
report-waiver-until = { $reason }, until { DATE($until) }
# $plugins: their names, as a list.
report-untranslated = { $count ->
    [one] the plugin { $plugins } does not speak this language: its rules and messages are in English
   *[other] the plugins { $plugins } do not speak this language: their rules and messages are in English
}
report-summary = Summary
report-summary-counts = { $charters ->
    [one] { $charters } charter
   *[other] { $charters } charters
}: { $pass } pass, { $fail } fail, { $invalid } invalid, { $error } error
report-statistics = Statistics
report-most-failed = Rules that fail most, of { $audited ->
    [one] { $audited } audited charter
   *[other] { $audited } audited charters
} ({ $rules ->
    [one] { $rules } rule
   *[other] { $rules } rules
} failed somewhere)
report-recurring-errors = Validation errors that recur, of { $invalid ->
    [one] { $invalid } invalid charter
   *[other] { $invalid } invalid charters
}
# Where a validation error is, when it is about the whole file.
report-whole-file = (file)
report-findings = Findings
report-line = line { $line }
# Since an earlier audit (`--baseline`). $matched_by: id or path.
report-baseline = since the baseline (matched by { $matched_by ->
    [id] id
   *[path] path
}): { $change }; { $counts }{ $rules }
report-baseline-score = score { $change }
report-baseline-no-score = no score to compare
report-baseline-counts = { $new } new, { $persisting } persisting, { $resolved } resolved
report-baseline-absent = not in the baseline: { $count ->
    [one] its finding is new
   *[other] all { $count } findings are new
}

## The text report (a terminal)

report-text-title = { $name }{ $id }: { $path }
# $verdict: report-verdict in capitals; $reasons: " (…)" or nothing.
report-text-headline = grade { $grade }, score { $score } / 100, verdict { $verdict }{ $reasons }
report-text-rule-counts = { $evaluated ->
    [one] { $evaluated } rule
   *[other] { $evaluated } rules
}: { $passed } passed, { $failed } failed, { $not_applicable } not applicable, { $waived } waived; { $findings }
report-text-invalid = verdict { $verdict }: the charter has { $count ->
    [one] { $count } structural error
   *[other] { $count } structural errors
} and was not audited
report-text-run-validate = run `accord validate { $path }` to see each one
report-text-error = verdict { $verdict }: a plugin failed, so the charter has no score
report-text-run = profile { $profile }, { $config }, audit date { DATE($date) }, plugins: { $plugins }
report-text-config = config { $config }
report-text-no-config = no config
report-text-no-plugins = none
report-text-packs = packs: { $packs }
report-text-category = { $category } (score { $score })
report-text-waived = waived: { $note }
report-text-how-to-fix = how to fix: { $fix }
report-text-passing-example =
    a passing example:
    { $example }
report-text-fix = { $fix } (`accord explain { $rule }`)
report-text-no-findings = no findings: every rule passed or did not apply
report-text-summary = Summary: { $charters ->
    [one] { $charters } charter
   *[other] { $charters } charters
}: { $pass } pass, { $fail } fail, { $invalid } invalid, { $error } error
report-text-statistics-none = Statistics: no rule failed on any of the { $audited ->
    [one] { $audited } audited charter
   *[other] { $audited } audited charters
}
report-text-no-recurring-errors = No validation error recurs across the { $invalid ->
    [one] { $invalid } invalid charter
   *[other] { $invalid } invalid charters
}
# The last columns' headings of the table of recurring validation errors.
report-text-where-example = WHERE  (EXAMPLE)
# The label of a snippet's line. $label: error, warning, info, note, help.
report-label = { $label ->
    [error] error
    [warning] warning
    [info] info
    [note] note
   *[help] help
}
# The label of a line after a snippet ("help: …"). $label: note, help.
report-footer-label = { $label ->
    [note] note
   *[help] help
}
report-in-file = in { $path }

## The Markdown report

report-markdown-run = Audited on { DATE($date) } with profile { $profile } · **verdict: { $verdict }**{ $reasons }
report-markdown-invalid = The charter is **invalid** and was not audited:
report-markdown-error = The audit could not finish: a plugin failed. Scores are not given.
report-markdown-headline = **Grade { $grade }**, overall score **{ $score }** / 100. { $findings }
report-markdown-no-findings = No findings.
report-markdown-finding = **{ $severity }** { $rule } (line { $line }, { $path }): { $message }
report-markdown-waived = *Waived*: { $note }
report-markdown-how-to-fix = How to fix: { $fix }
report-markdown-passing-example = A passing example:
report-markdown-fix = Fix: { $fix }
report-markdown-summary-line = **Summary:** { $charters ->
    [one] { $charters } charter
   *[other] { $charters } charters
}: { $pass } pass, { $fail } fail, { $invalid } invalid, { $error } error.
report-markdown-statistics-none = No rule failed on any of the { $audited ->
    [one] { $audited } audited charter
   *[other] { $audited } audited charters
}.
report-markdown-no-recurring-errors = No validation error recurs across the { $invalid ->
    [one] { $invalid } invalid charter
   *[other] { $invalid } invalid charters
}.

## The HTML report

report-html-title-one = Partnership audit: { $name }
report-html-title-batch = Partnership audit: { $charters ->
    [one] { $charters } charter
   *[other] { $charters } charters
}
report-html-heading = Partnership audit report
report-html-run = Audited on { DATE($date) } by Accord { $version } with the profile **{ $profile }**.
report-html-run-config = Audited on { DATE($date) } by Accord { $version } with the profile **{ $profile }** and the configuration `{ $config }`.
report-html-run-plugins = Plugins: { $plugins }.
report-html-run-packs = Rule packs: { $packs }.
report-html-run-report-only = Waivers are **report-only**: a waived finding still counts as failed.
report-html-summary-counts = { $charters ->
    [one] { $charters } charter
   *[other] { $charters } charters
}: **{ $pass }** pass, **{ $fail }** fail, **{ $invalid }** invalid, **{ $error }** error.
report-html-ranking = Charters ranked by overall score (invalid and error charters last)
report-html-statistics-none = No rule failed on any of the { $audited ->
    [one] { $audited } audited charter
   *[other] { $audited } audited charters
}.
report-html-no-recurring-errors = No validation error recurs across the { $invalid ->
    [one] { $invalid } invalid charter
   *[other] { $invalid } invalid charters
}.
report-html-footer = Grades: A at 90 or more, B at 80, C at 70, D at 60, F under 60. Scores weigh each applicable rule by its severity (error 5, warning 2, info 0); a rule passes when it has no unwaived finding. Run `accord explain RULE` for why a rule matters and how to meet it.
# The label before the partnership's id.
report-html-id = id
report-html-back = back to the summary
# $grade: A to F, or none.
report-headline = { $grade ->
    [none] **No grade**
   *[other] **Grade { $grade }**
}, overall score **{ $score }** / 100
report-html-invalid-headline = **Not audited**: the charter is invalid, so it has no score
report-html-error-headline = **No score**: a plugin failed on this charter
report-html-verdict = Verdict: { $verdict }
report-html-why = **Why:** { $reasons }.
report-html-rule-counts = { $evaluated ->
    [one] { $evaluated } rule
   *[other] { $evaluated } rules
}: { $passed } passed, { $failed } failed, { $not_applicable } not applicable, { $waived } waived. Findings: { $findings }
report-html-score-by-category = Score by category
report-html-none = none
report-html-not-applicable = Not applicable to this charter: { $rules }.
report-html-plugin-failures = Plugin failures
report-html-validation-errors = Validation errors
report-html-validate-again = Run `accord validate { $path }` to check the charter again after fixing these.
report-html-no-findings = No findings: every rule passed or did not apply.
report-html-help = Help:
report-html-category-score = score { $score }
report-html-finding-count = { $count ->
    [one] { $count } finding
   *[other] { $count } findings
}
report-html-new = new
report-html-persisting = persisting
report-html-waived = Waived:
report-html-still-counted = (report-only: still counted as failed)
report-html-how-to-fix = How to fix:
report-html-passing-example = A passing example:
report-html-fix = Fix:
report-html-line-column = Line { $line }, column { $column }
report-html-line = Line { $line }
# What a screen reader says for a source line's number.
report-html-line-label = line { $line }

## JUnit (for CI systems)

report-junit-finding = { $severity } { $rule } { $line }:{ $column }: { $message }
report-junit-waived = { $finding } (waived, report-only: { $reason })
report-junit-score = grade { $grade }, score { $score }
report-junit-no-score = no score
report-junit-pass = { $name }: verdict pass, { $score }
report-junit-fail = { $name }: verdict fail, { $score }; { $why }
report-junit-failed-rules = { $rules ->
    [one] { $rules } rule
   *[other] { $rules } rules
} failed with { $findings ->
    [one] { $findings } finding
   *[other] { $findings } findings
}: { $errors ->
    [one] { $errors } error
   *[other] { $errors } errors
}, { $warnings ->
    [one] { $warnings } warning
   *[other] { $warnings } warnings
}, { $infos ->
    [one] { $infos } info
   *[other] { $infos } infos
}
report-junit-invalid = { $name }: invalid charter, not audited: { $count ->
    [one] { $count } structural error
   *[other] { $count } structural errors
}
report-junit-error = { $name }: not scored, plugin failed: { $plugins }

## SARIF (for code scanning)

report-sarif-plugin-failed = Plugin `{ $plugin }` failed on this charter: { $cause }
report-sarif-how-to-fix = **How to fix:** { $fix }
report-sarif-why = **Why:** { $why }
