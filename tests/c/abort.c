/* abort.c: check() calls abort(), for the isolation matrix (tests/tests/isolation.rs). In-process
 * this ends the whole `accord` run; under `--isolate` it costs one worker (SIGABRT) and one
 * `plugin_failures` entry per charter. */
#include "common.h"

DEFINE_MANIFEST(abort_manifest,
                MANIFEST_JSON("abort-plugin", RULE_JSON("aborts.rule", "aborts", "info")))

static int32_t abort_check(const uint8_t *input, size_t len, AccordBuf *out) {
  (void)input;
  (void)len;
  (void)out;
  abort();
}

DEFINE_PLUGIN(ACCORD_FLAG_THREAD_SAFE, abort_manifest, abort_check)
