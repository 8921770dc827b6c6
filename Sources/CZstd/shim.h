#ifndef FACTDECK_CZSTD_SHIM_H
#define FACTDECK_CZSTD_SHIM_H
#include <zstd.h>
#endif
