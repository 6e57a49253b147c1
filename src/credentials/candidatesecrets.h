#pragma once

#include "core/candidateenvironment.h"
#include "credentialstore.h"

#include <QObject>
#include <QStringList>

#include <functional>

namespace DreamFoundry {

// The named secrets candidates may be given (OPENAI_API_KEY, say), one keychain entry each
// ("secret:NAME" in the app's service), and an entry listing their names, since a keychain
// cannot be asked what it holds. Values never go anywhere else (docs/architecture.md,
// "Candidate secrets and environment").
class CandidateSecrets final : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const QString &error)>;
    using Listed = std::function<void(const QStringList &names, const QString &error)>;
    using Read = std::function<void(const SecretValues &values, const QString &error)>;

    // `store` is not owned and must outlive this object.
    explicit CandidateSecrets(CredentialStore &store, QObject *parent = nullptr);

    static QString keyFor(const QString &name);
    static QString indexKey();
    // Why `value` cannot be stored as a secret (empty, not UTF-8, a NUL byte), or empty.
    static QString valueProblem(const QString &name, const QByteArray &value);

    // Every callback runs later from the event loop, while `context` lives.
    void list(QObject *context, Listed done);
    // Stores or replaces the value, then lists the name.
    void set(const QString &name, const QByteArray &value, QObject *context, Done done);
    // Removes the value and the name; fine when there is none.
    void remove(const QString &name, QObject *context, Done done);
    // Reads each named value; the first missing one ends it with an error naming it.
    void read(const QStringList &names, QObject *context, Read done);

private:
    void updateIndex(const QString &name, bool present, QObject *context, Done done);
    void readNext(QStringList names, SecretValues values, QObject *context, Read done);

    CredentialStore &m_store;
};

} // namespace DreamFoundry
