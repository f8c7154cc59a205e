# The `exit-plan` plugin's finding messages in English, the source language. The English of
# each rule's texts is its doc comment (rules/*.rs); fr.ftl and es.ftl translate both.
# A date (YYYY-MM-DD, as the charter writes it) is written out in prose with `{ DATE($date) }`.

## exit.adopted-early

adopted-early-unstated = The charter does not say when the exit strategy was adopted (`exit.adopted`).
# $elapsed and $span: days; $share: $elapsed of $span; $limit: the profile's fraction.
adopted-early-late = The exit strategy was adopted on { DATE($adopted) }, { $elapsed } days into the { $span }-day partnership ({ $share } of its span), later than the first { $limit } (started { DATE($start) }).
adopted-early-late-no-span = The exit strategy was adopted on { DATE($adopted) }, { $elapsed } days into the { $span }-day partnership, later than the first { $limit } (started { DATE($start) }).

## exit.approach

approach-unstated = The exit plan does not say whether support will be phased down, phased out or phased over to local partners.

## exit.capacity-transfer

capacity-transfer-none = The exit plan transfers no skills to a local partner (`[[exit.capacity_transfer]]`).
# $recipients: the partners the transfers go to, comma-separated.
capacity-transfer-none-local = No capacity transfer goes to a local partner: the planned transfers go only to { $recipients }.
# $skill: the charter's own words; $partner: "Name (id)".
capacity-transfer-no-date = The transfer of "{ $skill }" to { $partner } has no `by` date.
capacity-transfer-late = The transfer of "{ $skill }" to { $partner } is due by { DATE($by) }, after the handover on { DATE($handover) }.

## exit.funding-after-exit

funding-after-exit-unstated = The exit plan does not say how the work will be paid for after the outside partners leave (`exit.funding_after_exit`).

## exit.handover-date

handover-date-unstated = The exit plan sets no handover date (`exit.handover_date`) for local partners to take the lead.
handover-date-too-early = The handover date, { DATE($handover) }, is not after the partnership starts ({ DATE($start) }): local partners cannot take over work that has not begun.
handover-date-too-late = The handover date, { DATE($handover) }, is after the partnership ends ({ DATE($end) }), so the handover is not planned within the partnership.

## exit.local-staff-growth

local-staff-growth-no-exit-share = The exit plan does not say what share of staff will be local at exit (`local_staff_share_at_exit`).
local-staff-growth-no-current-share = The exit plan does not say what share of staff is local today (`local_staff_share_now`), so growth towards exit cannot be checked.
local-staff-growth-falls = The share of local staff falls from { $now } now to { $exit } at exit; it should grow.
local-staff-growth-below = Local staff will be { $exit } of staff at exit, below the { $target } target.
local-staff-growth-falls-below = The share of local staff falls from { $now } now to { $exit } at exit, below the { $target } target.

## exit.local-successor

local-successor-unstated = The exit plan names no successor (`exit.successor`): nobody is set to lead the work after handover.
# $why: unknown, international or affiliate; $partner: "Name (id)".
local-successor-not-local = The successor after handover must be a local partner, but { $why ->
        [unknown] `{ $id }` is not one of the partners
        [international] { $partner } is an international partner, not a local one
       *[affiliate] { $partner } is an affiliate of an international organisation, which does not count as local
    }.

## exit.measurable-criteria

measurable-criteria-none = The exit plan lists no criteria (`exit.criteria`): no benchmark says when the community is ready for the outside partners to leave.

## exit.strategy

strategy-no-section = The charter has no `[exit]` section, so it does not say how the outside partners will hand over and leave.
strategy-empty = The exit plan has no strategy saying who takes over the work, when and how.

## exit.support-bounded

# $kind: the support, in the charter's own words.
support-bounded-no-end = Support after exit ("{ $kind }") has no end date (`until`), so the outside partners may never really leave.
support-bounded-not-on-request = Support after exit ("{ $kind }") is not given only when local partners ask for it (`on_request = true`).
