// Process control for the sandbox runner: everything that must happen between fork and exec, or as
// a submission's uid, written in C so that no Swift runs in a forked child.
#ifndef CRUNNER_H
#define CRUNNER_H

#include <stddef.h>
#include <sys/types.h>

/// How to start one sandboxed process.
typedef struct {
    const char *const *argv;        // NULL-terminated; argv[0] is an absolute path
    const char *const *envp;        // NULL-terminated
    const char *dir;                // working directory (the job's box)
    uid_t uid;                      // the job's uid (also its gid)
    int stdin_fd, stdout_fd, stderr_fd, progress_fd;  // become 0, 1, 2 and 3
    unsigned long cpu_seconds;      // RLIMIT_CPU
    unsigned long long file_bytes;  // RLIMIT_FSIZE
    unsigned long long memory_bytes;// RLIMIT_AS, 0 = unlimited
    unsigned long long stack_bytes; // RLIMIT_STACK, 0 = unchanged
    unsigned long processes;        // RLIMIT_NPROC
    int nice;                       // added niceness
} cc_spawn_options;

/// Starts the process; returns its pid, or -1 with *error set to the errno of the step that failed
/// (in the child, before exec, reported through a close-on-exec pipe).
pid_t cc_spawn(const cc_spawn_options *options, int *error);

/// A pollable descriptor that becomes readable when the process ends (pidfd_open), or -1.
int cc_pidfd_open(pid_t pid);

/// Reaps the process if it has ended: returns 1 when it ended (status and usage set), 0 when it
/// still runs after `timeout_ms`, -1 on error.
int cc_wait(pid_t pid, int timeout_ms, int *status, long *cpu_ms, long *max_rss_kb);

/// As `uid`, creates the directory `box` (mode 0700; with `existing`, one that exists already is
/// taken if the uid owns it with that mode) and writes the files into it (a name may be a relative
/// path: its directories are made), refusing anything that is not a plain new file below the box.
/// Returns 0 or an errno.
int cc_prepare_box(uid_t uid, const char *box, int existing, int count, const char *const *names,
                   const unsigned char *const *contents, const size_t *lengths, const int *executable);

/// Forks a helper, kept as root until `cc_fire_killer`, that then becomes `uid` and kills every
/// process of that uid (kill(-1, SIGKILL) until none is left). Forked before a job starts, so that a
/// fork bomb that fills the pids cgroup cannot stop it. Returns the helper's pid, or -1.
pid_t cc_arm_killer(uid_t uid, int *trigger_fd);

/// Fires an armed killer and waits for it. Returns 0 when the uid has no live process left (zombies
/// are left to their parents). The runner has no CAP_KILL: only a process of the job's own uid can
/// signal the job's processes, which is what the killer becomes.
int cc_fire_killer(pid_t killer, int trigger_fd);

/// The CPU time a live process has used so far (user and system, all its threads), from
/// /proc/PID/stat, or -1.
long cc_cpu_ms(pid_t pid);
/// As `uid` (the owner of process `pid`, which may only lower its own limits): sets its RLIMIT_CPU,
/// soft and hard. Returns 0 or an errno.
int cc_limit_cpu(uid_t uid, pid_t pid, unsigned long seconds);
/// As `uid`, removes `box` and whatever the uid owns in /box, /dev/shm, /dev/mqueue and SysV IPC.
/// Returns 0 or an errno.
int cc_clean(uid_t uid, const char *box);

/// Counts what `uid` still has: processes (zombies too), entries in /box, /dev/shm and
/// /dev/mqueue, SysV IPC objects.
int cc_leftovers(uid_t uid);

/// Whether `cc_leftovers` names what it finds on stderr.
void cc_report_leftovers(int on);

/// pipe2(fds, O_CLOEXEC).
int cc_pipe(int fds[2]);

/// Fills `buffer` from the kernel's random source.
void cc_random(void *buffer, size_t length);

/// The memory cgroup's OOM kill counter (cgroup v1 memory.oom_control or v2 memory.events), or -1.
long cc_oom_kills(void);

/// As `uid`: writes every regular file of `box` (below it too, never following a link, skipping
/// names starting with '.' and the relative paths in `skip`) to `fd`, each as a 2-byte path length,
/// an executable byte, an 8-byte size (big-endian), the path and the content. 0, E2BIG when the files
/// pass `limit` bytes, or another errno.
int cc_collect_box(uid_t uid, const char *box, int fd, int skip_count, const char *const *skip, size_t limit);

/// An anonymous in-memory file (memfd_create), or -1.
int cc_memfd(void);

/// SHA-256 of `length` bytes into `digest` (32 bytes).
void cc_sha256(const void *data, size_t length, unsigned char digest[32]);

#endif
