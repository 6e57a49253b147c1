#pragma once

#include "credentials/credentialstore.h"
#include "daytonaconfig.h"

#include <QObject>
#include <QProcessEnvironment>
#include <QString>

namespace DreamFoundry {

class MemoryCredentialStore;

// The Daytona account as the window and the command line see it: the API key and where it came
// from, and the settings (API URL, target, snapshot) that, together, make the current
// DaytonaConfig.
//
// The key comes from, in order: a key kept for this session only (the user's explicit choice
// when no keychain exists), the keychain, DAYTONA_API_KEY, `.env` in the working folder
// (docs/architecture.md, "Secrets and the API key"). The settings live in QSettings under the
// keys DaytonaConfig::load reads
// (daytona/apiUrl, daytona/target, daytona/snapshot); the key never does.
//
// Everything is asynchronous: the keychain is read when the account is made (changed() follows
// from the event loop), and saveKey(), keepKeyForSession() and removeKey() answer through
// keySaved() and keyRemoved().
class DaytonaAccount final : public QObject
{
    Q_OBJECT
public:
    // `keychain` is where saved keys go (KeychainCredentialStore in the app,
    // MemoryCredentialStore in tests); it is not owned and must outlive the account.
    // `environment` and `workingDir` are where DAYTONA_API_KEY and .env are looked up.
    explicit DaytonaAccount(CredentialStore *keychain, QObject *parent = nullptr);
    DaytonaAccount(CredentialStore *keychain, const QProcessEnvironment &environment,
                   const QString &workingDir, QObject *parent = nullptr);
    ~DaytonaAccount() override;

    // The configuration a Daytona run would use now.
    const DaytonaConfig &config() const { return m_config; }
    bool isConfigured() const { return m_config.isConfigured(); }
    // True until the first keychain read has answered: the key may still be on its way.
    bool isLoading() const { return m_loading; }
    // True while a save or a remove is under way; saveKey() and removeKey() refuse then.
    bool isBusy() const { return m_busy; }

    // Where the key in use came from, for a person: "from the keychain", "from DAYTONA_API_KEY",
    // "from .env", "for this session only"; empty when there is no key.
    QString keySourceDescription() const;
    // Whether the key in use is the one kept for this session only (keepKeyForSession()).
    bool usesSessionKey() const;
    // Whether the key in use is one removeKey() can remove (keychain or session), as opposed to
    // one from the environment or .env that only the user's shell or file can change.
    bool canRemoveKey() const;
    // Why the keychain could not be read at start (locked, access denied, timeout, ...), for a
    // person; empty when it was read or simply holds no key.
    QString keychainProblem() const { return m_keychainProblem; }
    // Whether the keychain was found to be missing (CredentialError::NoBackend).
    bool keychainMissing() const { return m_keychainMissing; }
    // One line for the window's backend status: configured and where from, missing, or why not.
    QString statusText() const;

    // The settings as stored (empty: the default), for the settings dialog.
    QString storedApiUrl() const;
    QString storedTarget() const;
    QString storedSnapshot() const;
    // Why `url` cannot be the API URL, for a person; empty when it can (empty means default).
    static QString apiUrlProblem(const QString &url);
    // Stores the settings (empty removes one) and rebuilds the config; emits changed().
    void saveSettings(const QString &apiUrl, const QString &target, const QString &snapshot);

    // Stores `key` in the keychain; answers with keySaved(). Returns false (and does nothing)
    // when busy or when `key` is empty or a placeholder.
    bool saveKey(const QString &key);
    // Keeps `key` in memory until the app quits: only on the user's explicit choice, after
    // saveKey() reported CredentialError::NoBackend. Answers with keySaved().
    bool keepKeyForSession(const QString &key);
    // Removes the key from the keychain and from this session; answers with keyRemoved().
    bool removeKey();

    // Reads the keychain again and rebuilds the config (e.g. after the keychain was unlocked).
    void reload();

    // An API URL that wins over DAYTONA_API_URL and the setting (the command line's --api-url);
    // empty: none. Rebuilds the config.
    void setApiUrlOverride(const QString &url);

Q_SIGNALS:
    // The config, its key source or the keychain's state changed.
    void changed();
    // Reading the keychain (at start, or on reload()) failed: locked, access denied, timed out.
    // In words a person can act on; keychainProblem() keeps it. A missing keychain is no error
    // (keychainMissing()), and failed saves and removes answer through keySaved and keyRemoved.
    void error(const QString &message);
    // The answer to saveKey() or keepKeyForSession(): CredentialError::None when stored.
    // NoBackend means no keychain exists: offer keepKeyForSession(), never store it elsewhere.
    void keySaved(DreamFoundry::CredentialError result, const QString &message);
    // The answer to removeKey(): CredentialError::None when no removable key is left.
    void keyRemoved(DreamFoundry::CredentialError result, const QString &message);

private:
    void readKeychain();
    void rebuild();
    void finishSave(const CredentialResult &result);

    CredentialStore *m_keychain;
    MemoryCredentialStore *m_session;
    QProcessEnvironment m_environment;
    QString m_workingDir;
    QString m_apiUrlOverride;
    DaytonaConfig m_config;
    QString m_keychainKey;
    QString m_sessionKey;
    QString m_keychainProblem;
    bool m_keychainMissing = false;
    bool m_loading = true;
    bool m_busy = false;
    int m_readGeneration = 0; // a reload outdates the answer of an earlier read
};

} // namespace DreamFoundry
