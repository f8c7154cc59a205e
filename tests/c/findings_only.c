/* findings_only.c: a correct plugin whose output is `{"findings": []}` alone. The output schema
 * requires only `findings` (`not_applicable` is optional), so the host must accept it. */
#include "common.h"

DEFINE_MANIFEST(findings_only_manifest,
                MANIFEST_JSON("findings-only",
                              RULE_JSON("findingsonly.rule", "findingsonly", "info")))

static int32_t findings_only_check(const uint8_t *input, size_t len, AccordBuf *out) {
  (void)input;
  (void)len;
  return put(out, "{\"findings\":[]}", ACCORD_OK);
}

DEFINE_PLUGIN(ACCORD_FLAG_THREAD_SAFE, findings_only_manifest, findings_only_check)
