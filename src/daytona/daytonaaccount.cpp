#include "daytonaaccount.h"

#include "credentials/memorycredentialstore.h"

#include <QDir>
#include <QSettings>

namespace DreamFoundry {

namespace {

const QString apiUrlKey = QStringLiteral("daytona/apiUrl");
const QString targetKey = QStringLiteral("daytona/target");
const QString snapshotKey = QStringLiteral("daytona/snapshot");

void storeOrRemove(QSettings &settings, const QString &key, const QString &value)
{
    if (value.trimmed().isEmpty())
        settings.remove(key);
    else
        settings.setValue(key, value.trimmed());
}

} // namespace

DaytonaAccount::DaytonaAccount(CredentialStore *keychain, QObject *parent)
    : DaytonaAccount(keychain, QProcessEnvironment::systemEnvironment(), QDir::currentPath(),
                     parent)
{}

DaytonaAccount::DaytonaAccount(CredentialStore *keychain, const QProcessEnvironment &environment,
                               const QString &workingDir, QObject *parent)
    : QObject(parent)
    , m_keychain(keychain)
    , m_session(new MemoryCredentialStore(this))
    , m_environment(environment)
    , m_workingDir(workingDir)
{
    Q_ASSERT(m_keychain);
    rebuild();
    readKeychain();
}

DaytonaAccount::~DaytonaAccount() = default;

void DaytonaAccount::reload()
{
    m_loading = true;
    rebuild();
    Q_EMIT changed();
    readKeychain();
}

void DaytonaAccount::setApiUrlOverride(const QString &url)
{
    m_apiUrlOverride = url;
    rebuild();
}

void DaytonaAccount::readKeychain()
{
    const int generation = ++m_readGeneration;
    m_keychain->read(CredentialStore::daytonaApiKey(), this,
                     [this, generation](const CredentialResult &result) {
                         if (generation != m_readGeneration)
                             return; // a later read, or a save, knows better
                         m_loading = false;
                         m_keychainProblem.clear();
                         m_keychainMissing = result.error == CredentialError::NoBackend;
                         switch (result.error) {
                         case CredentialError::None:
                             m_keychainKey = result.secret;
                             break;
                         case CredentialError::NotFound:
                         case CredentialError::NoBackend:
                             // Not a failure: the environment or .env may still hold a key, and the
                             // settings dialog offers a session-only key where no keychain exists.
                             m_keychainKey.clear();
                             break;
                         case CredentialError::AccessDenied:
                         case CredentialError::Timeout:
                         case CredentialError::Other:
                             m_keychainKey.clear();
                             m_keychainProblem = result.message;
                             break;
                         }
                         rebuild();
                         Q_EMIT changed();
                         if (!m_keychainProblem.isEmpty())
                             Q_EMIT error(m_keychainProblem);
                     });
}

void DaytonaAccount::rebuild()
{
    const QSettings settings;
    DaytonaConfig config
            = DaytonaConfig::load(m_environment, m_workingDir, m_apiUrlOverride, &settings);
    config.useKeychainKey(m_keychainKey);
    if (!DaytonaConfig::isPlaceholder(m_sessionKey)) {
        // The user's explicit choice in this session, made because no keychain exists.
        config.apiKey = m_sessionKey.trimmed();
        config.keySource = DaytonaConfig::KeySource::Session;
    }
    m_config = config;
}

bool DaytonaAccount::usesSessionKey() const
{
    return !DaytonaConfig::isPlaceholder(m_sessionKey);
}

QString DaytonaAccount::keySourceDescription() const
{
    switch (m_config.keySource) {
    case DaytonaConfig::KeySource::Session:
        return tr("for this session only");
    case DaytonaConfig::KeySource::Keychain:
        return tr("from the keychain");
    case DaytonaConfig::KeySource::Environment:
        return tr("from DAYTONA_API_KEY");
    case DaytonaConfig::KeySource::DotEnv:
        return tr("from .env");
    case DaytonaConfig::KeySource::None:
        break;
    }
    return {};
}

bool DaytonaAccount::canRemoveKey() const
{
    return m_config.keySource == DaytonaConfig::KeySource::Session
            || m_config.keySource == DaytonaConfig::KeySource::Keychain;
}

QString DaytonaAccount::statusText() const
{
    if (m_loading && !m_config.isConfigured())
        return tr("Daytona: looking for the API key in the keychain…");
    if (m_config.isConfigured())
        return tr("Daytona is configured (API key %1).").arg(keySourceDescription());
    if (!m_config.apiUrl.isValid())
        return m_config.problem();
    if (!m_keychainProblem.isEmpty())
        return tr("Daytona has no API key: %1").arg(m_keychainProblem);
    return tr("Daytona has no API key yet.");
}

QString DaytonaAccount::storedApiUrl() const
{
    return QSettings().value(apiUrlKey).toString();
}

QString DaytonaAccount::storedTarget() const
{
    return QSettings().value(targetKey).toString();
}

QString DaytonaAccount::storedSnapshot() const
{
    return QSettings().value(snapshotKey).toString();
}

QString DaytonaAccount::apiUrlProblem(const QString &url)
{
    if (url.trimmed().isEmpty())
        return {};
    // The same parsing the runs use, so what the dialog accepts is what a run gets.
    const DaytonaConfig parsed = DaytonaConfig::load(QProcessEnvironment(), QString(), url);
    if (parsed.apiUrl.isValid())
        return {};
    return tr("The API URL must be an http or https address, such as %1.")
            .arg(QLatin1StringView(DaytonaConfig::defaultApiUrl));
}

void DaytonaAccount::saveSettings(const QString &apiUrl, const QString &target,
                                  const QString &snapshot)
{
    QSettings settings;
    storeOrRemove(settings, apiUrlKey, apiUrl);
    storeOrRemove(settings, targetKey, target);
    storeOrRemove(settings, snapshotKey, snapshot);
    rebuild();
    Q_EMIT changed();
}

bool DaytonaAccount::saveKey(const QString &key)
{
    if (m_busy || DaytonaConfig::isPlaceholder(key))
        return false;
    m_busy = true;
    const QString trimmed = key.trimmed();
    m_keychain->write(CredentialStore::daytonaApiKey(), trimmed, this,
                      [this, trimmed](const CredentialResult &result) {
                          if (result.ok()) {
                              ++m_readGeneration; // an earlier read's answer is out of date
                              m_loading = false;
                              m_keychainKey = trimmed;
                              m_keychainProblem.clear();
                              m_keychainMissing = false;
                              // The keychain holds it now: a session key would only shadow it.
                              m_sessionKey.clear();
                              m_session->remove(CredentialStore::daytonaApiKey(), this, {});
                          } else if (result.error == CredentialError::NoBackend) {
                              m_keychainMissing = true;
                          }
                          finishSave(result);
                      });
    return true;
}

bool DaytonaAccount::keepKeyForSession(const QString &key)
{
    if (m_busy || DaytonaConfig::isPlaceholder(key))
        return false;
    m_busy = true;
    const QString trimmed = key.trimmed();
    m_session->write(CredentialStore::daytonaApiKey(), trimmed, this,
                     [this, trimmed](const CredentialResult &result) {
                         if (result.ok())
                             m_sessionKey = trimmed;
                         finishSave(result);
                     });
    return true;
}

void DaytonaAccount::finishSave(const CredentialResult &result)
{
    m_busy = false;
    if (result.ok()) {
        rebuild();
        Q_EMIT changed();
    }
    Q_EMIT keySaved(result.error, result.message);
}

bool DaytonaAccount::removeKey()
{
    if (m_busy)
        return false;
    m_busy = true;
    // The session key goes whatever the keychain answers: the user asked for no key.
    m_sessionKey.clear();
    m_session->remove(CredentialStore::daytonaApiKey(), this, {});
    m_keychain->remove(
            CredentialStore::daytonaApiKey(), this, [this](const CredentialResult &result) {
                m_busy = false;
                // No keychain: nothing was ever stored there.
                const bool gone = result.ok() || result.error == CredentialError::NoBackend;
                if (gone) {
                    ++m_readGeneration;
                    m_loading = false;
                    m_keychainKey.clear();
                    m_keychainProblem.clear();
                }
                rebuild();
                Q_EMIT changed();
                Q_EMIT keyRemoved(gone ? CredentialError::None : result.error,
                                  gone ? QString() : result.message);
            });
    return true;
}

} // namespace DreamFoundry
