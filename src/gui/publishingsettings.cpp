#include "publishingsettings.h"

#include "credentials/credentialstore.h"
#include "publish/discordwebhook.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace DreamFoundry {

PublishingSettings::PublishingSettings(CredentialStore *store, QWidget *parent)
    : QGroupBox(tr("Publishing"), parent)
    , m_store(store)
    , m_stateLabel(new QLabel(tr("Looking for a webhook in the keychain…"), this))
    , m_webhookEdit(new QLineEdit(this))
    , m_storeButton(new QPushButton(tr("S&tore Webhook"), this))
    , m_removeButton(new QPushButton(tr("Remo&ve Webhook"), this))
    , m_messageLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("publishingGroup"));
    m_stateLabel->setObjectName(QStringLiteral("webhookStateLabel"));
    m_stateLabel->setWordWrap(true);
    m_webhookEdit->setObjectName(QStringLiteral("webhookEdit"));
    // The URL holds the webhook's token: typed like a password, never shown back.
    m_webhookEdit->setEchoMode(QLineEdit::Password);
    m_webhookEdit->setPlaceholderText(tr("Paste a Discord webhook URL to store it"));
    m_webhookEdit->setClearButtonEnabled(true);
    m_storeButton->setObjectName(QStringLiteral("storeWebhookButton"));
    m_storeButton->setAutoDefault(false);
    m_removeButton->setObjectName(QStringLiteral("removeWebhookButton"));
    m_removeButton->setAutoDefault(false);
    m_messageLabel->setObjectName(QStringLiteral("webhookMessageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->hide();

    auto *layout = new QGridLayout(this);
    layout->addWidget(new QLabel(tr("Discord &webhook:"), this), 0, 0);
    layout->addWidget(m_webhookEdit, 0, 1);
    layout->addWidget(m_storeButton, 0, 2);
    layout->addWidget(m_removeButton, 0, 3);
    layout->addWidget(m_stateLabel, 1, 1, 1, 3);
    layout->addWidget(m_messageLabel, 2, 1, 1, 3);
    if (auto *label = qobject_cast<QLabel *>(layout->itemAtPosition(0, 0)->widget()))
        label->setBuddy(m_webhookEdit);

    connect(m_storeButton, &QPushButton::clicked, this, &PublishingSettings::storeWebhook);
    connect(m_removeButton, &QPushButton::clicked, this, &PublishingSettings::removeWebhook);
    connect(m_webhookEdit, &QLineEdit::returnPressed, this, &PublishingSettings::storeWebhook);
    connect(m_webhookEdit, &QLineEdit::textChanged, this, [this] { setBusy(m_busy); });
    readState();
}

void PublishingSettings::readState()
{
    setBusy(true);
    m_store->read(DiscordWebhook::credential(), this, [this](const CredentialResult &result) {
        setBusy(false);
        if (result.ok() || result.error == CredentialError::NotFound)
            return showStored(result.ok());
        m_stateLabel->setText(result.message);
    });
}

void PublishingSettings::showStored(bool stored)
{
    m_stored = stored;
    m_stateLabel->setText(stored ? tr("A webhook is stored in %1; Run > Publish Winner... posts "
                                      "to it. Paste another to replace it.")
                                           .arg(m_store->description())
                                 : tr("No webhook is stored."));
    setBusy(m_busy);
}

void PublishingSettings::setBusy(bool busy)
{
    m_busy = busy;
    m_storeButton->setEnabled(!busy && !m_webhookEdit->text().trimmed().isEmpty());
    m_removeButton->setEnabled(!busy && m_stored);
}

void PublishingSettings::storeWebhook()
{
    const QString url = m_webhookEdit->text().trimmed();
    if (m_busy || url.isEmpty())
        return;
    const QString problem = DiscordWebhook::urlProblem(url);
    m_messageLabel->setText(problem);
    m_messageLabel->setVisible(!problem.isEmpty());
    if (!problem.isEmpty())
        return;
    setBusy(true);
    m_store->write(DiscordWebhook::credential(), url, this, [this](const CredentialResult &result) {
        setBusy(false);
        if (!result.ok()) {
            m_messageLabel->setText(result.message);
            m_messageLabel->show();
            return;
        }
        m_webhookEdit->clear();
        showStored(true);
    });
}

void PublishingSettings::removeWebhook()
{
    if (m_busy)
        return;
    setBusy(true);
    m_store->remove(DiscordWebhook::credential(), this, [this](const CredentialResult &result) {
        setBusy(false);
        m_messageLabel->setText(result.ok() ? QString() : result.message);
        m_messageLabel->setVisible(!result.ok());
        if (result.ok())
            showStored(false);
    });
}

} // namespace DreamFoundry
