#pragma once
// aelab's threads: everything it runs in parallel (the training passes, products, conv layers,
// the distance analysis) takes chunks from the helpers here, and the caller says how many threads
// a job may use: a model's passes use its ModelConfig::threads, never a process-wide setting.
//
// Why not OpenMP: a region ends only when every thread of the team has arrived, also a thread
// the scheduler has not run yet. On two cores shared with the window's GUI thread, a helper woken
// for a region often had to wait for a core while the caller, done with all the work, waited for
// it; a two-thread dense model trained at 0.7-0.9 of its headless speed with the window open.
// Here chunks are claimed one at a time, and the caller waits only for chunks a helper has
// started: a helper that wakes late finds nothing left and goes back to sleep.
#include <algorithm>
#include <cstddef>

namespace ae {

namespace detail {
struct ChunkTask {
    const void* body;
    void (*call)(const void* body, std::size_t chunk);
};
void runChunks(int threads, std::size_t chunks, ChunkTask task);
} // namespace detail

// Calls body(chunk) for every chunk in [0, chunks) on the calling thread and up to threads - 1
// helpers, and returns when every call has returned. Chunks may run in any order and on any of
// those threads; body must not throw. Helpers serve one caller at a time: a second thread that
// calls while they are busy (the window decoding a latent grid during training) runs its chunks
// itself.
template <typename Body>
void parallelFor(int threads, std::size_t chunks, const Body& body) {
    if (chunks == 0) return;
    if (threads <= 1 || chunks == 1) {
        for (std::size_t c = 0; c < chunks; ++c) body(c);
        return;
    }
    detail::runChunks(threads, chunks,
                      {&body, [](const void* b, std::size_t chunk) { (*static_cast<const Body*>(b))(chunk); }});
}

// body(begin, end) over consecutive ranges of [0, count), each `chunk` long but the last, on up
// to `threads` threads. Work under `minimumParallel` items stays on the calling thread: waking a
// helper costs more.
template <typename Body>
void forEachChunk(int threads, std::size_t count, std::size_t chunk, std::size_t minimumParallel, const Body& body) {
    if (count == 0) return;
    chunk = std::max<std::size_t>(chunk, 1);
    const std::size_t chunks = (count + chunk - 1) / chunk;
    parallelFor(count >= minimumParallel ? threads : 1, chunks,
                [&](std::size_t q) { body(q * chunk, std::min(count, (q + 1) * chunk)); });
}

// Elementwise work over the rows of a batch (`valuesPerRow` floats each): chunks of about 8,192
// values, and batches under 32,768 values on the calling thread. A 256 x 784 batch is 25 chunks,
// a 256 x 32 code layer stays on one thread.
template <typename Body>
void forEachRowChunk(int threads, std::size_t rows, std::size_t valuesPerRow, const Body& body) {
    constexpr std::size_t kChunkValues = 8192;
    constexpr std::size_t kParallelValues = 32768;
    const std::size_t perRow = std::max<std::size_t>(valuesPerRow, 1);
    forEachChunk(threads, rows, std::max<std::size_t>(1, kChunkValues / perRow), (kParallelValues + perRow - 1) / perRow, body);
}

// Elementwise work over a flat buffer of floats (parameters, gradients, optimiser state). The
// chunk is a multiple of 16 floats, so in an aligned buffer every chunk starts on a vector
// boundary and gives the bits of one pass over the whole buffer.
template <typename Body>
void forEachBufferChunk(int threads, std::size_t count, const Body& body) {
    forEachChunk(threads, count, 16384, 65536, body);
}

} // namespace ae
