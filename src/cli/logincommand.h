#pragma once

#include <QByteArray>
#include <QObject>
#include <QTextStream>

namespace DreamFoundry {

class HiddenInput;
class CredentialStore;

// `dreamfoundry login`: reads the Daytona API key from standard input when that is not a
// terminal, else asks for it without echo, and stores it in the keychain. With
// --discord-webhook, the same for the Discord webhook URL `dreamfoundry publish` posts to
// (its token is a secret too). The key is never taken
// from the command line, where other users of the machine can read it. Emits done() with 0 when
// the key is stored, 1 when the keychain failed, 2 on bad usage or a missing or placeholder key.
class LoginCommand final : public QObject
{
    Q_OBJECT
public:
    explicit LoginCommand(const QStringList &arguments, QObject *parent = nullptr);
    // Stores into `store` instead of the OS keychain; the command does not own it.
    LoginCommand(const QStringList &arguments, CredentialStore *store, QObject *parent = nullptr);
    ~LoginCommand() override;

    void start();

    // The key in what was read: its first non-blank line, trimmed; empty when there is none.
    static QString keyFromInput(const QByteArray &input);
    // Why `key` cannot be a Daytona API key, for a person; empty when it can.
    static QString keyProblem(const QString &key);

Q_SIGNALS:
    void done(int exitStatus);

private:
    void onInputComplete();
    void storeWebhook(const QString &url);
    void finish(int exitStatus);
    void fail(const QString &message, int exitStatus);

    QStringList m_arguments;
    CredentialStore *m_store = nullptr;
    bool m_webhook = false; // --discord-webhook: the secret is the Discord webhook URL
    HiddenInput *m_answer = nullptr; // while a key or value is read
    bool m_finished = false;
    QTextStream m_out;
    QTextStream m_err;
};

// `dreamfoundry logout`: removes the Daytona API key (with --discord-webhook: the Discord
// webhook) from the keychain; fine when none is there.
// Emits done() with 0 when no key is stored afterwards, 1 when the keychain failed, 2 on bad
// usage.
class LogoutCommand final : public QObject
{
    Q_OBJECT
public:
    explicit LogoutCommand(const QStringList &arguments, QObject *parent = nullptr);
    LogoutCommand(const QStringList &arguments, CredentialStore *store, QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    void done(int exitStatus);

private:
    void removeWebhook();
    void fail(const QString &message, int exitStatus);

    QStringList m_arguments;
    CredentialStore *m_store = nullptr;
    bool m_webhook = false;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace DreamFoundry
