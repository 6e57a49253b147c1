#pragma once

#include "core/candidateenvironment.h"

#include <QGroupBox>

class QPlainTextEdit;
class QTableWidget;

namespace DreamFoundry {

// The per-run choice of secrets and plain variables in the window's setup panel: a table of
// the stored secrets, each ticked to pass it, to every candidate or to those named in its
// "Only for" cell; and the plain variables as NAME=VALUE lines (dotenv syntax). Shows names
// only: values stay in the keychain until the run reads them.
class RunEnvironmentPanel final : public QGroupBox
{
    Q_OBJECT
public:
    explicit RunEnvironmentPanel(QWidget *parent = nullptr);

    // The stored secrets' names; ticks and "Only for" of names still there are kept.
    void setSecretNames(const QStringList &names);
    QStringList secretNames() const;
    // Ticks `name` (for the candidates named, or all); false when it is not listed.
    bool choose(const QString &name, const QStringList &candidates = {});

    QList<SecretGrant> grants() const;
    // The variables of the text box; empty with `error` set when a line is wrong.
    QList<EnvironmentVariable> environment(QString *error) const;
    void setEnvironmentText(const QString &text);

Q_SIGNALS:
    void changed();

private:
    QTableWidget *m_secretsTable;
    QPlainTextEdit *m_environmentEdit;
};

} // namespace DreamFoundry
