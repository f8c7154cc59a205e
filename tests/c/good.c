/*
 * good.c: a complete, well-behaved Accord plugin in C, written against accord_plugin.h alone.
 *
 * Plugin `c-demo` (library libaccord_c_demo.so), one rule, `cdemo.has-budget`: it fires at
 * /budget/published when the charter has no budget, or when its budget says `published = false`.
 * The check is a crude substring search on the input JSON (the host serializes it compactly,
 * so a key reads `"budget":`); a real plugin would parse the JSON.
 *
 * Its output always lists `not_applicable`, although schemas/plugin-output.schema.json makes it
 * optional: findings_only.c checks that the host accepts an output without it.
 */
#include <stdlib.h>
#include <string.h>

#include "accord_plugin.h"

static const char MANIFEST[] =
    "{\"name\":\"c-demo\",\"version\":\"1.0.0\","
    "\"description\":\"A demonstration plugin written in C.\","
    "\"options\":{\"type\":\"object\",\"additionalProperties\":false,\"properties\":{}},"
    "\"rules\":[{\"id\":\"cdemo.has-budget\",\"category\":\"cdemo\",\"severity\":\"warning\","
    "\"summary\":\"The charter has a published budget.\","
    "\"rationale\":\"A budget nobody can read is no budget (a demonstration rule).\","
    "\"fix\":\"Add a `[budget]` table with `published = true`. Link the published budget.\","
    "\"example\":\"[budget]\\npublished = true\","
    "\"references\":[\"Accord test suite\"]}]}";

static const char NO_BUDGET[] =
    "{\"findings\":[{\"rule\":\"cdemo.has-budget\",\"path\":\"/budget/published\","
    "\"message\":\"The charter has no budget (found by a C plugin).\"}],"
    "\"not_applicable\":[]}";

static const char UNPUBLISHED[] =
    "{\"findings\":[{\"rule\":\"cdemo.has-budget\",\"path\":\"/budget/published\","
    "\"message\":\"The budget is not published (found by a C plugin).\"}],"
    "\"not_applicable\":[]}";

static const char PASSED[] = "{\"findings\":[],\"not_applicable\":[]}";

/* Copies `text` into a buffer the host hands back to free_buf. */
static int32_t respond(AccordBuf *out, const char *text, int32_t status) {
  size_t len = strlen(text);
  uint8_t *ptr = malloc(len);
  if (ptr == NULL) {
    out->ptr = NULL;
    out->len = 0;
    out->cap = 0;
    return ACCORD_ERR;
  }
  memcpy(ptr, text, len);
  out->ptr = ptr;
  out->len = len;
  out->cap = len;
  return status;
}

/* Whether `needle` occurs in the first `len` bytes of `haystack` (which is not NUL-terminated). */
static int contains(const uint8_t *haystack, size_t len, const char *needle) {
  size_t n = strlen(needle);
  if (haystack == NULL || n > len) {
    return 0;
  }
  for (size_t i = 0; i + n <= len; i++) {
    if (memcmp(haystack + i, needle, n) == 0) {
      return 1;
    }
  }
  return 0;
}

static int32_t demo_manifest(AccordBuf *out) { return respond(out, MANIFEST, ACCORD_OK); }

static int32_t demo_check(const uint8_t *input, size_t len, AccordBuf *out) {
  if (!contains(input, len, "\"charter\":")) {
    return respond(out, "{\"error\":\"the input has no charter\"}", ACCORD_ERR);
  }
  if (!contains(input, len, "\"budget\":")) {
    return respond(out, NO_BUDGET, ACCORD_OK);
  }
  if (contains(input, len, "\"published\":false")) {
    return respond(out, UNPUBLISHED, ACCORD_OK);
  }
  return respond(out, PASSED, ACCORD_OK);
}

static void demo_free_buf(AccordBuf buf) { free(buf.ptr); }

static const AccordPluginV1 PLUGIN = {
    .header = {.abi_version = ACCORD_ABI_VERSION, .struct_size = sizeof(AccordPluginV1)},
    .flags = ACCORD_FLAG_THREAD_SAFE,
    .manifest = demo_manifest,
    .check = demo_check,
    .free_buf = demo_free_buf,
};

const AccordHeader *accord_plugin_entry(void) { return &PLUGIN.header; }
