#include "historypanel.h"

#include "historychart.h"
#include "historymodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace DreamFoundry {

// The runs a person is looking for: words anywhere in the objective, winner, candidates or
// folder; one backend; runs since a day.
class HistoryFilter final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void set(const QString &text, const QString &backend, const QDateTime &since)
    {
        m_text = text.trimmed();
        m_backendName = backend;
        m_since = since;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &) const override
    {
        const HistoryEntry &e = static_cast<HistoryModel *>(sourceModel())->entryAt(row);
        if (!m_backendName.isEmpty() && e.backend != m_backendName)
            return false;
        if (m_since.isValid() && e.startedAt < m_since)
            return false;
        if (m_text.isEmpty())
            return true;
        const auto has = [this](const QString &field) {
            return field.contains(m_text, Qt::CaseInsensitive);
        };
        return has(e.objective) || has(e.winner) || has(e.folder) || has(e.problem)
                || std::ranges::any_of(e.candidates,
                                       [&has](const HistoryCandidate &c) { return has(c.id); });
    }

private:
    QString m_text;
    QString m_backendName;
    QDateTime m_since;
};

HistoryPanel::HistoryPanel(QWidget *parent)
    : QDockWidget(tr("History"), parent)
    , m_model(new HistoryModel(this))
    , m_filter(new HistoryFilter(this))
    , m_table(new QTableView)
    , m_chart(new HistoryChart)
{
    setObjectName(QStringLiteral("historyPanel"));
    m_filter->setSourceModel(m_model);
    m_filter->setSortRole(HistoryModel::SortRole);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setAccessibleName(tr("Past runs"));
    m_table->setTabKeyNavigation(false); // Tab leaves the table; the arrows move in it
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(HistoryModel::DateColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(HistoryModel::ObjectiveColumn,
                                                      QHeaderView::Stretch);
    m_table->setWordWrap(false);

    auto *chartArea = new QScrollArea;
    chartArea->setWidget(m_chart);
    chartArea->setWidgetResizable(true);
    // It scrolls by keys, so it is a Tab stop: it says what it shows, and where it is in words.
    chartArea->setAccessibleName(tr("Chart of each candidate's score and runtime across runs"));
    chartArea->setAccessibleDescription(tr("The table above lists the same runs in words"));
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_table);
    split->addWidget(chartArea);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(makeFilters());
    layout->addWidget(split, 1);
    layout->addWidget(makeButtons());
    setWidget(content);

    connect(&m_loading, &QFutureWatcherBase::finished, this, &HistoryPanel::onLoaded);
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT openRequested(index.data(HistoryModel::FolderRole).toString());
    });
    auto *deleteKey
            = new QShortcut(QKeySequence::Delete, m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, [this] {
        if (m_delete->isEnabled())
            deleteSelected();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HistoryPanel::updateButtons);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &HistoryPanel::updateChart);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &HistoryPanel::updateChart);
    updateButtons();
}

QWidget *HistoryPanel::makeFilters()
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_text = new QLineEdit;
    m_text->setObjectName(QStringLiteral("historyFilterEdit"));
    m_text->setPlaceholderText(tr("Filter by objective, candidate or winner"));
    m_text->setClearButtonEnabled(true);
    m_text->setAccessibleName(tr("Filter the history"));
    m_backend = new QComboBox;
    m_backend->setObjectName(QStringLiteral("historyBackendCombo"));
    m_backend->setAccessibleName(tr("Backend of the runs shown"));
    m_backend->addItem(tr("Any backend"), QString());
    m_backend->addItem(tr("Local"), QStringLiteral("local"));
    m_backend->addItem(tr("Daytona"), QStringLiteral("daytona"));
    m_since = new QComboBox;
    m_since->setObjectName(QStringLiteral("historySinceCombo"));
    m_since->setAccessibleName(tr("Age of the runs shown"));
    m_since->addItem(tr("Any time"), -1);
    m_since->addItem(tr("Today"), 0);
    m_since->addItem(tr("Last 7 days"), 7);
    m_since->addItem(tr("Last 30 days"), 30);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_backend);
    layout->addWidget(m_since);
    connect(m_text, &QLineEdit::textChanged, this, &HistoryPanel::applyFilters);
    connect(m_backend, &QComboBox::currentIndexChanged, this, &HistoryPanel::applyFilters);
    connect(m_since, &QComboBox::currentIndexChanged, this, &HistoryPanel::applyFilters);
    return row;
}

QWidget *HistoryPanel::makeButtons()
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("historySummaryLabel"));
    // No mnemonics here: the main window's labels, buttons and menus hold 23 of the 26 letters
    // and these would clash with them while the dock is shown. From the keyboard, Enter on a
    // run opens it, Delete moves the selected runs to the trash, and Tab reaches the buttons.
    m_open = new QPushButton(tr("Open"));
    m_open->setObjectName(QStringLiteral("historyOpenButton"));
    m_compare = new QPushButton(tr("Compare Runs"));
    m_compare->setObjectName(QStringLiteral("historyCompareButton"));
    m_delete = new QPushButton(tr("Move to Trash..."));
    m_delete->setObjectName(QStringLiteral("historyDeleteButton"));
    layout->addWidget(m_summary, 1);
    layout->addWidget(m_open);
    layout->addWidget(m_compare);
    layout->addWidget(m_delete);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const QStringList folders = selectedFolders(); folders.size() == 1)
            Q_EMIT openRequested(folders.first());
    });
    connect(m_compare, &QPushButton::clicked, this, [this] {
        const QStringList folders = selectedFolders();
        if (folders.size() == 2) // shown newest first: the older run is "before"
            Q_EMIT compareRequested(folders[1], folders[0]);
    });
    connect(m_delete, &QPushButton::clicked, this, &HistoryPanel::deleteSelected);
    return row;
}

void HistoryPanel::setFolders(const QString &runsFolder, const QStringList &otherFolders)
{
    m_runsFolder = runsFolder;
    m_otherFolders = otherFolders;
}

void HistoryPanel::reload()
{
    if (m_loading.isRunning()) { // the answer under way may miss a change: ask again after it
        m_reloadPending = true;
        return;
    }
    m_summary->setText(tr("Loading..."));
    m_loading.setFuture(QtConcurrent::run(RunHistory::load, m_runsFolder, m_otherFolders,
                                          RunHistory::indexFileIn(m_runsFolder)));
}

void HistoryPanel::onLoaded()
{
    const QStringList selected = selectedFolders();
    m_model->setEntries(m_loading.result());
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex index = m_filter->index(row, 0);
        if (selected.contains(index.data(HistoryModel::FolderRole).toString()))
            m_table->selectionModel()->select(
                    index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    applyFilters();
    Q_EMIT loaded();
    if (std::exchange(m_reloadPending, false))
        reload();
}

void HistoryPanel::applyFilters()
{
    const int days = m_since->currentData().toInt();
    const QDateTime since
            = days < 0 ? QDateTime() : QDateTime(QDate::currentDate().addDays(-days), QTime(0, 0));
    m_filter->set(m_text->text(), m_backend->currentData().toString(), since);
    const int broken = int(std::ranges::count_if(m_model->entries(), &HistoryEntry::isBroken));
    QString summary = tr("%1 of %n run(s)", nullptr, m_model->rowCount()).arg(m_filter->rowCount());
    if (broken > 0)
        summary += QLatin1String(", ") + tr("%n cannot be read", nullptr, broken);
    m_summary->setText(summary);
    updateChart();
    updateButtons();
}

void HistoryPanel::updateChart()
{
    QList<HistoryEntry> shown;
    for (int row = 0; row < m_filter->rowCount(); ++row)
        shown.append(m_model->entryAt(m_filter->mapToSource(m_filter->index(row, 0)).row()));
    std::ranges::stable_sort(shown, [](const HistoryEntry &a, const HistoryEntry &b) {
        return a.startedAt > b.startedAt;
    });
    m_chart->setEntries(shown);
}

QStringList HistoryPanel::selectedFolders() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::ranges::sort(rows, {}, &QModelIndex::row);
    QStringList folders;
    for (const QModelIndex &index : std::as_const(rows))
        folders.append(index.data(HistoryModel::FolderRole).toString());
    return folders;
}

void HistoryPanel::updateButtons()
{
    const QStringList folders = selectedFolders();
    m_open->setEnabled(folders.size() == 1);
    m_compare->setEnabled(folders.size() == 2);
    m_compare->setToolTip(folders.size() == 2 ? tr("What changed between the two runs")
                                              : tr("Select two runs to compare."));
    m_delete->setEnabled(!folders.isEmpty());
}

void HistoryPanel::deleteSelected()
{
    const QStringList folders = selectedFolders();
    if (folders.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Move to Trash"),
                                tr("Move %n run(s) to the trash?", nullptr, int(folders.size())),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("historyDeleteBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("Their results folders go to the desktop's trash, from where "
                               "they can be restored."));
    QPushButton *move = box->addButton(tr("Move to Trash"), QMessageBox::AcceptRole);
    connect(box, &QMessageBox::finished, this, [this, box, move, folders] {
        if (box->clickedButton() != move)
            return;
        QStringList noTrash;
        for (const QString &folder : folders) {
            if (!RunHistory::moveToTrash(folder).isEmpty())
                noTrash.append(folder);
        }
        reload();
        if (!noTrash.isEmpty())
            deleteForGood(noTrash);
    });
    box->open();
}

// Where the desktop has no trash for a folder, removing it for good is a second decision.
void HistoryPanel::deleteForGood(const QStringList &folders)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete for Good"),
                                tr("There is no trash for %n run(s). Delete them for good?",
                                   nullptr, int(folders.size())),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("historyDeleteForGoodBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDetailedText(folders.join(QLatin1Char('\n')));
    QPushButton *remove = box->addButton(tr("Delete for Good"), QMessageBox::DestructiveRole);
    box->addButton(tr("Keep Them"), QMessageBox::RejectRole);
    connect(box, &QMessageBox::finished, this, [this, box, remove, folders] {
        if (box->clickedButton() != remove)
            return;
        // A run of large artifacts takes a while to delete: off the GUI thread.
        auto *watcher = new QFutureWatcher<void>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
            watcher->deleteLater();
            reload();
        });
        watcher->setFuture(QtConcurrent::run([folders] {
            for (const QString &folder : folders)
                RunHistory::removeForGood(folder);
        }));
    });
    box->open();
}

} // namespace DreamFoundry
