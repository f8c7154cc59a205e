/* bad_manifest_json.c: manifest() returns text that is not JSON (it stops half-way). */
#include "common.h"

DEFINE_MANIFEST(bad_json_manifest,
                "{\"name\":\"bad-manifest-json\",\"version\":\"0.0.1\",\"rules\":[")

static int32_t bad_json_check(const uint8_t *input, size_t len, AccordBuf *out) {
  (void)input;
  (void)len;
  return put(out, "{\"findings\":[],\"not_applicable\":[]}", ACCORD_OK);
}

DEFINE_PLUGIN(ACCORD_FLAG_THREAD_SAFE, bad_json_manifest, bad_json_check)
