/*
 * accord_plugin.h: the Accord plugin ABI, version 1. This header is the normative text of the
 * contract between the `accord` host and its plugins; docs/plugin-guide.md explains its use.
 *
 * A plugin is a shared library that exports one function, `accord_plugin_entry`, returning a
 * pointer to a static `AccordPluginV1` (seen by the host through its `AccordHeader`).
 * Everything crossing the boundary is plain C data and UTF-8 JSON:
 *   manifest(out)          writes the manifest JSON (schemas/plugin-manifest.schema.json);
 *   check(in, len, out)    audits one charter: `in` is {"charter": ..., "options": ...}, `len`
 *                          bytes of UTF-8 that are NOT NUL-terminated (never pass `in` to
 *                          strstr/strlen), borrowed for the call; on ACCORD_OK *out holds the
 *                          output JSON
 *                          (schemas/plugin-output.schema.json), otherwise {"error": "message"};
 *   free_buf(buf)          frees a buffer the plugin returned. The host calls it exactly once for
 *                          every buffer with a non-NULL ptr and never frees plugin memory itself.
 * A NULL ptr with len 0 is an empty output. `cap` is the plugin's own bookkeeping (C plugins may
 * set it to len); the host never reads it. Output over the host's limit (default 16 MiB) is an
 * error. Without ACCORD_FLAG_THREAD_SAFE the host never calls check() concurrently.
 *
 * Languages (revision 1.1 of the manifest and the input; this struct is unchanged): a manifest
 * may add "l10n", an object keyed by BCP 47 tag ("fr", "es") whose values hold an optional
 * "description" and "rules": rule id -> any of "summary", "rationale", "fix", "example" in that
 * language, and "message_languages", the tags of the languages (besides English) check() writes
 * its finding messages in. Only a plugin whose "message_languages" lists the audit's language
 * gets "locale": TAG in its input, so a plugin that refuses unknown input keys never sees it;
 * without it, write English. English is the source language: the top-level texts are English and
 * whatever a language lacks falls back to them. Ids, paths and every machine field are the same
 * in every language. A plugin without "l10n" still works in every language: its texts and
 * messages stay English, and reports name it in "untranslated_plugins".
 *
 * Versioning: the host accepts abi_version == 1 with struct_size >= sizeof(AccordPluginV1).
 * Later minor revisions may only append fields; the host reads an appended field only when
 * struct_size covers it.
 */
#ifndef ACCORD_PLUGIN_H
#define ACCORD_PLUGIN_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define ACCORD_ABI_VERSION 1u
#define ACCORD_OK    0   /* status codes are plain ints */
#define ACCORD_ERR   1
#define ACCORD_PANIC 2
#define ACCORD_FLAG_THREAD_SAFE 1u  /* check() may run on several threads at once */

/* Never changes, in any ABI version: the host reads it first. */
typedef struct AccordHeader {
  uint32_t abi_version;
  uint32_t struct_size;
} AccordHeader;

/* A buffer the plugin allocated; only the plugin frees it. */
typedef struct AccordBuf {
  uint8_t *ptr;
  size_t len;
  size_t cap;
} AccordBuf;

typedef struct AccordPluginV1 {
  AccordHeader header;      /* abi_version = 1, struct_size = sizeof(AccordPluginV1) */
  uint64_t flags;
  int32_t (*manifest)(AccordBuf *out);
  int32_t (*check)(const uint8_t *input, size_t len, AccordBuf *out);
  void (*free_buf)(AccordBuf buf);
} AccordPluginV1;

/* The one exported symbol. */
#if defined(_WIN32)
__declspec(dllexport)
#else
__attribute__((visibility("default")))
#endif
const AccordHeader *accord_plugin_entry(void);

/* Layout pins: the Rust SDK asserts the same offsets. The ABI is specified for 64-bit targets
   (where AccordPluginV1 is 40 bytes); 32-bit targets pad it differently and are unsupported. */
#if defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L && UINTPTR_MAX == 0xFFFFFFFFFFFFFFFFu
_Static_assert(sizeof(AccordHeader) == 8, "AccordHeader is 8 bytes");
_Static_assert(offsetof(AccordHeader, struct_size) == 4, "struct_size at offset 4");
_Static_assert(sizeof(AccordBuf) == 3 * sizeof(size_t), "AccordBuf is three words");
_Static_assert(offsetof(AccordPluginV1, flags) == 8, "flags at offset 8");
_Static_assert(offsetof(AccordPluginV1, manifest) == 16, "manifest at offset 16");
_Static_assert(offsetof(AccordPluginV1, check) == 16 + sizeof(void *), "check follows manifest");
_Static_assert(offsetof(AccordPluginV1, free_buf) == 16 + 2 * sizeof(void *), "free_buf last");
_Static_assert(sizeof(AccordPluginV1) == 16 + 3 * sizeof(void *), "v1 is 40 bytes on 64-bit");
#endif

#ifdef __cplusplus
}
#endif

#endif /* ACCORD_PLUGIN_H */
