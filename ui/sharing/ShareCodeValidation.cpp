#include "sharing/ShareCodeValidation.h"

#include "crypto/ShareCode.h"

namespace vv::ui {

namespace {
// Symbols after the optional prefix, ignoring the separators decode() ignores; -1 when the
// text has something decode() would not accept anyway (the decoder's error then decides).
qsizetype symbolCount(QStringView text)
{
    QString symbols;
    symbols.reserve(text.size());
    for (const QChar c : text) {
        if (c == QLatin1Char('-') || c.isSpace())
            continue;
        symbols.append(c.toUpper());
    }
    if (symbols.startsWith(QLatin1StringView(crypto::ShareCode::Prefix)))
        symbols.remove(0, qsizetype(sizeof(crypto::ShareCode::Prefix) - 1));
    const qsizetype n = symbols.size();
    symbols.fill(QLatin1Char('0')); // the copy held key symbols: overwrite before it goes
    return n;
}
} // namespace

ShareCodeValidation ShareCodeValidation::check(QStringView text)
{
    using crypto::ShareCode;
    ShareCodeValidation result;
    const ShareCode::DecodeResult decoded = ShareCode::decode(text);
    if (decoded.isOk()) {
        result.status = Status::Valid;
        result.message = tr("The code is valid.");
        return result;
    }
    switch (decoded.error) {
    case ShareCode::Error::NoError:
    case ShareCode::Error::Empty:
        result.status = Status::Empty;
        return result;
    case ShareCode::Error::UnknownVersion:
        result.status = Status::Invalid;
        result.message = tr("This is not a VioletVault share code, or it comes from a newer version of "
                            "VioletVault. A share code starts with VV1.");
        return result;
    case ShareCode::Error::InvalidCharacter:
        result.status = Status::Invalid;
        result.message = tr("The code contains a character that never appears in a share code. Use letters "
                            "and digits only; dashes and spaces are optional.");
        return result;
    case ShareCode::Error::WrongLength: {
        const qsizetype n = symbolCount(text);
        if (n < ShareCode::Symbols) {
            result.status = Status::Incomplete;
            result.message = tr("%1 of %2 characters").arg(n).arg(ShareCode::Symbols);
        } else {
            result.status = Status::Invalid;
            result.message
                = tr("The code is too long: a share code has %1 characters after VV1.").arg(ShareCode::Symbols);
        }
        return result;
    }
    case ShareCode::Error::ChecksumMismatch:
        result.status = Status::Invalid;
        result.message = tr("The code has a typo: a character is wrong or two are swapped. Compare it with "
                            "the code on your other device.");
        return result;
    }
    result.status = Status::Invalid;
    result.message = tr("This share code is not valid.");
    return result;
}

} // namespace vv::ui
