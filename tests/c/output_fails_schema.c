/* output_fails_schema.c: check() returns JSON whose finding has no `path`. */
#include "common.h"

DEFINE_MANIFEST(schema_out_manifest,
                MANIFEST_JSON("output-fails-schema", RULE_JSON("nopath.rule", "nopath", "error")))

static int32_t schema_out_check(const uint8_t *input, size_t len, AccordBuf *out) {
  (void)input;
  (void)len;
  return put(out, "{\"findings\":[{\"rule\":\"nopath.rule\",\"message\":\"Somewhere.\"}]}",
             ACCORD_OK);
}

DEFINE_PLUGIN(ACCORD_FLAG_THREAD_SAFE, schema_out_manifest, schema_out_check)
