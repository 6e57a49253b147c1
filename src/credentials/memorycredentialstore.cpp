#include "memorycredentialstore.h"

#include "credentialslogging.h"

namespace DreamFoundry {

MemoryCredentialStore::MemoryCredentialStore(QObject *parent) : CredentialStore(parent) {}

QString MemoryCredentialStore::description() const
{
    return tr("memory, for this session only");
}

void MemoryCredentialStore::failWith(CredentialError error, const QString &detail)
{
    m_failure = error;
    m_failureDetail = detail;
}

bool MemoryCredentialStore::failed(CredentialOperation operation, QObject *context,
                                   const Callback &callback)
{
    if (m_failure == CredentialError::None)
        return false;
    deliver(context, callback, CredentialResult::failure(operation, m_failure, m_failureDetail));
    return true;
}

void MemoryCredentialStore::read(const QString &name, QObject *context, Callback callback)
{
    if (failed(CredentialOperation::Read, context, callback))
        return;
    const auto found = m_secrets.constFind(name);
    deliver(context, callback,
            found == m_secrets.cend() ? CredentialResult::failure(CredentialOperation::Read,
                                                                  CredentialError::NotFound)
                                      : CredentialResult::success(*found));
}

void MemoryCredentialStore::write(const QString &name, const QString &secret, QObject *context,
                                  Callback callback)
{
    if (failed(CredentialOperation::Write, context, callback))
        return;
    qCDebug(lcCredentials) << "keeping" << name << "in memory for this session";
    m_secrets.insert(name, secret);
    deliver(context, callback, CredentialResult::success());
}

void MemoryCredentialStore::remove(const QString &name, QObject *context, Callback callback)
{
    if (failed(CredentialOperation::Remove, context, callback))
        return;
    m_secrets.remove(name);
    deliver(context, callback, CredentialResult::success());
}

} // namespace DreamFoundry
