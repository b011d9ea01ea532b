// posix_spawn with every inherited descriptor closed: the glibc extensions Swift's Glibc module does not show.

#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <spawn.h>
#include "spawn_program.h"

int sitegen_spawn_program(pid_t *pid, const char *path, char *const argv[], char *const envp[],
                          int input, int output, int errors, const char *folder) {
    posix_spawn_file_actions_t actions;
    posix_spawnattr_t attributes;
    int result = posix_spawn_file_actions_init(&actions);
    if (result != 0) return result;
    result = posix_spawnattr_init(&attributes);
    if (result != 0) {
        posix_spawn_file_actions_destroy(&actions);
        return result;
    }
    if (result == 0) result = posix_spawn_file_actions_adddup2(&actions, input, 0);
    if (result == 0) result = posix_spawn_file_actions_adddup2(&actions, output, 1);
    if (result == 0) result = posix_spawn_file_actions_adddup2(&actions, errors, 2);
    // A descriptor another thread opens while we spawn (a pipe to another program, a socket) is not
    // ours to pass on: a program that lives on would hold it open, and whoever waits for its end
    // would wait as long.
    if (result == 0) result = posix_spawn_file_actions_addclosefrom_np(&actions, 3);
    if (result == 0 && folder != NULL) result = posix_spawn_file_actions_addchdir_np(&actions, folder);

    // Threads of a Swift process may block signals, and a runtime ignores SIGPIPE; a program started
    // from them would inherit both and could not be stopped or interrupted as usual.
    sigset_t none, usual;
    sigemptyset(&none);
    sigemptyset(&usual);
    int defaults[] = {SIGPIPE, SIGINT, SIGTERM, SIGQUIT, SIGHUP};
    for (unsigned i = 0; i < sizeof defaults / sizeof defaults[0]; i++) sigaddset(&usual, defaults[i]);
    if (result == 0) result = posix_spawnattr_setsigmask(&attributes, &none);
    if (result == 0) result = posix_spawnattr_setsigdefault(&attributes, &usual);
    if (result == 0) result = posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);

    if (result == 0) result = posix_spawn(pid, path, &actions, &attributes, argv, envp);
    posix_spawnattr_destroy(&attributes);
    posix_spawn_file_actions_destroy(&actions);
    return result;
}
