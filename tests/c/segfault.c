/* segfault.c: check() writes through a NULL pointer (SIGSEGV), for the isolation matrix
 * (tests/tests/isolation.rs). The pointer is read from a volatile object, so the compiler can
 * neither prove it NULL (and replace the store by a trap: SIGILL) nor drop the store. */
#include "common.h"

DEFINE_MANIFEST(segfault_manifest,
                MANIFEST_JSON("segfault-plugin", RULE_JSON("segfaults.rule", "segfaults", "info")))

static int *volatile nowhere = NULL;

static int32_t segfault_check(const uint8_t *input, size_t len, AccordBuf *out) {
  volatile int *target = nowhere;
  *target = (int)len;
  /* Not reached. */
  (void)input;
  return put(out, "{\"findings\":[]}", ACCORD_OK);
}

DEFINE_PLUGIN(ACCORD_FLAG_THREAD_SAFE, segfault_manifest, segfault_check)
