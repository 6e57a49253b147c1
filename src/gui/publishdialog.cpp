#include "publishdialog.h"

#include "credentials/credentialstore.h"
#include "publish/discordwebhook.h"
#include "publish/webhookposter.h"
#include "results/resultstore.h"

#include <QDialogButtonBox>
#include <QFutureWatcher>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <functional>

namespace DreamFoundry {

namespace {

// Runs `work` on the thread pool and `then` with its result on the GUI thread, while `context`
// lives.
template<typename Result>
void runThen(QObject *context, std::function<Result()> work, std::function<void(Result)> then)
{
    auto *watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QFutureWatcher<Result>::finished, context, [watcher, then] {
        then(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

} // namespace

PublishDialog::PublishDialog(const RunRecord &run, const QString &folder,
                             const QString &candidateId, CredentialStore *store, QWidget *parent)
    : QDialog(parent)
    , m_run(ResultStore::pointedInto(run, folder))
    , m_folder(folder)
    , m_candidateId(candidateId)
    , m_store(store)
    , m_summaryLabel(new QLabel(tr("Preparing the messages…"), this))
    , m_preview(new QPlainTextEdit(this))
    , m_progress(new QProgressBar(this))
    , m_statusLabel(new QLabel(this))
    , m_publishButton(new QPushButton(tr("&Publish"), this))
{
    setWindowTitle(tr("Publish to Discord"));
    resize(640, 520);
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_preview->setObjectName(QStringLiteral("previewEdit"));
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->hide();
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statusLabel->hide();
    m_publishButton->setObjectName(QStringLiteral("publishButton"));
    m_publishButton->setEnabled(false);
    m_publishButton->setAutoDefault(false); // posting is never what Enter does by accident
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_publishButton, QDialogButtonBox::AcceptRole);
    connect(m_publishButton, &QPushButton::clicked, this, &PublishDialog::publish);
    connect(buttons, &QDialogButtonBox::rejected, this, &PublishDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_statusLabel);
    layout->addWidget(buttons);

    const RunRecord pointed = m_run;
    runThen<PublishPlan>(
            this, [pointed, candidateId] { return Publishing::plan(pointed, candidateId); },
            [this](PublishPlan plan) { onPlanned(plan); });
    m_store->read(DiscordWebhook::credential(), this, [this](const CredentialResult &result) {
        if (result.error == CredentialError::NotFound)
            return onWebhookRead(tr("No Discord webhook is stored: set one in Settings, "
                                    "Publishing."),
                                 {});
        if (!result.ok())
            return onWebhookRead(result.message, {});
        const QString problem
                = DiscordWebhook::urlProblem(result.secret,
                                             m_loopbackAllowed ? DiscordWebhook::Loopback::Allowed
                                                               : DiscordWebhook::Loopback::Refused);
        onWebhookRead(problem.isEmpty() ? QString()
                                        : tr("The stored webhook is not usable: %1").arg(problem),
                      result.secret);
    });
}

PublishDialog::~PublishDialog() = default;

QString PublishDialog::candidateToPublish(const RunRecord &run, const CandidateResult *selected)
{
    if (run.winner.exists())
        return run.winner.candidateId;
    return selected && selected->hasArtifact() ? selected->candidateId : QString();
}

QString PublishDialog::unavailableReason(const RunRecord &run, const QString &folder, bool running,
                                         const CandidateResult *selected)
{
    if (running)
        return tr("Wait for the run to finish.");
    if (folder.isEmpty() || run.candidates.isEmpty())
        return tr("Open or finish a saved run first.");
    if (candidateToPublish(run, selected).isEmpty())
        return tr("The run on screen has no winner: select a candidate with an artifact to "
                  "publish it.");
    return {};
}

void PublishDialog::onPlanned(const PublishPlan &plan)
{
    m_plan = plan;
    m_planned = true;
    if (!plan.ready()) {
        m_summaryLabel->setText(plan.problem);
        m_preview->hide();
        return updatePublishButton();
    }
    const int total = int(plan.messages.size());
    m_summaryLabel->setText((plan.winner
                                     ? tr("The winner, %1, as %2 messages to the Discord webhook:")
                                     : tr("%1 as %2 messages to the Discord webhook:"))
                                    .arg(plan.candidateId)
                                    .arg(total));
    // Exactly what will be posted, each message under a rule naming it.
    QString text;
    for (int i = 0; i < total; ++i) {
        text += tr("───── message %1 of %2 ─────").arg(i + 1).arg(total) + QLatin1Char('\n');
        text += plan.messages.at(i);
        if (!text.endsWith(QLatin1Char('\n')))
            text += QLatin1Char('\n');
    }
    m_preview->setPlainText(text);
    m_progress->setRange(0, total);
    m_progress->setValue(0);
    updatePublishButton();
}

void PublishDialog::onWebhookRead(const QString &problem, const QString &url)
{
    m_webhookRead = true;
    m_webhookProblem = problem;
    if (problem.isEmpty())
        m_webhook = QUrl(url.trimmed(), QUrl::StrictMode);
    updatePublishButton();
}

void PublishDialog::updatePublishButton()
{
    if (!m_planned || !m_webhookRead)
        return;
    if (!m_webhookProblem.isEmpty())
        showStatus(m_webhookProblem);
    m_publishButton->setEnabled(m_plan.ready() && m_webhookProblem.isEmpty() && !m_poster);
}

void PublishDialog::showStatus(const QString &text)
{
    m_statusLabel->setText(text);
    m_statusLabel->setVisible(!text.isEmpty());
}

void PublishDialog::publish()
{
    if (m_poster || !m_plan.ready() || m_webhook.isEmpty())
        return;
    m_publishButton->setEnabled(false);
    m_progress->show();
    showStatus(tr("Posting…"));
    m_network = new QNetworkAccessManager(this);
    m_poster = new WebhookPoster(m_network, this);
    connect(m_poster, &WebhookPoster::messageSent, this, [this](int sent, int total) {
        m_progress->setValue(sent);
        showStatus(tr("Posted %1 of %2 messages…").arg(sent).arg(total));
    });
    connect(m_poster, &WebhookPoster::waiting, this,
            [this](std::chrono::milliseconds wait, const QString &why) {
                showStatus(tr("%1; trying again in %2 s…")
                                   .arg(why)
                                   .arg(double(wait.count()) / 1000, 0, 'f', 1));
            });
    connect(m_poster, &WebhookPoster::finished, this, &PublishDialog::onPosted);
    m_poster->post(m_webhook, m_plan.messages);
}

void PublishDialog::onPosted(const PostOutcome &outcome)
{
    showStatus(outcome.summary());
    if (outcome.sent == 0)
        return; // nothing went out: nothing to record, and Publish stays off (it failed once)
    const RunPublication publication{QDateTime::currentDateTimeUtc(), m_plan.candidateId,
                                     outcome.total, outcome.sent, outcome.complete()};
    const QString folder = m_folder;
    runThen<QString>(
            this, [folder, publication] { return Publishing::record(folder, publication); },
            [this, outcome, publication](QString error) {
                if (!error.isEmpty())
                    showStatus(outcome.summary() + QLatin1Char(' ')
                               + tr("It could not be recorded in run.json: %1").arg(error));
                Q_EMIT published(publication);
            });
}

void PublishDialog::reject()
{
    if (m_poster && m_poster->isPosting()) {
        showStatus(tr("Stopping after the message being sent…"));
        m_poster->abort();
        return;
    }
    QDialog::reject();
}

} // namespace DreamFoundry
