#ifndef FACTDECK_CLIBEDIT_SHIM_H
#define FACTDECK_CLIBEDIT_SHIM_H
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <editline/readline.h>

/* Swift 6 will not touch libedit's mutable globals directly (they are not
   concurrency-safe), so they are set through these small functions. */

typedef char **factdeck_completion_fn(const char *text, int start, int end);

static inline void factdeck_set_completion(factdeck_completion_fn *function) {
    rl_attempted_completion_function = function;
}

/* Characters that end a word for completion: spaces only, so card ids with
   '-' and deck names complete whole. */
static inline void factdeck_set_word_breaks(void) {
    static char breaks[] = " \t\n";
    rl_basic_word_break_characters = breaks;
}

/* The whole line being edited, for completion that depends on earlier words. */
static inline const char *factdeck_line_buffer(void) {
    return rl_line_buffer;
}

/* After a completion callback, do not fall back to completing file names. */
static inline void factdeck_disable_filename_completion(void) {
    rl_attempted_completion_over = 1;
}

/* libedit sets up its own SIGINT handling; factdeck installs its own handler. */
static inline void factdeck_set_catch_signals(int value) {
    rl_catch_signals = value;
}

/* A SIGINT handler without SA_RESTART, so readline() returns when Ctrl-C is pressed. */
static volatile sig_atomic_t factdeck_interrupts = 0;

static inline void factdeck_on_interrupt(int signal) {
    (void)signal;
    factdeck_interrupts++;
}

static inline int factdeck_install_interrupt_handler(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = factdeck_on_interrupt;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    if (sigaction(SIGINT, &action, NULL) != 0) return -1;
    /* A parent may have started us with SIGINT blocked; Ctrl-C must reach the handler. */
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    return sigprocmask(SIG_UNBLOCK, &set, NULL);
}

static inline long factdeck_interrupt_count(void) {
    return (long)factdeck_interrupts;
}
#endif
