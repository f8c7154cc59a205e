/* hang.c: check() never returns (it sleeps 1000 s at a time, forever), for the isolation matrix
 * (tests/tests/isolation.rs): under `--isolate` the worker is killed at `--plugin-timeout`. */
#define _POSIX_C_SOURCE 200809L
#include <unistd.h>

#include "common.h"

DEFINE_MANIFEST(hang_manifest,
                MANIFEST_JSON("hang-plugin", RULE_JSON("hangs.rule", "hangs", "info")))

static int32_t hang_check(const uint8_t *input, size_t len, AccordBuf *out) {
  (void)input;
  (void)len;
  for (;;) {
    sleep(1000);
  }
  /* Not reached. */
  return put(out, "{\"findings\":[]}", ACCORD_OK);
}

DEFINE_PLUGIN(ACCORD_FLAG_THREAD_SAFE, hang_manifest, hang_check)
