/* invalid_output_json.c: check() says ACCORD_OK but its output is not JSON. */
#include "common.h"

DEFINE_MANIFEST(invalid_manifest,
                MANIFEST_JSON("invalid-output-json",
                              RULE_JSON("invalidjson.rule", "invalidjson", "info")))

static int32_t invalid_check(const uint8_t *input, size_t len, AccordBuf *out) {
  (void)input;
  (void)len;
  return put(out, "findings: none, I think", ACCORD_OK);
}

DEFINE_PLUGIN(ACCORD_FLAG_THREAD_SAFE, invalid_manifest, invalid_check)
