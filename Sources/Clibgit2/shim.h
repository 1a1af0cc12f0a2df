#ifndef PALIMPSEST_CLIBGIT2_SHIM_H
#define PALIMPSEST_CLIBGIT2_SHIM_H
#include <git2.h>

/* git_libgit2_opts is variadic, which Swift cannot call: one wrapper per option we use. */

/* fsync objects, refs and the index when written, so an archive survives a crash or power loss. */
static inline int palimpsest_git_enable_fsync_gitdir(int enabled) {
    return git_libgit2_opts(GIT_OPT_ENABLE_FSYNC_GITDIR, enabled);
}

#endif
