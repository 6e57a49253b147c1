#include "keychaincredentialstore.h"

#include "credentialslogging.h"

#include <QPointer>
#include <QTimer>

#include <algorithm>

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#define DREAMFOUNDRY_SECRET_SERVICE 1
#endif

namespace DreamFoundry {

namespace {

QString service()
{
    return QString::fromLatin1(CredentialStore::serviceName);
}

#ifdef DREAMFOUNDRY_SECRET_SERVICE

// The bus names a keychain answers on: the Secret Service (GNOME Keyring, KeePassXC, recent
// KWallet) and the older KWallet daemons QtKeychain also speaks to.
bool namesKeychainService(const QStringList &names)
{
    static const QStringList services = {
            QStringLiteral("org.freedesktop.secrets"),
            QStringLiteral("org.kde.kwalletd6"),
            QStringLiteral("org.kde.kwalletd5"),
            QStringLiteral("org.kde.kwalletd"),
    };
    return std::any_of(services.cbegin(), services.cend(),
                       [&names](const QString &service) { return names.contains(service); });
}

void askBus(const QDBusConnection &bus, const QString &method, QObject *context,
            std::function<void(const QStringList &)> done)
{
    const QDBusMessage call = QDBusMessage::createMethodCall(
            QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
            QStringLiteral("org.freedesktop.DBus"), method);
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call, 5000), context);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, context,
                     [watcher, done = std::move(done)] {
                         watcher->deleteLater();
                         const QDBusPendingReply<QStringList> reply = *watcher;
                         done(reply.isError() ? QStringList() : reply.value());
                     });
}

// QtKeychain's Secret Service backend reports a missing D-Bus session, or a session where no
// keychain service runs or can be started, as OtherError with D-Bus's own words. Asking the bus
// tells that apart from a keychain that exists and failed, so the caller can offer the
// session-only key instead of an error it cannot act on.
void probeKeychainService(QObject *context, std::function<void(bool)> done)
{
    const QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        qCDebug(lcCredentials) << "no D-Bus session:" << bus.lastError().message();
        QTimer::singleShot(0, context, [done = std::move(done)] { done(false); });
        return;
    }
    askBus(bus, QStringLiteral("ListNames"), context,
           [bus, context, done = std::move(done)](const QStringList &running) {
               if (namesKeychainService(running))
                   return done(true);
               askBus(bus, QStringLiteral("ListActivatableNames"), context,
                      [done](const QStringList &startable) {
                          done(namesKeychainService(startable));
                      });
           });
}

#else

void probeKeychainService(QObject *context, std::function<void(bool)> done)
{
    // Elsewhere QtKeychain talks to the system's own keychain and reports NoBackendAvailable
    // itself; any other failure is a real one.
    QTimer::singleShot(0, context, [done = std::move(done)] { done(true); });
}

#endif

} // namespace

KeychainCredentialStore::KeychainCredentialStore(QObject *parent) : CredentialStore(parent) {}

QString KeychainCredentialStore::description() const
{
#if defined(Q_OS_DARWIN)
    return tr("the macOS Keychain (service “%1”)").arg(service());
#elif defined(Q_OS_WIN)
    return tr("the Windows Credential Manager (service “%1”)").arg(service());
#else
    return tr("the system keychain (Secret Service, service “%1”)").arg(service());
#endif
}

CredentialError KeychainCredentialStore::errorFromKeychain(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return CredentialError::None;
    case QKeychain::EntryNotFound:
        return CredentialError::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return CredentialError::AccessDenied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return CredentialError::NoBackend;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return CredentialError::Other;
}

void KeychainCredentialStore::read(const QString &name, QObject *context, Callback callback)
{
    auto *job = new QKeychain::ReadPasswordJob(service());
    job->setKey(name);
    run(job, CredentialOperation::Read, context, std::move(callback));
}

void KeychainCredentialStore::write(const QString &name, const QString &secret, QObject *context,
                                    Callback callback)
{
    auto *job = new QKeychain::WritePasswordJob(service());
    job->setKey(name);
    job->setTextData(secret);
    run(job, CredentialOperation::Write, context, std::move(callback));
}

void KeychainCredentialStore::remove(const QString &name, QObject *context, Callback callback)
{
    auto *job = new QKeychain::DeletePasswordJob(service());
    job->setKey(name);
    run(job, CredentialOperation::Remove, context, std::move(callback));
}

void KeychainCredentialStore::run(QKeychain::Job *job, CredentialOperation operation,
                                  QObject *context, Callback callback)
{
    // No parent and auto-delete: QtKeychain's backends call back into the job they were given,
    // so a running job must outlive this store if need be; it deletes itself once finished.
    job->setAutoDelete(true);
    // Never the plain-text QSettings fallback: secrets stay out of settings files
    // (docs/architecture.md, "Secrets and the API key").
    job->setInsecureFallback(false);
    const QString name = job->key();
    static const char *const verbs[] = {"reading", "storing", "removing"};
    qCDebug(lcCredentials) << verbs[int(operation)] << name << "in the keychain";

    // Whichever comes first, the job's answer or the timeout, ends the operation; deleting
    // `pending` cuts the other one off.
    auto *pending = new QObject(this);
    auto *timer = new QTimer(pending);
    timer->setSingleShot(true);
    QPointer<QObject> target(context);
    auto finish = [pending, target, callback, name](const CredentialResult &result) {
        if (result.ok())
            qCDebug(lcCredentials) << "keychain operation on" << name << "succeeded";
        else
            qCDebug(lcCredentials) << "keychain operation on" << name << "failed:" << result.message
                                   << result.detail;
        pending->deleteLater();
        deliver(target, callback, result);
    };

    connect(timer, &QTimer::timeout, pending, [job, pending, operation, finish] {
        QObject::disconnect(job, nullptr, pending, nullptr);
        finish(CredentialResult::failure(operation, CredentialError::Timeout));
    });
    connect(job, &QKeychain::Job::finished, pending,
            [pending, timer, operation, finish](QKeychain::Job *finished) {
                timer->stop();
                CredentialError error = errorFromKeychain(finished->error());
                const QString detail = finished->errorString();
                if (operation == CredentialOperation::Remove && error == CredentialError::NotFound)
                    error = CredentialError::None; // removing what is not there leaves it gone
                if (error == CredentialError::None) {
                    const auto *reader = qobject_cast<QKeychain::ReadPasswordJob *>(finished);
                    return finish(
                            CredentialResult::success(reader ? reader->textData() : QString()));
                }
                if (error != CredentialError::Other)
                    return finish(CredentialResult::failure(operation, error, detail));
                probeKeychainService(pending, [operation, detail, finish](bool exists) {
                    finish(CredentialResult::failure(
                            operation, exists ? CredentialError::Other : CredentialError::NoBackend,
                            detail));
                });
            });
    timer->start(m_timeout);
    job->start();
}

} // namespace DreamFoundry
