#pragma once

#include <QGroupBox>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace DreamFoundry {

class CandidateSecrets;
class CredentialStore;

// The Candidate Secrets section of Settings: adds, replaces and removes the named secrets
// candidates may be given (OPENAI_API_KEY, say), in the keychain at once, as the Publishing
// section does. A value is never shown again once saved: the list shows each name with the
// last 4 characters of its value (docs/architecture.md, "Candidate secrets and environment").
class CandidateSecretsSettings final : public QGroupBox
{
    Q_OBJECT
public:
    // `store` is not owned and must outlive the section.
    explicit CandidateSecretsSettings(CredentialStore *store, QWidget *parent = nullptr);

    // What the list shows of a value: its last 4 characters, none of a short one.
    static QString ending(const QString &value);

Q_SIGNALS:
    // The stored names changed (the window's per-run choice follows).
    void secretsChanged();

private:
    void reload();
    void showNames(const QStringList &names);
    void storeSecret();
    void removeSecret();
    void showMessage(const QString &message);
    void setBusy(bool busy);

    CredentialStore *m_store;
    CandidateSecrets *m_secrets;
    QListWidget *m_list;
    QLineEdit *m_nameEdit;
    QLineEdit *m_valueEdit;
    QPushButton *m_storeButton;
    QPushButton *m_removeButton;
    QLabel *m_messageLabel;
    bool m_busy = false;
};

} // namespace DreamFoundry
