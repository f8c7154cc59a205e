# The `humility` plugin's finding messages in English, the source language. The English of each
# rule's texts is its doc comment (rules/*.rs); fr.ftl and es.ftl translate both.

## humility.community-in-governance

community-in-governance-no-section = The charter has no `[governance]` section, so nothing gives the community a seat on the governing body.
community-in-governance-unstated = The governance section does not say how many seats the community holds on the governing body (`community_seats`).
# $least: the fewest seats the rule accepts.
community-in-governance-too-few = The community holds { $seats } seats on the governing body; it should hold at least { $least }.
community-in-governance-too-few-of-total = The community holds { $seats } seats out of { $total } on the governing body; it should hold at least { $least }.

## humility.complaints-mechanism

complaints-mechanism-none = The charter describes no complaints mechanism (`[listening.complaints]`), so the community has no safe way to complain.
complaints-mechanism-not-exists = The charter says there is no complaints mechanism (`exists = false`).
# $max: the longest answer time the profile allows, in days.
complaints-mechanism-no-response-time = The complaints mechanism sets no response time (`response_days`); complaints should be answered within { $max } days.
complaints-mechanism-too-slow = Complaints are answered within { $days } days, longer than the maximum of { $max } days.

## humility.consulted-before-design

consulted-before-design-none = The charter records no consultation with the community, so nothing shows it was heard before the work was designed.
# $kinds: a list of the two messages below.
consulted-before-design-not-before = No consultation with the community was held before the design ({ $count } recorded: { $kinds }).
consulted-before-design-after = { $count } held after the design
consulted-before-design-empty = { $count } held before it with no participants

## humility.context-assessed

# $key: history, political, regulatory or culture.
context-assessed-no-section = The charter has no `[context]` section, so it does not describe { $key ->
        [history] the history of the place
        [political] the political situation
        [regulatory] the laws and regulations that apply
       *[culture] the local culture
    } (`context.{ $key }`).
context-assessed-missing = The context analysis does not describe { $key ->
        [history] the history of the place
        [political] the political situation
        [regulatory] the laws and regulations that apply
       *[culture] the local culture
    } (`context.{ $key }`).

## humility.feedback-loop

feedback-loop-no-section = The charter has no `[listening]` section, so the community has no listed way to give feedback.
feedback-loop-no-channel = No feedback channel is listed, so the community has no way to tell the partners what is not working.
# $channels: the channels as the charter names them, as a list.
feedback-loop-no-adaptation = Feedback comes in through { $count ->
        [one] { $count } channel
       *[other] { $count } channels
    } ({ $channels }) but the charter does not say how plans change in response (`adaptation`).

## humility.local-language

# The subject of the two sentences below. $method: the consultation's `method`; $date: its date.
local-language-consultation = The { $method ->
        [survey] survey
        [focus-group] focus group
        [community-meeting] community meeting
        [interviews] round of interviews
        [co-design-workshop] co-design workshop
       *[other] consultation
    } of { DATE($date) }
# $languages: the community's languages (`context.languages`), as tags.
local-language-unrecorded = { $consultation } does not record its language, so nothing shows it was held in a language the community speaks ({ $languages }).
local-language-other = { $consultation } was held in `{ $tag }`, which is not one of the community's languages ({ $languages }).

## humility.local-partner

# $partners: a list of `local-partner-described`.
local-partner-none = { $count ->
        [one] The only partner is not local or national: { $partners }.
       *[other] None of the { $count } partners is local or national: { $partners }.
    }
# $base: local, national or international; $affiliate: yes or no.
local-partner-described = { $name } ({ $base ->
        [local] local
        [national] national
       *[international] international
    }{ $affiliate ->
        [yes] , affiliate of an international organisation
       *[no] {""}
    })

## humility.local-partners-in-design

local-partners-in-design-false = { $partner } ({ $id }), a local implementing partner, did not take part in designing the work (`involved_in_design = false`).
local-partners-in-design-unstated = { $partner } ({ $id }), a local implementing partner, is not recorded as having taken part in designing the work (`involved_in_design` is missing).

## humility.no-predetermined-solution

no-predetermined-solution-no-section = The charter has no `[listening]` section, so it does not say whether the solution was fixed before the community was engaged.
no-predetermined-solution-true = The solution was fixed before the community was engaged (`solution_predetermined = true`).
