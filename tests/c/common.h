/*
 * Shared helpers for the bad-plugin matrix (the other C files here), written against
 * accord_plugin.h alone. good.c does not use this file, so it stays a complete example of a C
 * plugin on its own.
 *
 * Every buffer these helpers hand out is counted until the host gives it back to free_buf, so a
 * plugin can tell (in its next answer) whether the host kept its promise to hand every buffer
 * back to free_buf exactly once.
 */
#ifndef ACCORD_TEST_COMMON_H
#define ACCORD_TEST_COMMON_H

#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "accord_plugin.h"

/* Buffers handed to the host and not yet returned through free_buf. */
static atomic_long outstanding_buffers;

/* Copies `len` bytes into a fresh malloc'd buffer in *out; returns `status`. */
static inline int32_t put_bytes(AccordBuf *out, const char *bytes, size_t len, int32_t status) {
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
  out->cap = len;
  atomic_fetch_add(&outstanding_buffers, 1);
  return status;
}

static inline int32_t put(AccordBuf *out, const char *text, int32_t status) {
  return put_bytes(out, text, strlen(text), status);
}

static inline void common_free_buf(AccordBuf buf) {
  atomic_fetch_sub(&outstanding_buffers, 1);
  free(buf.ptr);
}

/* One manifest rule with every field the manifest schema requires. */
#define RULE_JSON(id, category, severity)                                                         \
  "{\"id\":\"" id "\",\"category\":\"" category "\",\"severity\":\"" severity "\","              \
  "\"summary\":\"A test rule.\",\"rationale\":\"It exercises the host.\","                       \
  "\"fix\":\"Nothing to fix.\",\"example\":\"\",\"references\":[]}"

/* A manifest named `name` with the given (comma-separated) rules and no options. */
#define MANIFEST_JSON(name, rules)                                                                \
  "{\"name\":\"" name "\",\"version\":\"0.0.1\",\"description\":\"A test plugin.\","             \
  "\"options\":{\"type\":\"object\",\"additionalProperties\":false,\"properties\":{}},"           \
  "\"rules\":[" rules "]}"

/* A well-formed v1 table and entry point over the given functions. */
#define DEFINE_PLUGIN(flags_, manifest_fn, check_fn)                                               \
  static const AccordPluginV1 PLUGIN = {                                                          \
      {ACCORD_ABI_VERSION, (uint32_t)sizeof(AccordPluginV1)},                                     \
      (flags_),                                                                                   \
      (manifest_fn),                                                                              \
      (check_fn),                                                                                 \
      common_free_buf,                                                                            \
  };                                                                                              \
  const AccordHeader *accord_plugin_entry(void) { return &PLUGIN.header; }

/* A manifest() returning the given JSON text. */
#define DEFINE_MANIFEST(fn_name, json)                                                             \
  static int32_t fn_name(AccordBuf *out) { return put(out, json, ACCORD_OK); }

#endif /* ACCORD_TEST_COMMON_H */
