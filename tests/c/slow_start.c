/* slow_start.c: a well-behaved plugin that takes 1 s to load (its manifest() sleeps) and
 * answers every check at once with no finding, for the isolation matrix
 * (tests/tests/isolation.rs). tests/build.rs builds it three times under different names
 * (-DSLOW_NAME, -DSLOW_RULE): with `--plugin-timeout 2.5` each loads in time on its own, but a
 * worker that loads all three takes 3 s, and no check may time out for that, since loading is
 * not checking. */
#define _POSIX_C_SOURCE 200809L
#include <time.h>

#include "common.h"

#ifndef SLOW_NAME
#define SLOW_NAME "slow-start"
#define SLOW_RULE "slowstart.rule"
#endif

static int32_t slow_start_manifest(AccordBuf *out) {
  struct timespec pause = {1, 0};
  nanosleep(&pause, NULL);
  return put(out, MANIFEST_JSON(SLOW_NAME, RULE_JSON(SLOW_RULE, "slowstart", "info")), ACCORD_OK);
}

static int32_t slow_start_check(const uint8_t *input, size_t len, AccordBuf *out) {
  (void)input;
  (void)len;
  return put(out, "{\"findings\":[]}", ACCORD_OK);
}

DEFINE_PLUGIN(ACCORD_FLAG_THREAD_SAFE, slow_start_manifest, slow_start_check)
