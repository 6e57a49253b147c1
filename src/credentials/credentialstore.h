#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace DreamFoundry {

// Why a credential operation did not do what was asked. NoBackend is told apart from every
// other failure because the answer to it differs: the window offers a key kept for this session
// only, the headless run falls through to DAYTONA_API_KEY and .env (docs/architecture.md,
// "Secrets and the API key").
enum class CredentialError {
    None,
    NotFound, // nothing is stored under that name
    NoBackend, // no keychain service exists on this system (or no D-Bus session to reach it)
    AccessDenied, // the keychain is locked, or the person or the system refused access
    Timeout, // the keychain did not answer in time (often: waiting for an unlock prompt)
    Other,
};

enum class CredentialOperation { Read, Write, Remove };

// The outcome of one operation. `message` is a sentence for a person; `detail` is the raw text
// of the backend, for the log. Neither ever contains the secret.
struct CredentialResult
{
    CredentialError error = CredentialError::None;
    QString secret; // the secret that was read; empty for write and remove
    QString message;
    QString detail;

    bool ok() const { return error == CredentialError::None; }

    static CredentialResult success(QString secret = {});
    static CredentialResult failure(CredentialOperation operation, CredentialError error,
                                    const QString &detail = {});
};

// A tr() sentence a person can act on, for a failed operation.
QString credentialErrorMessage(CredentialOperation operation, CredentialError error,
                               const QString &detail = {});

// Where secrets live. Every operation is asynchronous: the callback runs later from the event
// loop, never from inside the call, and only while `context` is alive (the same contract as
// QTimer::singleShot with a context object); destroying the store drops the callbacks it still
// owes. Implementations: KeychainCredentialStore (the OS keychain) and MemoryCredentialStore
// (a key kept for this session only, and tests).
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const CredentialResult &)>;

    // The service every secret of this app is filed under, and the name of the Daytona key.
    static constexpr auto serviceName = "dreamfoundry";
    static constexpr auto daytonaApiKeyName = "daytona-api-key";
    static QString daytonaApiKey() { return QString::fromLatin1(daytonaApiKeyName); }

    explicit CredentialStore(QObject *parent = nullptr) : QObject(parent) {}

    // Reads the secret stored as `name`; CredentialError::NotFound when there is none.
    virtual void read(const QString &name, QObject *context, Callback callback) = 0;
    // Stores `secret` as `name`, replacing what was there.
    virtual void write(const QString &name, const QString &secret, QObject *context,
                       Callback callback)
            = 0;
    // Removes `name`. Succeeds when nothing was stored: afterwards, nothing is.
    virtual void remove(const QString &name, QObject *context, Callback callback) = 0;

    // Whether a secret survives the end of this session (the keychain) or not (memory).
    virtual bool isPersistent() const = 0;
    // Where the secrets go, in words for a person: "the system keychain (...)".
    virtual QString description() const = 0;

protected:
    // Hands `result` to `callback` from the event loop, if `context` still exists then.
    static void deliver(QObject *context, const Callback &callback, const CredentialResult &result);
};

} // namespace DreamFoundry
