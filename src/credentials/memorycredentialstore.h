#pragma once

#include "credentialstore.h"

#include <QHash>

namespace DreamFoundry {

// Secrets kept in this process only: the "key for this session only" the window offers when no
// keychain exists, and a stand-in for the keychain in tests. Nothing is ever written anywhere.
class MemoryCredentialStore final : public CredentialStore
{
    Q_OBJECT
public:
    explicit MemoryCredentialStore(QObject *parent = nullptr);

    void read(const QString &name, QObject *context, Callback callback) override;
    void write(const QString &name, const QString &secret, QObject *context,
               Callback callback) override;
    void remove(const QString &name, QObject *context, Callback callback) override;

    bool isPersistent() const override { return false; }
    QString description() const override;

    // Makes every later operation fail with `error` (None: work again), so tests can drive the
    // window through a locked or missing keychain without one.
    void failWith(CredentialError error, const QString &detail = {});

private:
    bool failed(CredentialOperation operation, QObject *context, const Callback &callback);

    QHash<QString, QString> m_secrets;
    CredentialError m_failure = CredentialError::None;
    QString m_failureDetail;
};

} // namespace DreamFoundry
