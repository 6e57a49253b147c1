#pragma once

#include "credentials/credentialstore.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace DreamFoundry {

class DaytonaAccount;
class DependencySettings;

// Daytona settings: the API key (stored in the keychain through the account, never in the
// settings file), where the key in use comes from, the API URL, target and snapshot.
//
// OK stores the settings, then the key when one was typed, and closes once the keychain has
// answered. When the keychain refuses the key (none exists, it is locked, its prompt was
// dismissed) the dialog says so inline, stays open, and offers the same ways out every time:
// OK to try again, "Keep for this session only", or DAYTONA_API_KEY. Show it with
// open() (or show()): nothing here runs a nested event loop.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    // `account` is not owned and must outlive the dialog. With `publishing` (where the Discord
    // webhook is kept; not owned), the dialog has a Publishing section too; with
    // `candidateSecrets` (not owned), a Candidate Secrets section.
    explicit SettingsDialog(DaytonaAccount *account, QWidget *parent = nullptr,
                            CredentialStore *publishing = nullptr,
                            CredentialStore *candidateSecrets = nullptr);
    ~SettingsDialog() override;

    // Stores the settings and the key; closes when done, stays open with a message otherwise.
    void accept() override;

    // What a person can do when the keychain refuses a key (no keychain, locked, a prompt
    // dismissed, a D-Bus error): the same three ways out wherever the refusal is shown.
    static QString keychainNextSteps();

private:
    void showAccount();
    void showMessage(const QString &message);
    void setBusy(bool busy);
    static QString busyMessage();
    void keepForSession();
    void removeKey();
    void onKeySaved(CredentialError result, const QString &message);
    void onKeyRemoved(CredentialError result, const QString &message);

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    DaytonaAccount *m_account;
    DependencySettings *m_dependencies = nullptr;
    bool m_saving = false; // this dialog asked the account to store a key
    bool m_removing = false;
};

} // namespace DreamFoundry
