#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

class QSettings;

namespace DreamFoundry {

// How long each phase of a Daytona sandbox may take before it is given up, in seconds. The run
// phase is the run's own timeout (RunSettings::timeoutSeconds), enforced by the run session.
struct DaytonaTimeouts
{
    int create = 120; // POST /sandbox blocks up to 30 s server-side, then polling until started
    int upload = 300;
    int download = 300;
    int remove = 60;
};

// Where and how to reach Daytona, and how this app uses it. The API key never leaves this
// struct except into an Authorization header: not into logs, results, argv or environments.
struct DaytonaConfig
{
    static constexpr auto defaultApiUrl = "https://app.daytona.io/api";
    static constexpr int defaultMaxParallel = 20;

    // Session: typed into the window and kept in memory for this session only.
    enum class KeySource { None, Keychain, Environment, DotEnv, Session };

    QString apiKey;
    KeySource keySource = KeySource::None;
    QUrl apiUrl = QUrl(QLatin1StringView(defaultApiUrl));
    QString target; // region; empty: the organisation's default
    QString snapshot; // empty: the server's default snapshot
    int maxParallel = defaultMaxParallel;
    DaytonaTimeouts timeouts;
    // Minutes; an abandoned sandbox stops after autoStop minutes without toolbox traffic and is
    // deleted as soon as it stops (0), so a crash cannot leak it for long.
    int autoStopMinutes = 15;
    int autoDeleteMinutes = 0;

    bool isConfigured() const { return !apiKey.isEmpty() && apiUrl.isValid(); }
    // Why Daytona cannot be used, for a person; empty when it is configured.
    QString problem() const;
    QString keySourceName() const;

    // A key that was never filled in: empty, or `your_...` as in the sample .env files.
    static bool isPlaceholder(const QString &key);

    // The key from the environment, else from `.env` in `workingDir`; the URL from
    // `apiUrlOverride` (--api-url), else DAYTONA_API_URL (or its alias DAYTONA_BASE_URL) from
    // the environment, else either from `.env`, else the setting, else the default;
    // the target from DAYTONA_TARGET, else the setting. The keychain is consulted by the caller
    // first (see withKeychainKey), as the window does.
    static DaytonaConfig load(const QProcessEnvironment &environment, const QString &workingDir,
                              const QString &apiUrlOverride, const QSettings *settings = nullptr);

    // The keychain wins over the environment and .env (docs/architecture.md, "Secrets and the
    // API key").
    void useKeychainKey(const QString &key);

    // KEY=value lines of a .env file (comments, `export`, quotes handled); empty when absent.
    static QString readDotEnvValue(const QString &path, const QString &key);
};

} // namespace DreamFoundry
