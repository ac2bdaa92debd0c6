/*
 * startup-firstmap: starts a command and prints how long it took until its first top-level window
 * was mapped on the X display, then the peak resident memory of the command's process tree.
 *
 *   startup-firstmap [-t TITLE_PREFIX] [-w MIN_WIDTH] [-s SETTLE_MS] [-T TIMEOUT_MS] -- command args...
 *
 * The X connection listens to the root window (SubstructureNotify) BEFORE the command is forked, so no
 * map is missed and no polling delay is added. A window counts when it is a direct child of the root,
 * at least MIN_WIDTH (default 100) pixels wide, and (with -t) its WM_NAME or _NET_WM_NAME begins with
 * TITLE_PREFIX (checked at map time and on later title changes). After the map it waits SETTLE_MS
 * (default 2000) so the first screen finishes its work, reads VmHWM of the process and all its
 * descendants from /proc, then ends the process group (SIGTERM, then SIGKILL).
 * Output, one line: "map_ms=<ms> rss_kb=<sum of VmHWM>" ; exit 1 on timeout.
 * Build: cc -O2 -o startup-firstmap startup-firstmap.c -lX11   (Debian: libx11-dev)
 */
#define _GNU_SOURCE
#include <X11/Xlib.h>
#include <X11/Xatom.h>
#include <X11/Xutil.h>
#include <dirent.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/select.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static int title_matches(Display *d, Window w, const char *prefix) {
    if (!prefix) return 1;
    int ok = 0;
    Atom net = XInternAtom(d, "_NET_WM_NAME", False), utf8 = XInternAtom(d, "UTF8_STRING", False);
    Atom type; int fmt; unsigned long n, after; unsigned char *data = NULL;
    if (XGetWindowProperty(d, w, net, 0, 1024, False, utf8, &type, &fmt, &n, &after, &data) == Success && data) {
        ok = strncmp((char *) data, prefix, strlen(prefix)) == 0;
        XFree(data);
    }
    if (!ok) {
        char *name = NULL;
        if (XFetchName(d, w, &name) && name) {
            ok = strncmp(name, prefix, strlen(prefix)) == 0;
            XFree(name);
        }
    }
    return ok;
}

static long vmhwm_kb(pid_t pid) {
    char path[64], line[256];
    snprintf(path, sizeof path, "/proc/%d/status", pid);
    FILE *f = fopen(path, "r");
    if (!f) return 0;
    long kb = 0;
    while (fgets(line, sizeof line, f))
        if (sscanf(line, "VmHWM: %ld", &kb) == 1) break;
    fclose(f);
    return kb;
}

static pid_t parent_of(pid_t pid) {
    char path[64], buf[512];
    snprintf(path, sizeof path, "/proc/%d/stat", pid);
    FILE *f = fopen(path, "r");
    if (!f) return -1;
    size_t len = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    buf[len] = 0;
    char *p = strrchr(buf, ')');
    int ppid = -1;
    if (p) sscanf(p + 2, "%*c %d", &ppid);
    return ppid;
}

/* Sum of VmHWM over pid and its descendants (Chromium is many processes; a JVM is one). */
static long tree_rss_kb(pid_t root) {
    long total = vmhwm_kb(root);
    pid_t tree[4096]; int n = 0; tree[n++] = root;
    for (int changed = 1; changed;) {
        changed = 0;
        DIR *dir = opendir("/proc");
        struct dirent *e;
        while (dir && (e = readdir(dir))) {
            pid_t pid = atoi(e->d_name);
            if (pid <= 0) continue;
            int known = 0;
            for (int i = 0; i < n; i++) if (tree[i] == pid) known = 1;
            if (known) continue;
            pid_t pp = parent_of(pid);
            for (int i = 0; i < n; i++)
                if (tree[i] == pp && n < 4096) { tree[n++] = pid; total += vmhwm_kb(pid); changed = 1; break; }
        }
        if (dir) closedir(dir);
    }
    return total;
}

int main(int argc, char **argv) {
    const char *prefix = NULL;
    int min_width = 100, settle = 2000, timeout = 30000, opt;
    while ((opt = getopt(argc, argv, "t:w:s:T:")) != -1) {
        switch (opt) {
            case 't': prefix = optarg; break;
            case 'w': min_width = atoi(optarg); break;
            case 's': settle = atoi(optarg); break;
            case 'T': timeout = atoi(optarg); break;
            default: fprintf(stderr, "usage: %s [-t prefix] [-w min_width] [-s settle_ms] [-T timeout_ms] -- cmd...\n", argv[0]); return 2;
        }
    }
    if (optind >= argc) { fprintf(stderr, "no command\n"); return 2; }
    Display *d = XOpenDisplay(NULL);
    if (!d) { fprintf(stderr, "cannot open display\n"); return 2; }
    Window root = DefaultRootWindow(d);
    XSelectInput(d, root, SubstructureNotifyMask);
    XSync(d, False);

    double start = now_ms();
    pid_t child = fork();
    if (child == 0) {
        setpgid(0, 0);
        execvp(argv[optind], &argv[optind]);
        perror("exec");
        _exit(127);
    }
    setpgid(child, child);

    double mapped = -1;
    Window candidates[256]; int nc = 0;
    int fd = ConnectionNumber(d);
    while (mapped < 0 && now_ms() - start < timeout) {
        while (XPending(d)) {
            XEvent ev;
            XNextEvent(d, &ev);
            Window w = 0;
            if (ev.type == MapNotify && ev.xmap.event == root) {
                XWindowAttributes a;
                if (XGetWindowAttributes(d, ev.xmap.window, &a) && a.width >= min_width) w = ev.xmap.window;
                if (w && !title_matches(d, w, prefix)) {
                    /* title may come later: watch its properties */
                    XSelectInput(d, w, PropertyChangeMask);
                    if (nc < 256) candidates[nc++] = w;
                    w = 0;
                }
            } else if (ev.type == PropertyNotify) {
                for (int i = 0; i < nc; i++)
                    if (candidates[i] == ev.xproperty.window && title_matches(d, ev.xproperty.window, prefix)) w = ev.xproperty.window;
            }
            if (w) { mapped = now_ms() - start; break; }
        }
        if (mapped >= 0) break;
        int status;
        if (waitpid(child, &status, WNOHANG) == child) { fprintf(stderr, "command exited before a window appeared\n"); return 1; }
        fd_set fds; FD_ZERO(&fds); FD_SET(fd, &fds);
        struct timeval tv = {0, 5000};
        select(fd + 1, &fds, NULL, NULL, &tv);
    }
    if (mapped < 0) {
        fprintf(stderr, "timeout: no window after %d ms\n", timeout);
        kill(-child, SIGKILL);
        return 1;
    }
    usleep(settle * 1000);
    long rss = tree_rss_kb(child);
    printf("map_ms=%.0f rss_kb=%ld\n", mapped, rss);
    fflush(stdout);
    kill(-child, SIGTERM);
    for (int i = 0; i < 50; i++) {
        if (waitpid(child, NULL, WNOHANG) == child) return 0;
        usleep(100000);
    }
    kill(-child, SIGKILL);
    waitpid(child, NULL, 0);
    return 0;
}
