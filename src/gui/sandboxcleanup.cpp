#include "sandboxcleanup.h"

#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>

namespace DreamFoundry {

SandboxCleanup::SandboxCleanup(const DaytonaConfig &config, QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_network(new QNetworkAccessManager(this))
    , m_reaper(new Reaper(DaytonaClient::connectionFor(config), m_network, this))
{}

void SandboxCleanup::start()
{
    connect(m_reaper, &Reaper::finished, this, &SandboxCleanup::onListed, Qt::SingleShotConnection);
    m_reaper->list();
}

void SandboxCleanup::onListed(const ReapReport &report)
{
    if (!report.error.ok()) {
        say(tr("Could not list the sandboxes: %1").arg(report.error.message), true);
        return;
    }
    QStringList orphans;
    for (const ReapEntry &entry : report.entries) {
        if (entry.status == ReapEntry::Status::Orphan)
            orphans.append(entry.sandbox.name.isEmpty() ? entry.sandbox.id : entry.sandbox.name);
    }
    if (orphans.isEmpty()) {
        say(tr("No sandbox was left behind: %n sandbox(es) of live runs or other machines.",
               nullptr, int(report.entries.size())));
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Clean Up Sandboxes"),
                                tr("%n sandbox(es) were left behind by runs that are no longer "
                                   "running. Delete them?",
                                   nullptr, int(orphans.size())),
                                QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("cleanUpSandboxesBox"));
    box->setDetailedText(orphans.join(QLatin1Char('\n')));
    box->setAttribute(Qt::WA_DeleteOnClose);
    // Verbs, not Yes/No: the person reads what each button does.
    QPushButton *remove = box->addButton(tr("Delete Sandboxes"), QMessageBox::DestructiveRole);
    box->setDefaultButton(box->addButton(tr("Keep Them"), QMessageBox::RejectRole));
    connect(box, &QMessageBox::finished, this, [this, box, remove] {
        if (box->clickedButton() != remove) {
            deleteLater();
            return;
        }
        connect(m_reaper, &Reaper::finished, this, &SandboxCleanup::onReaped,
                Qt::SingleShotConnection);
        m_reaper->reap();
    });
    box->open();
}

void SandboxCleanup::onReaped(const ReapReport &report)
{
    if (!report.error.ok())
        say(tr("Could not list the sandboxes: %1").arg(report.error.message), true);
    else if (report.failedCount() > 0)
        say(tr("Deleted %1 of the sandboxes; %n could not be deleted and will be deleted by "
               "Daytona when they stop.",
               nullptr, report.failedCount())
                    .arg(report.deletedCount()),
            true);
    else
        say(tr("Deleted %n sandbox(es).", nullptr, report.deletedCount()));
}

void SandboxCleanup::say(const QString &text, bool failed)
{
    auto *box = new QMessageBox(failed ? QMessageBox::Warning : QMessageBox::Information,
                                tr("Clean Up Sandboxes"), text, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("cleanUpSandboxesBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    deleteLater();
}

} // namespace DreamFoundry
