#ifndef PALIMPSEST_CLIBGIT2_SHIM_H
#define PALIMPSEST_CLIBGIT2_SHIM_H
#include <git2.h>
#include <git2/sys/mempack.h>
#include <git2/sys/odb_backend.h>

/* git_libgit2_opts is variadic, which Swift cannot call: one wrapper per option we use. */

/* fsync objects, refs and the index when written, so an archive survives a crash or power loss. */
static inline int palimpsest_git_enable_fsync_gitdir(int enabled) {
    return git_libgit2_opts(GIT_OPT_ENABLE_FSYNC_GITDIR, enabled);
}

/* Puts a new in-memory object store (mempack) in front of `odb`, above the loose (1) and pack (2)
   backends, so that every object written through `odb` stays in memory. On success `odb` owns the
   backend (freed with the odb; libgit2 1.5 cannot detach it) and *out only borrows it for
   git_mempack_dump/git_mempack_reset; on failure nothing is left allocated. */
static inline int palimpsest_git_odb_add_mempack(git_odb_backend **out, git_odb *odb) {
    git_odb_backend *backend = NULL;
    int error = git_mempack_new(&backend);
    if (error < 0) return error;
    error = git_odb_add_backend(odb, backend, 999);
    if (error < 0) {
        backend->free(backend);
        return error;
    }
    *out = backend;
    return 0;
}

/* Writes one object, whose id the caller computed, straight into `backend` (the mempack): going
   through the odb would rescan objects/pack for every new object (its freshen step refreshes
   the pack list on a miss). */
static inline int palimpsest_git_odb_backend_write(git_odb_backend *backend, const git_oid *id,
                                                   const void *data, size_t size, git_object_t type) {
    return backend->write(backend, id, data, size, type);
}

/* Streams a whole pack (`data`, `size` bytes) into `odb`'s pack directory as one .pack and its
   .idx, through the first backend that accepts packs; the writer is freed before returning. */
static inline int palimpsest_git_odb_write_pack_bytes(git_odb *odb, const void *data, size_t size) {
    git_odb_writepack *writepack = NULL;
    git_indexer_progress stats = {0};
    int error = git_odb_write_pack(&writepack, odb, NULL, NULL);
    if (error < 0) return error;
    error = writepack->append(writepack, data, size, &stats);
    if (error >= 0) error = writepack->commit(writepack, &stats);
    writepack->free(writepack);
    return error;
}

#endif
