#pragma once

#include "credentialstore.h"

#include <qt6keychain/keychain.h>

#include <chrono>

namespace DreamFoundry {

// Secrets in the OS keychain through QtKeychain: the Secret Service (GNOME Keyring, KWallet) on
// Linux, the Keychain on macOS, the Credential Manager on Windows. Every secret is filed under
// the service "dreamfoundry". QtKeychain's insecure plain-text fallback stays off: when no
// keychain exists the caller is told (CredentialError::NoBackend) and decides what to do.
class KeychainCredentialStore final : public CredentialStore
{
    Q_OBJECT
public:
    // Long enough for a person to answer an unlock prompt, short enough that a keychain which
    // never answers does not hang a run for ever.
    static constexpr std::chrono::seconds defaultTimeout{120};

    explicit KeychainCredentialStore(QObject *parent = nullptr);

    void read(const QString &name, QObject *context, Callback callback) override;
    void write(const QString &name, const QString &secret, QObject *context,
               Callback callback) override;
    void remove(const QString &name, QObject *context, Callback callback) override;

    bool isPersistent() const override { return true; }
    QString description() const override;

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

    // QtKeychain's error code as one of ours. Where QtKeychain cannot tell (the Secret Service
    // backend reports a missing D-Bus session or service as OtherError), the store asks the
    // session bus before it reports; see classifyFailure in the .cpp.
    static CredentialError errorFromKeychain(QKeychain::Error error);

private:
    void run(QKeychain::Job *job, CredentialOperation operation, QObject *context,
             Callback callback);

    std::chrono::milliseconds m_timeout = defaultTimeout;
};

} // namespace DreamFoundry
