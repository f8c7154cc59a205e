/* null_entry.c: accord_plugin_entry returns NULL. */
#include "common.h"

const AccordHeader *accord_plugin_entry(void) { return NULL; }
