/* fork_sleeper.c: plugin `fork-sleeper`, whose manifest() and check() each fork a child that
 * sleeps for five minutes, for the isolation tests (tests/tests/isolate_load.rs): under
 * --isolate every process a plugin forks must end with its worker. Each child appends its pid
 * to the file named by ACCORD_TEST_SLEEPER_PIDS, and first points its standard streams at
 * /dev/null and closes every other descriptor, so it holds no pipe of the host or the test open
 * (a survivor is found by its pid, not by a hung pipe).
 *
 * Built with -DKEEP_FDS -DTHEN_CRASH as plugin `fork-then-crash`: the child keeps every
 * descriptor (the worker's answer pipe included, so the host sees no end of it) and check()
 * then segfaults; the host must still report the worker's signal, not a timeout. */
#define _POSIX_C_SOURCE 200809L
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

#include "common.h"

static void fork_sleeper(void) {
  pid_t pid = fork();
  if (pid != 0) {
    return; /* the plugin (or a failed fork) goes on */
  }
#ifndef KEEP_FDS
  int null = open("/dev/null", O_RDWR);
  for (int fd = 0; fd < 3; fd++) {
    dup2(null, fd);
  }
  for (int fd = 3; fd < 1024; fd++) {
    close(fd);
  }
#endif
  const char *pids = getenv("ACCORD_TEST_SLEEPER_PIDS");
  if (pids != NULL) {
    int fd = open(pids, O_WRONLY | O_CREAT | O_APPEND, 0644);
    if (fd >= 0) {
      char line[32];
      int n = snprintf(line, sizeof line, "%ld\n", (long)getpid());
      if (n > 0 && write(fd, line, (size_t)n) < 0) {
        /* nothing to do: the test then finds fewer pids than it expects */
      }
      close(fd);
    }
  }
  sleep(300);
  _exit(0);
}

#ifdef THEN_CRASH
#define NAME "fork-then-crash"
#else
#define NAME "fork-sleeper"
#endif

static int32_t fork_sleeper_manifest(AccordBuf *out) {
#ifndef THEN_CRASH
  fork_sleeper();
#endif
  return put(out, MANIFEST_JSON(NAME, RULE_JSON("forksleeper.rule", "forksleeper", "info")),
             ACCORD_OK);
}

#ifdef THEN_CRASH
static int *volatile nowhere = NULL;
#endif

static int32_t fork_sleeper_check(const uint8_t *input, size_t len, AccordBuf *out) {
  (void)input;
  (void)len;
  static atomic_int forked;
  if (atomic_fetch_add(&forked, 1) == 0) {
    fork_sleeper();
  }
#ifdef THEN_CRASH
  volatile int *target = nowhere;
  *target = 1;
#endif
  return put(out, "{\"findings\":[]}", ACCORD_OK);
}

DEFINE_PLUGIN(ACCORD_FLAG_THREAD_SAFE, fork_sleeper_manifest, fork_sleeper_check)
