#include "core/parallel.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <mutex>
#include <thread>
#include <vector>

#if defined(__linux__)
#include <pthread.h>
#endif
#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#endif

namespace ae::detail {

namespace {

void cpuRelax() {
#if defined(__x86_64__) || defined(__i386__)
    _mm_pause();
#endif
}

// How long an idle helper keeps polling before it sleeps. A dense training step starts a new
// piece of work every few tens of microseconds; a helper that slept between them would cost a
// wake-up (a system call for the caller, a scheduling delay for the helper) each time. Longer
// spinning would take the core from the window's GUI thread between batches.
constexpr auto kHelperSpin = std::chrono::microseconds(50);
// How long the caller polls for a helper's last chunk before it also yields its core.
constexpr auto kCallerSpin = std::chrono::microseconds(200);
constexpr int kMaxHelpers = 15;

// Everything a thread needs to decide whether it may take part and which chunk to run is one
// 64-bit word, changed only by compare-and-swap, so a helper holding a stale view of an earlier
// job can never claim a chunk of the current one by mistake:
//   bits  0-19  next chunk to hand out
//   bits 20-39  chunk count of the job
//   bits 40-43  helper seats still free (threads - 1 when published)
//   bits 44-63  job number (wraps; only equality is used)
struct Ticket {
    static constexpr int kCountShift = 20;
    static constexpr int kSeatShift = 40;
    static constexpr int kJobShift = 44;
    static constexpr std::uint64_t kFieldMask = (1u << 20) - 1;
    static constexpr std::size_t kMaxChunks = kFieldMask;

    static std::uint64_t make(std::uint64_t job, int seats, std::size_t count) {
        return (job << kJobShift) | (static_cast<std::uint64_t>(seats) << kSeatShift) |
               (static_cast<std::uint64_t>(count) << kCountShift);
    }
    static std::uint64_t job(std::uint64_t t) { return t >> kJobShift; }
    static int seats(std::uint64_t t) { return static_cast<int>((t >> kSeatShift) & 0xF); }
    static std::size_t count(std::uint64_t t) { return static_cast<std::size_t>((t >> kCountShift) & kFieldMask); }
    static std::size_t next(std::uint64_t t) { return static_cast<std::size_t>(t & kFieldMask); }
};

class HelperPool {
public:
    static HelperPool& instance() {
        static HelperPool pool;
        return pool;
    }

    HelperPool() = default;
    HelperPool(const HelperPool&) = delete;
    HelperPool& operator=(const HelperPool&) = delete;

    ~HelperPool() {
        stop_.store(true);
        published_.fetch_add(1);
        published_.notify_all();
        for (std::thread& t : helpers_) t.join();
    }

    // False if another thread is using the helpers right now.
    bool run(int threads, std::size_t chunks, ChunkTask task) {
        std::unique_lock lock(callerMutex_, std::try_to_lock);
        if (!lock.owns_lock()) return false;
        const int seats = std::min({threads - 1, kMaxHelpers, static_cast<int>(chunks) - 1});
        while (static_cast<int>(helpers_.size()) < seats) helpers_.emplace_back([this] { helperLoop(); });

        task_ = task;
        remaining_.store(chunks, std::memory_order_relaxed);
        const std::uint64_t job = Ticket::job(ticket_.load(std::memory_order_relaxed)) + 1;
        // Release: a helper that claims a chunk of this job sees task_ and remaining_ as set above.
        ticket_.store(Ticket::make(job, seats, chunks), std::memory_order_release);
        // Sequentially consistent, as the helper's announcement in waitForNewJob: of this count
        // and that announcement, at least one side sees the other's change, so no wake-up is lost.
        published_.fetch_add(1);
        if (sleepers_.load() > 0) published_.notify_all();

        runClaimedChunks(job);
        // Only chunks a helper has claimed are left; wait for them to finish.
        const auto spinUntil = std::chrono::steady_clock::now() + kCallerSpin;
        for (int i = 0; remaining_.load(std::memory_order_acquire) != 0; ++i) {
            if ((i & 63) == 0 && std::chrono::steady_clock::now() > spinUntil)
                std::this_thread::yield();
            else
                cpuRelax();
        }
        return true;
    }

private:
    // Claims and runs chunks of `job` until none are left to hand out.
    void runClaimedChunks(std::uint64_t job) {
        std::uint64_t t = ticket_.load(std::memory_order_acquire);
        for (;;) {
            if (Ticket::job(t) != (job & (~std::uint64_t{0} >> Ticket::kJobShift)) || Ticket::next(t) >= Ticket::count(t))
                return;
            if (!ticket_.compare_exchange_weak(t, t + 1, std::memory_order_acq_rel, std::memory_order_acquire)) continue;
            // The chunk is ours, so the job cannot end before it is done: task_ is stable.
            task_.call(task_.body, Ticket::next(t));
            remaining_.fetch_sub(1, std::memory_order_acq_rel);
            t = ticket_.load(std::memory_order_acquire);
        }
    }

    // Takes one of the job's helper seats; false if the job is gone or full.
    bool takeSeat(std::uint64_t& job) {
        std::uint64_t t = ticket_.load(std::memory_order_acquire);
        for (;;) {
            if (Ticket::seats(t) == 0 || Ticket::next(t) >= Ticket::count(t)) return false;
            if (ticket_.compare_exchange_weak(t, t - (std::uint64_t{1} << Ticket::kSeatShift), std::memory_order_acq_rel,
                                              std::memory_order_acquire)) {
                job = Ticket::job(t);
                return true;
            }
        }
    }

    void helperLoop() {
#if defined(__linux__)
        pthread_setname_np(pthread_self(), "aelab helper");
#endif
        std::uint32_t seen = 0;
        for (;;) {
            seen = waitForNewJob(seen);
            if (stop_.load()) return;
            std::uint64_t job = 0;
            if (takeSeat(job)) runClaimedChunks(job);
        }
    }

    // Returns the publication count once it differs from `seen`: polls for a while, then sleeps.
    std::uint32_t waitForNewJob(std::uint32_t seen) {
        const auto spinUntil = std::chrono::steady_clock::now() + kHelperSpin;
        for (int i = 0;; ++i) {
            const std::uint32_t now = published_.load(std::memory_order_acquire);
            if (now != seen) return now;
            if ((i & 63) == 0 && std::chrono::steady_clock::now() > spinUntil) break;
            cpuRelax();
        }
        sleepers_.fetch_add(1);
        // Re-read after announcing the sleep: a publisher that missed the announcement has
        // already moved the count, and wait() returns at once for a changed value.
        published_.wait(seen);
        sleepers_.fetch_sub(1);
        return published_.load(std::memory_order_acquire);
    }

    std::mutex callerMutex_;
    std::vector<std::thread> helpers_;
    ChunkTask task_{};
    std::atomic<std::uint64_t> ticket_{0};
    std::atomic<std::size_t> remaining_{0};
    std::atomic<std::uint32_t> published_{0};
    std::atomic<int> sleepers_{0};
    std::atomic<bool> stop_{false};
};

} // namespace

void runChunks(int threads, std::size_t chunks, ChunkTask task) {
    // Jobs that do not fit the ticket, or a busy pool, run here in order.
    if (chunks > Ticket::kMaxChunks || !HelperPool::instance().run(threads, chunks, task))
        for (std::size_t c = 0; c < chunks; ++c) task.call(task.body, c);
}

} // namespace ae::detail
