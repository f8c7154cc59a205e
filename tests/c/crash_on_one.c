/* crash_on_one.c: a plugin that segfaults only on charters whose partnership id contains
 * "crash", and otherwise reports one finding, for the isolation matrix
 * (tests/tests/isolation.rs): under `--isolate` only that charter gets a `plugin_failures`
 * entry, and the others of the batch are audited as usual. */
#include "common.h"

DEFINE_MANIFEST(crash_on_one_manifest,
                MANIFEST_JSON("crash-on-one",
                              RULE_JSON("crashonone.rule", "crashonone", "info")))

static const char FINDING[] =
    "{\"findings\":[{\"rule\":\"crashonone.rule\",\"path\":\"/partnership/name\","
    "\"message\":\"Found by a plugin that crashes on one charter only.\"}],"
    "\"not_applicable\":[]}";

static int *volatile nowhere = NULL;

/* Where `needle` first occurs in haystack[from, len), or `len` (the input is not NUL-terminated). */
static size_t find(const uint8_t *haystack, size_t len, size_t from, const char *needle) {
  size_t n = strlen(needle);
  for (size_t i = from; i + n <= len; i++) {
    if (memcmp(haystack + i, needle, n) == 0) {
      return i;
    }
  }
  return len;
}

/* Whether the `id` member of the object `"partnership":{…}` contains "crash". A small scanner
 * over the host's compact JSON: it follows string and nesting state, so keys of nested objects
 * and text inside strings do not count. */
static int partnership_id_crashes(const uint8_t *input, size_t len) {
  size_t i = find(input, len, 0, "\"partnership\":{");
  if (i == len) {
    return 0;
  }
  i += strlen("\"partnership\":{");
  int depth = 1;
  int expect_key = 1;
  while (i < len && depth > 0) {
    uint8_t c = input[i];
    if (c == '"') {
      /* A string: find its end, skipping escapes. */
      size_t start = ++i;
      while (i < len && input[i] != '"') {
        i += input[i] == '\\' ? 2 : 1;
      }
      if (i >= len) {
        return 0;
      }
      size_t end = i++;
      if (depth == 1 && expect_key && end - start == 2 && memcmp(input + start, "id", 2) == 0 &&
          i + 1 < len && input[i] == ':' && input[i + 1] == '"') {
        size_t value = i + 2;
        size_t value_end = value;
        while (value_end < len && input[value_end] != '"') {
          value_end += input[value_end] == '\\' ? 2 : 1;
        }
        return find(input, value_end < len ? value_end : len, value, "crash") < value_end;
      }
      expect_key = 0;
    } else {
      if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        depth--;
      } else if (c == ',' && depth == 1) {
        expect_key = 1;
      }
      i++;
    }
  }
  return 0;
}

static int32_t crash_on_one_check(const uint8_t *input, size_t len, AccordBuf *out) {
  if (partnership_id_crashes(input, len)) {
    volatile int *target = nowhere;
    *target = 1;
  }
  return put(out, FINDING, ACCORD_OK);
}

DEFINE_PLUGIN(ACCORD_FLAG_THREAD_SAFE, crash_on_one_manifest, crash_on_one_check)
