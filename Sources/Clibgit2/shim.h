#ifndef PALIMPSEST_CLIBGIT2_SHIM_H
#define PALIMPSEST_CLIBGIT2_SHIM_H
#include <git2.h>
#endif
