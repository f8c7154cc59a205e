/* err_status.c: check() fails cleanly with ACCORD_ERR and {"error": "database unavailable …"}.
 * The message also says how many earlier buffers the host has not yet handed back to free_buf:
 * by the host's contract that is always 0 (error buffers are freed too). */
#include "common.h"

DEFINE_MANIFEST(err_manifest,
                MANIFEST_JSON("err-status", RULE_JSON("errstatus.rule", "errstatus", "warning")))

static int32_t err_check(const uint8_t *input, size_t len, AccordBuf *out) {
  (void)input;
  (void)len;
  char message[128];
  snprintf(message, sizeof message,
           "{\"error\":\"database unavailable (%ld buffers not yet freed)\"}",
           (long)atomic_load(&outstanding_buffers));
  return put(out, message, ACCORD_ERR);
}

DEFINE_PLUGIN(ACCORD_FLAG_THREAD_SAFE, err_manifest, err_check)
