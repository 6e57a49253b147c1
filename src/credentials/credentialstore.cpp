#include "credentialstore.h"

#include "credentialslogging.h"

#include <QCoreApplication>

namespace DreamFoundry {

// Quiet unless asked for (QT_LOGGING_RULES): the commands print their own sentences.
Q_LOGGING_CATEGORY(lcCredentials, "dreamfoundry.credentials", QtInfoMsg)

namespace {

// Free functions have no tr() of their own: this class gives their strings the context
// DreamFoundry::CredentialStore, which lupdate can read.
class CredentialStoreText
{
    Q_DECLARE_TR_FUNCTIONS(DreamFoundry::CredentialStore)
};

} // namespace

CredentialResult CredentialResult::success(QString secret)
{
    CredentialResult result;
    result.secret = std::move(secret);
    return result;
}

CredentialResult CredentialResult::failure(CredentialOperation operation, CredentialError error,
                                           const QString &detail)
{
    CredentialResult result;
    result.error = error;
    result.message = credentialErrorMessage(operation, error, detail);
    result.detail = detail;
    return result;
}

QString credentialErrorMessage(CredentialOperation operation, CredentialError error,
                               const QString &detail)
{
    switch (error) {
    case CredentialError::None:
        return {};
    case CredentialError::NotFound:
        return CredentialStoreText::tr("No key is stored in the keychain.");
    case CredentialError::NoBackend:
        return CredentialStoreText::tr(
                "No keychain is available on this system: no keychain service (such as GNOME "
                "Keyring or KWallet) answers on the desktop session.");
    case CredentialError::AccessDenied:
        return CredentialStoreText::tr(
                "The keychain is locked or access to it was denied: unlock it, allow Dream "
                "Foundry to use it, and try again.");
    case CredentialError::Timeout:
        return CredentialStoreText::tr(
                "The keychain did not answer in time; it may be waiting for you to unlock it.");
    case CredentialError::Other:
        break;
    }
    // Often a prompt the person dismissed, or a keyring with no login collection yet: the
    // sentence says so, the backend's own words (a D-Bus error) follow for whoever needs them.
    const QString why = detail.isEmpty() ? CredentialStoreText::tr("no reason given") : detail;
    switch (operation) {
    case CredentialOperation::Read:
        return CredentialStoreText::tr(
                       "The keychain refused to read the key; its prompt may have been dismissed. "
                       "(It said: %1)")
                .arg(why);
    case CredentialOperation::Write:
        return CredentialStoreText::tr(
                       "The keychain refused to store the key; its prompt may have been dismissed, "
                       "or it has no keyring to store it in. (It said: %1)")
                .arg(why);
    case CredentialOperation::Remove:
        return CredentialStoreText::
                tr("The keychain refused to remove the key; its prompt may have been dismissed. "
                   "(It said: %1)")
                        .arg(why);
    }
    return why;
}

void CredentialStore::deliver(QObject *context, const Callback &callback,
                              const CredentialResult &result)
{
    if (!context || !callback)
        return;
    // Queued, so a caller never sees its callback run inside its own call, and a context deleted
    // meanwhile takes the pending call with it.
    QMetaObject::invokeMethod(
            context, [callback, result] { callback(result); }, Qt::QueuedConnection);
}

} // namespace DreamFoundry
