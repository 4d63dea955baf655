// The trainer's helper threads (core/parallel.h): every chunk runs exactly once, jobs follow each
// other without mixing, helpers really take chunks, and a second caller while they are busy still
// gets all its work done. Runs under ThreadSanitizer in CI, which checks the pool's claims and
// wake-ups.
#include "core/parallel.h"
#include "slowdown.h"

#include <QtTest>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

using namespace ae;

class TestParallel : public QObject {
    Q_OBJECT
private slots:
    void everyChunkRunsOnceInManyJobs() {
        // Short jobs back to back: helpers that are late for one job must never run a chunk of
        // the next one twice or skip one.
        for (const int threads : {2, 3, 5}) {
            for (int job = 0; job < 3000; ++job) {
                const std::size_t chunks = 1 + static_cast<std::size_t>(job % 37);
                std::vector<std::atomic<int>> runs(chunks);
                parallelFor(threads, chunks, [&](std::size_t c) { runs[c].fetch_add(1); });
                for (std::size_t c = 0; c < chunks; ++c)
                    if (runs[c].load() != 1)
                        QFAIL(qPrintable(QStringLiteral("%1 threads, job %2: chunk %3 of %4 ran %5 times")
                                             .arg(threads)
                                             .arg(job)
                                             .arg(c)
                                             .arg(chunks)
                                             .arg(runs[c].load())));
            }
        }
    }

    void helpersTakeChunks() {
        // The first chunk holds its thread until another thread has taken a chunk: a helper must
        // come, however late it wakes on a busy machine. Without one the deadline passes and
        // only one thread is seen.
        std::mutex m;
        std::condition_variable arrived;
        std::set<std::thread::id> seen;
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(ae::test::scaledMs(10000));
        parallelFor(2, 8, [&](std::size_t) {
            std::unique_lock lock(m);
            seen.insert(std::this_thread::get_id());
            arrived.notify_all();
            arrived.wait_until(lock, deadline, [&] { return seen.size() >= 2; });
        });
        QCOMPARE(seen.size(), std::size_t{2});
    }

    void noMoreThreadsThanAskedFor() {
        // Helpers started for a wider job stay out of a narrower one.
        parallelFor(4, 16, [](std::size_t) { std::this_thread::sleep_for(std::chrono::milliseconds(1)); });
        std::atomic<int> inside{0};
        std::atomic<int> most{0};
        parallelFor(2, 40, [&](std::size_t) {
            const int now = inside.fetch_add(1) + 1;
            int seenMost = most.load();
            while (now > seenMost && !most.compare_exchange_weak(seenMost, now)) {
            }
            std::this_thread::sleep_for(std::chrono::microseconds(300));
            inside.fetch_sub(1);
        });
        QVERIFY(most.load() <= 2);
        QVERIFY(most.load() >= 1);
    }

    void aSecondCallerDoesItsOwnWork() {
        // The training thread holds the helpers; the window's thread calls meanwhile.
        std::atomic<long> first{0};
        std::atomic<long> second{0};
        std::thread other([&] {
            for (int job = 0; job < 200; ++job)
                parallelFor(2, 16, [&](std::size_t c) { second.fetch_add(static_cast<long>(c) + 1); });
        });
        for (int job = 0; job < 200; ++job)
            parallelFor(2, 16, [&](std::size_t c) { first.fetch_add(static_cast<long>(c) + 1); });
        other.join();
        QCOMPARE(first.load(), 200L * 136);  // 1 + 2 + ... + 16 = 136 per job
        QCOMPARE(second.load(), 200L * 136);
    }

    void rangesCoverEverythingOnce() {
        std::vector<std::atomic<int>> hits(1003);
        std::atomic<bool> shortRange{false};
        forEachChunk(2, hits.size(), 64, 0, [&](std::size_t begin, std::size_t end) {
            if (end - begin != 64 && end != hits.size()) shortRange.store(true);
            for (std::size_t i = begin; i < end; ++i) hits[i].fetch_add(1);
        });
        QVERIFY(!shortRange.load());
        for (const auto& h : hits) QCOMPARE(h.load(), 1);
    }
};

QTEST_GUILESS_MAIN(TestParallel)
#include "test_parallel.moc"
