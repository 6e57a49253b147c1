#include "daytonaconfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>

namespace DreamFoundry {

namespace {

// Free functions have no tr() of their own: this class gives their strings the context
// DreamFoundry::DaytonaConfig, which lupdate can read.
class DaytonaConfigText
{
    Q_DECLARE_TR_FUNCTIONS(DreamFoundry::DaytonaConfig)
};

QString unquote(QString value)
{
    value = value.trimmed();
    if (value.size() >= 2
        && ((value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))
            || (value.startsWith(QLatin1Char('\'')) && value.endsWith(QLatin1Char('\''))))) {
        return value.mid(1, value.size() - 2);
    }
    // An unquoted value ends at a comment.
    if (const qsizetype hash = value.indexOf(QStringLiteral(" #")); hash >= 0)
        value.truncate(hash);
    return value.trimmed();
}

int positiveSetting(const QSettings *settings, const QString &key, int fallback)
{
    if (!settings)
        return fallback;
    bool ok = false;
    const int value = settings->value(key).toInt(&ok);
    return ok && value > 0 ? value : fallback;
}

// DAYTONA_API_URL, or DAYTONA_BASE_URL as the original app called it: from the environment,
// else from the .env file at `dotEnvPath`.
QString apiUrlFrom(const QProcessEnvironment &environment, const QString &dotEnvPath)
{
    const QStringList names{QStringLiteral("DAYTONA_API_URL"), QStringLiteral("DAYTONA_BASE_URL")};
    for (const QString &name : names) {
        if (const QString url = environment.value(name).trimmed(); !url.isEmpty())
            return url;
    }
    for (const QString &name : names) {
        if (const QString url = DaytonaConfig::readDotEnvValue(dotEnvPath, name).trimmed();
            !url.isEmpty())
            return url;
    }
    return {};
}

} // namespace

bool DaytonaConfig::isPlaceholder(const QString &key)
{
    const QString trimmed = key.trimmed();
    return trimmed.isEmpty() || trimmed.startsWith(QStringLiteral("your_"), Qt::CaseInsensitive);
}

QString DaytonaConfig::readDotEnvValue(const QString &path, const QString &key)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QString found;
    while (!file.atEnd()) {
        QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (line.startsWith(QStringLiteral("export ")))
            line = line.mid(7).trimmed();
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (equals <= 0 || line.left(equals).trimmed() != key)
            continue;
        found = unquote(line.mid(equals + 1)); // the last assignment wins, as in a shell
    }
    return found;
}

DaytonaConfig DaytonaConfig::load(const QProcessEnvironment &environment, const QString &workingDir,
                                  const QString &apiUrlOverride, const QSettings *settings)
{
    DaytonaConfig config;
    const QString fromEnv = environment.value(QStringLiteral("DAYTONA_API_KEY")).trimmed();
    if (!isPlaceholder(fromEnv)) {
        config.apiKey = fromEnv;
        config.keySource = KeySource::Environment;
    } else {
        const QString fromFile = readDotEnvValue(QDir(workingDir).filePath(QStringLiteral(".env")),
                                                 QStringLiteral("DAYTONA_API_KEY"));
        if (!isPlaceholder(fromFile)) {
            config.apiKey = fromFile;
            config.keySource = KeySource::DotEnv;
        }
    }

    QString url = apiUrlOverride.trimmed();
    if (url.isEmpty())
        url = apiUrlFrom(environment, QDir(workingDir).filePath(QStringLiteral(".env")));
    if (url.isEmpty() && settings)
        url = settings->value(QStringLiteral("daytona/apiUrl")).toString().trimmed();
    if (!url.isEmpty()) {
        while (url.endsWith(QLatin1Char('/')))
            url.chop(1);
        const QUrl parsed(url, QUrl::StrictMode);
        const bool web = parsed.scheme() == QStringLiteral("https")
                || parsed.scheme() == QStringLiteral("http");
        config.apiUrl = parsed.isValid() && web && !parsed.host().isEmpty() ? parsed : QUrl();
    }

    config.target = environment.value(QStringLiteral("DAYTONA_TARGET")).trimmed();
    if (settings) {
        if (config.target.isEmpty())
            config.target = settings->value(QStringLiteral("daytona/target")).toString();
        config.snapshot = settings->value(QStringLiteral("daytona/snapshot")).toString();
        config.maxParallel = positiveSetting(settings, QStringLiteral("daytona/maxParallel"),
                                             config.maxParallel);
        DaytonaTimeouts &t = config.timeouts;
        t.create = positiveSetting(settings, QStringLiteral("daytona/createTimeout"), t.create);
        t.upload = positiveSetting(settings, QStringLiteral("daytona/uploadTimeout"), t.upload);
        t.download
                = positiveSetting(settings, QStringLiteral("daytona/downloadTimeout"), t.download);
        t.remove = positiveSetting(settings, QStringLiteral("daytona/deleteTimeout"), t.remove);
    }
    return config;
}

void DaytonaConfig::useKeychainKey(const QString &key)
{
    if (isPlaceholder(key))
        return;
    apiKey = key.trimmed();
    keySource = KeySource::Keychain;
}

QString DaytonaConfig::problem() const
{
    if (!apiUrl.isValid())
        return DaytonaConfigText::tr("The Daytona API URL is not a valid http(s) URL.");
    if (apiKey.isEmpty())
        return DaytonaConfigText::tr(
                "No Daytona API key is configured: save one in the keychain with "
                "`dreamfoundry login`, or set DAYTONA_API_KEY in the environment or in a .env "
                "file in the working folder.");
    return {};
}

QString DaytonaConfig::keySourceName() const
{
    switch (keySource) {
    case KeySource::None:
        return DaytonaConfigText::tr("none");
    case KeySource::Keychain:
        return DaytonaConfigText::tr("the keychain");
    case KeySource::Environment:
        return DaytonaConfigText::tr("the DAYTONA_API_KEY environment variable");
    case KeySource::DotEnv:
        return DaytonaConfigText::tr("the .env file");
    case KeySource::Session:
        return DaytonaConfigText::tr("the window, for this session only");
    }
    return {};
}

} // namespace DreamFoundry
