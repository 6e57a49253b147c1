#include "runchangesview.h"

#include "compare/artifacttext.h"
#include "comparewindow.h"
#include "core/untrustedtext.h"
#include "history/runchanges.h"
#include "results/resultstore.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace DreamFoundry {

namespace {

QString runLabel(const RunRecord &run, const QString &folder)
{
    return run.startedAt.isValid()
            ? QLocale().toString(run.startedAt.toLocalTime(), QLocale::ShortFormat)
            : QFileInfo(folder).fileName();
}

} // namespace

RunChangesView::RunChangesView(const QString &before, const QString &after, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_beforeFolder(before)
    , m_afterFolder(after)
    , m_heading(new QLabel(tr("Reading both runs...")))
    , m_list(new QTreeWidget)
    , m_compare(new QPushButton(tr("Compare &Artifacts")))
{
    setObjectName(QStringLiteral("runChangesView"));
    setWindowTitle(tr("Compare Runs"));
    resize(640, 420);
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    m_list->setObjectName(QStringLiteral("runChangesList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Candidate"), tr("What changed")});
    m_list->header()->setStretchLastSection(true);
    m_compare->setObjectName(QStringLiteral("runChangesCompareButton"));
    m_compare->setEnabled(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_compare, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QWidget::close);
    connect(m_compare, &QPushButton::clicked, this, &RunChangesView::compareSelected);
    connect(m_list, &QTreeWidget::itemActivated, this, &RunChangesView::compareSelected);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        m_compare->setEnabled(item && item->data(0, Qt::UserRole + 1).toBool());
    });
    connect(&m_loading, &QFutureWatcherBase::finished, this, &RunChangesView::onLoaded);
    m_loading.setFuture(QtConcurrent::run([before, after] {
        Runs runs;
        QString error;
        runs.before = ResultStore::load(before, &error);
        if (error.isEmpty())
            runs.after = ResultStore::load(after, &error);
        runs.error = error;
        return runs;
    }));
}

void RunChangesView::onLoaded()
{
    m_runs = m_loading.result();
    if (!m_runs.error.isEmpty()) {
        m_heading->setText(tr("The runs cannot be compared: %1")
                                   .arg(UntrustedText::visibleControlsOneLine(m_runs.error)));
        Q_EMIT loaded();
        return;
    }
    QList<CandidateChange> changes = runChanges(m_runs.before, m_runs.after);
    std::ranges::stable_partition(changes, &CandidateChange::changed);
    const int changed = int(std::ranges::count_if(changes, &CandidateChange::changed));
    m_heading->setText(tr("From %1 to %2: %n candidate(s) changed.", nullptr, changed)
                               .arg(runLabel(m_runs.before, m_beforeFolder),
                                    runLabel(m_runs.after, m_afterFolder)));
    for (const CandidateChange &change : std::as_const(changes)) {
        auto *item = new QTreeWidgetItem(
                m_list,
                {UntrustedText::visibleControlsOneLine(change.candidateId), change.summary()});
        item->setData(0, Qt::UserRole, change.candidateId);
        // The viewer needs the artifact in both runs.
        item->setData(0, Qt::UserRole + 1,
                      change.inBefore && change.inAfter
                              && !(change.shaBefore.isEmpty() && change.shaAfter.isEmpty()));
        if (change.changed()) {
            QFont bold = item->font(1);
            bold.setBold(true);
            item->setFont(1, bold);
        }
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    Q_EMIT loaded();
}

void RunChangesView::compareSelected()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item || !item->data(0, Qt::UserRole + 1).toBool())
        return;
    const QString id = item->data(0, Qt::UserRole).toString();
    const auto resultIn = [&id](const RunRecord &run) {
        return *std::ranges::find(run.candidates, id, &CandidateResult::candidateId);
    };
    auto *viewer = new CompareWindow(this);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->setWindowFlag(Qt::Window);
    viewer->setSources(
            QList<CompareSource>{CompareSource::fromResult(resultIn(m_runs.before),
                                                           runLabel(m_runs.before, m_beforeFolder)),
                                 CompareSource::fromResult(resultIn(m_runs.after),
                                                           runLabel(m_runs.after, m_afterFolder))});
    viewer->show();
}

} // namespace DreamFoundry
