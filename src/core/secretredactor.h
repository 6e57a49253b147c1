#pragma once

#include "candidateenvironment.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace DreamFoundry {

// Replaces every secret value passed to a candidate by "[secret NAME]" in what the candidate
// printed or wrote. A net, not a guarantee: a value the candidate encodes (base64, reversed,
// one character per line) goes through (docs/architecture.md, "Candidate secrets and
// environment").
class SecretRedactor
{
public:
    SecretRedactor() = default;
    // The secrets among `variables`; empty values are left out (they would match everywhere).
    explicit SecretRedactor(const QList<EnvironmentVariable> &variables);

    bool isEmpty() const { return m_secrets.isEmpty(); }
    // The longest value, in bytes.
    qsizetype longest() const { return m_longest; }

    QByteArray redact(const QByteArray &text) const;
    QString redact(const QString &text) const;
    bool containsSecret(const QByteArray &text) const;

    // The bytes at the end of `text` that may be the start of a value whose rest has not
    // arrived yet: a proper prefix of some value, at most longest() - 1 bytes.
    qsizetype pendingPrefix(const QByteArray &text) const;

private:
    struct Secret
    {
        QByteArray value;
        QByteArray marker;
    };
    // The first value found in `text` at or after `from` (the longest one when several start
    // there); -1 when none.
    qsizetype find(const QByteArray &text, qsizetype from, const Secret **found) const;

    QList<Secret> m_secrets;
    qsizetype m_longest = 0;
};

// Whether the file at `path` holds a secret value, read in pieces that overlap by the longest
// value so one across two pieces is found. Slow for a large file: off the GUI thread.
bool fileContainsSecret(const QString &path, const SecretRedactor &redactor);

// Redacts one stream that arrives in chunks: a value split across two chunks is still found,
// because the end of a chunk that may begin a value is held back until the next one (or the
// end) shows whether it does. Only such a possible beginning is held: ordinary output passes
// at once.
class StreamRedactor
{
public:
    explicit StreamRedactor(const SecretRedactor *redactor = nullptr) : m_redactor(redactor) {}

    // What may be shown of the stream so far, redacted.
    QByteArray feed(const QByteArray &chunk);
    // The bytes still held back, once the stream ended.
    QByteArray flush();

private:
    const SecretRedactor *m_redactor;
    QByteArray m_held;
};

} // namespace DreamFoundry
