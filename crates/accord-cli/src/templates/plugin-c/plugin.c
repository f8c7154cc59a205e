/*
 * {{name}}: an Accord rule plugin written in C against accord_plugin.h (plugin ABI v1).
 *
 * accord_plugin.h is the normative contract: read it first. In short, the library exports one
 * function, accord_plugin_entry(), returning a static table with three functions:
 *   manifest(out)        writes the manifest JSON: name, version, options schema and rules;
 *   check(in, len, out)  audits one charter: `in` is {"charter": ..., "options": ...}, borrowed
 *                        for the call; writes the output JSON {"findings": [...],
 *                        "not_applicable": [...]} and returns ACCORD_OK, or writes
 *                        {"error": "message"} and returns ACCORD_ERR;
 *   free_buf(buf)        frees a buffer this plugin returned (the host calls it exactly once
 *                        for every buffer with a non-NULL ptr, and never frees it itself).
 *
 * The example rule, `{{name}}.budget-currency`, finds a budget stated in a currency that option
 * `accepted_currencies` does not list (default USD and EUR); without a budget it is not
 * applicable. The host has validated the charter against its schema and filled in the options'
 * defaults before it calls check(), so the input always has that shape.
 *
 * The small JSON reader below handles any valid JSON, but only what this rule needs: it finds a
 * key in an object and compares strings without decoding escapes. A plugin with more rules will
 * want a real JSON library (cJSON, yyjson, jansson, ...).
 */
#include <stdlib.h>
#include <string.h>

#include "accord_plugin.h"

#define PLUGIN_NAME "{{name}}"
#define RULE_ID PLUGIN_NAME ".budget-currency"

/* The manifest (schemas/plugin-manifest.schema.json; `accord schema plugin-manifest`). Rule ids
   are `category.name`; the fix's first sentence must stand alone as a one-line fix. */
static const char MANIFEST[] =
    "{\"name\":\"" PLUGIN_NAME "\",\"version\":\"0.1.0\","
    "\"description\":\"" PLUGIN_NAME ": what these rules check, in one sentence.\","
    "\"options\":{\"type\":\"object\",\"additionalProperties\":false,\"properties\":{"
    "\"accepted_currencies\":{\"type\":\"array\","
    "\"items\":{\"type\":\"string\",\"pattern\":\"^[A-Z]{3}$\"},"
    "\"minItems\":1,\"uniqueItems\":true,\"default\":[\"USD\",\"EUR\"],"
    "\"description\":\"" RULE_ID ": the currencies (ISO 4217 codes) the budget may be stated in.\"}}},"
    "\"rules\":[{\"id\":\"" RULE_ID "\",\"category\":\"" PLUGIN_NAME "\",\"severity\":\"warning\","
    "\"summary\":\"The budget is stated in a currency the funder accepts (by default USD or EUR).\","
    "\"rationale\":\"A budget in a currency the funder does not disburse in has to be converted "
    "for every report, and exchange losses tend to fall on the smallest partners. The IATI "
    "Standard asks for every budget value to name its ISO 4217 currency. A profile changes the "
    "accepted currencies with option `accepted_currencies`.\","
    "\"fix\":\"State the budget in one of the accepted currencies. If the partnership works in "
    "another currency, ask the funder to add it to `accepted_currencies` in its profile.\","
    "\"example\":\"[budget]\\ncurrency = \\\"USD\\\"\\ntotal = 400000\\npublished = true\","
    "\"references\":[\"IATI Standard: budget value currency (ISO 4217)\"]}]}";

static const char PASSED[] = "{\"findings\":[],\"not_applicable\":[]}";
static const char NOT_APPLICABLE[] = "{\"findings\":[],\"not_applicable\":[\"" RULE_ID "\"]}";
/* A finding's path is a JSON Pointer into the charter; the host turns it into a line. */
static const char FINDING_HEAD[] =
    "{\"findings\":[{\"rule\":\"" RULE_ID "\",\"path\":\"/budget/currency\","
    "\"message\":\"The budget is in ";
static const char FINDING_TAIL[] =
    ", which is not an accepted currency (option `accepted_currencies`).\"}],"
    "\"not_applicable\":[]}";

/* ---- Output buffers ------------------------------------------------------------------------ */

/* Hands `len` bytes to the host in *out (malloc'd here, freed by plugin_free_buf). */
static int32_t respond_bytes(AccordBuf *out, const char *bytes, size_t len, int32_t status) {
  uint8_t *ptr = malloc(len ? len : 1);
  if (ptr == NULL) {
    out->ptr = NULL;
    out->len = 0;
    out->cap = 0;
    return ACCORD_ERR;
  }
  memcpy(ptr, bytes, len);
  out->ptr = ptr;
  out->len = len;
  out->cap = len; /* our own bookkeeping: the host never reads it */
  return status;
}

static int32_t respond(AccordBuf *out, const char *text, int32_t status) {
  return respond_bytes(out, text, strlen(text), status);
}

/* An error for this charter: the message must be valid inside a JSON string. */
static int32_t fail(AccordBuf *out, const char *message) {
  char json[256];
  size_t n = strlen(message);
  if (n > sizeof json - 16) {
    n = sizeof json - 16;
  }
  memcpy(json, "{\"error\":\"", 10);
  memcpy(json + 10, message, n);
  memcpy(json + 10 + n, "\"}", 2);
  return respond_bytes(out, json, 12 + n, ACCORD_ERR);
}

/* ---- A minimal JSON reader ------------------------------------------------------------------ */

typedef struct {
  const uint8_t *p;   /* the next byte */
  const uint8_t *end; /* one past the last byte */
} Json;

static void skip_ws(Json *j) {
  while (j->p < j->end && (*j->p == ' ' || *j->p == '\t' || *j->p == '\n' || *j->p == '\r')) {
    j->p++;
  }
}

/* At a '"': moves past the string. Returns 0 when it is malformed. */
static int skip_string(Json *j) {
  if (j->p >= j->end || *j->p != '"') {
    return 0;
  }
  for (j->p++; j->p < j->end; j->p++) {
    if (*j->p == '\\') {
      j->p++;
    } else if (*j->p == '"') {
      j->p++;
      return 1;
    }
  }
  return 0;
}

/* Moves past one value of any kind. Returns 0 when it is malformed or nested too deeply. */
static int skip_value(Json *j, int depth) {
  skip_ws(j);
  if (j->p >= j->end || depth > 128) {
    return 0;
  }
  if (*j->p == '"') {
    return skip_string(j);
  }
  if (*j->p == '{' || *j->p == '[') {
    uint8_t close = *j->p == '{' ? '}' : ']';
    j->p++;
    skip_ws(j);
    if (j->p < j->end && *j->p == close) {
      j->p++;
      return 1;
    }
    for (;;) {
      if (close == '}') {
        skip_ws(j);
        if (!skip_string(j)) {
          return 0;
        }
        skip_ws(j);
        if (j->p >= j->end || *j->p != ':') {
          return 0;
        }
        j->p++;
      }
      if (!skip_value(j, depth + 1)) {
        return 0;
      }
      skip_ws(j);
      if (j->p >= j->end) {
        return 0;
      }
      if (*j->p == ',') {
        j->p++;
      } else if (*j->p == close) {
        j->p++;
        return 1;
      } else {
        return 0;
      }
    }
  }
  /* A number, true, false or null. */
  const uint8_t *start = j->p;
  while (j->p < j->end && *j->p != ',' && *j->p != '}' && *j->p != ']' && *j->p != ' ' &&
         *j->p != '\t' && *j->p != '\n' && *j->p != '\r') {
    j->p++;
  }
  return j->p > start;
}

/* Whether the string at j (at its '"') is exactly `text` (compared without decoding escapes). */
static int string_is(const Json *j, const uint8_t *text, size_t len) {
  Json s = *j;
  if (!skip_string(&s)) {
    return 0;
  }
  return (size_t)(s.p - j->p) == len + 2 && memcmp(j->p + 1, text, len) == 0;
}

/* In the object at j, finds `key` and leaves j at its value. Returns 0 when j is not an
   object or has no such key. */
static int find_key(Json *j, const char *key) {
  size_t key_len = strlen(key);
  skip_ws(j);
  if (j->p >= j->end || *j->p != '{') {
    return 0;
  }
  j->p++;
  for (;;) {
    skip_ws(j);
    if (j->p >= j->end || *j->p != '"') {
      return 0; /* the end of the object, or malformed */
    }
    int found = string_is(j, (const uint8_t *)key, key_len);
    if (!skip_string(j)) {
      return 0;
    }
    skip_ws(j);
    if (j->p >= j->end || *j->p != ':') {
      return 0;
    }
    j->p++;
    skip_ws(j);
    if (found) {
      return 1;
    }
    if (!skip_value(j, 0)) {
      return 0;
    }
    skip_ws(j);
    if (j->p < j->end && *j->p == ',') {
      j->p++;
    }
  }
}

/* ---- The plugin ----------------------------------------------------------------------------- */

static int32_t plugin_manifest(AccordBuf *out) { return respond(out, MANIFEST, ACCORD_OK); }

static int32_t plugin_check(const uint8_t *input, size_t len, AccordBuf *out) {
  if (input == NULL) {
    return fail(out, "the input is empty");
  }
  const Json root = {input, input + len};

  Json charter = root;
  if (!find_key(&charter, "charter")) {
    return fail(out, "the input has no charter");
  }
  Json budget = charter;
  if (!find_key(&budget, "budget")) {
    return respond(out, NOT_APPLICABLE, ACCORD_OK);
  }
  Json currency = budget;
  if (!find_key(&currency, "currency")) {
    return fail(out, "the budget has no currency");
  }
  Json after = currency;
  if (!skip_string(&after)) {
    return fail(out, "the budget's currency is not a string");
  }
  const uint8_t *code = currency.p + 1;
  size_t code_len = (size_t)(after.p - currency.p) - 2;

  Json accepted = root;
  if (!find_key(&accepted, "options") || !find_key(&accepted, "accepted_currencies") ||
      accepted.p >= accepted.end || *accepted.p != '[') {
    return fail(out, "option `accepted_currencies` is missing or not a list");
  }
  /* Walk the array of accepted currencies. */
  accepted.p++;
  for (;;) {
    skip_ws(&accepted);
    if (accepted.p >= accepted.end || *accepted.p == ']') {
      break;
    }
    if (*accepted.p == '"' && string_is(&accepted, code, code_len)) {
      return respond(out, PASSED, ACCORD_OK);
    }
    if (!skip_value(&accepted, 0)) {
      return fail(out, "option `accepted_currencies` is not valid JSON");
    }
    skip_ws(&accepted);
    if (accepted.p < accepted.end && *accepted.p == ',') {
      accepted.p++;
    }
  }

  /* A finding. The charter schema makes a currency three capital letters; anything else is
     left out of the message rather than escaped. */
  int plain = code_len == 3;
  for (size_t i = 0; plain && i < code_len; i++) {
    plain = code[i] >= 'A' && code[i] <= 'Z';
  }
  char finding[sizeof FINDING_HEAD + sizeof FINDING_TAIL + 16];
  size_t n = 0;
  memcpy(finding, FINDING_HEAD, sizeof FINDING_HEAD - 1);
  n += sizeof FINDING_HEAD - 1;
  if (plain) {
    memcpy(finding + n, code, code_len);
    n += code_len;
  } else {
    memcpy(finding + n, "a currency", 10);
    n += 10;
  }
  memcpy(finding + n, FINDING_TAIL, sizeof FINDING_TAIL - 1);
  n += sizeof FINDING_TAIL - 1;
  return respond_bytes(out, finding, n, ACCORD_OK);
}

static void plugin_free_buf(AccordBuf buf) { free(buf.ptr); }

/* check() only reads its input and allocates its output, so it is safe to call from several
   threads at once: ACCORD_FLAG_THREAD_SAFE. Without the flag the host serialises the calls. */
static const AccordPluginV1 PLUGIN = {
    .header = {.abi_version = ACCORD_ABI_VERSION, .struct_size = sizeof(AccordPluginV1)},
    .flags = ACCORD_FLAG_THREAD_SAFE,
    .manifest = plugin_manifest,
    .check = plugin_check,
    .free_buf = plugin_free_buf,
};

const AccordHeader *accord_plugin_entry(void) { return &PLUGIN.header; }
