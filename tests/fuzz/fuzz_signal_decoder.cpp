// libFuzzer target: the signal decoder must never crash, and whatever it accepts must
// re-encode within the frame limit and decode to the same signal (one codec, both sides).
#include "protocol/SignalCodec.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using vv::protocol::SignalCodec;
    const QByteArrayView frame(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto decoded = SignalCodec::decode(frame);
    if (!decoded.isValid())
        return 0;
    const auto encoded = SignalCodec::encode(*decoded.signal);
    if (!encoded || encoded->size() > SignalCodec::MaxFrameBytes)
        std::abort();
    const auto again = SignalCodec::decode(*encoded);
    if (!again.isValid() || !(*again.signal == *decoded.signal))
        std::abort();
    return 0;
}
