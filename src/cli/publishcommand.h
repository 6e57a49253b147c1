#pragma once

#include "publish/publication.h"

#include <QObject>
#include <QStringList>
#include <QUrl>

class QNetworkAccessManager;
class QSocketNotifier;

namespace DreamFoundry {

class CredentialStore;
class WebhookPoster;
struct PostOutcome;

// `dreamfoundry publish RESULTS_DIR [--candidate ID] [--yes]`: posts the winner's artifact (or
// another candidate's) to the Discord webhook stored by `dreamfoundry login --discord-webhook`.
// It prints exactly the messages it will post, asks y/N on a terminal unless --yes (and refuses
// without --yes when standard input is not a terminal), posts them and records the publication
// in run.json. Emits done() with 0 when every message went out, 1 when posting failed (saying
// how many went out) or the keychain failed, 2 on bad usage or nothing to publish.
class PublishCommand final : public QObject
{
    Q_OBJECT
public:
    explicit PublishCommand(const QStringList &arguments, QObject *parent = nullptr);
    // Reads the webhook from `store` instead of the OS keychain; the command does not own it.
    PublishCommand(const QStringList &arguments, CredentialStore *store, QObject *parent = nullptr);
    ~PublishCommand() override;

    void start();

Q_SIGNALS:
    void done(int exitStatus);

private:
    bool parseArguments();
    void readWebhook();
    void useWebhook(const QString &url);
    void printPreview();
    void askForConfirmation();
    void onAnswerReadable();
    void publish();
    void onPosted(const PostOutcome &outcome);
    void finish(int exitStatus);
    void fail(const QString &message, int exitStatus);

    QStringList m_arguments;
    CredentialStore *m_store = nullptr;
    QString m_folder;
    bool m_yes = false;
    bool m_allowLoopback = false;
    QString m_webhookArgument;
    QUrl m_webhook;
    PublishPlan m_plan;
    QSocketNotifier *m_answer = nullptr;
    QByteArray m_answerBuffer;
    QNetworkAccessManager *m_network = nullptr;
    WebhookPoster *m_poster = nullptr;
    bool m_finished = false;
};

} // namespace DreamFoundry
