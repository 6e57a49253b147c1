#pragma once

#include "core/runrecord.h"
#include "publish/publication.h"

#include <QDialog>
#include <QUrl>

class QLabel;
class QNetworkAccessManager;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace DreamFoundry {

class CredentialStore;
class WebhookPoster;
struct PostOutcome;

// Run > Publish Winner...: shows exactly the messages that would be posted to the Discord
// webhook stored in the keychain, posts them when Publish is pressed (the confirmation), shows
// the progress and the outcome, and records the publication in the run's run.json. Show it
// with open(): nothing here runs a nested event loop. The artifact is read and run.json written
// off the GUI thread.
class PublishDialog final : public QDialog
{
    Q_OBJECT
public:
    // `run` is the run saved in `folder`; `candidateId` is the one to publish. `store` (where
    // the webhook is) is not owned and must outlive the dialog.
    PublishDialog(const RunRecord &run, const QString &folder, const QString &candidateId,
                  CredentialStore *store, QWidget *parent = nullptr);
    ~PublishDialog() override;

    // For tests, which stand a loopback server in for Discord. Call before the event loop
    // runs: the webhook is read from the keychain then.
    void setLoopbackAllowed(bool allowed) { m_loopbackAllowed = allowed; }

    // The candidate Run > Publish Winner... publishes: the winner, else the selected candidate
    // (`selected` may be null) when it has an artifact; empty when neither.
    static QString candidateToPublish(const RunRecord &run, const CandidateResult *selected);
    // Why Publish Winner... cannot be used now, for its tooltip; empty when it can.
    static QString unavailableReason(const RunRecord &run, const QString &folder, bool running,
                                     const CandidateResult *selected);

    // Stops posting instead of closing while messages are going out.
    void reject() override;

Q_SIGNALS:
    // Some or all of the messages went out; run.json records it (or said why it could not).
    void published(const DreamFoundry::RunPublication &publication);

private:
    void onPlanned(const PublishPlan &plan);
    void onWebhookRead(const QString &problem, const QString &url);
    void updatePublishButton();
    void publish();
    void onPosted(const PostOutcome &outcome);
    void showStatus(const QString &text);

    RunRecord m_run;
    QString m_folder;
    QString m_candidateId;
    CredentialStore *m_store;
    bool m_loopbackAllowed = false;
    PublishPlan m_plan;
    bool m_planned = false;
    QUrl m_webhook;
    QString m_webhookProblem;
    bool m_webhookRead = false;
    QLabel *m_summaryLabel;
    QPlainTextEdit *m_preview;
    QProgressBar *m_progress;
    QLabel *m_statusLabel;
    QPushButton *m_publishButton;
    QNetworkAccessManager *m_network = nullptr;
    WebhookPoster *m_poster = nullptr;
};

} // namespace DreamFoundry
