/* duplicate_rule.c: plugin `c-duplicate` declares `cdemo.has-budget`, a rule id the good plugin
 * (`c-demo`) declares too. Loading both is a conflict. */
#include "common.h"

DEFINE_MANIFEST(duplicate_manifest,
                MANIFEST_JSON("c-duplicate", RULE_JSON("cdemo.has-budget", "cdemo", "error")))

static int32_t duplicate_check(const uint8_t *input, size_t len, AccordBuf *out) {
  (void)input;
  (void)len;
  return put(out, "{\"findings\":[],\"not_applicable\":[]}", ACCORD_OK);
}

DEFINE_PLUGIN(ACCORD_FLAG_THREAD_SAFE, duplicate_manifest, duplicate_check)
