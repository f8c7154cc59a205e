# The host's sentences in English, the source language. Every other folder holds the same
# messages with the same arguments (a test checks it). Ids are `area-what`.

## Where a rule comes from, and its severity, as sentences show them

# $kind: plugin, pack or host; $name: the plugin's or the pack's name.
rule-origin = { $kind ->
    [plugin] plugin { $name }
    [pack] pack { $name }
   *[host] accord (host)
}
# $severity: error, warning or info (the JSON report's values).
severity = { $severity ->
    [error] error
    [warning] warning
   *[info] info
}

## accord explain, and the rule hovers of the server and the editor

explain-header = { $rule }  ({ $severity }, category { $category }, from { $origin })
explain-why = Why
explain-fix = How to fix
explain-example = Example (passes)
# Markdown (hovers, the web page): keep the asterisks.
explain-example-markdown = **Example** (passes):
explain-references = References
explain-sources-markdown = **Sources:**

## accord rules

rules-column-rule = RULE
rules-column-severity = SEVERITY
rules-column-category = CATEGORY
rules-column-source = SOURCE
rules-column-summary = SUMMARY
rules-footer = { $count ->
    [one] { $count } rule; `accord explain RULE` tells what it checks, why, and how to fix it.
   *[other] { $count } rules; `accord explain RULE` tells what each checks, why, and how to fix it.
}
rules-markdown-title = The rules of the profile `{ $profile }`
rules-markdown-intro = { $count ->
    [one] { $count } rule, with the severity the profile gives it.
   *[other] { $count } rules, with the severity the profile gives them.
} `accord explain RULE` tells what each checks, why, how to fix it, and shows a passing example.
rules-markdown-columns = | Rule | Severity | Category | Source | Summary | References |
