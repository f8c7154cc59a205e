/* prints_stdout.c: check() prints junk that looks like the start of a worker answer to stdout
 * (and flushes it), then returns a valid output with one finding, for the isolation matrix
 * (tests/tests/isolation.rs): under `--isolate` the prints go to stderr and the finding counts;
 * in-process they corrupt `accord audit --format json`, which is one reason `--isolate` exists. */
#include "common.h"

DEFINE_MANIFEST(prints_manifest,
                MANIFEST_JSON("prints-stdout",
                              RULE_JSON("prints.rule", "prints", "info")))

static int32_t prints_check(const uint8_t *input, size_t len, AccordBuf *out) {
  (void)input;
  (void)len;
  printf("{\"ok\":\n");
  fflush(stdout);
  return put(out,
             "{\"findings\":[{\"rule\":\"prints.rule\",\"path\":\"/partnership/id\","
             "\"message\":\"Found by a plugin that prints to stdout.\"}],"
             "\"not_applicable\":[]}",
             ACCORD_OK);
}

DEFINE_PLUGIN(ACCORD_FLAG_THREAD_SAFE, prints_manifest, prints_check)
