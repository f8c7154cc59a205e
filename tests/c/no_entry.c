/* no_entry.c: a library with a well-formed table that does not export accord_plugin_entry (its
 * entry point is misspelled). The host must refuse it with libloading's cause, not crash. */
#include "common.h"

DEFINE_MANIFEST(no_entry_manifest,
                MANIFEST_JSON("no-entry", RULE_JSON("noentry.rule", "noentry", "info")))

static int32_t no_entry_check(const uint8_t *input, size_t len, AccordBuf *out) {
  (void)input;
  (void)len;
  return put(out, "{\"findings\":[],\"not_applicable\":[]}", ACCORD_OK);
}

static const AccordPluginV1 PLUGIN = {
    {ACCORD_ABI_VERSION, (uint32_t)sizeof(AccordPluginV1)}, ACCORD_FLAG_THREAD_SAFE,
    no_entry_manifest, no_entry_check, common_free_buf,
};

__attribute__((visibility("default"))) const AccordHeader *accord_plugin_entry_point(void) {
  return &PLUGIN.header;
}
