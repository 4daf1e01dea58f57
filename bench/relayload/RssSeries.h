#pragma once

#include <cstddef>
#include <vector>

namespace vv::bench {

// Server RSS sampled over a soak run, and whether it is flat at the end: the first third is
// warm-up (allocator arenas and caches grow to the working set), the middle third is the
// reference, the last third must not sit above it, and a least-squares line through the last
// half must not climb.
class RssSeries
{
public:
    struct Sample {
        double seconds = 0; // since the run started
        double rssKb = 0;
    };
    struct Verdict {
        std::size_t samples = 0;
        double middleMeanKb = 0;
        double lastMeanKb = 0;
        double lastMinusMiddleKb = 0;
        double slopeKbPerMin = 0; // least squares over the last half
        bool flat = false;
    };

    void add(double seconds, double rssKb) { m_samples.push_back({ seconds, rssKb }); }
    [[nodiscard]] const std::vector<Sample>& samples() const { return m_samples; }
    // Flat: last-third mean <= middle-third mean + maxStepKb and slope <= maxSlopeKbPerMin.
    [[nodiscard]] Verdict verdict(double maxStepKb, double maxSlopeKbPerMin) const;

private:
    std::vector<Sample> m_samples;
};

} // namespace vv::bench
