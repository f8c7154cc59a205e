/* unknown_rule.c: check() reports a rule its manifest does not declare (one of the good plugin's,
 * even). */
#include "common.h"

DEFINE_MANIFEST(unknown_manifest,
                MANIFEST_JSON("unknown-rule",
                              RULE_JSON("unknownrule.declared", "unknownrule", "info")))

static int32_t unknown_check(const uint8_t *input, size_t len, AccordBuf *out) {
  (void)input;
  (void)len;
  return put(out,
             "{\"findings\":[{\"rule\":\"cdemo.has-budget\",\"message\":\"Not mine to report.\","
             "\"path\":\"/budget\"}],\"not_applicable\":[]}",
             ACCORD_OK);
}

DEFINE_PLUGIN(ACCORD_FLAG_THREAD_SAFE, unknown_manifest, unknown_check)
