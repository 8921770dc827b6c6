#ifndef FACTDECK_CLIBEDIT_SHIM_H
#define FACTDECK_CLIBEDIT_SHIM_H
#include <stdio.h>
#include <editline/readline.h>
#endif
