/* wrong_abi.c: a table that says ABI version 2. The host must read only the header and refuse
 * it, naming both versions. */
#include "common.h"

static const AccordPluginV1 PLUGIN = {
    {2u, (uint32_t)sizeof(AccordPluginV1)}, ACCORD_FLAG_THREAD_SAFE, NULL, NULL, NULL,
};

const AccordHeader *accord_plugin_entry(void) { return &PLUGIN.header; }
