#include "secretredactor.h"

#include <QFile>

#include <algorithm>
#include <cstring>
#include <utility>

namespace DreamFoundry {

SecretRedactor::SecretRedactor(const QList<EnvironmentVariable> &variables)
{
    for (const EnvironmentVariable &variable : variables) {
        if (!variable.secret || variable.value.isEmpty())
            continue;
        m_secrets.append({variable.value, "[secret " + variable.name.toUtf8() + ']'});
        m_longest = std::max(m_longest, variable.value.size());
    }
}

qsizetype SecretRedactor::find(const QByteArray &text, qsizetype from, const Secret **found) const
{
    qsizetype best = -1;
    for (const Secret &secret : m_secrets) {
        // glibc's memmem skips ahead on pairs of bytes: twice as fast as QByteArray::indexOf
        // here, and this runs on every chunk a candidate prints.
        const auto *hit = static_cast<const char *>(
                ::memmem(text.constData() + from, size_t(text.size() - from),
                         secret.value.constData(), size_t(secret.value.size())));
        if (!hit)
            continue;
        const qsizetype at = hit - text.constData();
        if (best < 0 || at < best || (at == best && secret.value.size() > (*found)->value.size())) {
            best = at;
            *found = &secret;
        }
    }
    return best;
}

QByteArray SecretRedactor::redact(const QByteArray &text) const
{
    if (m_secrets.isEmpty())
        return text;
    const Secret *secret = nullptr;
    qsizetype at = find(text, 0, &secret);
    if (at < 0)
        return text; // the common case: no copy
    QByteArray out;
    out.reserve(text.size());
    qsizetype from = 0;
    while (at >= 0) {
        out.append(text.constData() + from, at - from);
        out += secret->marker;
        from = at + secret->value.size();
        at = find(text, from, &secret);
    }
    out.append(text.constData() + from, text.size() - from);
    return out;
}

QString SecretRedactor::redact(const QString &text) const
{
    if (m_secrets.isEmpty())
        return text;
    const QByteArray bytes = text.toUtf8();
    const QByteArray redacted = redact(bytes);
    return redacted.size() == bytes.size() && redacted == bytes ? text
                                                                : QString::fromUtf8(redacted);
}

bool SecretRedactor::containsSecret(const QByteArray &text) const
{
    const Secret *secret = nullptr;
    return !m_secrets.isEmpty() && find(text, 0, &secret) >= 0;
}

qsizetype SecretRedactor::pendingPrefix(const QByteArray &text) const
{
    // For each value, the earliest place in its reach from the end where it could begin, found
    // with memchr on its first byte: a chunk costs a vector scan of its last bytes per value.
    qsizetype pending = 0;
    const char *data = text.constData();
    const qsizetype size = text.size();
    for (const Secret &secret : m_secrets) {
        const qsizetype reach = std::min(size, secret.value.size() - 1);
        const char *at = data + size - reach;
        const char *end = data + size - pending;
        while (at < end) {
            at = static_cast<const char *>(std::memchr(at, secret.value.front(), size_t(end - at)));
            if (!at)
                break;
            if (std::memcmp(at, secret.value.constData(), size_t(data + size - at)) == 0) {
                pending = data + size - at;
                break;
            }
            ++at;
        }
    }
    return pending;
}

bool fileContainsSecret(const QString &path, const SecretRedactor &redactor)
{
    QFile file(path);
    if (redactor.isEmpty() || !file.open(QIODevice::ReadOnly))
        return false;
    constexpr qint64 piece = 1024 * 1024;
    QByteArray carried;
    while (!file.atEnd()) {
        const QByteArray text = carried + file.read(piece);
        if (redactor.containsSecret(text))
            return true;
        carried = text.right(redactor.longest() - 1);
        if (file.error() != QFile::NoError)
            return false;
    }
    return false;
}

QByteArray StreamRedactor::feed(const QByteArray &chunk)
{
    if (!m_redactor || m_redactor->isEmpty())
        return chunk;
    QByteArray text = m_held.isEmpty() ? chunk : m_held + chunk;
    m_held.clear();
    text = m_redactor->redact(text);
    // A marker is never the start of a value, so holding back after redacting is safe.
    if (const qsizetype pending = m_redactor->pendingPrefix(text); pending > 0) {
        m_held = text.right(pending);
        text.chop(pending);
    }
    return text;
}

QByteArray StreamRedactor::flush()
{
    return std::exchange(m_held, QByteArray());
}

} // namespace DreamFoundry
