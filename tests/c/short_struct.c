/* short_struct.c: version 1, but the table claims to be 16 bytes: shorter than the v1 table
 * (40 bytes on 64-bit targets). The host must not read past the header. */
#include "common.h"

static const struct {
  AccordHeader header;
  uint64_t flags;
} PLUGIN = {{ACCORD_ABI_VERSION, 16u}, ACCORD_FLAG_THREAD_SAFE};

const AccordHeader *accord_plugin_entry(void) { return &PLUGIN.header; }
