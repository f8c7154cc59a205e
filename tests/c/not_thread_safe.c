/* not_thread_safe.c: a plugin that is not thread-safe (flags = 0), and says so. Its check keeps
 * plain, non-atomic counters and sleeps between reading and writing them, so calls that overlap
 * would be seen (`overlaps`) and would lose updates (`calls`). The host must serialise it.
 *
 * Each check reports the counters in the message of its one finding, `serial.calls` at the root:
 *   "calls=N overlaps=N outstanding=N"
 * (outstanding: earlier buffers the host has not yet handed back to free_buf).
 *
 * Built a second time with -DCLAIM_THREAD_SAFE as `claims_thread_safe`: the same code with
 * ACCORD_FLAG_THREAD_SAFE, which the host then calls concurrently. The test uses it to show that
 * the counters do detect overlapping calls. */
#define _POSIX_C_SOURCE 200809L
#include <time.h>

#include "common.h"

#ifdef CLAIM_THREAD_SAFE
#define PLUGIN_NAME "claims-thread-safe"
#define PLUGIN_FLAGS ACCORD_FLAG_THREAD_SAFE
#else
#define PLUGIN_NAME "not-thread-safe"
#define PLUGIN_FLAGS 0u
#endif

static volatile long in_flight;
static volatile long calls;
static volatile long overlaps;

DEFINE_MANIFEST(serial_manifest,
                MANIFEST_JSON(PLUGIN_NAME, RULE_JSON("serial.calls", "serial", "info")))

static void pause_briefly(void) {
  struct timespec delay = {0, 200 * 1000}; /* 200 µs */
  nanosleep(&delay, NULL);
}

static int32_t serial_check(const uint8_t *input, size_t len, AccordBuf *out) {
  (void)input;
  (void)len;
  long entered = in_flight;
  if (entered != 0) {
    overlaps = overlaps + 1;
  }
  in_flight = entered + 1;
  long seen = calls;
  pause_briefly();
  calls = seen + 1;
  in_flight = in_flight - 1;

  char message[256];
  snprintf(message, sizeof message,
           "{\"findings\":[{\"rule\":\"serial.calls\",\"path\":\"\","
           "\"message\":\"calls=%ld overlaps=%ld outstanding=%ld\"}],"
           "\"not_applicable\":[]}",
           calls, overlaps, (long)atomic_load(&outstanding_buffers));
  return put(out, message, ACCORD_OK);
}

DEFINE_PLUGIN(PLUGIN_FLAGS, serial_manifest, serial_check)
