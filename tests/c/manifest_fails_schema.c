/* manifest_fails_schema.c: valid JSON, but its rule has no `severity`, which the manifest schema
 * requires. */
#include "common.h"

DEFINE_MANIFEST(schema_manifest,
                "{\"name\":\"manifest-fails-schema\",\"version\":\"0.0.1\","
                "\"description\":\"A rule without a severity.\","
                "\"options\":{\"type\":\"object\",\"properties\":{}},"
                "\"rules\":[{\"id\":\"noseverity.rule\",\"category\":\"noseverity\","
                "\"summary\":\"A test rule.\",\"rationale\":\"\",\"fix\":\"\",\"example\":\"\","
                "\"references\":[]}]}")

static int32_t schema_check(const uint8_t *input, size_t len, AccordBuf *out) {
  (void)input;
  (void)len;
  return put(out, "{\"findings\":[],\"not_applicable\":[]}", ACCORD_OK);
}

DEFINE_PLUGIN(ACCORD_FLAG_THREAD_SAFE, schema_manifest, schema_check)
