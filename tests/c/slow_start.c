/* slow_start.c: a well-behaved plugin that takes 1.5 s to load (its manifest() sleeps) and
 * answers every check at once with no finding, for the isolation matrix
 * (tests/tests/isolation.rs): with `--plugin-timeout 1`, no check of any plugin should time
 * out, since loading is not checking. */
#define _POSIX_C_SOURCE 200809L
#include <time.h>

#include "common.h"

static int32_t slow_start_manifest(AccordBuf *out) {
  struct timespec pause = {1, 500 * 1000 * 1000};
  nanosleep(&pause, NULL);
  return put(out, MANIFEST_JSON("slow-start", RULE_JSON("slowstart.rule", "slowstart", "info")),
             ACCORD_OK);
}

static int32_t slow_start_check(const uint8_t *input, size_t len, AccordBuf *out) {
  (void)input;
  (void)len;
  return put(out, "{\"findings\":[]}", ACCORD_OK);
}

DEFINE_PLUGIN(ACCORD_FLAG_THREAD_SAFE, slow_start_manifest, slow_start_check)
