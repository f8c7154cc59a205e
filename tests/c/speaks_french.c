/*
 * speaks_french.c: a C plugin that speaks French (manifest revision 1.1), written against
 * accord_plugin.h alone.
 *
 * Plugin `c-parle`, one rule, `cparle.has-budget`, which fires at /budget/published when the
 * charter has no budget. Its manifest carries the rule's texts in French ("l10n") and lists "fr"
 * in "message_languages", so the host sends "locale": "fr" in the input of an audit in French
 * (and no locale otherwise); the plugin then writes its finding in French. Like good.c, it reads
 * the compact input JSON with a crude substring search.
 */
#include <stdlib.h>
#include <string.h>

#include "accord_plugin.h"

static const char MANIFEST[] =
    "{\"name\":\"c-parle\",\"version\":\"1.0.0\","
    "\"description\":\"A demonstration plugin in C that speaks French.\","
    "\"options\":{\"type\":\"object\",\"additionalProperties\":false,\"properties\":{}},"
    "\"rules\":[{\"id\":\"cparle.has-budget\",\"category\":\"cparle\",\"severity\":\"warning\","
    "\"summary\":\"The charter has a budget.\","
    "\"rationale\":\"A partnership without a budget cannot show where its money goes.\","
    "\"fix\":\"Add a `[budget]` table. Publish it.\","
    "\"example\":\"[budget]\\ncurrency = \\\"USD\\\"\\ntotal = 1000\\npublished = true\","
    "\"references\":[\"Accord test suite\"]}],"
    "\"l10n\":{\"fr\":{\"description\":\"Une extension de démonstration en C qui parle français.\","
    "\"rules\":{\"cparle.has-budget\":{\"summary\":\"La charte a un budget.\","
    "\"rationale\":\"Un partenariat sans budget ne peut pas montrer où va son argent.\","
    "\"fix\":\"Ajoutez une section `[budget]`. Publiez-la.\"}}}},"
    "\"message_languages\":[\"fr\"]}";

static const char NO_BUDGET_EN[] =
    "{\"findings\":[{\"rule\":\"cparle.has-budget\",\"path\":\"/budget/published\","
    "\"message\":\"The charter has no budget.\"}]}";

static const char NO_BUDGET_FR[] =
    "{\"findings\":[{\"rule\":\"cparle.has-budget\",\"path\":\"/budget/published\","
    "\"message\":\"La charte n\xe2\x80\x99" "a pas de budget.\"}]}";

static const char PASSED[] = "{\"findings\":[]}";

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

static int32_t parle_manifest(AccordBuf *out) { return respond(out, MANIFEST, ACCORD_OK); }

static int32_t parle_check(const uint8_t *input, size_t len, AccordBuf *out) {
  if (contains(input, len, "\"budget\":")) {
    return respond(out, PASSED, ACCORD_OK);
  }
  /* The host writes the input compactly: "locale":"fr" appears only in a French audit. */
  int french = contains(input, len, "\"locale\":\"fr\"");
  return respond(out, french ? NO_BUDGET_FR : NO_BUDGET_EN, ACCORD_OK);
}

static void parle_free_buf(AccordBuf buf) { free(buf.ptr); }

static const AccordPluginV1 PLUGIN = {
    .header = {.abi_version = ACCORD_ABI_VERSION, .struct_size = sizeof(AccordPluginV1)},
    .flags = ACCORD_FLAG_THREAD_SAFE,
    .manifest = parle_manifest,
    .check = parle_check,
    .free_buf = parle_free_buf,
};

const AccordHeader *accord_plugin_entry(void) { return &PLUGIN.header; }
