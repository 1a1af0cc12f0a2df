#ifndef PALIMPSEST_CLIBGIT2_SHIM_H
#define PALIMPSEST_CLIBGIT2_SHIM_H
#include <git2.h>
#include <git2/sys/mempack.h>
#include <git2/sys/odb_backend.h>
#include <git2/sys/config.h>
#include <stdlib.h>
#include <string.h>

/* git_libgit2_opts is variadic, which Swift cannot call: one wrapper per option we use. */

/* fsync objects, refs and the index when written, so an archive survives a crash or power loss. */
static inline int palimpsest_git_enable_fsync_gitdir(int enabled) {
    return git_libgit2_opts(GIT_OPT_ENABLE_FSYNC_GITDIR, enabled);
}

/* Whether every object read is hashed again to check its id (libgit2's default: on). */
static inline int palimpsest_git_enable_strict_hash_verification(int enabled) {
    return git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, enabled);
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

/* A read-only configuration level, in memory, that makes the packs a handle writes store every
   object whole, without delta compression: git_packbuilder stores objects larger than
   pack.bigFileThreshold whole, and libgit2 1.5 reads that threshold from pack.deltaCacheSize
   (a slip, fixed later), so both keys answer 1 byte. No config file is read or written. */
static void palimpsest_whole_entry_free(git_config_entry *entry) { (void)entry; }

static git_config_entry palimpsest_whole_entries[2] = {
    {"pack.bigfilethreshold", "1", 0, GIT_CONFIG_LEVEL_APP, palimpsest_whole_entry_free, NULL},
    {"pack.deltacachesize", "1", 0, GIT_CONFIG_LEVEL_APP, palimpsest_whole_entry_free, NULL},
};

static int palimpsest_whole_get(git_config_backend *backend, const char *key, git_config_entry **out) {
    (void)backend;
    for (size_t i = 0; i < 2; i++) {
        if (strcmp(key, palimpsest_whole_entries[i].name) == 0) {
            *out = &palimpsest_whole_entries[i];
            return 0;
        }
    }
    return GIT_ENOTFOUND;
}

static int palimpsest_whole_open(git_config_backend *backend, git_config_level_t level, const git_repository *repo) {
    (void)backend; (void)level; (void)repo;
    return 0;
}

static int palimpsest_whole_refuse(void) {
    git_error_set_str(GIT_ERROR_CONFIG, "palimpsest's pack settings are read-only");
    return -1;
}
static int palimpsest_whole_set(git_config_backend *b, const char *k, const char *v) { (void)b; (void)k; (void)v; return palimpsest_whole_refuse(); }
static int palimpsest_whole_set_multivar(git_config_backend *b, const char *k, const char *r, const char *v) { (void)b; (void)k; (void)r; (void)v; return palimpsest_whole_refuse(); }
static int palimpsest_whole_del(git_config_backend *b, const char *k) { (void)b; (void)k; return palimpsest_whole_refuse(); }
static int palimpsest_whole_del_multivar(git_config_backend *b, const char *k, const char *r) { (void)b; (void)k; (void)r; return palimpsest_whole_refuse(); }
static int palimpsest_whole_lock(git_config_backend *b) { (void)b; return palimpsest_whole_refuse(); }
static int palimpsest_whole_unlock(git_config_backend *b, int success) { (void)b; (void)success; return palimpsest_whole_refuse(); }

typedef struct {
    git_config_iterator parent;
    size_t next;
} palimpsest_whole_cursor;

static int palimpsest_whole_iterator_next(git_config_entry **out, git_config_iterator *iterator) {
    palimpsest_whole_cursor *it = (palimpsest_whole_cursor *)iterator;
    if (it->next >= 2) return GIT_ITEROVER;
    *out = &palimpsest_whole_entries[it->next++];
    return 0;
}
static void palimpsest_whole_iterator_free(git_config_iterator *iterator) { free(iterator); }

static int palimpsest_whole_iterator(git_config_iterator **out, git_config_backend *backend) {
    palimpsest_whole_cursor *it = calloc(1, sizeof(*it));
    if (it == NULL) {
        git_error_set_oom();
        return -1;
    }
    it->parent.backend = backend;
    it->parent.next = palimpsest_whole_iterator_next;
    it->parent.free = palimpsest_whole_iterator_free;
    *out = &it->parent;
    return 0;
}

static void palimpsest_whole_free(git_config_backend *backend) { free(backend); }

static int palimpsest_whole_snapshot(git_config_backend **out, git_config_backend *backend);

static git_config_backend *palimpsest_whole_new(void) {
    git_config_backend *backend = calloc(1, sizeof(*backend));
    if (backend == NULL) {
        git_error_set_oom();
        return NULL;
    }
    backend->version = GIT_CONFIG_BACKEND_VERSION;
    backend->readonly = 1;
    backend->open = palimpsest_whole_open;
    backend->get = palimpsest_whole_get;
    backend->set = palimpsest_whole_set;
    backend->set_multivar = palimpsest_whole_set_multivar;
    backend->del = palimpsest_whole_del;
    backend->del_multivar = palimpsest_whole_del_multivar;
    backend->iterator = palimpsest_whole_iterator;
    backend->snapshot = palimpsest_whole_snapshot;
    backend->lock = palimpsest_whole_lock;
    backend->unlock = palimpsest_whole_unlock;
    backend->free = palimpsest_whole_free;
    return backend;
}

static int palimpsest_whole_snapshot(git_config_backend **out, git_config_backend *backend) {
    (void)backend;
    *out = palimpsest_whole_new();
    return *out == NULL ? -1 : 0;
}

/* Adds the level above to `repo`'s configuration, in this handle only, above every file. */
static inline int palimpsest_git_repository_pack_whole_objects(git_repository *repo) {
    git_config *config = NULL;
    git_config_backend *backend = palimpsest_whole_new();
    if (backend == NULL) return -1;
    int error = git_repository_config(&config, repo);
    if (error == 0) error = git_config_add_backend(config, backend, GIT_CONFIG_LEVEL_APP, repo, 0);
    if (error < 0) backend->free(backend);
    git_config_free(config);
    return error;
}

#endif
