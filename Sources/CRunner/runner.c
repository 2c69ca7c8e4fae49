#define _GNU_SOURCE
#include "CRunner.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <grp.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/msg.h>
#include <sys/prctl.h>
#include <sys/random.h>
#include <sys/resource.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static void set_limit(int resource, unsigned long long value) {
    struct rlimit limit = { value, value };
    setrlimit(resource, &limit);
}

static int become(uid_t uid) {
    gid_t gid = (gid_t)uid;
    if (setgroups(0, NULL) != 0) return errno;
    if (setresgid(gid, gid, gid) != 0) return errno;
    if (setresuid(uid, uid, uid) != 0) return errno;
    if (getuid() != uid || geteuid() != uid || getgid() != gid) return EPERM;
    return 0;
}

static void fail_child(int pipe_fd, int error) {
    ssize_t ignored = write(pipe_fd, &error, sizeof error);
    (void)ignored;
    _exit(127);
}

pid_t cc_spawn(const cc_spawn_options *o, int *error) {
    int report[2];
    if (pipe2(report, O_CLOEXEC) != 0) { *error = errno; return -1; }
    pid_t pid = fork();
    if (pid < 0) { *error = errno; close(report[0]); close(report[1]); return -1; }
    if (pid == 0) {
        close(report[0]);
        setsid();
        prctl(PR_SET_PDEATHSIG, SIGKILL);
        // The kernel's OOM killer picks the submission, never the runner (before dropping root).
        int oom = open("/proc/self/oom_score_adj", O_WRONLY);
        if (oom >= 0) { ssize_t ignored = write(oom, "1000", 4); (void)ignored; close(oom); }
        // Standard descriptors 0-3, everything else closed.
        int fds[4] = { o->stdin_fd, o->stdout_fd, o->stderr_fd, o->progress_fd };
        for (int i = 0; i < 4; i++) {
            int moved = fcntl(fds[i], F_DUPFD_CLOEXEC, 10);
            if (moved < 0) fail_child(report[1], errno);
            fds[i] = moved;
        }
        for (int i = 0; i < 4; i++) {
            if (dup2(fds[i], i) < 0) fail_child(report[1], errno);
        }
        int report_fd = fcntl(report[1], F_DUPFD_CLOEXEC, 10);
        for (int fd = 4; fd < 1024; fd++) if (fd != report_fd) close(fd);
        report[1] = report_fd;
        if (o->cpu_seconds) set_limit(RLIMIT_CPU, o->cpu_seconds);
        if (o->file_bytes) set_limit(RLIMIT_FSIZE, o->file_bytes);
        if (o->memory_bytes) set_limit(RLIMIT_AS, o->memory_bytes);
        if (o->stack_bytes) set_limit(RLIMIT_STACK, o->stack_bytes);
        if (o->processes) set_limit(RLIMIT_NPROC, o->processes);
        set_limit(RLIMIT_CORE, 0);
        set_limit(RLIMIT_NOFILE, 256);
        if (o->nice) { errno = 0; if (nice(o->nice) == -1 && errno) fail_child(report[1], errno); }
        int dropped = become(o->uid);
        if (dropped) fail_child(report[1], dropped);
        if (chdir(o->dir) != 0) fail_child(report[1], errno);  // as the uid: the box is 0700
        // Interpreters leave these ignored; a submission starts with the defaults.
        struct sigaction dfl = { .sa_handler = SIG_DFL };
        for (int sig = 1; sig < NSIG; sig++) sigaction(sig, &dfl, NULL);
        sigset_t none; sigemptyset(&none); sigprocmask(SIG_SETMASK, &none, NULL);
        execve(o->argv[0], (char *const *)o->argv, (char *const *)o->envp);
        fail_child(report[1], errno);
    }
    close(report[1]);
    int child_error = 0;
    ssize_t n = read(report[0], &child_error, sizeof child_error);
    close(report[0]);
    if (n == sizeof child_error) {
        waitpid(pid, NULL, 0);
        *error = child_error;
        return -1;
    }
    return pid;
}

int cc_pidfd_open(pid_t pid) {
    return (int)syscall(SYS_pidfd_open, pid, 0);
}

int cc_wait(pid_t pid, int timeout_ms, int *status, long *cpu_ms, long *max_rss_kb) {
    struct timespec start, now;
    clock_gettime(CLOCK_MONOTONIC, &start);
    for (;;) {
        struct rusage usage;
        pid_t done = wait4(pid, status, WNOHANG, &usage);
        if (done == pid) {
            *cpu_ms = usage.ru_utime.tv_sec * 1000 + usage.ru_utime.tv_usec / 1000
                    + usage.ru_stime.tv_sec * 1000 + usage.ru_stime.tv_usec / 1000;
            *max_rss_kb = usage.ru_maxrss;
            return 1;
        }
        if (done < 0 && errno != EINTR) return -1;
        clock_gettime(CLOCK_MONOTONIC, &now);
        long elapsed = (now.tv_sec - start.tv_sec) * 1000 + (now.tv_nsec - start.tv_nsec) / 1000000;
        if (elapsed >= timeout_ms) return 0;
        struct timespec pause = { 0, 200000 };
        nanosleep(&pause, NULL);
    }
}

long cc_cpu_ms(pid_t pid) {
    char path[64], text[1024];
    snprintf(path, sizeof path, "/proc/%d/stat", (int)pid);
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return -1;
    ssize_t n = read(fd, text, sizeof text - 1);
    close(fd);
    if (n <= 0) return -1;
    text[n] = 0;
    // The command name (field 2) may hold spaces and parentheses: fields count from its last ')'.
    const char *at = strrchr(text, ')');
    if (!at) return -1;
    unsigned long long utime = 0, stime = 0;
    // Fields 3 to 13 skipped; 14 and 15 are utime and stime in clock ticks.
    if (sscanf(at + 2, "%*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %llu %llu", &utime, &stime) != 2) return -1;
    long ticks = sysconf(_SC_CLK_TCK);
    return ticks > 0 ? (long)((utime + stime) * 1000 / (unsigned long long)ticks) : -1;
}

static int run_as(uid_t uid, int (*body)(const void *), const void *context) {
    pid_t pid = fork();
    if (pid < 0) return errno;
    if (pid == 0) {
        int dropped = become(uid);
        if (dropped) _exit(dropped);
        _exit(body(context));
    }
    int status = 0;
    while (waitpid(pid, &status, 0) < 0) if (errno != EINTR) return errno;
    if (!WIFEXITED(status)) return EINTR;
    return WEXITSTATUS(status);
}

typedef struct {
    const char *box; int existing; int count; const char *const *names; const unsigned char *const *contents;
    const size_t *lengths; const int *executable;
} box_request;

/// A relative path whose every component is a plain name (not empty, "." or ".."), at most 8 deep.
static int plain_path(const char *path) {
    if (!*path || strlen(path) >= 512) return 0;
    int depth = 0;
    const char *part = path;
    for (;;) {
        const char *slash = strchr(part, '/');
        size_t length = slash ? (size_t)(slash - part) : strlen(part);
        if (length == 0 || length > 200 || (length == 1 && part[0] == '.') || (length == 2 && part[0] == '.' && part[1] == '.')) return 0;
        if (++depth > 8) return 0;
        if (!slash) return 1;
        part = slash + 1;
    }
}

/// Opens (creating) the directories of `path` below `dir`, never following a symbolic link, and
/// returns the directory that holds its last component (or `dir` itself), with `*name` pointing at it.
static int open_parent(int dir, const char *path, const char **name) {
    int current = dup(dir);
    const char *part = path;
    const char *slash;
    while (current >= 0 && (slash = strchr(part, '/'))) {
        char component[256];
        size_t length = (size_t)(slash - part);
        memcpy(component, part, length);
        component[length] = 0;
        if (mkdirat(current, component, 0700) != 0 && errno != EEXIST) { close(current); return -1; }
        int next = openat(current, component, O_RDONLY | O_DIRECTORY | O_NOFOLLOW);
        close(current);
        current = next;
        part = slash + 1;
    }
    *name = part;
    return current;
}

static int prepare(const void *context) {
    const box_request *r = context;
    umask(077);
    if (mkdir(r->box, 0700) != 0 && !(errno == EEXIST && r->existing)) return errno;
    int dir = open(r->box, O_RDONLY | O_DIRECTORY | O_NOFOLLOW);
    if (dir < 0) return errno;
    struct stat info;
    if (fstat(dir, &info) != 0 || info.st_uid != getuid() || (info.st_mode & 07777) != 0700) return EPERM;
    for (int i = 0; i < r->count; i++) {
        if (!plain_path(r->names[i])) return EINVAL;
        const char *name;
        int parent = open_parent(dir, r->names[i], &name);
        if (parent < 0) return errno;
        int fd = openat(parent, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, r->executable[i] ? 0700 : 0600);
        int opened = errno;
        close(parent);
        if (fd < 0) return opened;
        size_t done = 0;
        while (done < r->lengths[i]) {
            ssize_t n = write(fd, r->contents[i] + done, r->lengths[i] - done);
            if (n < 0) { if (errno == EINTR) continue; return errno; }
            done += (size_t)n;
        }
        close(fd);
    }
    return 0;
}

int cc_prepare_box(uid_t uid, const char *box, int existing, int count, const char *const *names,
                   const unsigned char *const *contents, const size_t *lengths, const int *executable) {
    box_request request = { box, existing, count, names, contents, lengths, executable };
    return run_as(uid, prepare, &request);
}

typedef struct {
    const char *box; int fd; int skip_count; const char *const *skip; size_t limit;
} collect_request;

static int write_all(int fd, const void *data, size_t length) {
    const unsigned char *bytes = data;
    while (length > 0) {
        ssize_t n = write(fd, bytes, length);
        if (n < 0) { if (errno == EINTR) continue; return errno; }
        bytes += n;
        length -= (size_t)n;
    }
    return 0;
}

/// Writes every regular file below `dir` (as `prefix/name`) to the request's descriptor, never
/// following a symbolic link and skipping names that start with '.'.
static int collect_dir(const collect_request *r, int dir, const char *prefix, int depth, size_t *total) {
    if (depth > 8) return 0;
    int listing = dup(dir);
    DIR *d = listing >= 0 ? fdopendir(listing) : NULL;
    if (!d) { if (listing >= 0) close(listing); return errno; }
    int failed = 0;
    struct dirent *e;
    while (!failed && (e = readdir(d))) {
        if (e->d_name[0] == '.') continue;
        char path[600];
        int length = snprintf(path, sizeof path, "%s%s%s", prefix, *prefix ? "/" : "", e->d_name);
        if (length <= 0 || length >= 512) continue;
        int skipped = 0;
        for (int i = 0; i < r->skip_count; i++) if (strcmp(path, r->skip[i]) == 0) skipped = 1;
        if (skipped) continue;
        int fd = openat(dir, e->d_name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK);
        if (fd < 0) continue;
        struct stat info;
        if (fstat(fd, &info) != 0) { close(fd); continue; }
        if (S_ISDIR(info.st_mode)) {
            failed = collect_dir(r, fd, path, depth + 1, total);
        } else if (S_ISREG(info.st_mode)) {
            *total += (size_t)info.st_size + (size_t)length;
            if (*total > r->limit) { failed = E2BIG; close(fd); break; }
            unsigned char header[2 + 1 + 8];
            header[0] = (unsigned char)(length >> 8); header[1] = (unsigned char)length;
            header[2] = (info.st_mode & S_IXUSR) ? 1 : 0;
            unsigned long long size = (unsigned long long)info.st_size;
            for (int b = 0; b < 8; b++) header[3 + b] = (unsigned char)(size >> (56 - 8 * b));
            failed = write_all(r->fd, header, sizeof header);
            if (!failed) failed = write_all(r->fd, path, (size_t)length);
            unsigned char buffer[65536];
            unsigned long long left = size;
            while (!failed && left > 0) {
                ssize_t n = read(fd, buffer, left < sizeof buffer ? (size_t)left : sizeof buffer);
                if (n < 0 && errno == EINTR) continue;
                if (n <= 0) { failed = EIO; break; }  // shorter than it was: the record would be wrong
                failed = write_all(r->fd, buffer, (size_t)n);
                left -= (unsigned long long)n;
            }
        }
        close(fd);
    }
    closedir(d);
    return failed;
}

static int collect(const void *context) {
    const collect_request *r = context;
    int dir = open(r->box, O_RDONLY | O_DIRECTORY | O_NOFOLLOW);
    if (dir < 0) return errno;
    size_t total = 0;
    int failed = collect_dir(r, dir, "", 0, &total);
    close(dir);
    return failed;
}

int cc_collect_box(uid_t uid, const char *box, int fd, int skip_count, const char *const *skip, size_t limit) {
    collect_request request = { box, fd, skip_count, skip, limit };
    return run_as(uid, collect, &request);
}

int cc_memfd(void) {
    return (int)syscall(SYS_memfd_create, "compiled", 1 /* MFD_CLOEXEC */);
}

/// Live processes of `uid` in /proc, other than `except`. Zombies are dead already: their parent
/// reaps them (the runner its step's main process, the container's init the others).
static int count_processes(uid_t uid, pid_t except) {
    int count = 0;
    DIR *proc = opendir("/proc");
    if (!proc) return 0;
    struct dirent *e;
    char path[300];
    while ((e = readdir(proc))) {
        if (e->d_name[0] < '0' || e->d_name[0] > '9' || atoi(e->d_name) == except) continue;
        snprintf(path, sizeof path, "/proc/%s", e->d_name);
        struct stat info;
        if (stat(path, &info) != 0 || info.st_uid != uid) continue;
        char stat_path[320], line[512];
        snprintf(stat_path, sizeof stat_path, "%s/stat", path);
        FILE *f = fopen(stat_path, "r");
        int zombie = 0;
        if (f) {
            if (fgets(line, sizeof line, f)) {
                const char *end = strrchr(line, ')');  /* "pid (comm) S ...": comm may hold anything */
                zombie = end && end[1] == ' ' && end[2] == 'Z';
            }
            fclose(f);
        }
        if (!zombie) count++;
    }
    closedir(proc);
    return count;
}

pid_t cc_arm_killer(uid_t uid, int *trigger_fd) {
    int trigger[2];
    if (pipe2(trigger, O_CLOEXEC) != 0) return -1;
    pid_t pid = fork();
    if (pid < 0) { close(trigger[0]); close(trigger[1]); return -1; }
    if (pid == 0) {
        // It holds nothing of the runner's: a pipe end it kept would keep a step's standard input
        // open (a standby waits for its end) or a closed output from ending.
        for (int fd = 3; fd < 1024; fd++) if (fd != trigger[0]) close(fd);
        char byte;
        ssize_t n;
        do { n = read(trigger[0], &byte, 1); } while (n < 0 && errno == EINTR);
        if (n != 1) _exit(0);  // disarmed
        if (become(uid) != 0) _exit(2);
        // kill(-1) reports success while any other process exists (the runner, which it may not
        // signal), so the loop ends when /proc shows nothing of the uid but this helper.
        for (int round = 0; round < 10000; round++) {
            kill(-1, SIGKILL);
            if (count_processes(uid, getpid()) == 0) _exit(0);
            sched_yield();
        }
        _exit(1);
    }
    close(trigger[0]);
    *trigger_fd = trigger[1];
    return pid;
}

int cc_fire_killer(pid_t killer, int trigger_fd) {
    char go = 'k';
    ssize_t ignored = write(trigger_fd, &go, 1);
    (void)ignored;
    close(trigger_fd);
    int status = 0;
    while (waitpid(killer, &status, 0) < 0) if (errno != EINTR) return errno;
    return WIFEXITED(status) ? WEXITSTATUS(status) : EINTR;
}

static int remove_entry(const char *path, const struct stat *info, int flag, struct FTW *ftw) {
    (void)info; (void)flag; (void)ftw;
    remove(path);
    return 0;
}

static int report_leftovers = 0;  /* set once at start by cc_report_leftovers */
/* Counts the entries of `dir` that `uid` owns, and removes each (with all below it) when `remove_them`;
   otherwise names each on stderr when report_leftovers is set. */
static int owned_in(const char *dir, uid_t uid, int remove_them) {
    DIR *d = opendir(dir);
    if (!d) return 0;
    int count = 0;
    struct dirent *e;
    char path[4096];
    while ((e = readdir(d))) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        struct stat info;
        if (lstat(path, &info) != 0 || info.st_uid != uid) continue;
        count++;
        if (remove_them) nftw(path, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
        else if (report_leftovers) fprintf(stderr, "leftover: %s of uid %u\n", path, (unsigned)uid);
    }
    closedir(d);
    return count;
}

static void remove_ipc(uid_t uid) {
    const char *tables[3] = { "/proc/sysvipc/shm", "/proc/sysvipc/sem", "/proc/sysvipc/msg" };
    for (int t = 0; t < 3; t++) {
        FILE *f = fopen(tables[t], "r");
        if (!f) continue;
        char line[512];
        if (!fgets(line, sizeof line, f)) { fclose(f); continue; }  // header
        while (fgets(line, sizeof line, f)) {
            long key, id; unsigned perms; unsigned long owner;
            // shm: key shmid perms size cpid lpid nattch uid ...; sem: key semid perms nsems uid; msg: key msqid perms cbytes qnum lspid lrpid uid
            if (sscanf(line, "%ld %ld %o", &key, &id, &perms) != 3) continue;
            int skip = t == 0 ? 4 : t == 1 ? 1 : 4;
            char *p = line;
            for (int field = 0; field < 3 + skip && p; field++) { p = strpbrk(p, " \t"); if (p) p += strspn(p, " \t"); }
            if (!p || sscanf(p, "%lu", &owner) != 1 || owner != uid) continue;
            if (t == 0) shmctl((int)id, IPC_RMID, NULL);
            else if (t == 1) semctl((int)id, 0, IPC_RMID);
            else msgctl((int)id, IPC_RMID, NULL);
        }
        fclose(f);
    }
}

typedef struct { pid_t pid; unsigned long seconds; } cpu_limit_request;

static int limit_cpu(const void *context) {
    const cpu_limit_request *r = context;
    struct rlimit limit = { r->seconds, r->seconds };
    return prlimit(r->pid, RLIMIT_CPU, &limit, NULL) == 0 ? 0 : errno;
}

int cc_limit_cpu(uid_t uid, pid_t pid, unsigned long seconds) {
    cpu_limit_request request = { pid, seconds };
    return run_as(uid, limit_cpu, &request);
}

int cc_clean(uid_t uid, const char *box) {
    pid_t pid = fork();
    if (pid < 0) return errno;
    if (pid == 0) {
        // /box is 1733: only root may list it, and only the owner may remove an entry. So list as
        // root, then remove as the uid.
        char names[64][256];
        int found = 0;
        DIR *d = opendir("/box");
        if (d) {
            struct dirent *e;
            char path[512];
            while ((e = readdir(d)) && found < 64) {
                if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
                snprintf(path, sizeof path, "/box/%s", e->d_name);
                struct stat info;
                if (lstat(path, &info) == 0 && info.st_uid == uid) snprintf(names[found++], 256, "%s", path);
            }
            closedir(d);
        }
        int dropped = become(uid);
        if (dropped) _exit(dropped);
        nftw(box, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
        for (int i = 0; i < found; i++) nftw(names[i], remove_entry, 16, FTW_DEPTH | FTW_PHYS);
        owned_in("/dev/shm", uid, 1);
        owned_in("/dev/mqueue", uid, 1);
        remove_ipc(uid);
        _exit(0);
    }
    int status = 0;
    while (waitpid(pid, &status, 0) < 0) if (errno != EINTR) return errno;
    return WIFEXITED(status) ? WEXITSTATUS(status) : EINTR;
}


void cc_report_leftovers(int on) { report_leftovers = on; }


int cc_leftovers(uid_t uid) {
    int count = 0;
    DIR *proc = opendir("/proc");
    if (proc) {
        struct dirent *e;
        char path[300];
        while ((e = readdir(proc))) {
            if (e->d_name[0] < '0' || e->d_name[0] > '9') continue;
            snprintf(path, sizeof path, "/proc/%s", e->d_name);
            struct stat info;
            if (stat(path, &info) == 0 && info.st_uid == uid) {
                count++;
                if (report_leftovers) fprintf(stderr, "leftover: process %s of uid %u\n", e->d_name, (unsigned)uid);
            }
        }
        closedir(proc);
    }
    count += owned_in("/box", uid, 0) + owned_in("/dev/shm", uid, 0) + owned_in("/dev/mqueue", uid, 0);
    const char *tables[3] = { "/proc/sysvipc/shm", "/proc/sysvipc/sem", "/proc/sysvipc/msg" };
    for (int t = 0; t < 3; t++) {
        FILE *f = fopen(tables[t], "r");
        if (!f) continue;
        char line[512];
        char needle[32];
        snprintf(needle, sizeof needle, " %u ", (unsigned)uid);
        if (fgets(line, sizeof line, f)) while (fgets(line, sizeof line, f)) if (strstr(line, needle)) {
            count++;
            if (report_leftovers) fprintf(stderr, "leftover: %s entry of uid %u\n", tables[t], (unsigned)uid);
        }
        fclose(f);
    }
    return count;
}

long cc_oom_kills(void) {
    const char *files[2] = { "/sys/fs/cgroup/memory/memory.oom_control", "/sys/fs/cgroup/memory.events" };
    for (int i = 0; i < 2; i++) {
        FILE *f = fopen(files[i], "r");
        if (!f) continue;
        char key[64]; long value;
        while (fscanf(f, "%63s %ld", key, &value) == 2) {
            if (strcmp(key, "oom_kill") == 0) { fclose(f); return value; }
        }
        fclose(f);
    }
    return -1;
}

int cc_pipe(int fds[2]) {
    return pipe2(fds, O_CLOEXEC);
}

void cc_random(void *buffer, size_t length) {
    size_t done = 0;
    while (done < length) {
        ssize_t n = getrandom((char *)buffer + done, length - done, 0);
        if (n > 0) done += (size_t)n;
    }
}
