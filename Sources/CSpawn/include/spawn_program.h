// Starting a program with posix_spawn so that it inherits nothing but its three standard descriptors.

#ifndef SITEGEN_SPAWN_PROGRAM_H
#define SITEGEN_SPAWN_PROGRAM_H

#include <sys/types.h>

/// Starts `path` with `argv` and `envp`, `input`, `output` and `errors` as its descriptors 0, 1
/// and 2, and every other descriptor closed; in `folder` unless it is NULL; with no signal blocked
/// and the usual signals at their default actions. Returns 0 and sets `pid`, or an errno value.
int sitegen_spawn_program(pid_t *pid, const char *path, char *const argv[], char *const envp[],
                          int input, int output, int errors, const char *folder);

#endif
