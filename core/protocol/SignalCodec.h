#pragma once

#include "protocol/Signal.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace vv::protocol {

// The one encoder/decoder for signaling frames, shared by the client and the server.
// A frame is a compact JSON object: {"budgetId":..,"metadata":{..},"timestamp":..,"type":..}.
// Anything not in the schema is refused on encode and dropped on decode (privacy invariant P1).
class SignalCodec
{
public:
    static constexpr qsizetype MaxFrameBytes = 1024;
    static constexpr qsizetype MaxBudgetIdLength = 128;

    enum class Error {
        NoError,
        TooLarge, // over MaxFrameBytes
        NotJson, // not parseable JSON
        NotObject, // JSON but not an object
        UnknownField, // a top-level key outside type/budgetId/timestamp/metadata
        BadType, // missing or unknown "type"
        BadBudgetId, // missing where required, or not a valid room id
        BadTimestamp, // missing, not an integer, or out of range
        BadMetadata, // not an object, a key outside the whitelist, or a bad value
    };

    struct DecodeResult {
        std::optional<Signal> signal;
        Error error = Error::NoError;
        QString errorString; // names the rule that failed, never echoes the input
        [[nodiscard]] bool isValid() const { return signal.has_value(); }
    };

    // Validates and encodes; returns an empty optional (and the reason) if the signal breaks a rule.
    [[nodiscard]] static std::optional<QByteArray> encode(const Signal& signal, QString* error = nullptr);
    [[nodiscard]] static DecodeResult decode(QByteArrayView frame);
    // Checks every rule encode() checks; returns an empty string when the signal is valid.
    [[nodiscard]] static QString validate(const Signal& signal);

    [[nodiscard]] static bool isValidBudgetId(QStringView id);
    [[nodiscard]] static bool isValidDeviceId(QStringView id);
    [[nodiscard]] static bool requiresBudgetId(SignalType type);
    // Types a client may put on the wire (error, retry_later and pong come only from servers).
    [[nodiscard]] static bool clientMaySend(SignalType type);
    [[nodiscard]] static QString errorName(Error error);
};

} // namespace vv::protocol
