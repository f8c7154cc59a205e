# The `collaboration` plugin's finding messages in English, the source language. The English of
# each rule's texts is its doc comment (rules/*.rs); fr.ftl and es.ftl translate both.
# A date (YYYY-MM-DD, as the charter writes it) is written out in prose with `{ DATE($date) }`.

## collaboration.benchmark-cadence

# A date of the plan, as the subject of `benchmark-cadence-gap`. $kind: start, due or end.
benchmark-cadence-subject = { $kind ->
        [start] The partnership starts on { DATE($date) }
        [due] Benchmark `{ $benchmark }` of goal `{ $goal }` is due on { DATE($date) }
       *[end] The partnership ends on { DATE($date) }
    }
# The date before it, inside `benchmark-cadence-gap`.
benchmark-cadence-previous = { $kind ->
        [start] the partnership start on { DATE($date) }
        [due] benchmark `{ $benchmark }`, due on { DATE($date) }
       *[end] the partnership end on { DATE($date) }
    }
# $months: the longest gap the profile allows; $latest: when a benchmark was needed by.
benchmark-cadence-gap = { $subject }, more than { $months ->
        [one] { $months } month
       *[other] { $months } months
    } after { $previous } with no benchmark in between (one was needed by { DATE($latest) }).

## collaboration.benchmarks-measurable

benchmarks-measurable-none = Goal `{ $goal }` has no benchmark, so progress towards it cannot be measured.
benchmarks-measurable-no-indicator = Benchmark `{ $benchmark }` of goal `{ $goal }` has no indicator saying what is measured.
benchmarks-measurable-no-target = Benchmark `{ $benchmark }` of goal `{ $goal }` has no target value.
benchmarks-measurable-no-owner = Benchmark `{ $benchmark }` of goal `{ $goal }` has no owner responsible for it.
benchmarks-measurable-no-due = Benchmark `{ $benchmark }` of goal `{ $goal }` has no due date.
benchmarks-measurable-due-outside = Benchmark `{ $benchmark }` of goal `{ $goal }` is due on { DATE($due) }, outside the partnership's span ({ DATE($start) } to { DATE($end) }).

## collaboration.commitment-horizon

# $horizon: handover (the exit plan's handover date) or end (the partnership's end); $date: it.
commitment-horizon-short = { $partner } (`{ $id }`) has committed only until { DATE($until) }, before { $horizon ->
        [handover] the handover
       *[end] the end of the partnership
    } on { DATE($date) }.

## collaboration.cross-sector

cross-sector-no-partners = The charter lists no partners, so it cannot bring several sectors together.
# $sector: the charter's value (business, government, nonprofit, community, academic,
# philanthropy, multilateral); $least: the fewest sectors the rule accepts.
cross-sector-one-sector = { $count ->
        [one] The only partner is
       *[other] All { $count } partners are
    } from the { $sector } sector; a cross-sector partnership needs partners from at least { $least } sectors.

## collaboration.initiatives-mapped

initiatives-mapped-no-section = The charter has no `[coordination]` section, so there is no sign that the other initiatives working with this community were mapped.
initiatives-mapped-false = The other initiatives working with this community have not been mapped (`mapping_done = false`).
initiatives-mapped-unstated = The charter does not say whether the other initiatives working with this community were mapped (`mapping_done` is missing).

## collaboration.long-term

# $years: the shortest span the profile allows; $earliest: the earliest end that meets it.
long-term-short = The partnership runs from { DATE($start) } to { DATE($end) }, less than { $years ->
        [one] { $years } year
       *[other] { $years } years
    }; to last { $years ->
        [one] { $years } year
       *[other] { $years } years
    } it would have to end on or after { DATE($earliest) }.

## collaboration.no-duplication

# $initiative and $lead: the charter's own words.
no-duplication-unarranged = The initiative "{ $initiative }" duplicates this partnership's work, but no arrangement with it is recorded.
no-duplication-unarranged-led = The initiative "{ $initiative }" (led by { $lead }) duplicates this partnership's work, but no arrangement with it is recorded.

## collaboration.roles-covered

roles-covered-no-funding = No partner has the `funding` role, so the charter does not say who pays for the work.
roles-covered-no-implementing = No partner has the `implementing` role, so the charter does not say who carries out the work.
roles-covered-neither = No partner has the `funding` or the `implementing` role, so the charter says neither who pays for the work nor who carries it out.

## collaboration.value-stated

value-stated-missing = Partner { $partner } (`{ $id }`) does not say what it brings to the partnership.
# $others: how many other partners do not say it either (one or more).
value-stated-missing-others = Partner { $partner } (`{ $id }`) does not say what it brings to the partnership ({ $others ->
        [one] { $others } other partner does not say either
       *[other] { $others } other partners do not say either
    }).
