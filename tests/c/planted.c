/* planted.c: plugin `planted`, what another user might plant next to an accord.toml, for the
 * trust tests (tests/tests/trust.rs). Its constructor creates the file named by
 * ACCORD_TEST_PLANTED_MARKER as soon as the library is mapped: if that file exists after a run,
 * the planted code ran. Otherwise a well-behaved plugin with one rule that never fires. */
#define _POSIX_C_SOURCE 200809L
#include <fcntl.h>
#include <unistd.h>

#include "common.h"

__attribute__((constructor)) static void planted_constructor(void) {
  const char *marker = getenv("ACCORD_TEST_PLANTED_MARKER");
  if (marker != NULL) {
    int fd = open(marker, O_WRONLY | O_CREAT, 0644);
    if (fd >= 0) {
      close(fd);
    }
  }
}

DEFINE_MANIFEST(planted_manifest,
                MANIFEST_JSON("planted", RULE_JSON("planted.rule", "planted", "info")))

static int32_t planted_check(const uint8_t *input, size_t len, AccordBuf *out) {
  (void)input;
  (void)len;
  return put(out, "{\"findings\":[],\"not_applicable\":[]}", ACCORD_OK);
}

DEFINE_PLUGIN(ACCORD_FLAG_THREAD_SAFE, planted_manifest, planted_check)
