#pragma once
// Idle OpenMP threads should sleep instead of spinning, unless the person running aelab chose
// otherwise; see openmp_wait_policy.cpp.

namespace ae {

// Call first thing in main(). When OMP_WAIT_POLICY is unset, sets it to PASSIVE and restarts
// the program (same arguments, same process id) so that the OpenMP runtime, which reads its
// settings once while it is loaded, sees it. Returns normally when nothing needs doing or the
// restart is impossible; the program then runs with the runtime's default.
void restartWithPassiveOpenMpWaits(char** argv);

} // namespace ae
