/* null_function.c: a v1 table whose check function is NULL. */
#include "common.h"

DEFINE_MANIFEST(null_function_manifest,
                MANIFEST_JSON("null-function", RULE_JSON("nullfn.rule", "nullfn", "info")))

DEFINE_PLUGIN(ACCORD_FLAG_THREAD_SAFE, null_function_manifest, NULL)
