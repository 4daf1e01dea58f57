#pragma once

#include "net/EventLoop.h"
#include "store/StoreService.h"

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace vv::server {

// Runs the encrypted store (StoreService, which fsyncs every push) on its own thread, so the
// event loop never waits for a disk. The loop submit()s parsed requests; the worker answers
// them and wakes the loop through an eventfd, where the answers are delivered (on the loop
// thread) to the connection they belong to.
//
// Group commit: the worker takes everything queued at once; the pushes among it share one
// transaction and one fsync, and their answers are posted only after that commit. Pulls run
// after the commit, each on its own read transaction.
class StoreWorker final : public net::IoHandler
{
public:
    struct Job {
        std::uint64_t connectionKey = 0; // Connection::timerKey(): fd and serial number
        store::Request request;
        store::StoreService::Route route = store::StoreService::Route::Other;
        bool keepAlive = true;
        std::int64_t submittedNs = 0;
    };
    struct Done {
        std::uint64_t connectionKey = 0;
        store::Response response;
        store::StoreService::Route route = store::StoreService::Route::Other;
        bool keepAlive = true;
        std::int64_t submittedNs = 0;
    };
    using Deliver = std::function<void(Done&&)>;

    // The verifier (the shared room_tokens registry) must outlive the service: both are owned here.
    StoreWorker(net::EventLoop* loop, std::unique_ptr<store::TokenVerifier> verifier,
        std::unique_ptr<store::StoreService> service);
    ~StoreWorker() override;
    StoreWorker(const StoreWorker&) = delete;
    StoreWorker& operator=(const StoreWorker&) = delete;

    // Testing only: the worker waits this long before each batch (holding no lock), so a test
    // can prove the loop keeps serving signals while a store request is in progress.
    void setTestDelayMs(std::int64_t ms) { m_testDelayMs = ms; }
    void setDeliver(Deliver deliver) { m_deliver = std::move(deliver); }

    // Creates the eventfd and the thread; false and *error on failure.
    bool start(std::string* error);
    // Stops after the batch in progress (queued, unstarted requests are dropped: unanswered,
    // so unacknowledged) and joins the thread.
    void stop();

    void submit(Job job);

    [[nodiscard]] std::uint64_t commits() const { return m_commits.load(std::memory_order_relaxed); }
    [[nodiscard]] std::uint64_t groupedPushes() const { return m_groupedPushes.load(std::memory_order_relaxed); }
    [[nodiscard]] static std::int64_t monotonicNs();

    void onIo(std::uint32_t events) override;

    static constexpr std::size_t MaxBatch = 64;

private:
    void run();
    void process(std::vector<Job>& jobs);
    void post(std::vector<Done>& done);

    net::EventLoop* m_loop;
    std::unique_ptr<store::TokenVerifier> m_verifier;
    std::unique_ptr<store::StoreService> m_service;
    Deliver m_deliver;
    std::int64_t m_testDelayMs = 0;
    int m_eventFd = -1;
    std::thread m_thread;

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::vector<Job> m_queue; // guarded by m_mutex
    std::vector<Done> m_done; // guarded by m_mutex
    bool m_stopping = false; // guarded by m_mutex

    std::vector<Done> m_delivering; // loop thread only
    std::atomic<std::uint64_t> m_commits { 0 };
    std::atomic<std::uint64_t> m_groupedPushes { 0 };
};

} // namespace vv::server
