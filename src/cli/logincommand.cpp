#include "logincommand.h"
#include "hiddeninput.h"

#include "credentials/credentialstore.h"
#include "credentials/keychaincredentialstore.h"
#include "daytona/daytonaconfig.h"
#include "publish/discordwebhook.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcessEnvironment>
#include <QTimer>

namespace DreamFoundry {

namespace {

// Free functions have no tr() of their own: this class gives their strings the context
// DreamFoundry::LoginCommand, which lupdate can read.
class LoginCommandText
{
    Q_DECLARE_TR_FUNCTIONS(DreamFoundry::LoginCommand)
};

// More than any API key; a bigger input is something else piped in by mistake.
constexpr qsizetype maxInputBytes = 64 * 1024;

// Takes --discord-webhook out of `arguments`: whether it was there.
bool takeWebhookOption(QStringList *arguments)
{
    return arguments->removeAll(QStringLiteral("--discord-webhook")) > 0;
}

bool usageRequested(const QStringList &arguments, QString *error, const QString &command)
{
    if (arguments.isEmpty())
        return false;
    const QString &first = arguments.constFirst();
    if (arguments.size() == 1
        && (first == QStringLiteral("--help") || first == QStringLiteral("-h")))
        return true;
    *error = command == QStringLiteral("login")
            ? LoginCommandText::tr(
                    "login takes no arguments: the key is never read from the command line, where "
                    "other users can see it. Pipe it on standard input or type it at the prompt.")
            : LoginCommandText::tr("logout takes no arguments but --discord-webhook.");
    return false;
}

} // namespace

LoginCommand::LoginCommand(const QStringList &arguments, QObject *parent)
    : LoginCommand(arguments, new KeychainCredentialStore, parent)
{
    m_store->setParent(this);
}

LoginCommand::LoginCommand(const QStringList &arguments, CredentialStore *store, QObject *parent)
    : QObject(parent), m_arguments(arguments), m_store(store), m_out(stdout), m_err(stderr)
{}

LoginCommand::~LoginCommand()
{
    if (m_answer)
        m_answer->restoreTerminal();
}

QString LoginCommand::keyFromInput(const QByteArray &input)
{
    const QList<QByteArray> lines = input.split('\n');
    for (const QByteArray &line : lines) {
        const QString key = QString::fromUtf8(line).trimmed();
        if (!key.isEmpty())
            return key;
    }
    return {};
}

QString LoginCommand::keyProblem(const QString &key)
{
    if (key.isEmpty())
        return tr("no key was given: pipe the Daytona API key on standard input or type it at "
                  "the prompt.");
    if (DaytonaConfig::isPlaceholder(key))
        return tr("that is the placeholder of the sample .env file (“your_...”), not a Daytona "
                  "API key; copy the key from the Daytona dashboard.");
    const bool oneWord = std::all_of(key.cbegin(), key.cend(),
                                     [](QChar c) { return c.isPrint() && !c.isSpace(); });
    if (!oneWord)
        return tr("a Daytona API key is one word without spaces or control characters; check "
                  "what was pasted.");
    return {};
}

void LoginCommand::fail(const QString &message, int exitStatus)
{
    m_err << tr("dreamfoundry login: %1").arg(message) << Qt::endl;
    finish(exitStatus);
}

void LoginCommand::finish(int exitStatus)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_answer)
        m_answer->restoreTerminal();
    QTimer::singleShot(0, this, [this, exitStatus] { Q_EMIT done(exitStatus); });
}

void LoginCommand::start()
{
    m_webhook = takeWebhookOption(&m_arguments);
    QString error;
    if (usageRequested(m_arguments, &error, QStringLiteral("login"))) {
        m_out << tr("Usage: dreamfoundry login [--discord-webhook]\n"
                    "Reads the Daytona API key (with --discord-webhook: the "
                    "Discord webhook URL "
                    "dreamfoundry publish posts to) from standard input, or asks "
                    "for it without "
                    "echo, and stores it in %1.")
                         .arg(m_store->description())
              << Qt::endl;
        return finish(0);
    }
    if (!error.isEmpty())
        return fail(error, 2);
    m_answer = new HiddenInput(maxInputBytes, this);
    connect(m_answer, &HiddenInput::complete, this, &LoginCommand::onInputComplete);
    m_answer->start();
    if (m_answer->fromTerminal())
        m_err << (m_webhook ? tr("Discord webhook URL (input hidden): ")
                            : tr("Daytona API key (input hidden): "))
              << Qt::flush;
}

void LoginCommand::onInputComplete()
{
    m_answer->restoreTerminal();
    if (m_answer->tooLong())
        return fail(tr("the input is far longer than an API key; pipe only the key."), 2);
    QByteArray &buffer = m_answer->buffer();
    const QString key = keyFromInput(buffer);
    buffer.fill('\0'); // the copy in `key` is the only one kept
    buffer.clear();
    if (m_webhook)
        return storeWebhook(key);
    if (const QString problem = keyProblem(key); !problem.isEmpty())
        return fail(problem, 2);

    m_store->write(
            CredentialStore::daytonaApiKey(), key, this, [this](const CredentialResult &result) {
                if (result.ok()) {
                    m_out << tr("Stored the Daytona API key in %1.").arg(m_store->description())
                          << Qt::endl
                          << tr("dreamfoundry run and the window use it before "
                                "DAYTONA_API_KEY and .env; dreamfoundry logout removes "
                                "it.")
                          << Qt::endl;
                    return finish(0);
                }
                QString message = result.message;
                if (result.error == CredentialError::NoBackend)
                    message += QLatin1Char(' ')
                            + tr("Set DAYTONA_API_KEY in the environment or in a .env "
                                 "file in the working folder instead.");
                fail(message, 1);
            });
}

void LoginCommand::storeWebhook(const QString &url)
{
    if (const QString problem = DiscordWebhook::urlProblem(url); !problem.isEmpty())
        return fail(problem, 2);
    m_store->write(DiscordWebhook::credential(), url, this, [this](const CredentialResult &result) {
        if (!result.ok())
            return fail(result.message, 1);
        m_out << tr("Stored the Discord webhook in %1; dreamfoundry publish posts to it, "
                    "dreamfoundry logout --discord-webhook removes it.")
                         .arg(m_store->description())
              << Qt::endl;
        finish(0);
    });
}

LogoutCommand::LogoutCommand(const QStringList &arguments, QObject *parent)
    : LogoutCommand(arguments, new KeychainCredentialStore, parent)
{
    m_store->setParent(this);
}

LogoutCommand::LogoutCommand(const QStringList &arguments, CredentialStore *store, QObject *parent)
    : QObject(parent), m_arguments(arguments), m_store(store), m_out(stdout), m_err(stderr)
{}

void LogoutCommand::fail(const QString &message, int exitStatus)
{
    m_err << LoginCommandText::tr("dreamfoundry logout: %1").arg(message) << Qt::endl;
    QTimer::singleShot(0, this, [this, exitStatus] { Q_EMIT done(exitStatus); });
}

void LogoutCommand::start()
{
    m_webhook = takeWebhookOption(&m_arguments);
    QString error;
    if (usageRequested(m_arguments, &error, QStringLiteral("logout"))) {
        m_out << LoginCommandText::tr("Usage: dreamfoundry logout [--discord-webhook]\nRemoves the "
                                      "Daytona API key "
                                      "(with --discord-webhook: the Discord webhook) from %1.")
                         .arg(m_store->description())
              << Qt::endl;
        QTimer::singleShot(0, this, [this] { Q_EMIT done(0); });
        return;
    }
    if (!error.isEmpty())
        return fail(error, 2);
    if (m_webhook)
        return removeWebhook();

    m_store->remove(CredentialStore::daytonaApiKey(), this, [this](const CredentialResult &result) {
        int status = 0;
        if (result.ok()) {
            m_out << LoginCommandText::tr("The Daytona API key is no longer stored in %1.")
                             .arg(m_store->description())
                  << Qt::endl;
        } else if (result.error == CredentialError::NoBackend) {
            // Nothing can be stored where no keychain exists: what was asked for holds.
            m_out << result.message << QLatin1Char(' ')
                  << LoginCommandText::tr("No key is stored there.") << Qt::endl;
        } else {
            m_err << LoginCommandText::tr("dreamfoundry logout: %1").arg(result.message)
                  << Qt::endl;
            status = 1;
        }
        // A key from elsewhere still configures Daytona; say so rather than let the person
        // believe they are logged out everywhere.
        const DaytonaConfig other = DaytonaConfig::load(QProcessEnvironment::systemEnvironment(),
                                                        QDir::currentPath(), QString());
        if (other.keySource != DaytonaConfig::KeySource::None)
            m_out << LoginCommandText::tr("Note: a Daytona API key is still set in %1.")
                             .arg(other.keySourceName())
                  << Qt::endl;
        Q_EMIT done(status);
    });
}

void LogoutCommand::removeWebhook()
{
    m_store->remove(DiscordWebhook::credential(), this, [this](const CredentialResult &result) {
        if (!result.ok() && result.error != CredentialError::NoBackend)
            return fail(result.message, 1);
        // Where no keychain exists nothing can be stored: what was asked for holds.
        m_out << LoginCommandText::tr("No Discord webhook is stored in %1.")
                         .arg(m_store->description())
              << Qt::endl;
        Q_EMIT done(0);
    });
}

} // namespace DreamFoundry
