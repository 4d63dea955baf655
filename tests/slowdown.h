#pragma once
// The one factor by which a test stretches a bound that is a time. Tests assert order wherever
// they can; what is left (a wait that guards against a hang, "closing returns promptly") is
// written for an idle machine running an optimised build and scaled by slowdown() here.
#include <QByteArray>
#include <QtGlobal>

#include <cmath>

namespace ae::test {

enum class Sanitizer { None, Address, Thread };

constexpr Sanitizer buildSanitizer() {
#if defined(__SANITIZE_THREAD__)
    return Sanitizer::Thread;
#elif defined(__SANITIZE_ADDRESS__)
    return Sanitizer::Address;
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
    return Sanitizer::Thread;
#elif __has_feature(address_sanitizer)
    return Sanitizer::Address;
#else
    return Sanitizer::None;
#endif
#else
    return Sanitizer::None;
#endif
}

// Under ThreadSanitizer every batch and snapshot analysis runs 5-15 times slower (and CI runs it
// beside other TSan tests), under AddressSanitizer 2-3 times (an unoptimised ASan build took 27 s
// to its first batch).
constexpr double buildSlowdown() {
    switch (buildSanitizer()) {
    case Sanitizer::Thread: return 10;
    case Sanitizer::Address: return 3;
    case Sanitizer::None: break;
    }
    return 1;
}

// The build's factor times AELAB_TEST_SLOWDOWN (default 1), which a loaded or slow machine sets
// (CI running sanitizer builds with ctest -j$(nproc), a Debug build, a busy laptop) instead of
// each test guessing how busy the machine is.
inline double slowdown() {
    static const double factor = [] {
        const QByteArray setting = qgetenv("AELAB_TEST_SLOWDOWN");
        double machine = 1;
        if (!setting.isEmpty()) {
            bool ok = false;
            machine = setting.toDouble(&ok);
            if (!ok || !std::isfinite(machine) || machine < 1)
                qFatal("AELAB_TEST_SLOWDOWN=%s: expected a number of at least 1 (how many times slower than an idle "
                       "machine this one runs the tests)",
                       setting.constData());
        }
        return buildSlowdown() * machine;
    }();
    return factor;
}

// `ms` (a bound measured on an idle machine with an optimised build) for this process.
inline int scaledMs(int ms) { return static_cast<int>(std::ceil(ms * slowdown())); }

} // namespace ae::test
