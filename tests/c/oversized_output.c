/* oversized_output.c: check() returns 16 MiB + 1 bytes of spaces (valid JSON whitespace, but over
 * the host's output limit). If a buffer of an earlier call was never handed back to free_buf, it
 * fails with ACCORD_ERR instead, so a second call shows whether the host freed the first. */
#include "common.h"

#define OVERSIZED ((size_t)16 * 1024 * 1024 + 1)

DEFINE_MANIFEST(oversized_manifest,
                MANIFEST_JSON("oversized-output", RULE_JSON("oversized.rule", "oversized", "info")))

static int32_t oversized_check(const uint8_t *input, size_t len, AccordBuf *out) {
  (void)input;
  (void)len;
  if (atomic_load(&outstanding_buffers) != 0) {
    return put(out, "{\"error\":\"an earlier buffer was never freed\"}", ACCORD_ERR);
  }
  uint8_t *ptr = malloc(OVERSIZED);
  if (ptr == NULL) {
    return put(out, "{\"error\":\"out of memory\"}", ACCORD_ERR);
  }
  memset(ptr, ' ', OVERSIZED);
  out->ptr = ptr;
  out->len = OVERSIZED;
  out->cap = OVERSIZED;
  atomic_fetch_add(&outstanding_buffers, 1);
  return ACCORD_OK;
}

DEFINE_PLUGIN(ACCORD_FLAG_THREAD_SAFE, oversized_manifest, oversized_check)
