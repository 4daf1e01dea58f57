#include "RssSeries.h"

namespace vv::bench {

namespace {

double meanKb(const std::vector<RssSeries::Sample>& s, std::size_t from, std::size_t to)
{
    if (to <= from)
        return 0;
    double sum = 0;
    for (std::size_t i = from; i < to; ++i)
        sum += s[i].rssKb;
    return sum / static_cast<double>(to - from);
}

} // namespace

RssSeries::Verdict RssSeries::verdict(double maxStepKb, double maxSlopeKbPerMin) const
{
    Verdict v;
    const std::size_t n = m_samples.size();
    v.samples = n;
    if (n < 6)
        return v; // too short to judge: not flat
    v.middleMeanKb = meanKb(m_samples, n / 3, 2 * n / 3);
    v.lastMeanKb = meanKb(m_samples, 2 * n / 3, n);
    v.lastMinusMiddleKb = v.lastMeanKb - v.middleMeanKb;
    // Least squares over the last half: slope = cov(t, rss) / var(t).
    const std::size_t from = n / 2;
    double mt = 0;
    double mr = 0;
    for (std::size_t i = from; i < n; ++i) {
        mt += m_samples[i].seconds;
        mr += m_samples[i].rssKb;
    }
    const auto count = static_cast<double>(n - from);
    mt /= count;
    mr /= count;
    double cov = 0;
    double var = 0;
    for (std::size_t i = from; i < n; ++i) {
        cov += (m_samples[i].seconds - mt) * (m_samples[i].rssKb - mr);
        var += (m_samples[i].seconds - mt) * (m_samples[i].seconds - mt);
    }
    v.slopeKbPerMin = var > 0 ? cov / var * 60.0 : 0;
    v.flat = v.lastMinusMiddleKb <= maxStepKb && v.slopeKbPerMin <= maxSlopeKbPerMin;
    return v;
}

} // namespace vv::bench
