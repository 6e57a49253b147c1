#include "settingsdialog.h"
#include "ui_settingsdialog.h"

#include "candidatesecretssettings.h"
#include "daytona/daytonaaccount.h"
#include "dependencysettings.h"
#include "publishingsettings.h"

#include <QPushButton>

namespace DreamFoundry {

SettingsDialog::SettingsDialog(DaytonaAccount *account, QWidget *parent,
                               CredentialStore *publishing, CredentialStore *candidateSecrets)
    : QDialog(parent), m_ui(std::make_unique<Ui::SettingsDialog>()), m_account(account)
{
    Q_ASSERT(m_account);
    m_ui->setupUi(this);
    if (publishing) // below the Daytona settings, above the dialog's messages
        m_ui->dialogLayout->insertWidget(1, new PublishingSettings(publishing, this));
    if (candidateSecrets)
        m_ui->dialogLayout->insertWidget(publishing ? 2 : 1,
                                         new CandidateSecretsSettings(candidateSecrets, this));
    m_dependencies = new DependencySettings(this); // above the dialog's messages
    m_ui->dialogLayout->insertWidget(m_ui->dialogLayout->indexOf(m_ui->messageLabel),
                                     m_dependencies);
    m_ui->sessionOnlyButton->hide();
    m_ui->messageLabel->hide();
    m_ui->apiUrlEdit->setPlaceholderText(QLatin1StringView(DaytonaConfig::defaultApiUrl));
    m_ui->apiUrlEdit->setText(m_account->storedApiUrl());
    m_ui->targetEdit->setText(m_account->storedTarget());
    m_ui->snapshotEdit->setText(m_account->storedSnapshot());

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_ui->sessionOnlyButton, &QPushButton::clicked, this, &SettingsDialog::keepForSession);
    connect(m_ui->removeKeyButton, &QPushButton::clicked, this, &SettingsDialog::removeKey);
    // A new key means a new question: an earlier "no keychain" answer was about another key.
    connect(m_ui->apiKeyEdit, &QLineEdit::textEdited, this,
            [this] { m_ui->sessionOnlyButton->hide(); });
    connect(m_account, &DaytonaAccount::changed, this, &SettingsDialog::showAccount);
    connect(m_account, &DaytonaAccount::keySaved, this, &SettingsDialog::onKeySaved);
    connect(m_account, &DaytonaAccount::keyRemoved, this, &SettingsDialog::onKeyRemoved);
    showAccount();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::showAccount()
{
    QString text;
    if (m_account->isLoading()) {
        text = tr("Looking for a key in the keychain…");
    } else if (m_account->config().apiKey.isEmpty()) {
        text = m_account->keychainProblem().isEmpty()
                ? tr("No API key is set.")
                : tr("No API key is in use. %1 %2")
                          .arg(m_account->keychainProblem(), keychainNextSteps());
    } else {
        switch (m_account->config().keySource) {
        case DaytonaConfig::KeySource::Environment:
        case DaytonaConfig::KeySource::DotEnv:
            text = tr("The key in use comes %1. A key saved here takes its place.")
                           .arg(m_account->keySourceDescription());
            break;
        default:
            text = tr("A key is in use, %1.").arg(m_account->keySourceDescription());
            break;
        }
    }
    m_ui->keySourceLabel->setText(text);
    m_ui->removeKeyButton->setEnabled(m_account->canRemoveKey() && !m_account->isBusy());
    m_ui->removeKeyButton->setToolTip(
            m_account->canRemoveKey()
                    ? tr("Forget the stored key.")
                    : tr("Only a key stored by Dream Foundry can be removed here; a key from "
                         "DAYTONA_API_KEY or .env is changed where it is set."));
}

void SettingsDialog::showMessage(const QString &message)
{
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->setVisible(!message.isEmpty());
}

QString SettingsDialog::busyMessage()
{
    return tr("Another change to the key is under way; try again when it is done.");
}

void SettingsDialog::setBusy(bool busy)
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    m_ui->sessionOnlyButton->setEnabled(!busy);
    m_ui->removeKeyButton->setEnabled(!busy && m_account->canRemoveKey());
    m_ui->apiKeyEdit->setReadOnly(busy);
}

void SettingsDialog::accept()
{
    if (m_saving || m_removing || m_account->isBusy())
        return;
    if (const QString problem = DaytonaAccount::apiUrlProblem(m_ui->apiUrlEdit->text());
        !problem.isEmpty()) {
        showMessage(problem);
        m_ui->apiUrlEdit->setFocus();
        return;
    }
    if (const QString problem = m_dependencies->problem(); !problem.isEmpty()) {
        showMessage(problem);
        m_dependencies->indexEdit()->setFocus();
        return;
    }
    const QString key = m_ui->apiKeyEdit->text().trimmed();
    if (!key.isEmpty() && DaytonaConfig::isPlaceholder(key)) {
        showMessage(tr("“%1…” is a placeholder, not an API key. Paste the key from the Daytona "
                       "dashboard.")
                            .arg(key.left(5)));
        m_ui->apiKeyEdit->setFocus();
        return;
    }
    m_account->saveSettings(m_ui->apiUrlEdit->text(), m_ui->targetEdit->text(),
                            m_ui->snapshotEdit->text());
    m_dependencies->save();
    if (key.isEmpty()) {
        QDialog::accept(); // no new key: the one in use, if any, stays
        return;
    }
    m_ui->sessionOnlyButton->hide();
    m_saving = m_account->saveKey(key);
    setBusy(m_saving);
    showMessage(m_saving ? tr("Storing the key in the keychain…") : busyMessage());
}

void SettingsDialog::keepForSession()
{
    const QString key = m_ui->apiKeyEdit->text().trimmed();
    if (m_saving || m_removing || DaytonaConfig::isPlaceholder(key))
        return;
    m_saving = m_account->keepKeyForSession(key);
    setBusy(m_saving);
    showMessage(m_saving ? tr("Keeping the key for this session…") : busyMessage());
}

QString SettingsDialog::keychainNextSteps()
{
    return tr("You can try again, keep the key for this session only (Dream Foundry forgets it "
              "when it quits, and never writes it to a file), or set DAYTONA_API_KEY in the "
              "environment or in a .env file in the working folder.");
}

void SettingsDialog::onKeySaved(CredentialError result, const QString &message)
{
    if (!m_saving)
        return; // another dialog's request
    m_saving = false;
    setBusy(false);
    if (result == CredentialError::None) {
        m_ui->apiKeyEdit->clear();
        showMessage({});
        QDialog::accept();
        return;
    }
    // Whatever the refusal, the same ways out: OK again, this session only, or the environment.
    showMessage(tr("The key was not saved. %1\n%2").arg(message, keychainNextSteps()));
    m_ui->sessionOnlyButton->show();
    m_ui->sessionOnlyButton->setFocus();
}

void SettingsDialog::removeKey()
{
    if (m_saving || m_removing)
        return;
    m_removing = m_account->removeKey();
    setBusy(m_removing);
    showMessage(m_removing ? tr("Removing the key…") : busyMessage());
}

void SettingsDialog::onKeyRemoved(CredentialError result, const QString &message)
{
    if (!m_removing)
        return;
    m_removing = false;
    setBusy(false);
    if (result != CredentialError::None) {
        showMessage(tr("The key was not removed. %1").arg(message));
        return;
    }
    showMessage(m_account->config().apiKey.isEmpty()
                        ? tr("The key was removed.")
                        : tr("The key was removed; the key %1 is in use now.")
                                  .arg(m_account->keySourceDescription()));
    showAccount();
}

} // namespace DreamFoundry
