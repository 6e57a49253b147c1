#include "candidatesecretssettings.h"

#include "credentials/candidatesecrets.h"
#include "credentials/credentialstore.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

namespace DreamFoundry {

CandidateSecretsSettings::CandidateSecretsSettings(CredentialStore *store, QWidget *parent)
    : QGroupBox(tr("Candidate Secrets"), parent)
    , m_store(store)
    , m_secrets(new CandidateSecrets(*store, this))
    , m_list(new QListWidget(this))
    , m_nameEdit(new QLineEdit(this))
    , m_valueEdit(new QLineEdit(this))
    , m_storeButton(new QPushButton(tr("Save Secre&t"), this))
    , m_removeButton(new QPushButton(tr("Remove Secre&t"), this))
    , m_messageLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("candidateSecretsGroup"));
    m_list->setObjectName(QStringLiteral("secretList"));
    m_list->setMaximumHeight(100);
    m_nameEdit->setObjectName(QStringLiteral("secretNameEdit"));
    m_nameEdit->setPlaceholderText(tr("Name, such as OPENAI_API_KEY"));
    m_valueEdit->setObjectName(QStringLiteral("secretValueEdit"));
    m_valueEdit->setEchoMode(QLineEdit::Password);
    m_valueEdit->setPlaceholderText(tr("Value (never shown again)"));
    m_storeButton->setObjectName(QStringLiteral("storeSecretButton"));
    m_storeButton->setAutoDefault(false);
    m_removeButton->setObjectName(QStringLiteral("removeSecretButton"));
    m_removeButton->setAutoDefault(false);
    m_messageLabel->setObjectName(QStringLiteral("secretMessageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->hide();

    auto *layout = new QGridLayout(this);
    auto *hint = new QLabel(tr("Kept in %1; a run passes the ones you tick to its candidates "
                               "as environment variables.")
                                    .arg(store->description()),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint, 0, 0, 1, 3);
    layout->addWidget(m_list, 1, 0, 1, 2);
    layout->addWidget(m_removeButton, 1, 2, Qt::AlignTop);
    layout->addWidget(m_nameEdit, 2, 0);
    layout->addWidget(m_valueEdit, 2, 1);
    layout->addWidget(m_storeButton, 2, 2);
    layout->addWidget(m_messageLabel, 3, 0, 1, 3);

    connect(m_storeButton, &QPushButton::clicked, this, &CandidateSecretsSettings::storeSecret);
    connect(m_removeButton, &QPushButton::clicked, this, &CandidateSecretsSettings::removeSecret);
    connect(m_valueEdit, &QLineEdit::returnPressed, this, &CandidateSecretsSettings::storeSecret);
    connect(m_nameEdit, &QLineEdit::textChanged, this, [this] { setBusy(m_busy); });
    connect(m_valueEdit, &QLineEdit::textChanged, this, [this] { setBusy(m_busy); });
    connect(m_list, &QListWidget::itemSelectionChanged, this, [this] { setBusy(m_busy); });
    reload();
}

QString CandidateSecretsSettings::ending(const QString &value)
{
    // A value of 8 characters or fewer would be half shown by its last 4.
    return value.size() > 8 ? QStringLiteral("…") + value.right(4) : QStringLiteral("…");
}

void CandidateSecretsSettings::reload()
{
    setBusy(true);
    m_secrets->list(this, [this](const QStringList &names, const QString &error) {
        setBusy(false);
        if (!error.isEmpty())
            return showMessage(error);
        showNames(names);
    });
}

// Each name at once; the ending of its value as the keychain answers.
void CandidateSecretsSettings::showNames(const QStringList &names)
{
    m_list->clear();
    for (const QString &name : names) {
        auto *item = new QListWidgetItem(name, m_list);
        item->setData(Qt::UserRole, name);
        m_store->read(CandidateSecrets::keyFor(name), this,
                      [item, name, list = m_list](const CredentialResult &result) {
                          if (list->row(item) < 0)
                              return; // reloaded meanwhile
                          item->setText(result.ok() ? QStringLiteral("%1   %2").arg(
                                                name, ending(result.secret))
                                                    : tr("%1   (not in the keychain)").arg(name));
                      });
    }
}

void CandidateSecretsSettings::storeSecret()
{
    const QString name = m_nameEdit->text().trimmed();
    const QByteArray value = m_valueEdit->text().toUtf8();
    if (m_busy || name.isEmpty() || value.isEmpty())
        return;
    setBusy(true);
    m_secrets->set(name, value, this, [this](const QString &error) {
        setBusy(false);
        showMessage(error);
        if (!error.isEmpty())
            return;
        m_nameEdit->clear();
        m_valueEdit->clear();
        reload();
        Q_EMIT secretsChanged();
    });
}

void CandidateSecretsSettings::removeSecret()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (m_busy || !item)
        return;
    setBusy(true);
    m_secrets->remove(item->data(Qt::UserRole).toString(), this, [this](const QString &error) {
        setBusy(false);
        showMessage(error);
        reload();
        Q_EMIT secretsChanged();
    });
}

void CandidateSecretsSettings::showMessage(const QString &message)
{
    m_messageLabel->setText(message);
    m_messageLabel->setVisible(!message.isEmpty());
}

void CandidateSecretsSettings::setBusy(bool busy)
{
    m_busy = busy;
    m_storeButton->setEnabled(!busy && !m_nameEdit->text().trimmed().isEmpty()
                              && !m_valueEdit->text().isEmpty());
    m_removeButton->setEnabled(!busy && m_list->currentItem());
}

} // namespace DreamFoundry
