# The host rules' finding messages in English. The English of the rules' texts is their doc
# comment in host.rs; fr.ftl and es.ftl hold both in French and Spanish.

## waiver.unknown-rule

waiver-names-host-waiver-rule = The waiver names `{ $rule }`, a host rule about waivers, which cannot be waived.
waiver-names-host-rule = The waiver names `{ $rule }`, a host rule, which cannot be waived.
waiver-names-unknown-rule = The waiver names `{ $rule }`, which no loaded plugin or pack defines.
waiver-did-you-mean = Did you mean `{ $rule }`?

## waiver.expired

# $expires and $today: dates (YYYY-MM-DD), written out with DATE().
waiver-expired-on = The waiver of `{ $rule }` expired on { DATE($expires) }, before the audit date { DATE($today) }.

## waiver.unused

waiver-unused-rule-disabled = The waiver of `{ $rule }` waives nothing: the rule is disabled by the profile.
waiver-unused-no-finding = The waiver of `{ $rule }` waives nothing: the rule found no problem.
