#include "app/openmp_wait_policy.h"

#include <climits>
#include <cstdlib>
#include <unistd.h>

namespace ae {

// libgomp's default keeps the threads of a team spinning for a while after each parallel
// region. On a two-core machine those spinning threads take the core the window's GUI thread
// or another program needs: with the window open, training at two threads ran at 0.74 of the
// headless speed with the default and 0.98 with OMP_WAIT_POLICY=PASSIVE (BENCHMARKS.md,
// round 3). libgomp reads the variable while it is loaded, before main() runs, and glibc resets
// the environment after an executable's .preinit_array, so the only place to set it is the
// environment of a fresh start of this same program.
void restartWithPassiveOpenMpWaits(char** argv) {
#ifdef _OPENMP
    if (std::getenv("OMP_WAIT_POLICY") != nullptr) return;  // set by the user, or by our restart
    // The executable's own path, not /proc/self/exe: the kernel names a process after the file
    // it was started from, and "exe" in a process list would hide which program it is.
    char path[PATH_MAX];
    const ssize_t length = readlink("/proc/self/exe", path, sizeof path - 1);
    if (length <= 0) return;
    path[length] = '\0';
    if (setenv("OMP_WAIT_POLICY", "PASSIVE", 1) != 0) return;
    execv(path, argv);
    // Still here: the restart failed (no /proc, say). Carry on with the default policy.
#else
    (void)argv;
#endif
}

} // namespace ae
