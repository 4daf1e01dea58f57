#include "crypto/ShareCode.h"

#include <array>
#include <openssl/crypto.h>

namespace vv::crypto {

namespace {

constexpr int Modulus = 1021; // prime, and 32*31+31 = 1023 >= 1020 so the check pair covers it

int keyWeight(qsizetype index)
{
    return static_cast<int>(index) + 2; // 2..53: non-zero and distinct from neighbours
}

// Weighted sum of the key symbols, mod Modulus.
int keySum(const std::array<int, ShareCode::Symbols>& digits)
{
    int sum = 0;
    for (qsizetype i = 0; i < ShareCode::KeySymbols; ++i)
        sum = (sum + keyWeight(i) * digits[static_cast<size_t>(i)]) % Modulus;
    return sum;
}

// -1 for a character that is not a symbol; separators are handled by the caller.
int symbolValue(QChar c)
{
    const char16_t u = c.toUpper().unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    switch (u) {
    case u'O':
        return 0;
    case u'I':
    case u'L':
        return 1;
    default:
        break;
    }
    for (int v = 10; v < 32; ++v) {
        if (ShareCode::Alphabet[v] == u)
            return v;
    }
    return -1;
}

ShareCode::DecodeResult failure(ShareCode::Error error, const QString& why)
{
    ShareCode::DecodeResult r;
    r.error = error;
    r.errorString = why;
    return r;
}

bool isSeparator(QChar c)
{
    return c == u'-' || c.isSpace();
}

} // namespace

QString ShareCode::encode(const MasterKey& key)
{
    if (!key.isValid())
        return {};
    std::array<int, Symbols> digits {};
    const unsigned char* k = key.bytes().data();
    // 256 bits -> 52 symbols of 5 bits, big-endian; the final symbol holds 1 bit + 4 zero bits.
    for (qsizetype i = 0; i < KeySymbols; ++i) {
        int value = 0;
        for (int b = 0; b < 5; ++b) {
            const qsizetype bit = i * 5 + b;
            int v = 0;
            if (bit < MasterKey::Size * 8)
                v = (k[bit / 8] >> (7 - bit % 8)) & 1;
            value = (value << 1) | v;
        }
        digits[static_cast<size_t>(i)] = value;
    }
    const int check = (Modulus - keySum(digits)) % Modulus;
    digits[KeySymbols] = check / 32;
    digits[KeySymbols + 1] = check % 32;

    QString out = QLatin1StringView(Prefix);
    for (qsizetype i = 0; i < Symbols; ++i) {
        if (i % GroupSize == 0)
            out += u'-';
        out += QLatin1Char(Alphabet[digits[static_cast<size_t>(i)]]);
    }
    digits.fill(0);
    return out;
}

ShareCode::DecodeResult ShareCode::decode(QStringView text)
{
    // Normalise: drop separators, fold case and the Crockford look-alikes.
    std::array<int, Symbols + 3> raw {};
    qsizetype count = 0;
    bool tooLong = false;
    QString prefix;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (isSeparator(c))
            continue;
        // The 'V' of the prefix is a valid symbol too; remember the first three characters raw.
        if (count < 3)
            prefix += c.toUpper();
        const int v = symbolValue(c);
        if (v < 0) {
            return failure(
                Error::InvalidCharacter, QStringLiteral("character %1 is not a share code symbol").arg(count + 1));
        }
        if (count < qsizetype(raw.size()))
            raw[static_cast<size_t>(count)] = v;
        else
            tooLong = true;
        ++count;
    }
    if (count == 0)
        return failure(Error::Empty, QStringLiteral("the share code is empty"));

    std::array<int, Symbols> digits {};
    if (count == Symbols + 3 && !tooLong) {
        // Prefixed form: "VV" then a version digit. A look-alike (vvl) is read as VV1 too.
        if (prefix.size() != 3 || prefix.at(0) != u'V' || prefix.at(1) != u'V')
            return failure(Error::UnknownVersion, QStringLiteral("the share code does not start with VV1"));
        if (raw[2] != 1)
            return failure(Error::UnknownVersion, QStringLiteral("unsupported share code version"));
        for (qsizetype i = 0; i < Symbols; ++i)
            digits[static_cast<size_t>(i)] = raw[static_cast<size_t>(i + 3)];
    } else if (count == Symbols) {
        for (qsizetype i = 0; i < Symbols; ++i)
            digits[static_cast<size_t>(i)] = raw[static_cast<size_t>(i)];
    } else {
        raw.fill(0);
        return failure(Error::WrongLength,
            QStringLiteral("a share code has %1 symbols after VV1, this one has %2")
                .arg(Symbols)
                .arg(count >= 3 && prefix.startsWith(QLatin1StringView("VV")) ? count - 3 : count));
    }
    raw.fill(0);

    const int total = (keySum(digits) + 32 * digits[KeySymbols] + digits[KeySymbols + 1]) % Modulus;
    // The last key symbol carries one bit; non-zero padding bits can only come from a typo.
    if (total != 0 || (digits[KeySymbols - 1] & 0x0F) != 0) {
        digits.fill(0);
        return failure(
            Error::ChecksumMismatch, QStringLiteral("the share code has a typo (the checksum does not match)"));
    }

    std::array<unsigned char, MasterKey::Size> key {};
    for (qsizetype bit = 0; bit < MasterKey::Size * 8; ++bit) {
        const int v = (digits[static_cast<size_t>(bit / 5)] >> (4 - bit % 5)) & 1;
        key[static_cast<size_t>(bit / 8)]
            = static_cast<unsigned char>(key[static_cast<size_t>(bit / 8)] | (v << (7 - bit % 8)));
    }
    digits.fill(0);
    DecodeResult r;
    r.key = MasterKey::fromBytes(QByteArrayView(key.data(), MasterKey::Size));
    OPENSSL_cleanse(key.data(), key.size());
    return r;
}

QString ShareCode::errorName(Error error)
{
    switch (error) {
    case Error::NoError:
        return QStringLiteral("no_error");
    case Error::Empty:
        return QStringLiteral("empty");
    case Error::UnknownVersion:
        return QStringLiteral("unknown_version");
    case Error::InvalidCharacter:
        return QStringLiteral("invalid_character");
    case Error::WrongLength:
        return QStringLiteral("wrong_length");
    case Error::ChecksumMismatch:
        return QStringLiteral("checksum_mismatch");
    }
    return QStringLiteral("unknown");
}

} // namespace vv::crypto
