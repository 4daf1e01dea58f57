#include "relay/StoreWorker.h"

#include "relay/Log.h"

#include <cerrno>
#include <chrono>
#include <ctime>
#include <openssl/crypto.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

namespace vv::server {

namespace {

// The bearer token must not outlive the request in the worker's memory (P3).
void forgetToken(store::Request* request)
{
    for (auto& [name, value] : request->headers) {
        if (name == "authorization")
            OPENSSL_cleanse(value.data(), value.size());
    }
}

} // namespace

StoreWorker::StoreWorker(
    net::EventLoop* loop, std::unique_ptr<store::TokenVerifier> verifier, std::unique_ptr<store::StoreService> service)
    : m_loop(loop)
    , m_verifier(std::move(verifier))
    , m_service(std::move(service))
{ }

StoreWorker::~StoreWorker()
{
    stop();
    if (m_eventFd >= 0)
        ::close(m_eventFd);
    m_service.reset(); // before the verifier it uses
}

std::int64_t StoreWorker::monotonicNs()
{
    timespec ts {};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return std::int64_t(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

bool StoreWorker::start(std::string* error)
{
    m_eventFd = ::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    if (m_eventFd < 0 || !m_loop->add(m_eventFd, EPOLLIN, this)) {
        *error = "cannot create the store worker's eventfd";
        return false;
    }
    m_thread = std::thread([this] { run(); });
    return true;
}

void StoreWorker::stop()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void StoreWorker::submit(Job job)
{
    {
        const std::lock_guard lock(m_mutex);
        m_queue.push_back(std::move(job));
    }
    m_wake.notify_one();
}

void StoreWorker::run()
{
    std::vector<Job> jobs;
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_stopping)
                return;
            // Take everything queued, up to MaxBatch, in arrival order.
            const std::size_t n = std::min(m_queue.size(), MaxBatch);
            jobs.assign(std::make_move_iterator(m_queue.begin()), std::make_move_iterator(m_queue.begin() + long(n)));
            m_queue.erase(m_queue.begin(), m_queue.begin() + long(n));
        }
        if (m_testDelayMs > 0)
            std::this_thread::sleep_for(std::chrono::milliseconds(m_testDelayMs));
        process(jobs);
        jobs.clear();
    }
}

void StoreWorker::process(std::vector<Job>& jobs)
{
    using Route = store::StoreService::Route;
    std::vector<Done> done;
    done.reserve(jobs.size());
    auto finish = [&done](Job& job, store::Response response) {
        forgetToken(&job.request);
        done.push_back({ job.connectionKey, std::move(response), job.route, job.keepAlive, job.submittedNs });
    };

    // Pushes first, all in one transaction: one fsync for the lot.
    std::size_t pushes = 0;
    for (const Job& job : jobs)
        pushes += job.route == Route::Push ? 1 : 0;
    if (pushes > 0) {
        const bool grouped = pushes > 1 && m_service->beginBatch();
        for (Job& job : jobs) {
            if (job.route == Route::Push)
                finish(job, m_service->handle(job.request));
        }
        if (grouped) {
            const bool committed = m_service->commitBatch();
            if (!committed) {
                // Nothing of the batch is stored: no push may be acknowledged.
                qCWarning(lcRelay) << "store group commit failed";
                for (Done& d : done) {
                    if (d.response.status == 200)
                        d.response = store::StoreService::internalError();
                }
            }
            m_groupedPushes.fetch_add(pushes, std::memory_order_relaxed);
        }
        m_commits.fetch_add(grouped ? 1 : pushes, std::memory_order_relaxed);
        post(done); // acknowledged now that the batch is durable
    }
    for (Job& job : jobs) {
        if (job.route != Route::Push)
            finish(job, m_service->handle(job.request));
    }
    post(done);
}

void StoreWorker::post(std::vector<Done>& done)
{
    if (done.empty())
        return;
    {
        const std::lock_guard lock(m_mutex);
        for (Done& d : done)
            m_done.push_back(std::move(d));
    }
    done.clear();
    const std::uint64_t one = 1;
    [[maybe_unused]] const ssize_t ignored = ::write(m_eventFd, &one, sizeof one);
}

void StoreWorker::onIo(std::uint32_t)
{
    std::uint64_t count = 0;
    [[maybe_unused]] const ssize_t ignored = ::read(m_eventFd, &count, sizeof count);
    {
        const std::lock_guard lock(m_mutex);
        m_delivering.swap(m_done);
    }
    for (Done& d : m_delivering) {
        if (m_deliver)
            m_deliver(std::move(d));
    }
    m_delivering.clear();
}

} // namespace vv::server
