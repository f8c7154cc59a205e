# `accord serve`: the self-audit page, its script, and the API's problem details. Every other
# folder holds the same messages with the same arguments (a test checks it, file by file).

## The page, before any script runs

serve-page-title = Accord self-audit
serve-page-intro = Paste your partnership charter or open its file: the audit appears beside it as you type, with the grade, the score of each category, and each finding with its line and how to fix it.
serve-page-private = Nothing is stored: your text is used only to answer each request.
serve-page-language = Language
# The button of the language picker, shown only without JavaScript.
serve-page-language-apply = Change the language
serve-page-profile = Profile
serve-page-open-file = Open a file
serve-page-starter = Start from the template
serve-page-editor-label = Charter (TOML or JSON)
serve-page-editor-hint = Select a finding to go to its line.
# The button that runs the audit.
serve-page-audit = Audit
serve-page-download = Download the report
# The heading of the report's pane.
serve-page-report = Audit
serve-page-empty = Paste a charter, open a .toml or .json file, or start from the template.
# $audit: the text of the button (serve-page-audit).
serve-page-no-script = Without JavaScript, press { $audit } to see the report.

## What the script writes. An argument the page fills in later reaches it as `{name}`; one
## selected by `$count` is given once per plural form.

serve-script-auditing = Auditing…
serve-script-cursor = Line { $line }, column { $column }
# $grade: serve-script-grade or serve-script-no-grade; $score: serve-script-score; $verdict:
# serve-script-verdict-pass or -fail.
serve-script-summary = { $grade } · { $score } · { $verdict }
serve-script-grade = Grade { $grade }
serve-script-no-grade = No grade
serve-script-score = Score { $score } of 100
serve-script-verdict-pass = Passes
serve-script-verdict-fail = Fails
# $count: the rules that pass; $evaluated: the rules that ran.
serve-script-rules-passed = { $count ->
    [one] { $count } of { $evaluated } rules passes
   *[other] { $count } of { $evaluated } rules pass
}
serve-script-errors = { $count ->
    [one] { $count } error
   *[other] { $count } errors
}
serve-script-warnings = { $count ->
    [one] { $count } warning
   *[other] { $count } warnings
}
serve-script-infos = { $count ->
    [one] { $count } info
   *[other] { $count } infos
}
# $rules: serve-script-rules-passed; the others: serve-script-errors, -warnings and -infos.
serve-script-counts = { $rules }; { $errors }, { $warnings }, { $infos }.
serve-script-categories = Scores by category
serve-script-category = Category
serve-script-category-score = Score
serve-script-findings = Findings ({ $count })
serve-script-no-findings = No findings: every rule passes.
serve-script-error = Error
serve-script-warning = Warning
serve-script-info = Info
serve-script-line = line { $line }
serve-script-fix = How to fix:
serve-script-waived = Waived: { $reason }
serve-script-invalid = { $count ->
    [one] Not a valid charter yet: { $count } error to correct before it can be audited.
   *[other] Not a valid charter yet: { $count } errors to correct before it can be audited.
}
serve-script-help = Help:
serve-script-plugin-failed = A plugin failed on this charter, so it has no score: { $plugin }: { $cause }
serve-script-request-failed = The server could not audit this text: { $detail }
serve-script-no-answer = The server did not answer. Is `accord serve` still running?
serve-script-replace = Replace the text in the editor with the template?
serve-script-opened = Opened { $name }.

## Problem details (RFC 9457). Titles are the HTTP status phrases; details and help are the
## sentences the command line would print, starting in lowercase.

serve-problem-title = { $status ->
    [400] Bad Request
    [403] Forbidden
    [404] Not Found
    [405] Method Not Allowed
    [406] Not Acceptable
    [408] Request Timeout
    [413] Payload Too Large
    [415] Unsupported Media Type
    [500] Internal Server Error
    [503] Service Unavailable
   *[other] Error
}
# $types: the media types, in backticks.
serve-problem-not-acceptable = the `Accept` header asks for no format this route can give
serve-problem-not-acceptable-help = accept one of { $types }
serve-problem-content-type = the body's `Content-Type` is `{ $media }`, which is not a charter format
serve-problem-no-content-type = the body has no `Content-Type`, so its format is unknown
serve-problem-content-type-help = send the charter as `application/toml` or `application/json`
# $error: the parser's own words (English).
serve-problem-query-malformed = the query string is malformed: { $error }
serve-problem-query-unknown = there is no query parameter `{ $name }`
serve-problem-query-none-help = this route takes no query parameters
serve-problem-query-help = this route takes { $names }
serve-problem-query-twice = the query parameter `{ $name }` is given twice
serve-problem-date = `{ $text }` is not a date like 2026-01-31
serve-problem-date-help = give `today` as YYYY-MM-DD, or leave it out for today's date
serve-problem-filename = the filename must be 1 to { $max } characters without control characters
serve-problem-lang = Accord does not speak the language `{ $tag }`
# $tags: each language's tag and name: `fr` (français).
serve-problem-lang-help = ask for { $tags }, or leave `lang` out to follow `Accept-Language`
serve-problem-profile = there is no profile `{ $name }` on this server
serve-problem-profile-help = this server audits with { $names }
serve-problem-not-found = there is nothing at `{ $path }`
serve-problem-not-found-help = the page is at `/`; `/v1/openapi.json` describes the API
serve-problem-method = `{ $path }` does not answer { $method }
serve-problem-method-help = it answers { $methods }
serve-problem-rule = there is no rule `{ $id }` in this profile's plugins or packs
serve-problem-rule-closest = did you mean `{ $closest }`?
serve-problem-rule-help = `GET /v1/rules` lists every rule
serve-problem-schema = there is no schema `{ $name }`
serve-problem-schema-help = the schemas are { $names }
serve-problem-page = the page could not be rendered: { $error }
serve-problem-download = there is no download format `{ $name }`
serve-problem-download-help = download `html`, `markdown` or `json`
serve-problem-form-malformed = the form is malformed: { $error }
serve-problem-form-type = the form's `Content-Type` is `{ $media }`, which is not a form
serve-problem-form-type-help = post the page's form as `multipart/form-data` or `application/x-www-form-urlencoded`
serve-problem-form-field = the form has no field `{ $name }`
serve-problem-form-field-help = the form's fields are `charter`, `file`, `profile`, `lang` and `download`
serve-problem-internal = accord hit an internal error on this request, which is a bug in accord
serve-problem-internal-help = please report it with the request that caused it; the server goes on
# $slots: how many audits run at once; $seconds: how long the request waited.
serve-problem-busy = { $slots ->
    [one] the server is busy: its only audit slot stayed taken for { $seconds } { $seconds ->
        [one] second
       *[other] seconds
    }
   *[other] the server is busy: all { $slots } audit slots stayed taken for { $seconds } { $seconds ->
        [one] second
       *[other] seconds
    }
}
serve-problem-busy-help = try again in a moment
serve-problem-too-slow = the audit took longer than the server's limit of { $seconds } { $seconds ->
    [one] second
   *[other] seconds
}
serve-problem-too-slow-help = a plugin may be slow or stuck on this charter; try again, or ask the server's operator to run it with `--isolate` and a `--plugin-timeout`
serve-problem-body = the request body could not be read: { $error }
serve-problem-body-late = the request body did not arrive in time
serve-problem-too-large = the file is { $size } bytes, over the limit of { $limit } bytes
serve-problem-too-large-streamed = the charter is over the limit of { $limit } bytes
serve-problem-too-large-help = a charter is normally a few kilobytes; if this one really is larger, the server's operator can raise the limit with `--max-file-size`
serve-problem-host = this server is bound to a loopback address and answers only requests for localhost, but this request is for `{ $host }`
serve-problem-host-help = open the address `accord serve` printed; behind a reverse proxy, have the proxy send a loopback `Host` (such as `localhost`), or bind with `--listen`
serve-problem-no-host = the request names no host (no `Host` header)
