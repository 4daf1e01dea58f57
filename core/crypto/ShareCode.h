#pragma once

#include "crypto/MasterKey.h"

#include <QString>

#include <optional>

namespace vv::crypto {

// A master key written for humans, to join a second device:
//   VV1-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXX
// 52 Crockford base32 symbols carry the 256 key bits (big-endian, the last symbol's low
// 4 bits are zero), followed by 2 check symbols. The check is a weighted sum modulo the
// prime 1021 over all 54 symbols (weights 2..53 for the key symbols, 32 and 1 for the
// check pair, so the pair reads as one number 0..1020). Because every weight is non-zero
// mod 1021 and neighbouring weights differ, ANY single wrong symbol and ANY swap of two
// neighbouring symbols is detected, not just most; other errors slip through with
// probability about 1/1021.
// Decoding ignores case, spaces and dashes, reads I/L as 1 and O as 0, and accepts the code
// with or without the "VV1" prefix. A share code is a secret: never log or store it, and
// error strings never repeat any part of it.
class ShareCode
{
public:
    static constexpr qsizetype KeySymbols = 52;
    static constexpr qsizetype CheckSymbols = 2;
    static constexpr qsizetype Symbols = KeySymbols + CheckSymbols;
    static constexpr qsizetype GroupSize = 5;
    static constexpr char Prefix[] = "VV1";

    enum class Error {
        NoError,
        Empty,
        UnknownVersion, // starts with a prefix other than VV1
        InvalidCharacter, // a symbol outside Crockford base32 (and not a separator)
        WrongLength, // not 54 symbols
        ChecksumMismatch, // a typo: some symbol is wrong or two were swapped
    };

    struct DecodeResult {
        std::optional<MasterKey> key;
        Error error = Error::NoError;
        QString errorString; // never contains any symbol of the input
        [[nodiscard]] bool isOk() const { return key.has_value(); }
    };

    // The formatted code (prefix and dash groups); empty if the key is invalid.
    [[nodiscard]] static QString encode(const MasterKey& key);
    [[nodiscard]] static DecodeResult decode(QStringView text);
    [[nodiscard]] static QString errorName(Error error);

    // The Crockford alphabet, for tests and input validation in the UI.
    static constexpr char Alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
};

} // namespace vv::crypto
