/* huge_output.c: check() returns 20 MiB: `{"findings":[]}` followed by spaces. That is valid
 * JSON and a valid output, but over the host's 16 MiB output limit, in both modes (in-process
 * and `--isolate`), for the isolation matrix (tests/tests/isolation.rs). */
#include "common.h"

#define HUGE_SIZE ((size_t)20 * 1024 * 1024)

DEFINE_MANIFEST(huge_manifest,
                MANIFEST_JSON("huge-output", RULE_JSON("huge.rule", "huge", "info")))

static int32_t huge_check(const uint8_t *input, size_t len, AccordBuf *out) {
  (void)input;
  (void)len;
  static const char HEAD[] = "{\"findings\":[]}";
  uint8_t *ptr = malloc(HUGE_SIZE);
  if (ptr == NULL) {
    return put(out, "{\"error\":\"out of memory\"}", ACCORD_ERR);
  }
  memset(ptr, ' ', HUGE_SIZE);
  memcpy(ptr, HEAD, sizeof HEAD - 1);
  out->ptr = ptr;
  out->len = HUGE_SIZE;
  out->cap = HUGE_SIZE;
  atomic_fetch_add(&outstanding_buffers, 1);
  return ACCORD_OK;
}

DEFINE_PLUGIN(ACCORD_FLAG_THREAD_SAFE, huge_manifest, huge_check)
