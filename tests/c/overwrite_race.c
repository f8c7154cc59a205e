/* overwrite_race.c: plugin `race`, built twice (tests/build.rs) with CODE "original" and
 * "replaced", for the pin tests (tests/tests/pins_hold.rs). The two builds differ only in the
 * bytes of that word, so they have the same layout and, padded, the same size: overwriting the
 * loaded file in place with the other build must not change what the loaded plugin reports.
 *
 * check() reports one finding naming its build. On its first call it creates the file named by
 * ACCORD_TEST_RACE_MARKER (the signal for the test to overwrite the library), and every call
 * sleeps 40 ms, so a batch lasts long enough to be overwritten mid-run. */
#define _POSIX_C_SOURCE 200809L
#include <fcntl.h>
#include <time.h>
#include <unistd.h>

#include "common.h"

#ifndef CODE
#error "build with -DCODE=\"original\" or -DCODE=\"replaced\""
#endif

DEFINE_MANIFEST(race_manifest, MANIFEST_JSON("race", RULE_JSON("race.code", "race", "info")))

static const char FINDING[] =
    "{\"findings\":[{\"rule\":\"race.code\",\"path\":\"/partnership/id\","
    "\"message\":\"ran the " CODE " code\"}],\"not_applicable\":[]}";

static atomic_int called;

static int32_t race_check(const uint8_t *input, size_t len, AccordBuf *out) {
  (void)input;
  (void)len;
  if (atomic_fetch_add(&called, 1) == 0) {
    const char *marker = getenv("ACCORD_TEST_RACE_MARKER");
    if (marker != NULL) {
      int fd = open(marker, O_WRONLY | O_CREAT, 0644);
      if (fd >= 0) {
        close(fd);
      }
    }
  }
  struct timespec pause = {0, 40 * 1000 * 1000};
  nanosleep(&pause, NULL);
  return put(out, FINDING, ACCORD_OK);
}

DEFINE_PLUGIN(ACCORD_FLAG_THREAD_SAFE, race_manifest, race_check)
