#pragma once

#include "core/candidateenvironment.h"

#include <QByteArray>
#include <QObject>
#include <QTextStream>

namespace DreamFoundry {

class HiddenInput;
class CandidateSecrets;
class CredentialStore;

// `dreamfoundry secret set NAME | list | remove NAME`: the secrets candidates may be given
// (docs/architecture.md, "Candidate secrets and environment"). `set` reads the value from
// standard input when that is not a terminal (all of it, one final newline taken off, so
// `echo "$KEY" |` works and a value of several lines stays whole), else asks for one line
// without echo; a value is never taken from the command line. `list` prints the names only.
// Emits done() with 0 on success, 1 when the keychain failed, 2 on bad usage.
class SecretCommand final : public QObject
{
    Q_OBJECT
public:
    explicit SecretCommand(const QStringList &arguments, QObject *parent = nullptr);
    SecretCommand(const QStringList &arguments, CredentialStore *store, QObject *parent = nullptr);
    ~SecretCommand() override;

    void start();

    // The value in what was read from a pipe or file: all of it but one final line end.
    static QByteArray valueFromInput(QByteArray input);

Q_SIGNALS:
    void done(int exitStatus);

private:
    void list();
    void remove(const QString &name);
    void readValue();
    void store();
    void finish(int exitStatus);
    void fail(const QString &message, int exitStatus);

    QStringList m_arguments;
    CredentialStore *m_store = nullptr;
    CandidateSecrets *m_secrets = nullptr;
    QString m_name;
    HiddenInput *m_answer = nullptr; // while a key or value is read
    bool m_finished = false;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace DreamFoundry
