#include "publishcommand.h"
#include "commandhelp.h"

#include "credentials/credentialstore.h"
#include "credentials/keychaincredentialstore.h"
#include "publish/discordwebhook.h"
#include "publish/webhookposter.h"
#include "results/resultstore.h"
#include "runtable.h"

#include <QCommandLineParser>
#include <QNetworkAccessManager>
#include <QSocketNotifier>
#include <QTextStream>
#include <QTimer>

#include <cerrno>
#include <unistd.h>

namespace DreamFoundry {

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

} // namespace

PublishCommand::PublishCommand(const QStringList &arguments, QObject *parent)
    : PublishCommand(arguments, new KeychainCredentialStore, parent)
{
    m_store->setParent(this);
}

PublishCommand::PublishCommand(const QStringList &arguments, CredentialStore *store,
                               QObject *parent)
    : QObject(parent), m_arguments(arguments), m_store(store)
{}

PublishCommand::~PublishCommand() = default;

void PublishCommand::finish(int exitStatus)
{
    if (m_finished)
        return;
    m_finished = true;
    QTimer::singleShot(0, this, [this, exitStatus] { Q_EMIT done(exitStatus); });
}

void PublishCommand::fail(const QString &message, int exitStatus)
{
    err() << tr("dreamfoundry publish: %1").arg(terminalSafe(message)) << Qt::endl;
    finish(exitStatus);
}

bool PublishCommand::parseArguments()
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("Posts the winner's artifact (or another candidate's) to the Discord webhook "
               "stored with dreamfoundry login --discord-webhook, after showing exactly the "
               "messages it will post."));
    parser.addHelpOption();
    const QCommandLineOption candidate(QStringLiteral("candidate"),
                                       tr("The candidate to publish instead of the winner."),
                                       QStringLiteral("id"));
    const QCommandLineOption yes({QStringLiteral("y"), QStringLiteral("yes")},
                                 tr("Post without asking; needed when standard input is not a "
                                    "terminal."));
    // For tests: a real webhook is never taken from the command line, where other users of
    // the machine can read it.
    QCommandLineOption webhookUrl(QStringLiteral("webhook-url"),
                                  tr("A loopback webhook URL (tests)."), QStringLiteral("url"));
    webhookUrl.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption allowLoopback(QStringLiteral("allow-loopback"),
                                     tr("Accept a loopback webhook URL (tests)."));
    allowLoopback.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({candidate, yes, webhookUrl, allowLoopback});
    parser.addPositionalArgument(QStringLiteral("results"), tr("A results folder."),
                                 QStringLiteral("RESULTS_DIR"));
    if (!parser.parse(QStringList(QStringLiteral("dreamfoundry publish")) + m_arguments)) {
        fail(parser.errorText(), 2);
        return false;
    }
    if (parser.isSet(QStringLiteral("help")))
        showCommandHelp(parser, QStringLiteral("publish"));
    if (parser.positionalArguments().size() != 1) {
        fail(tr("give one results folder, e.g. dreamfoundry publish ./results"), 2);
        return false;
    }
    m_folder = parser.positionalArguments().constFirst();
    m_yes = parser.isSet(yes);
    m_allowLoopback = parser.isSet(allowLoopback);
    m_webhookArgument = parser.value(webhookUrl);
    QString error;
    const RunRecord run = ResultStore::load(m_folder, &error);
    if (!error.isEmpty()) {
        fail(error, 2);
        return false;
    }
    m_plan = Publishing::plan(run, parser.value(candidate));
    if (!m_plan.ready()) {
        fail(parser.isSet(candidate) || !m_plan.candidateId.isEmpty()
                     ? m_plan.problem
                     : tr("%1 Choose a candidate with --candidate ID.").arg(m_plan.problem),
             2);
        return false;
    }
    return true;
}

void PublishCommand::start()
{
    if (!parseArguments())
        return;
    if (m_webhookArgument.isEmpty())
        return readWebhook();
    using DiscordWebhook::Loopback;
    if (DiscordWebhook::urlProblem(m_webhookArgument, Loopback::Refused).isEmpty())
        return fail(tr("a Discord webhook is never taken from the command line, where other "
                       "users can see it; store it with dreamfoundry login --discord-webhook."),
                    2);
    const QString problem = DiscordWebhook::urlProblem(
            m_webhookArgument, m_allowLoopback ? Loopback::Allowed : Loopback::Refused);
    if (!problem.isEmpty())
        return fail(problem, 2);
    useWebhook(m_webhookArgument);
}

void PublishCommand::readWebhook()
{
    m_store->read(DiscordWebhook::credential(), this, [this](const CredentialResult &result) {
        if (result.error == CredentialError::NotFound)
            return fail(tr("no Discord webhook is stored: store one with dreamfoundry login "
                           "--discord-webhook, or in the window's Settings."),
                        2);
        if (!result.ok())
            return fail(result.message, 1);
        if (const QString problem = DiscordWebhook::urlProblem(result.secret); !problem.isEmpty())
            return fail(tr("the stored webhook is not usable: %1 Store another with "
                           "dreamfoundry login --discord-webhook.")
                                .arg(problem),
                        2);
        useWebhook(result.secret);
    });
}

void PublishCommand::useWebhook(const QString &url)
{
    m_webhook = QUrl(url.trimmed(), QUrl::StrictMode);
    printPreview();
    if (m_yes)
        return publish();
    if (!::isatty(STDIN_FILENO))
        return fail(tr("nothing was posted: standard input is not a terminal to confirm on; add "
                       "--yes to post without asking."),
                    2);
    askForConfirmation();
}

void PublishCommand::printPreview()
{
    const int total = int(m_plan.messages.size());
    // Never one message: the header, then at least one part of the artifact.
    out() << (m_plan.winner ? tr("Publishing the winner, %1: %2 messages to the webhook.")
                            : tr("Publishing %1: %2 messages to the webhook."))
                     .arg(terminalSafe(m_plan.candidateId))
                     .arg(total)
          << Qt::endl;
    for (int i = 0; i < total; ++i) {
        const QString &message = m_plan.messages.at(i);
        out() << tr("----- message %1 of %2 (%3 characters) -----")
                         .arg(i + 1)
                         .arg(total)
                         .arg(message.size())
              << Qt::endl;
        // Whatever the candidate wrote must not drive the terminal.
        out() << terminalText(message);
        if (!message.endsWith(QLatin1Char('\n')))
            out() << Qt::endl;
    }
    out() << tr("----- end -----") << Qt::endl;
}

void PublishCommand::askForConfirmation()
{
    err() << tr("Post these %1 messages to the webhook? [y/N] ").arg(m_plan.messages.size())
          << Qt::flush;
    m_answer = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
    connect(m_answer, &QSocketNotifier::activated, this, &PublishCommand::onAnswerReadable);
}

void PublishCommand::onAnswerReadable()
{
    char chunk[256];
    const ssize_t got = ::read(STDIN_FILENO, chunk, sizeof chunk);
    if (got < 0 && (errno == EINTR || errno == EAGAIN))
        return;
    if (got > 0)
        m_answerBuffer.append(chunk, got);
    if (got > 0 && !m_answerBuffer.contains('\n') && m_answerBuffer.size() < 1024)
        return;
    m_answer->setEnabled(false);
    const QByteArray answer = m_answerBuffer.split('\n').constFirst().trimmed().toLower();
    if (answer == "y" || answer == "yes")
        return publish();
    if (got <= 0)
        err() << Qt::endl;
    err() << tr("Nothing was posted.") << Qt::endl;
    finish(1);
}

void PublishCommand::publish()
{
    m_network = new QNetworkAccessManager(this);
    m_poster = new WebhookPoster(m_network, this);
    connect(m_poster, &WebhookPoster::messageSent, this, [](int sent, int total) {
        err() << tr("Posted message %1 of %2.").arg(sent).arg(total) << Qt::endl;
    });
    connect(m_poster, &WebhookPoster::waiting, this,
            [](std::chrono::milliseconds wait, const QString &why) {
                err() << tr("%1; trying again in %2 s.")
                                 .arg(why)
                                 .arg(double(wait.count()) / 1000, 0, 'f', 1)
                      << Qt::endl;
            });
    connect(m_poster, &WebhookPoster::finished, this, &PublishCommand::onPosted);
    m_poster->post(m_webhook, m_plan.messages);
}

void PublishCommand::onPosted(const PostOutcome &outcome)
{
    // What went out is recorded, even part of it; an attempt that posted nothing is not a
    // publication.
    QString recordError;
    if (outcome.sent > 0) {
        const RunPublication publication{QDateTime::currentDateTimeUtc(), m_plan.candidateId,
                                         outcome.total, outcome.sent, outcome.complete()};
        recordError = Publishing::record(m_folder, publication);
    }
    if (!recordError.isEmpty())
        err() << tr("dreamfoundry publish: the publication could not be recorded in run.json: %1")
                         .arg(terminalSafe(recordError))
              << Qt::endl;
    if (!outcome.complete())
        return fail(outcome.summary(), 1);
    out() << outcome.summary() << Qt::endl;
    finish(0);
}

} // namespace DreamFoundry
