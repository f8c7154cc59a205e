/* load_fault.c: plugin `load-fault`, a fault while it loads, for the isolation tests
 * (tests/tests/isolate_load.rs). tests/build.rs builds it once per fault and place:
 *
 *   -DFAULT_CRASH (a write through NULL: SIGSEGV), -DFAULT_ABORT, -DFAULT_LOOP (an endless busy
 *   loop), -DFAULT_EXIT (exit(0), which ends a process "successfully")
 *   -DIN_CONSTRUCTOR (when the library is mapped), -DIN_ENTRY (accord_plugin_entry),
 *   -DIN_MANIFEST (manifest())
 *
 * In-process each of these ends or hangs the host before any audit; under --isolate the host
 * never maps the library, and refuses the plugin with what happened to its worker. */
#include "common.h"

static int *volatile nowhere = NULL;
static volatile unsigned long spins;

static void fault(void) {
#if defined(FAULT_CRASH)
  volatile int *target = nowhere;
  *target = 1;
#elif defined(FAULT_ABORT)
  abort();
#elif defined(FAULT_LOOP)
  for (;;) {
    spins++;
  }
#elif defined(FAULT_EXIT)
  exit(0);
#else
#error "build with one of -DFAULT_CRASH, -DFAULT_ABORT, -DFAULT_LOOP, -DFAULT_EXIT"
#endif
}

#if !defined(IN_CONSTRUCTOR) && !defined(IN_ENTRY) && !defined(IN_MANIFEST)
#error "build with one of -DIN_CONSTRUCTOR, -DIN_ENTRY, -DIN_MANIFEST"
#endif

#ifdef IN_CONSTRUCTOR
__attribute__((constructor)) static void load_fault_constructor(void) { fault(); }
#endif

static int32_t load_fault_manifest(AccordBuf *out) {
#ifdef IN_MANIFEST
  fault();
#endif
  return put(out, MANIFEST_JSON("load-fault", RULE_JSON("loadfault.rule", "loadfault", "info")),
             ACCORD_OK);
}

static int32_t load_fault_check(const uint8_t *input, size_t len, AccordBuf *out) {
  (void)input;
  (void)len;
  return put(out, "{\"findings\":[]}", ACCORD_OK);
}

static const AccordPluginV1 PLUGIN = {
    {ACCORD_ABI_VERSION, (uint32_t)sizeof(AccordPluginV1)},
    ACCORD_FLAG_THREAD_SAFE,
    load_fault_manifest,
    load_fault_check,
    common_free_buf,
};

const AccordHeader *accord_plugin_entry(void) {
#ifdef IN_ENTRY
  fault();
#endif
  return &PLUGIN.header;
}
