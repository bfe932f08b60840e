/* faultfs: an LD_PRELOAD shim that makes one process's disk misbehave, for
 * the durability tests in tests/sync/durability.rs. It watches only files
 * (and directories) under FAULTFS_DIR, and is driven by environment
 * variables read once at load time:
 *
 *   FAULTFS_DIR    absolute path of the directory watched (required)
 *   FAULTFS_MODE   count | crash | enospc | eio
 *   FAULTFS_LOG    a file: one line per fsync/fdatasync under FAULTFS_DIR
 *                  ("<n> <bytes written so far> <path>"), and one per
 *                  write or sync made to fail ("failed <path>"), appended
 *   FAULTFS_N      crash: the n-th sync (1-based) kills the process with
 *                  _exit(86) before anything reaches the disk
 *                  eio: the n-th sync and every later one fail with EIO
 *   FAULTFS_SNAP   crash: after every successful sync, what is now durable
 *                  is recorded there (see below)
 *   FAULTFS_BUDGET enospc/eio: writes under FAULTFS_DIR succeed for this
 *                  many bytes in total; then they fail (ENOSPC or EIO)
 *
 * The power-loss model (crash mode): only what was synced survives. A
 * file's surviving content is its content at its last fsync/fdatasync,
 * saved as FAULTFS_SNAP/ino-<inode>; a directory's surviving entries are
 * those present at its last fsync, saved as FAULTFS_SNAP/dir-<n> holding
 * the directory's path and then "<inode> <d|f> <name>" lines. The file
 * whose sync the power loss interrupted is saved as it was then, as
 * FAULTFS_SNAP/torn-<inode>: part of that may have reached the disk. The
 * test rebuilds the directory from these after the crash.
 *
 * The shim removes LD_PRELOAD from the environment, so the process's
 * children (a password command's shell) run normally. It does its own I/O
 * through the real functions and never counts it. */
#define _GNU_SOURCE
#include <dirent.h>
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <unistd.h>

enum mode { MODE_COUNT, MODE_CRASH, MODE_ENOSPC, MODE_EIO };

static int (*real_fsync)(int);
static int (*real_fdatasync)(int);
static ssize_t (*real_write)(int, const void *, size_t);
static ssize_t (*real_pwrite)(int, const void *, size_t, off_t);
static ssize_t (*real_pwrite64)(int, const void *, size_t, off64_t);
static ssize_t (*real_writev)(int, const struct iovec *, int);

static char watched[PATH_MAX];
static size_t watched_len;
static enum mode mode = MODE_COUNT;
static long crash_at = -1;
static long long budget = -1;
static const char *log_path;
static const char *snap_dir;

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static long syncs;
static long long written;
static long dir_snaps;

__attribute__((constructor)) static void faultfs_init(void) {
    real_fsync = dlsym(RTLD_NEXT, "fsync");
    real_fdatasync = dlsym(RTLD_NEXT, "fdatasync");
    real_write = dlsym(RTLD_NEXT, "write");
    real_pwrite = dlsym(RTLD_NEXT, "pwrite");
    real_pwrite64 = dlsym(RTLD_NEXT, "pwrite64");
    real_writev = dlsym(RTLD_NEXT, "writev");
    const char *dir = getenv("FAULTFS_DIR");
    if (dir && *dir && strlen(dir) < sizeof watched) {
        strcpy(watched, dir);
        watched_len = strlen(watched);
        while (watched_len > 1 && watched[watched_len - 1] == '/')
            watched[--watched_len] = '\0';
    }
    const char *m = getenv("FAULTFS_MODE");
    if (m && strcmp(m, "crash") == 0)
        mode = MODE_CRASH;
    else if (m && strcmp(m, "enospc") == 0)
        mode = MODE_ENOSPC;
    else if (m && strcmp(m, "eio") == 0)
        mode = MODE_EIO;
    const char *n = getenv("FAULTFS_N");
    if (n && *n)
        crash_at = atol(n);
    const char *b = getenv("FAULTFS_BUDGET");
    if (b && *b)
        budget = atoll(b);
    log_path = getenv("FAULTFS_LOG");
    snap_dir = getenv("FAULTFS_SNAP");
    if (log_path)
        log_path = strdup(log_path);
    if (snap_dir)
        snap_dir = strdup(snap_dir);
    unsetenv("LD_PRELOAD");
}

/* The path behind fd, if it is FAULTFS_DIR or inside it. */
static int watched_path(int fd, char *out, size_t size) {
    if (watched_len == 0)
        return 0;
    char link[64];
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    ssize_t len = readlink(link, out, size - 1);
    if (len <= 0)
        return 0;
    out[len] = '\0';
    if (strncmp(out, watched, watched_len) != 0)
        return 0;
    return out[watched_len] == '\0' || out[watched_len] == '/';
}

static void write_all(int fd, const char *data, size_t len) {
    while (len > 0) {
        ssize_t n = real_write(fd, data, len);
        if (n <= 0)
            return;
        data += n;
        len -= (size_t)n;
    }
}

static void append_log(const char *line) {
    if (!log_path)
        return;
    int fd = open(log_path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    if (fd < 0)
        return;
    write_all(fd, line, strlen(line));
    close(fd);
}

/* Records what the sync of fd (at path) made durable; with torn set, the
 * content of a file whose sync the power loss interrupted (some of it may
 * have reached the disk), as FAULTFS_SNAP/torn-<inode>. */
static void snapshot(int fd, const char *path, int torn) {
    if (!snap_dir)
        return;
    struct stat st;
    if (fstat(fd, &st) != 0)
        return;
    char target[PATH_MAX];
    if (S_ISDIR(st.st_mode) && torn)
        return;
    if (S_ISDIR(st.st_mode)) {
        snprintf(target, sizeof target, "%s/dir-%06ld", snap_dir, ++dir_snaps);
        int out = open(target, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
        if (out < 0)
            return;
        write_all(out, path, strlen(path));
        write_all(out, "\n", 1);
        DIR *d = opendir(path);
        if (d) {
            struct dirent *e;
            while ((e = readdir(d)) != NULL) {
                if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
                    continue;
                int is_dir = e->d_type == DT_DIR;
                struct stat entry;
                if (e->d_type == DT_UNKNOWN && fstatat(dirfd(d), e->d_name, &entry, AT_SYMLINK_NOFOLLOW) == 0)
                    is_dir = S_ISDIR(entry.st_mode);
                char line[PATH_MAX + 32];
                snprintf(line, sizeof line, "%llu %c %s\n", (unsigned long long)e->d_ino, is_dir ? 'd' : 'f',
                         e->d_name);
                write_all(out, line, strlen(line));
            }
            closedir(d);
        }
        close(out);
        return;
    }
    if (!S_ISREG(st.st_mode))
        return;
    /* Reopened for reading: fd may be write-only. */
    char link[64];
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    int in = open(link, O_RDONLY | O_CLOEXEC);
    if (in < 0)
        return;
    char temporary[PATH_MAX + 16];
    snprintf(target, sizeof target, "%s/%s-%llu", snap_dir, torn ? "torn" : "ino", (unsigned long long)st.st_ino);
    snprintf(temporary, sizeof temporary, "%s.partial", target);
    int out = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (out >= 0) {
        char buffer[65536];
        ssize_t n;
        while ((n = read(in, buffer, sizeof buffer)) > 0)
            write_all(out, buffer, (size_t)n);
        close(out);
        rename(temporary, target);
    }
    close(in);
}

static int on_sync(int fd, int data_only) {
    char path[PATH_MAX];
    int mine = watched_path(fd, path, sizeof path);
    if (!mine)
        return data_only ? real_fdatasync(fd) : real_fsync(fd);
    pthread_mutex_lock(&lock);
    long n = ++syncs;
    char line[PATH_MAX + 64];
    snprintf(line, sizeof line, "%ld %lld %s\n", n, written, path);
    append_log(line);
    if (mode == MODE_CRASH && n == crash_at) {
        /* The power goes during this sync: the test decides how much of
         * what it was syncing reached the disk. */
        snapshot(fd, path, 1);
        _exit(86);
    }
    if (mode == MODE_EIO && crash_at > 0 && n >= crash_at) {
        snprintf(line, sizeof line, "failed %s\n", path);
        append_log(line);
        pthread_mutex_unlock(&lock);
        errno = EIO;
        return -1;
    }
    int result = data_only ? real_fdatasync(fd) : real_fsync(fd);
    if (result == 0 && mode == MODE_CRASH)
        snapshot(fd, path, 0);
    pthread_mutex_unlock(&lock);
    return result;
}

int fsync(int fd) { return on_sync(fd, 0); }

int fdatasync(int fd) { return on_sync(fd, 1); }

/* 0: go ahead; -1: fail with errno set. */
static int before_write(int fd, size_t len) {
    if (len == 0 || watched_len == 0)
        return 0;
    char path[PATH_MAX];
    if (!watched_path(fd, path, sizeof path))
        return 0;
    pthread_mutex_lock(&lock);
    int fail = 0;
    if ((mode == MODE_ENOSPC || mode == MODE_EIO) && budget >= 0 && written + (long long)len > budget)
        fail = 1;
    else
        written += (long long)len;
    pthread_mutex_unlock(&lock);
    if (fail) {
        char line[PATH_MAX + 32];
        snprintf(line, sizeof line, "failed %s\n", path);
        append_log(line);
        errno = mode == MODE_ENOSPC ? ENOSPC : EIO;
        return -1;
    }
    return 0;
}

ssize_t write(int fd, const void *buf, size_t len) {
    if (before_write(fd, len) != 0)
        return -1;
    return real_write(fd, buf, len);
}

ssize_t pwrite(int fd, const void *buf, size_t len, off_t offset) {
    if (before_write(fd, len) != 0)
        return -1;
    return real_pwrite(fd, buf, len, offset);
}

ssize_t pwrite64(int fd, const void *buf, size_t len, off64_t offset) {
    if (before_write(fd, len) != 0)
        return -1;
    return real_pwrite64(fd, buf, len, offset);
}

ssize_t writev(int fd, const struct iovec *iov, int count) {
    size_t len = 0;
    for (int i = 0; i < count; i++)
        len += iov[i].iov_len;
    if (before_write(fd, len) != 0)
        return -1;
    return real_writev(fd, iov, count);
}
