# The `transparency` plugin's finding messages in English, the source language. The English of
# each rule's texts is its doc comment (rules/*.rs); fr.ftl and es.ftl translate both.
# Amounts and percentages come formatted for the language; `{ $currency }` is the charter's code.

## transparency.allocations-balance

allocations-balance-no-budget = The charter has no `[budget]`, so it does not show who receives the money.
allocations-balance-none = The budget lists no allocations, so nobody can see who receives its { $total } { $currency }.
# $share: the gap as a share of the total.
allocations-balance-less = The allocations add up to { $sum } { $currency }, { $gap } { $currency } less than the budget total of { $total } { $currency } ({ $share } of it); they should match it within 1%.
allocations-balance-more = The allocations add up to { $sum } { $currency }, { $gap } { $currency } more than the budget total of { $total } { $currency } ({ $share } of it); they should match it within 1%.
allocations-balance-zero-total = The allocations add up to { $sum } { $currency }, { $gap } { $currency } more than the budget total of { $total } { $currency }; they should match it within 1%.

## transparency.budget-published

budget-published-no-budget = The charter has no `[budget]`, so nobody can see where the money goes.
budget-published-not-published = The budget is not published.

## transparency.independent-audit

independent-audit-no-section = The charter has no `[transparency]` section, so it does not say how the finances are audited; an independent audit is expected.
independent-audit-internal = The finances are audited only internally (`audit = "internal"`); an independent audit is expected.
independent-audit-none = The finances are not audited (`audit = "none"`); an independent audit is expected.
independent-audit-unstated = The charter does not say how the finances are audited (`transparency.audit`); an independent audit is expected.

## transparency.interests-declared

interests-declared-no-seeks = Partner { $partner } (`{ $id }`) does not state what it seeks from the partnership (`seeks`).
interests-declared-false = The charter says the partners' interests and conflicts of interest have not been declared (`interests_disclosed = false`).
interests-declared-no-section = The charter has no `[transparency]` section, so it does not say whether the partners' interests and conflicts of interest have been declared.
interests-declared-unstated = The charter does not say whether the partners' interests and conflicts of interest have been declared (`transparency.interests_disclosed`).

## transparency.local-funding-share

# $share: the share of the budget counted as reaching local partners (one decimal, never
# rounded up to the target); $target: the profile's target.
local-funding-share-below = Local partners receive { $share } of the budget ({ $local } of { $total } { $currency }), below the { $target } target.
local-funding-share-too-indirect = Another { $indirect } { $currency } reaches local partners through two or more intermediaries and does not count.
local-funding-share-no-allocations = The budget lists no allocations.

## transparency.local-share-published

local-share-published-no-section = The charter has no `[transparency]` section, so it does not say whether the amount and share of funding reaching local partners are published.
local-share-published-false = The amount and share of funding reaching local partners are not published (`local_share_published = false`).
local-share-published-unstated = The charter does not say whether the amount and share of funding reaching local partners are published (`transparency.local_share_published`).

## transparency.open-data

open-data-no-section = The charter has no `[transparency]` section, so it names no open-data standard (such as IATI) for publishing the partnership's data.
open-data-unstated = The charter names no open-data standard (`transparency.open_data`, such as IATI) for publishing the partnership's data.

## transparency.public-reporting

public-reporting-no-section = The charter has no `[transparency]` section, so it does not commit to publishing progress reports.
public-reporting-not-public = Progress reports are not published (`public_reports = false`).
public-reporting-unstated = The charter does not say whether progress reports are published (`transparency.public_reports`).
# $max: the longest interval the profile allows, in months.
public-reporting-no-interval = The charter does not say how often progress is reported (`report_every_months`); reports should come at least every { $max ->
        [one] month
       *[other] { $max } months
    }.
public-reporting-too-rare = Progress is reported every { $months ->
        [one] month
       *[other] { $months } months
    }; reports should come at least every { $max ->
        [one] month
       *[other] { $max } months
    }.
