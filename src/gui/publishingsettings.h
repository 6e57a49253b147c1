#pragma once

#include <QGroupBox>

class QLabel;
class QLineEdit;
class QPushButton;

namespace DreamFoundry {

class CredentialStore;

// The Publishing section of Settings: stores, replaces or removes the Discord webhook in the
// keychain at once (not on OK: a secret is not kept waiting in a dialog). It shows only whether
// one is stored, never the URL.
class PublishingSettings final : public QGroupBox
{
    Q_OBJECT
public:
    // `store` is not owned and must outlive the section.
    explicit PublishingSettings(CredentialStore *store, QWidget *parent = nullptr);

private:
    void readState();
    void storeWebhook();
    void removeWebhook();
    void showStored(bool stored);
    void setBusy(bool busy);

    CredentialStore *m_store;
    QLabel *m_stateLabel;
    QLineEdit *m_webhookEdit;
    QPushButton *m_storeButton;
    QPushButton *m_removeButton;
    QLabel *m_messageLabel;
    bool m_stored = false;
    bool m_busy = false;
};

} // namespace DreamFoundry
