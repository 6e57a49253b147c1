#include "runenvironmentpanel.h"

#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace DreamFoundry {

namespace {

enum Column { NameColumn, CandidatesColumn };

} // namespace

RunEnvironmentPanel::RunEnvironmentPanel(QWidget *parent)
    : QGroupBox(tr("Secrets && Environment"), parent)
    , m_secretsTable(new QTableWidget(0, 2, this))
    , m_environmentEdit(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("runEnvironmentGroup"));
    m_secretsTable->setObjectName(QStringLiteral("secretsTable"));
    m_secretsTable->setHorizontalHeaderLabels({tr("Pass secret"), tr("Only for")});
    m_secretsTable->horizontalHeader()->setStretchLastSection(true);
    m_secretsTable->verticalHeader()->hide();
    m_secretsTable->setMaximumHeight(90);
    m_secretsTable->setAccessibleName(tr("Secrets passed to the candidates"));
    m_secretsTable->setToolTip(tr("Tick a secret to pass it to the candidates as an environment "
                                  "variable. “Only for”: candidate names separated by commas; "
                                  "empty for all. Manage secrets in Settings."));
    m_environmentEdit->setObjectName(QStringLiteral("environmentEdit"));
    m_environmentEdit->setPlaceholderText(tr("NAME=VALUE, one per line (not for secrets)"));
    m_environmentEdit->setMaximumHeight(60);
    m_environmentEdit->setTabChangesFocus(true);
    m_environmentEdit->setAccessibleName(tr("Environment variables for every candidate"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_secretsTable);
    // No buddy: every letter of Alt+letter in the window is taken (the keyboard test).
    layout->addWidget(new QLabel(tr("Variables for every candidate:"), this));
    layout->addWidget(m_environmentEdit);

    connect(m_secretsTable, &QTableWidget::itemChanged, this, &RunEnvironmentPanel::changed);
    connect(m_environmentEdit, &QPlainTextEdit::textChanged, this, &RunEnvironmentPanel::changed);
    setSecretNames({});
}

void RunEnvironmentPanel::setSecretNames(const QStringList &names)
{
    const QList<SecretGrant> before = grants();
    QHash<QString, QString> onlyFor;
    for (int row = 0; row < m_secretsTable->rowCount(); ++row)
        onlyFor.insert(m_secretsTable->item(row, NameColumn)->text(),
                       m_secretsTable->item(row, CandidatesColumn)->text());
    const QSignalBlocker blocker(m_secretsTable);
    m_secretsTable->setRowCount(int(names.size()));
    for (int row = 0; row < names.size(); ++row) {
        auto *name = new QTableWidgetItem(names[row]);
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        const bool ticked = std::any_of(before.cbegin(), before.cend(),
                                        [&](const auto &g) { return g.name == names[row]; });
        name->setCheckState(ticked ? Qt::Checked : Qt::Unchecked);
        m_secretsTable->setItem(row, NameColumn, name);
        m_secretsTable->setItem(row, CandidatesColumn,
                                new QTableWidgetItem(onlyFor.value(names[row])));
    }
    m_secretsTable->setEnabled(!names.isEmpty());
    m_secretsTable->setToolTip(names.isEmpty() ? tr("No secrets are stored: add them in "
                                                    "Settings > Candidate Secrets.")
                                               : m_secretsTable->toolTip());
    Q_EMIT changed();
}

QStringList RunEnvironmentPanel::secretNames() const
{
    QStringList names;
    for (int row = 0; row < m_secretsTable->rowCount(); ++row)
        names.append(m_secretsTable->item(row, NameColumn)->text());
    return names;
}

bool RunEnvironmentPanel::choose(const QString &name, const QStringList &candidates)
{
    const int row = int(secretNames().indexOf(name));
    if (row < 0)
        return false;
    m_secretsTable->item(row, CandidatesColumn)->setText(candidates.join(QStringLiteral(", ")));
    m_secretsTable->item(row, NameColumn)->setCheckState(Qt::Checked);
    return true;
}

QList<SecretGrant> RunEnvironmentPanel::grants() const
{
    QList<SecretGrant> grants;
    for (int row = 0; row < m_secretsTable->rowCount(); ++row) {
        const QTableWidgetItem *name = m_secretsTable->item(row, NameColumn);
        if (name->checkState() != Qt::Checked)
            continue;
        QStringList candidates;
        const QStringList words = m_secretsTable->item(row, CandidatesColumn)
                                          ->text()
                                          .split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &word : words)
            candidates.append(word.trimmed());
        candidates.removeAll(QString());
        grants.append({name->text(), candidates});
    }
    return grants;
}

QList<EnvironmentVariable> RunEnvironmentPanel::environment(QString *error) const
{
    return parseDotenv(m_environmentEdit->toPlainText().toUtf8(), error);
}

void RunEnvironmentPanel::setEnvironmentText(const QString &text)
{
    m_environmentEdit->setPlainText(text);
}

} // namespace DreamFoundry
