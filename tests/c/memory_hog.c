/* memory_hog.c: check() allocates up to 4 GiB in 64 MiB chunks, writing to each chunk every
 * TOUCH_STRIDE bytes, until malloc fails; then it frees everything and reports an error. For the
 * isolation matrix (tests/tests/isolation.rs): under `--isolate` the worker's address-space
 * limit makes malloc fail (or, where the limit is missing, the plugin says so: "no memory
 * limit hit"); never run it in-process.
 *
 * TOUCH_STRIDE defaults to a page, so every page is really used. tests/build.rs builds it with a
 * stride of 1 MiB: the address-space limit does not depend on touching, and touching 2 GiB page
 * by page costs seconds of page faults (over a second per GiB on a small VM). */
#include "common.h"

#define CHUNK ((size_t)64 * 1024 * 1024)
#define CHUNKS 64 /* 4 GiB */
#ifndef TOUCH_STRIDE
#define TOUCH_STRIDE 4096
#endif

DEFINE_MANIFEST(memory_hog_manifest,
                MANIFEST_JSON("memory-hog", RULE_JSON("memoryhog.rule", "memoryhog", "info")))

static int32_t memory_hog_check(const uint8_t *input, size_t len, AccordBuf *out) {
  (void)input;
  (void)len;
  char *chunks[CHUNKS];
  size_t got = 0;
  while (got < CHUNKS) {
    char *chunk = malloc(CHUNK);
    if (chunk == NULL) {
      break;
    }
    /* Volatile stores: the compiler may not drop the writes, nor the allocation with them. */
    volatile char *touch = chunk;
    for (size_t i = 0; i < CHUNK; i += (size_t)(TOUCH_STRIDE)) {
      touch[i] = 1;
    }
    chunks[got++] = chunk;
  }
  for (size_t i = 0; i < got; i++) {
    free(chunks[i]);
  }
  char message[96];
  snprintf(message, sizeof message, "{\"error\":\"%s after %zu MiB\"}",
           got < CHUNKS ? "out of memory" : "no memory limit hit", got * (CHUNK / (1024 * 1024)));
  return put(out, message, ACCORD_ERR);
}

DEFINE_PLUGIN(ACCORD_FLAG_THREAD_SAFE, memory_hog_manifest, memory_hog_check)
