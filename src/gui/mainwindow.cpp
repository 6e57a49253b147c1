#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "availability.h"
#include "comparewindow.h"
#include "core/durationtext.h"
#include "core/samples.h"
#include "credentials/candidatesecrets.h"
#include "daytona/backendselection.h"
#include "daytona/daytonaaccount.h"
#include "daytona/warmpoolkeeper.h"
#include "export/runexport.h"
#include "filedialog.h"
#include "historypanel.h"
#include "infobar.h"
#include "progressdelegate.h"
#include "publishdialog.h"
#include "results/resultstore.h"
#include "runchangesview.h"
#include "runenvironmentpanel.h"
#include "runfilterproxy.h"
#include "runner/dependencies.h"
#include "runner/isolationprobe.h"
#include "runner/privatenetwork.h"
#include "runner/sandboxcgroup.h"
#include "runtablemodel.h"
#include "safemarkdownview.h"
#include "sandboxcleanup.h"
#include "scorecardview.h"
#include "scoring/ranking.h"
#include "scoringpanel.h"
#include "settingsdialog.h"
#include "statusicons.h"
#include "warmpoolpanel.h"

#include <QClipboard>
#include <QCloseEvent>
#include <QContextMenuEvent>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

namespace DreamFoundry {

Q_LOGGING_CATEGORY(lcGui, "dreamfoundry.gui", QtInfoMsg)

namespace {

constexpr int maxRecent = 10;

// The log of a finished candidate as run.json kept it (the arrival order of stdout and stderr
// is not kept apart from the combined output: stdout first, then stderr).
LiveLog savedLog(const CandidateResult &result)
{
    LiveLog saved;
    saved.append(OutputStream::Stdout, result.standardOutput.toUtf8());
    saved.append(OutputStream::Stderr, result.errorOutput.toUtf8());
    return saved;
}

// Info bar topics: what a message is about, so it goes when that is no longer so.
const auto daytonaKeyTopic = QStringLiteral("daytonaKey");
const auto draftTopic = QStringLiteral("draft");

QStringList withRecent(QStringList list, const QString &item)
{
    list.removeAll(item);
    list.prepend(item);
    return list.mid(0, maxRecent);
}

QString hexHead(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray head = file.read(256);
    QString text;
    for (qsizetype offset = 0; offset < head.size(); offset += 16) {
        text += QStringLiteral("%1  ").arg(offset, 8, 16, QLatin1Char('0'));
        text += QString::fromLatin1(head.mid(offset, 16).toHex(' ')) + QLatin1Char('\n');
    }
    return text;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    m_account = new DaytonaAccount(&m_keychain, this);
    setupActions();
    setupTable();
    setupResultsArea();
    setupSetupPanel();
    setupLayout();
    setupHistory();
    setupTabOrder();
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("runCountsLabel"));
    statusBar()->addPermanentWidget(m_statusLabel);
    m_statusTimer.setInterval(500);
    connect(&m_statusTimer, &QTimer::timeout, this, &MainWindow::updateStatusBar);

    connect(&m_runs, &RunPipeline::started, this, &MainWindow::onRunStarted);
    connect(&m_runs, &RunPipeline::finished, this, &MainWindow::onRunFinished);
    connect(&m_runs, &RunPipeline::outputReceived, this,
            [this](int row, OutputStream stream, const QByteArray &chunk) {
                // Not onto an attempt's own log, shown in its stead.
                if (row == selectedRow() && row == m_logRow)
                    m_ui->logView->appendOutput(stream, chunk);
            });
    connect(&m_runs, &RunPipeline::warning, this, &MainWindow::onRunWarning);
    m_runs.localBackend().isolation().whenKnown(this, [this] { updateBackendStatus(); });

    loadSettings();
    // The Daytona key comes from the keychain, read in the background; until then the
    // environment and .env count.
    m_runs.setDaytonaConfig(m_account->config());
    const auto onAccountChanged = [this] {
        m_runs.setDaytonaConfig(m_account->config());
        updateBackendStatus();
        updateRunAvailability();
    };
    connect(m_account, &DaytonaAccount::changed, this, onAccountChanged);
    connect(m_account, &DaytonaAccount::error, this, onAccountChanged);
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::showSettings);
    updateBackendStatus();
    updateRunAvailability();
    updateTitle();
    updateStatusBar();
    // The workspace as it was left: the last run on screen again.
    const QStringList recent = QSettings().value(QStringLiteral("results/recent")).toStringList();
    if (!recent.isEmpty())
        openResultsFolder(recent.first(), true);
}

MainWindow::~MainWindow()
{
    saveSettings();
    delete m_account; // before the keychain store it uses
}

void MainWindow::setupActions()
{
    m_ui->actionAddCandidates->setShortcuts(QKeySequence::New);
    m_ui->actionOpenResults->setShortcuts(QKeySequence::Open);
    m_ui->actionSaveResultsAs->setShortcuts(QKeySequence::SaveAs);
    m_ui->actionQuit->setShortcuts(QKeySequence::Quit);
    m_ui->actionQuit->setMenuRole(QAction::QuitRole);
    m_ui->actionAbout->setMenuRole(QAction::AboutRole);
    // The desktop's own keys for these, where it has them.
    m_ui->actionSettings->setShortcuts(QKeySequence::Preferences);
    m_ui->actionSettings->setMenuRole(QAction::PreferencesRole);
    m_ui->actionHelp->setShortcuts(QKeySequence::HelpContents);

    connect(m_ui->actionAddCandidates, &QAction::triggered, this, &MainWindow::addCandidates);
    connect(m_ui->actionOpenResults, &QAction::triggered, this, &MainWindow::openResults);
    connect(m_ui->actionSaveResultsAs, &QAction::triggered, this, &MainWindow::saveResultsAs);
    connect(m_ui->actionExportResults, &QAction::triggered, this, &MainWindow::exportResults);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionRun, &QAction::triggered, this, &MainWindow::startRun);
    connect(m_ui->actionCancelAll, &QAction::triggered, &m_runs, &RunPipeline::cancelAll);
    connect(m_ui->actionRerunFailed, &QAction::triggered, this, &MainWindow::rerunFailed);
    connect(m_ui->actionPublishWinner, &QAction::triggered, this, &MainWindow::publishWinner);
    connect(m_ui->actionCompareArtifacts, &QAction::triggered, this,
            [this] { compareRows(selectedRows(), selectedRows().size() < 2); });
    connect(m_ui->actionCleanUpSandboxes, &QAction::triggered, this, [this] {
        if (const QString problem = daytonaProblem(); !problem.isEmpty()) {
            showWarning(tr("Clean Up Sandboxes"), problem);
            return;
        }
        (new SandboxCleanup(m_runs.daytonaConfig(), this))->start();
    });
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] {
        showInformation(tr("About Dream Foundry"),
                        tr("<h3>Dream Foundry %1</h3><p>Runs candidate agent scripts side by side, "
                           "each in its own sandbox, and keeps what they produced.</p>")
                                .arg(QCoreApplication::applicationVersion()));
    });
    connect(m_ui->actionHelp, &QAction::triggered, this, &MainWindow::showHelp);
    // The buttons are the actions' faces: one enabled state, one tooltip.
    const auto bind = [this](QAbstractButton *button, QAction *action) {
        connect(button, &QAbstractButton::clicked, action, &QAction::trigger);
        connect(action, &QAction::changed, button, [button, action] {
            button->setEnabled(action->isEnabled());
            button->setToolTip(action->toolTip());
        });
    };
    bind(m_ui->runButton, m_ui->actionRun);
    bind(m_ui->cancelAllButton, m_ui->actionCancelAll);
    bind(m_ui->rerunFailedButton, m_ui->actionRerunFailed);
    bind(m_ui->addCandidatesButton, m_ui->actionAddCandidates);
    // A disabled menu item says why in its tooltip, as the buttons do.
    for (QMenu *menu : {m_ui->menuFile, m_ui->menuRun, m_ui->menuView})
        menu->setToolTipsVisible(true);
}

void MainWindow::setupTable()
{
    m_model = new RunTableModel(this);
    m_proxy = new RunFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    QTreeView *table = m_ui->runTable;
    table->setModel(m_proxy);
    table->setItemDelegate(new TableRowDelegate(table));
    table->setItemDelegateForColumn(RunTableModel::RuntimeColumn, new ProgressDelegate(table));
    table->setItemDelegateForColumn(RunTableModel::SandboxColumn, new CopyableTextDelegate(table));
    table->setWordWrap(false);
    table->header()->setSectionsMovable(false); // the columns stay in their order, as titled
    // A tree only for a run with repeats: a candidate's attempts are its children. Without
    // them, no branch indicators and no indent: the table as it always was.
    const auto decorate = [this, table] {
        table->setRootIsDecorated(m_model->hasAttempts());
    };
    connect(m_model, &QAbstractItemModel::modelReset, table, decorate);
    connect(m_model, &QAbstractItemModel::rowsInserted, table, decorate);
    m_ui->mainSplitter->setStretchFactor(1, 1); // extra width goes to the results
    // Sensible first widths; the user's own widths are restored from the settings. A narrow
    // window narrows the columns (fitColumnsToTable()), so every header stays in view.
    table->setColumnWidth(RunTableModel::CandidateColumn, 120);
    table->setColumnWidth(RunTableModel::StatusColumn, 110);
    table->setColumnWidth(RunTableModel::ReasonColumn, 170);
    table->setColumnWidth(RunTableModel::ScoreColumn, 120);
    table->setColumnWidth(RunTableModel::RankColumn, 50);
    table->setColumnWidth(RunTableModel::RuntimeColumn, 120); // "12.3 s / 5:00"
    table->setColumnWidth(RunTableModel::ExitCodeColumn, 70);
    table->setColumnWidth(RunTableModel::SandboxColumn, 150);
    // The artifact's preview stretches over what is left, down to this.
    table->setColumnWidth(RunTableModel::ArtifactColumn, 60);
    table->header()->setStretchLastSection(true);
    table->header()->setSectionResizeMode(QHeaderView::Interactive);
    table->header()->setTextElideMode(Qt::ElideRight);
    rememberColumnWidths();
    // A width the person gives a column is the one it returns to when there is room again.
    connect(table->header(), &QHeaderView::sectionResized, this,
            [this](int column, int, int width) {
                if (!m_fittingColumns && column < m_columnWidths.size())
                    m_columnWidths[column] = width;
            });
    table->viewport()->installEventFilter(this);
    table->installEventFilter(this); // the row's keys: Enter, Menu, Shift+F10
    table->sortByColumn(-1, Qt::AscendingOrder); // input order until the user sorts
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onSelectionChanged);
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateRunAvailability);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateRunAvailability);
    connect(table, &QWidget::customContextMenuRequested, this, &MainWindow::showContextMenu);
    // A row that finishes while selected shows its artifact at once.
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to) {
                if (from.parent().isValid()) { // attempts of a candidate
                    onAttemptsChanged(from.parent().row());
                    return;
                }
                const int row = selectedRow();
                // On one of its attempts, the panes show the attempt: onAttemptsChanged().
                const bool onCandidate = !selectedAttempt();
                if (onCandidate && row >= from.row() && row <= to.row()
                    && isFinal(m_model->stateAt(row))
                    && m_ui->artifactView->property("shownRow").toInt() != row)
                    onSelectionChanged();
                // A card or the winner may have changed (scored, overridden, re-scored).
                if (row >= from.row() && row <= to.row())
                    showScoreOf(row);
                forwardToComparison(from.row(), to.row());
                updateRunAvailability();
            });
}

// Above the table: the info bar, and a filter to see only the rows looked for.
void MainWindow::setupResultsArea()
{
    auto *area = new QWidget(this);
    area->setObjectName(QStringLiteral("runArea"));
    auto *layout = new QVBoxLayout(area);
    layout->setContentsMargins(0, 0, 0, 0);
    m_infoBar = new InfoBar(area);
    layout->addWidget(m_infoBar);
    auto *filterRow = new QHBoxLayout;
    auto *filterLabel = new QLabel(tr("Displa&y:"), area);
    m_filterCombo = new QComboBox(area);
    m_filterCombo->setObjectName(QStringLiteral("runFilterCombo"));
    m_filterCombo->setToolTip(tr("Show every candidate, or only those you are looking for"));
    m_filterCombo->addItem(tr("All candidates"), int(RunFilterProxy::Filter::All));
    m_filterCombo->addItem(tr("Failed, timed out or cancelled"),
                           int(RunFilterProxy::Filter::Failed));
    m_filterCombo->addItem(tr("Running or queued"), int(RunFilterProxy::Filter::Running));
    m_filterCombo->addItem(tr("Finished"), int(RunFilterProxy::Filter::Finished));
    filterLabel->setBuddy(m_filterCombo);
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filterCombo);
    filterRow->addStretch();
    layout->addLayout(filterRow);
    layout->addWidget(m_ui->runTable); // out of the splitter, into the area that takes its place
    m_ui->resultsSplitter->insertWidget(0, area);
    connect(m_filterCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setFilter(RunFilterProxy::Filter(m_filterCombo->currentData().toInt()));
        updateRunAvailability();
    });
}

// A layout that holds at any size: the setup panel scrolls rather than squeezing its fields
// and folds away in its splitter; labels keep their height when their text changes.
void MainWindow::setupLayout()
{
    setMinimumSize(720, 480);
    QWidget *panel = m_ui->setupPanel;
    m_setupScroll = new QScrollArea(this);
    m_setupScroll->setObjectName(QStringLiteral("setupScrollArea"));
    m_setupScroll->setWidgetResizable(true);
    m_setupScroll->setFrameShape(QFrame::NoFrame);
    m_setupScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Not a stop of its own for Tab: it scrolls to whichever of its fields has the focus.
    m_setupScroll->setFocusPolicy(Qt::NoFocus);
    // The list and the objective take the height there is, down to a few lines: their own
    // preferred height would make the panel scroll in a window that has room for all of it.
    const int line = fontMetrics().lineSpacing();
    for (QWidget *growing : {static_cast<QWidget *>(m_ui->candidateList),
                             static_cast<QWidget *>(m_ui->objectiveEdit)}) {
        growing->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
        growing->setMinimumHeight(4 * line + 2 * growing->contentsMargins().top() + 8);
    }
    // Run, Cancel All and Rerun Failed stay in sight below the panel, however it scrolls.
    auto *sidebar = new QWidget(this);
    sidebar->setObjectName(QStringLiteral("sidebar"));
    auto *sidebarLayout = new QVBoxLayout(sidebar);
    sidebarLayout->setContentsMargins(0, 0, 0, 0);
    m_ui->setupLayout->removeItem(m_ui->runButtonsLayout);
    m_setupScroll->setWidget(panel); // out of the splitter, into the scroll area
    m_setupScroll->setMinimumWidth(panel->minimumSizeHint().width()
                                   + m_setupScroll->verticalScrollBar()->sizeHint().width());
    sidebarLayout->addWidget(m_setupScroll);
    sidebarLayout->addLayout(m_ui->runButtonsLayout);
    QSplitter *splitter = m_ui->mainSplitter;
    splitter->insertWidget(0, sidebar);
    splitter->setCollapsible(0, true);
    splitter->setCollapsible(1, false);
    splitter->setSizes({280, 1000}); // until the user's own sizes are restored

    // The status of the backend reserves its lines: a longer text does not move what follows.
    QLabel *status = m_ui->backendStatusLabel;
    status->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    status->setMinimumHeight(5 * status->fontMetrics().lineSpacing());

    QAction *showPanel = m_ui->actionShowSetupPanel;
    showPanel->setCheckable(true);
    showPanel->setChecked(true);
    connect(showPanel, &QAction::toggled, this, [this, splitter](bool show) {
        const int total = splitter->sizes().value(0) + splitter->sizes().value(1);
        const int panelWidth = show ? std::max(m_setupScroll->minimumWidth(), 280) : 0;
        splitter->setSizes({panelWidth, total - panelWidth});
    });
    connect(splitter, &QSplitter::splitterMoved, showPanel, [showPanel, splitter] {
        const QSignalBlocker quiet(showPanel);
        showPanel->setChecked(splitter->sizes().value(0) > 0);
    });
}

void MainWindow::rememberColumnWidths()
{
    QHeaderView *header = m_ui->runTable->header();
    m_columnWidths.clear();
    for (int column = 0; column < RunTableModel::ArtifactColumn; ++column)
        m_columnWidths.append(header->sectionSize(column));
}

// At a narrow width every column stays in view: from the widths they were given, each column
// gives up its share of the width missing, down to a floor where its header still shows, elided
// (the candidate and its status keep more). With room again, they get their widths back.
void MainWindow::fitColumnsToTable()
{
    QHeaderView *header = m_ui->runTable->header();
    const QScopedValueRollback fitting(m_fittingColumns, true);
    for (int column = 0; column < m_columnWidths.size(); ++column)
        header->resizeSection(column, m_columnWidths.at(column));
    const int excess = header->length() - m_ui->runTable->viewport()->width();
    if (excess <= 0)
        return;
    const auto floorOf = [&](int column) {
        const int chars = column == RunTableModel::CandidateColumn ? 9
                : column == RunTableModel::StatusColumn            ? 11
                                                                   : 5;
        return std::max(header->minimumSectionSize(), fontMetrics().averageCharWidth() * chars);
    };
    // The artifact, the last column, stretches over what is left: it is not resized here.
    int slack = 0;
    for (int column = 0; column < m_columnWidths.size(); ++column)
        slack += std::max(0, header->sectionSize(column) - floorOf(column));
    if (slack <= 0)
        return;
    const double share = std::min(1.0, double(excess) / slack);
    for (int column = 0; column < m_columnWidths.size(); ++column) {
        const int size = header->sectionSize(column);
        const int give = int(std::ceil(std::max(0, size - floorOf(column)) * share));
        header->resizeSection(column, size - give);
    }
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize && watched == m_ui->runTable->viewport())
        fitColumnsToTable();
    if (watched == m_ui->runTable && handleTableKey(event))
        return true;
    return QMainWindow::eventFilter(watched, event);
}

// The run table without a mouse: Enter shows the current row's log; the Menu key or Shift+F10
// opens the current row's menu. Not every platform turns those keys into a context menu event
// (offscreen, Wayland, Shift+F10 on X11), so they are handled here as keys too.
bool MainWindow::handleTableKey(QEvent *event)
{
    if (event->type() == QEvent::ContextMenu) {
        if (static_cast<QContextMenuEvent *>(event)->reason() != QContextMenuEvent::Keyboard)
            return false;
        showContextMenuOfCurrentRow();
        return true;
    }
    if (event->type() != QEvent::KeyPress)
        return false;
    const QKeyCombination key = static_cast<QKeyEvent *>(event)->keyCombination();
    if (key == QKeyCombination(Qt::Key_Menu)
        || key == QKeyCombination(Qt::ShiftModifier, Qt::Key_F10)) {
        showContextMenuOfCurrentRow();
        return true;
    }
    const bool enter = key == QKeyCombination(Qt::Key_Return)
            || key == QKeyCombination(Qt::Key_Enter)
            || key == QKeyCombination(Qt::KeypadModifier, Qt::Key_Enter);
    if (!enter || !m_ui->runTable->currentIndex().isValid())
        return false;
    m_ui->detailTabs->setCurrentWidget(m_ui->logTab);
    m_ui->logView->setFocus(Qt::OtherFocusReason); // where the keys can scroll and read it
    return true;
}

void MainWindow::showContextMenuOfCurrentRow()
{
    QTreeView *table = m_ui->runTable;
    const QModelIndex current = table->currentIndex();
    if (current.isValid())
        showContextMenu(table->visualRect(current).center());
}

// Tab goes through the window as it is read: the setup panel from top to bottom, the run
// buttons, the filter, the table, then the detail tabs and what they show.
void MainWindow::setupTabOrder()
{
    const auto tabStopsIn = [](QWidget *container) {
        QList<QWidget *> stops;
        for (QWidget *child : container->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
            if (child->focusPolicy() & Qt::TabFocus)
                stops.append(child);
        }
        return stops;
    };
    QList<QWidget *> chain{
            m_ui->candidateList,    m_ui->addCandidatesButton, m_ui->removeCandidatesButton,
            m_ui->addSamplesButton, m_ui->objectiveEdit,       m_ui->recentObjectivesCombo,
            m_ui->backendCombo,     m_ui->timeoutSpin,         m_ui->parallelSpin,
            m_ui->networkCheck,     m_ui->repeatSpin,          m_ui->budgetSpin,
            m_ui->sandboxBudgetSpin};
    chain << tabStopsIn(m_environmentPanel);
    chain << tabStopsIn(m_ui->scoringPanel);
    chain << m_ui->runButton << m_ui->cancelAllButton << m_ui->rerunFailedButton;
    chain << tabStopsIn(m_infoBar);
    chain << m_filterCombo << m_ui->runTable << m_ui->detailTabs << m_ui->logView
          << m_ui->artifactView;
    chain << tabStopsIn(m_ui->scoreCardView);
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
}

// Help > Dream Foundry Help (F1): how a run goes and the keys, in a few lines; the manual page
// has the rest.
void MainWindow::showHelp()
{
    showInformation(
            tr("Dream Foundry Help"),
            tr("<h3>Running candidates</h3>"
               "<p>Add candidate scripts (.py), write the objective, choose the sandboxes and "
               "press Run (%1). Each candidate runs in its own sandbox; the table shows how each "
               "one is doing, and the Log, Artifact and Score tabs show the selected one.</p>"
               "<h3>Keys</h3>"
               "<p>In the table, Enter shows the candidate's log; the Menu key or Shift+F10 "
               "opens its actions. Compare Artifacts: %2. History: %3; in its list, Enter opens "
               "a run and Delete moves the selected runs to the trash.</p>"
               "<p>The full manual: <tt>man dreamfoundry</tt>.</p>")
                    .arg(m_ui->actionRun->shortcut().toString(QKeySequence::NativeText),
                         m_ui->actionCompareArtifacts->shortcut().toString(
                                 QKeySequence::NativeText),
                         QKeySequence(Qt::CTRL | Qt::Key_H).toString(QKeySequence::NativeText)));
}

void MainWindow::setupSetupPanel()
{
    m_ui->backendCombo->addItem(tr("Local (bubblewrap)"), int(BackendChoice::Local));
    m_ui->backendCombo->addItem(tr("Daytona"), int(BackendChoice::Daytona));
    m_ui->backendCombo->addItem(tr("Auto"), int(BackendChoice::Auto));
    // Row 2 of the form is left free for it in the .ui file.
    m_warmPool = new WarmPoolPanel(m_ui->backendGroup);
    m_ui->backendLayout->setWidget(2, QFormLayout::SpanningRole, m_warmPool);
    connect(m_warmPool, &WarmPoolPanel::poolChanged, this,
            [this](WarmPool *pool) { m_runs.setWarmPool(pool); });
    CandidateListWidget *list = m_ui->candidateList;
    connect(list, &CandidateListWidget::scriptsChanged, this, &MainWindow::updateWarmPool);
    connect(list, &CandidateListWidget::scriptsChanged, this, &MainWindow::updateRunAvailability);
    connect(list, &CandidateListWidget::rejected, this, [this](const QStringList &names) {
        showWarning(tr("Not a candidate script"),
                    tr("Only Python scripts (.py) and folders with a main.py can be candidates. "
                       "Not added: %1")
                            .arg(names.join(QStringLiteral(", "))));
    });
    connect(m_ui->removeCandidatesButton, &QPushButton::clicked, list,
            &CandidateListWidget::removeSelected);
    // Remove works on the selection: without one there is nothing to remove.
    connect(list, &QListWidget::itemSelectionChanged, this, &MainWindow::updateRunAvailability);
    connect(m_ui->addSamplesButton, &QPushButton::clicked, this, [this, list] {
        if (list->addScripts(sampleCandidateScripts()) == 0)
            statusBar()->showMessage(tr("The sample candidates are already in the list."), 5'000);
    });
    connect(m_ui->objectiveEdit, &QPlainTextEdit::textChanged, this,
            &MainWindow::updateRunAvailability);
    connect(m_ui->recentObjectivesCombo, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            m_ui->objectiveEdit->setPlainText(
                    m_ui->recentObjectivesCombo->itemData(index).toString());
    });
    connect(m_ui->backendCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateBackendStatus();
        updateRunAvailability();
    });
    m_candidateSecrets = new CandidateSecrets(m_keychain, this);
    m_environmentPanel = new RunEnvironmentPanel(m_ui->setupPanel);
    m_ui->setupLayout->insertWidget(m_ui->setupLayout->indexOf(m_ui->backendGroup) + 1,
                                    m_environmentPanel);
    reloadSecretNames();
    setupScoring();
}

// The names only: listing them reads one keychain entry, no value.
void MainWindow::reloadSecretNames()
{
    m_candidateSecrets->list(this, [this](const QStringList &names, const QString &error) {
        if (!error.isEmpty())
            qCDebug(lcGui) << "candidate secrets not listed:" << error;
        m_environmentPanel->setSecretNames(names);
    });
}

// The run's secrets are read from the keychain first; one missing refuses the run, naming it.
void MainWindow::readSecretsThen(const RunSettings &settings, const QString &refusalTitle,
                                 std::function<void(const SecretValues &)> start)
{
    QString problem;
    m_environmentPanel->environment(&problem);
    if (!problem.isEmpty())
        return runRefused(refusalTitle,
                          tr("The environment variables are not valid: %1").arg(problem));
    if (settings.secrets.isEmpty())
        return start({});
    if (m_readingSecrets)
        return;
    QStringList names;
    for (const SecretGrant &grant : settings.secrets)
        names.append(grant.name);
    m_readingSecrets = true;
    updateRunAvailability();
    m_candidateSecrets->read(
            names, this,
            [this, refusalTitle, start](const SecretValues &values, const QString &error) {
                m_readingSecrets = false;
                if (!error.isEmpty())
                    return runRefused(refusalTitle, error);
                start(values);
            });
}

// A person's changes to the scores of the run on screen, and re-scoring it, are kept in its
// results folder (run.json and report.md, rewritten off the GUI thread).
void MainWindow::setupScoring()
{
    connect(m_ui->scoringPanel, &ScoringPanel::settingsChanged, this,
            &MainWindow::updateRunAvailability);
    connect(m_ui->scoreCardView, &ScoreCardView::qualityOverrideRequested, this,
            [this](const QString &candidateId, std::optional<double> quality) {
                changeScores([&](RunRecord &run) {
                    return Ranking::setManualQuality(run, candidateId, quality);
                });
            });
    connect(m_ui->scoreCardView, &ScoreCardView::winnerRequested, this,
            [this](const std::optional<QString> &candidateId) {
                changeScores(
                        [&](RunRecord &run) { return Ranking::setManualWinner(run, candidateId); });
            });
    connect(m_ui->scoringPanel, &ScoringPanel::rescoreRequested, this,
            [this](const ScoringSettings &settings) {
                if (const QString error = m_runs.rescore(m_shownRun, m_shownFolder, settings);
                    !error.isEmpty()) {
                    showWarning(tr("Cannot re-score"), error);
                } else {
                    m_rescoring = true;
                    statusBar()->showMessage(tr("Re-scoring..."));
                }
                updateRunAvailability();
            });
    connect(&m_runs, &RunPipeline::rescored, this, &MainWindow::onRescored);
}

void MainWindow::changeScores(const std::function<bool(RunRecord &)> &change)
{
    if (m_runs.isRunning() || m_rescoring || !change(m_shownRun))
        return;
    m_model->updateScores(m_shownRun);
    if (m_shownFolder.isEmpty()) {
        m_infoBar->showMessage(InfoBar::Kind::Information,
                               tr("Scores changed; use File > Save Results As... to keep them."));
        return;
    }
    // One save at a time, the last change last: a change made while a save is under way is
    // saved once that save is done.
    if (m_runs.isScoring())
        m_scoresToSave = true;
    else
        m_runs.saveScores(m_shownRun, m_shownFolder);
    updateRunAvailability();
}

void MainWindow::onRescored(const RunRecord &run, const QString &folder, const QString &error)
{
    const bool rescored = std::exchange(m_rescoring, false);
    if (std::exchange(m_scoresToSave, false)) {
        m_runs.saveScores(m_shownRun, m_shownFolder); // the last change, saved last
        return;
    }
    if (m_closeWhenSaved && !m_runs.isRunning()) {
        close();
        return;
    }
    if (folder != m_shownFolder || m_runs.isRunning())
        return; // another run is on screen now; the folder has the new scores all the same
    if (rescored) { // a save of a person's change already shows what it saved
        m_shownRun = run;
        m_model->updateScores(run);
    }
    if (error.isEmpty())
        statusBar()->showMessage(tr("Scores saved."), 10'000);
    else if (folder.isEmpty()) // a run whose autosave failed: nothing on disk to update
        m_infoBar->showMessage(InfoBar::Kind::Information,
                               tr("Scores changed; use File > Save Results As... to keep them."));
    else
        showWarning(tr("The scores could not be saved"),
                    tr("The new scores are shown, but the results folder could not be updated. "
                       "Use File > Save Results As... to keep them."),
                    error);
    updateRunAvailability();
    if (const int row = selectedRow(); row >= 0)
        showScoreOf(row);
    updatePublishAvailability();
}

RunSettings MainWindow::settingsFromWidgets() const
{
    RunSettings settings;
    settings.objective = m_ui->objectiveEdit->toPlainText();
    settings.backend = BackendChoice(m_ui->backendCombo->currentData().toInt());
    settings.timeoutSeconds = m_ui->timeoutSpin->value();
    settings.parallelism = m_ui->parallelSpin->value();
    settings.network = m_ui->networkCheck->isChecked();
    settings.indexUrl = configuredIndexUrl();
    QString ignored; // refused with its reason when the run starts (readSecretsThen)
    settings.environment = m_environmentPanel->environment(&ignored);
    settings.secrets = m_environmentPanel->grants();
    settings.plan.repeat = m_ui->repeatSpin->value();
    // "No limit" is the spin box's 0: a budget of 0 s cannot be asked for here.
    if (const int seconds = m_ui->budgetSpin->value(); seconds > 0)
        settings.plan.wallClockBudgetSeconds = seconds;
    if (const int seconds = m_ui->sandboxBudgetSpin->value(); seconds > 0)
        settings.plan.sandboxSecondsBudget = seconds;
    return settings;
}

WindowState MainWindow::windowState() const
{
    WindowState state;
    const RunSettings settings = settingsFromWidgets();
    state.backend = settings.backend;
    state.daytonaConfigured = m_runs.daytonaConfig().isConfigured();
    state.daytonaProblem = daytonaProblem();
    state.running = m_runs.isRunning();
    state.scoring = m_runs.isScoring();
    state.scoresPending = scoresPending();
    state.candidateCount = m_ui->candidateList->count();
    state.selectedCandidates = int(m_ui->candidateList->selectedItems().size());
    state.objectiveProblem = RunSettings::objectiveProblem(settings.objective);
    state.scoringProblem = m_ui->scoringPanel->problem();
    state.runOnScreen = !m_shownRun.candidates.isEmpty();
    state.savedRunOnScreen = state.runOnScreen && !m_shownFolder.isEmpty();
    state.rows = m_model->rowCount();
    state.failedRows = m_model->countIn({CandidateState::Failed, CandidateState::TimedOut,
                                         CandidateState::Cancelled, CandidateState::Error});
    state.selectedRows = int(selectedRows().size());
    state.maxCompared = CompareWindow::maxPanes;
    const int row = selectedRow();
    state.hasCurrentRow = row >= 0;
    state.currentState = m_model->stateAt(row);
    state.runShortcut = m_ui->actionRun->shortcut().toString(QKeySequence::NativeText);
    return state;
}

// Every action is enabled only when it can work; its tooltip says what it does, or why not.
void MainWindow::updateRunAvailability()
{
    const WindowAvailability a = windowAvailability(windowState());
    const auto apply = [](QAction *action, const Availability &availability) {
        action->setEnabled(availability.enabled);
        action->setToolTip(availability.toolTip);
    };
    apply(m_ui->actionRun, a.run);
    apply(m_ui->actionCancelAll, a.cancelAll);
    apply(m_ui->actionRerunFailed, a.rerunFailed);
    apply(m_ui->actionAddCandidates, a.addCandidates);
    apply(m_ui->actionOpenResults, a.openResults);
    apply(m_ui->actionSaveResultsAs, a.saveResultsAs);
    apply(m_ui->actionExportResults, a.exportResults);
    apply(m_ui->actionCompareArtifacts, a.compare);
    apply(m_ui->actionCleanUpSandboxes, a.cleanUpSandboxes);
    m_ui->menuRecentResults->setEnabled(a.openResults.enabled
                                        && !m_ui->menuRecentResults->actions().isEmpty());
    m_ui->candidatesGroup->setEnabled(a.addCandidates.enabled);
    m_ui->removeCandidatesButton->setEnabled(a.removeCandidates.enabled);
    m_ui->removeCandidatesButton->setToolTip(a.removeCandidates.toolTip);
    for (QWidget *control :
         {static_cast<QWidget *>(m_ui->backendCombo), static_cast<QWidget *>(m_ui->timeoutSpin),
          static_cast<QWidget *>(m_ui->parallelSpin), static_cast<QWidget *>(m_ui->repeatSpin),
          static_cast<QWidget *>(m_ui->budgetSpin),
          static_cast<QWidget *>(m_ui->sandboxBudgetSpin)})
        control->setEnabled(a.runSettings.enabled);
    m_ui->networkCheck->setEnabled(a.network.enabled);
    m_ui->networkCheck->setToolTip(a.network.toolTip);
    m_ui->scoringPanel->setRescoreAvailable(a.rescore.enabled, a.rescore.toolTip);
    updatePublishAvailability();
    // Before Run, the local sandboxes' folders are made in the background (Auto may run
    // locally too); Daytona keeps its own pool.
    const RunSettings settings = settingsFromWidgets();
    if (!m_runs.isRunning() && settings.backend != BackendChoice::Daytona)
        m_runs.localBackend().warmUp(m_ui->candidateList->count() * settings.plan.repeat,
                                     settings.network);
}

void MainWindow::updateBackendStatus()
{
    const auto choice = BackendChoice(m_ui->backendCombo->currentData().toInt());
    const IsolationProbe &isolation = m_runs.localBackend().isolation();
    QString local;
    switch (isolation.result()) {
    case IsolationProbe::Result::Unknown:
        local = tr("Checking local isolation...");
        break;
    case IsolationProbe::Result::Available:
        // As results record them (network: "private" or "host"; limits: "cgroup" or
        // "per-process"), said before a run starts.
        // Two whole sentences, so that each translates on its own.
        local = (SandboxCgroup::available()
                         ? tr("Local sandboxes: bubblewrap, memory and processes capped per "
                              "sandbox.")
                         : tr("Local sandboxes: bubblewrap, memory and processes capped per "
                              "process (no cgroup to use)."))
                + QLatin1Char(' ')
                + (PrivateNetwork::helperProgram().isEmpty()
                           ? tr("With network on, they use the <b>HOST network</b> (install "
                                "slirp4netns for a private one).")
                           : tr("Each has a private network."));
        break;
    case IsolationProbe::Result::Unavailable:
        local = tr("<b>Local candidates will run WITHOUT isolation</b>: %1.")
                        .arg(isolation.reason());
        break;
    }
    const DaytonaConfig &config = m_runs.daytonaConfig();
    const QString daytona = m_account->statusText();
    switch (choice) {
    case BackendChoice::Local:
        m_ui->backendStatusLabel->setText(local);
        break;
    case BackendChoice::Daytona:
        m_ui->backendStatusLabel->setText(daytona);
        break;
    case BackendChoice::Auto:
        m_ui->backendStatusLabel->setText(
                daytona + QLatin1Char(' ')
                + (config.isConfigured() ? tr("Auto uses Daytona.")
                                         : tr("Auto uses local sandboxes. %1").arg(local)));
        break;
    }
    if (!m_account->isLoading()) // a reload is no news: wait for its answer
        updateDaytonaKeyBar(choice == BackendChoice::Daytona && !config.isConfigured());
    updateWarmPool();
}

// The warm pool follows the backend, the key and the candidate list: a new key drains the
// old pool with the old key first (WarmPoolKeeper).
void MainWindow::updateWarmPool()
{
    if (!m_warmPool)
        return;
    const auto choice = BackendChoice(m_ui->backendCombo->currentData().toInt());
    const DaytonaConfig &config = m_runs.daytonaConfig();
    const bool daytona = choice == BackendChoice::Daytona
            || (choice == BackendChoice::Auto && config.isConfigured());
    m_warmPool->setDemand(daytona, config, m_ui->candidateList->count());
}

// Daytona chosen without a key: said above the table, once each time it happens, with the way
// to fix it a click away.
void MainWindow::updateDaytonaKeyBar(bool needsKey)
{
    if (!needsKey) {
        m_daytonaKeyBarShown = false;
        m_infoBar->clear(daytonaKeyTopic);
        return;
    }
    if (std::exchange(m_daytonaKeyBarShown, true))
        return; // closed by the person, or shown already
    QString text = tr("Daytona needs an API key to run candidates.");
    if (const QString problem = m_account->keychainProblem(); !problem.isEmpty())
        text += QLatin1Char(' ') + problem + QLatin1Char(' ') + SettingsDialog::keychainNextSteps();
    else
        text += QLatin1Char(' ')
                + tr("Add one in Daytona Settings, or set DAYTONA_API_KEY in the environment or "
                     "in a .env file in the working folder.");
    m_infoBar->showMessage(InfoBar::Kind::Warning, text, daytonaKeyTopic, tr("Daytona Settings..."),
                           [this] { showSettings(); });
}

// What the run says while it goes: in the info bar, whole, rather than cut off in the status
// bar. Auto falling back to local sandboxes is told in the window's words.
void MainWindow::onRunWarning(int row, const QString &message)
{
    const DaytonaConfig &config = m_runs.daytonaConfig();
    if (!config.isConfigured() && message == selectBackend(BackendChoice::Auto, config).note) {
        m_infoBar->showMessage(InfoBar::Kind::Information,
                               tr("Daytona has no API key, so this run uses local sandboxes."),
                               daytonaKeyTopic, tr("Daytona Settings..."),
                               [this] { showSettings(); });
        return;
    }
    // Messages shared with the command line name its command; the window has a menu for it.
    QString text = message;
    text.replace(QStringLiteral("`dreamfoundry sandboxes reap`"),
                 tr("Run > Clean Up Sandboxes..."));
    if (const QString id = m_model->resultAt(row).candidateId; !id.isEmpty())
        text = tr("%1: %2").arg(id, text);
    m_infoBar->showMessage(InfoBar::Kind::Warning, text);
}

void MainWindow::updateStatusBar()
{
    const int running = m_model->countIn({CandidateState::Preparing, CandidateState::Installing,
                                          CandidateState::Running, CandidateState::Collecting});
    QString text = tr("Running: %1   Succeeded: %2   Failed: %3")
                           .arg(running)
                           .arg(m_model->countIn({CandidateState::Succeeded}))
                           .arg(m_model->countIn({CandidateState::Failed}));
    // Every other final state counted apart, once there is one.
    const std::pair<CandidateState, QString> others[]
            = {{CandidateState::TimedOut, tr("Timed out")},
               {CandidateState::Cancelled, tr("Cancelled")},
               {CandidateState::Error, tr("Error")}};
    for (const auto &[state, name] : others) {
        if (const int count = m_model->countIn({state}); count > 0)
            text += tr("   %1: %2").arg(name).arg(count);
    }
    // A run in progress counts from its start; a finished or opened one says how long it took.
    double elapsed = -1;
    if (m_runs.isRunning() && m_runClock.isValid())
        elapsed = m_runClock.elapsed() / 1000.0;
    else if (m_shownRun.startedAt.isValid() && m_shownRun.finishedAt.isValid())
        elapsed = m_shownRun.startedAt.msecsTo(m_shownRun.finishedAt) / 1000.0;
    if (elapsed >= 0)
        text += tr("   Elapsed: %1").arg(formatDuration(elapsed));
    m_statusLabel->setText(text);
}

void MainWindow::updateTitle()
{
    // The results on screen name the window: Dream Foundry - 20261126-101500-123.
    setWindowTitle(m_shownFolder.isEmpty()
                           ? tr("Dream Foundry")
                           : tr("Dream Foundry - %1").arg(QFileInfo(m_shownFolder).fileName()));
}

void MainWindow::useCandidates(const QStringList &scripts)
{
    m_ui->candidateList->clear();
    m_ui->candidateList->addScripts(scripts);
    updateRunAvailability();
}

void MainWindow::useBackend(BackendChoice backend)
{
    m_ui->backendCombo->setCurrentIndex(m_ui->backendCombo->findData(int(backend)));
}

void MainWindow::addCandidates()
{
    const QString dir = QSettings().value(QStringLiteral("candidates/lastDir")).toString();
    FileDialog::instance().openFiles(this, tr("Add Candidate Scripts"), dir,
                                     tr("Python scripts (*.py)"), [this](const QStringList &files) {
                                         QSettings().setValue(
                                                 QStringLiteral("candidates/lastDir"),
                                                 QFileInfo(files.first()).absolutePath());
                                         m_ui->candidateList->addScripts(files);
                                     });
}

void MainWindow::startRun()
{
    const QStringList scripts = m_ui->candidateList->scripts();
    const RunSettings settings = settingsFromWidgets();
    readSecretsThen(
            settings, tr("Cannot start the run"),
            [this, scripts, settings](const SecretValues &values) {
                m_startAnnounced = false;
                if (const QString error = m_runs.start(
                            {scripts, settings, {}, m_ui->scoringPanel->scoringSettings(), values});
                    !error.isEmpty()) {
                    runRefused(tr("Cannot start the run"), error);
                    return;
                }
                m_shownScripts = scripts;
                rememberObjective(settings.objective);
                updateRunAvailability();
            });
}

// A run the machine refused after its rows were announced (no working folder, say) leaves
// no rows waiting: the table shows the run it showed before.
void MainWindow::runRefused(const QString &title, const QString &error)
{
    if (m_startAnnounced && !m_runs.isRunning()) {
        m_statusTimer.stop();
        m_showingLiveRun = false;
        m_model->show(m_shownRun);
        updateStatusBar();
    }
    showWarning(title, error);
    updateRunAvailability();
}

// A rerun answers the run's own objective, so its candidates stay comparable with the others;
// when the objective box says something else, the person chooses.
void MainWindow::rerunRows(const QList<int> &rows)
{
    const QString edited = settingsFromWidgets().objective.trimmed();
    if (edited.isEmpty() || edited == m_shownRun.objective.trimmed())
        rerunInPlace(rows);
    else
        askWhichObjective(rows);
}

void MainWindow::askWhichObjective(const QList<int> &rows)
{
    auto *box = new QMessageBox(
            QMessageBox::Question, tr("Run Again"),
            tr("Run %n candidate(s) again with which objective?", nullptr, int(rows.size())),
            QMessageBox::Cancel, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("rerunObjectiveBox"));
    box->setInformativeText(
            tr("The objective box has changed since this run. A rerun uses the run's objective "
               "and updates the run in place; the edited objective makes a new run."));
    QPushButton *same
            = box->addButton(tr("Rerun with the Run's Objective"), QMessageBox::AcceptRole);
    QPushButton *edited
            = box->addButton(tr("New Run with the Edited Objective"), QMessageBox::ActionRole);
    box->setDefaultButton(same);
    connect(box, &QMessageBox::finished, this, [this, box, same, edited, rows] {
        if (box->clickedButton() == same)
            rerunInPlace(rows);
        else if (box->clickedButton() == edited)
            runAsNewRun(rows);
    });
    box->open();
}

// The script the person may have fixed since, where it still is; else the copy in the results.
QString MainWindow::scriptToRerun(int row) const
{
    const QString original = m_shownScripts.value(row);
    return !original.isEmpty() && QFileInfo(original).isFile()
            ? original
            : m_shownRun.candidates.value(row).scriptPath;
}

void MainWindow::rerunInPlace(const QList<int> &rows)
{
    RunPipeline::Rerun rerun{
            m_shownRun, m_shownFolder,         rows,
            {},         settingsFromWidgets(), m_ui->scoringPanel->scoringSettings()};
    for (int row : rows)
        rerun.scripts.append(scriptToRerun(row));
    readSecretsThen(rerun.settings, tr("Cannot run again"),
                    [this, rerun](const SecretValues &values) mutable {
                        rerun.secretValues = values;
                        m_startAnnounced = false;
                        if (const QString error = m_runs.rerun(rerun); !error.isEmpty())
                            runRefused(tr("Cannot run again"), error);
                        updateRunAvailability();
                    });
}

void MainWindow::runAsNewRun(const QList<int> &rows)
{
    QStringList scripts;
    for (int row : rows)
        scripts.append(scriptToRerun(row));
    const RunSettings settings = settingsFromWidgets();
    readSecretsThen(
            settings, tr("Cannot start the run"),
            [this, scripts, settings](const SecretValues &values) {
                m_startAnnounced = false;
                if (const QString error = m_runs.start(
                            {scripts, settings, {}, m_ui->scoringPanel->scoringSettings(), values});
                    !error.isEmpty()) {
                    runRefused(tr("Cannot start the run"), error);
                } else {
                    m_shownScripts = scripts;
                    rememberObjective(settings.objective);
                }
                updateRunAvailability();
            });
}

void MainWindow::rerunFailed()
{
    QList<int> rows;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (isFinal(m_model->stateAt(row)) && m_model->stateAt(row) != CandidateState::Succeeded)
            rows.append(row);
    }
    if (!rows.isEmpty())
        rerunRows(rows);
}

void MainWindow::onRunStarted(const QStringList &candidateIds)
{
    m_startAnnounced = true;
    ++m_compareRunKey;
    m_model->watch(&m_runs, candidateIds, settingsFromWidgets().timeoutSeconds);
    m_ui->logView->clear();
    m_ui->artifactView->clear();
    m_runClock.start();
    m_statusTimer.start();
    m_showingLiveRun = true;
    m_logRow = -1;
    selectViewRow(0);
    updateRunAvailability();
}

void MainWindow::onRunFinished(const RunRecord &run, const QString &folder, const QString &error)
{
    m_statusTimer.stop();
    m_shownRun = run;
    m_shownFolder = error.isEmpty() ? folder : QString();
    if (error.isEmpty())
        rememberResults(folder);
    else
        qCWarning(lcGui) << "a finished run could not be autosaved";
    if (!error.isEmpty())
        showWarning(tr("The results could not be saved"),
                    tr("The run is still here: use File > Save Results As... to keep it."), error);
    // A reset: the selection and the open candidates go, and come back below (the same rows).
    const QModelIndex current = m_proxy->mapToSource(m_ui->runTable->currentIndex());
    const QList<int> expanded = expandedRows();
    m_model->show(run);
    for (int row : expanded)
        m_ui->runTable->expand(m_proxy->mapFromSource(m_model->index(row, 0)));
    if (const int row = RunTableModel::candidateRowOf(current); row >= 0) {
        const QModelIndex candidate = m_model->index(row, 0);
        const QModelIndex attempt = m_model->index(RunTableModel::attemptOf(current), 0, candidate);
        m_ui->runTable->setCurrentIndex(
                m_proxy->mapFromSource(attempt.isValid() ? attempt : candidate));
    }
    // The same run, saved: the viewer's panes now read the artifacts from the results folder.
    forwardToComparison(0, m_model->rowCount() - 1);
    updateRunAvailability();
    updateStatusBar();
    updateTitle();
    onSelectionChanged();
    notifyFinished(run);
    if (m_closeWhenSaved)
        close();
}

// The candidate of the current row: its own row, or its parent's on one of its attempts.
int MainWindow::selectedRow() const
{
    const QModelIndex current = m_ui->runTable->selectionModel()->currentIndex();
    return RunTableModel::candidateRowOf(m_proxy->mapToSource(current));
}

// The attempt on the current row, when it is a candidate's attempt rather than the candidate.
std::optional<CandidateResult> MainWindow::selectedAttempt() const
{
    const QModelIndex current
            = m_proxy->mapToSource(m_ui->runTable->selectionModel()->currentIndex());
    const int attempt = RunTableModel::attemptOf(current);
    if (attempt < 0)
        return std::nullopt;
    return m_model->attemptAt(RunTableModel::candidateRowOf(current), attempt);
}

// The candidates whose attempts are shown, by row.
QList<int> MainWindow::expandedRows() const
{
    QList<int> rows;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_ui->runTable->isExpanded(m_proxy->mapFromSource(m_model->index(row, 0))))
            rows.append(row);
    }
    return rows;
}

// The row at `viewRow` on screen becomes the current one, selected whole.
void MainWindow::selectViewRow(int viewRow)
{
    if (const QModelIndex index = m_proxy->index(viewRow, 0); index.isValid())
        m_ui->runTable->setCurrentIndex(index);
}

void MainWindow::onSelectionChanged()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    if (const std::optional<CandidateResult> attempt = selectedAttempt()) {
        showAttemptRow(*attempt);
        return;
    }
    m_shownAttemptState.reset();
    m_ui->logView->setPlaceholderText(QString());
    // The shown log is already live for its row: rebuilding 512 KiB of text stalls the window.
    if (row != m_logRow)
        showLogOf(row);
    showArtifact(m_model->resultAt(row));
    m_ui->artifactView->setProperty("shownRow", isFinal(m_model->stateAt(row)) ? row : -1);
    showScoreOf(row);
}

// The selected attempt's card when the row is on one of the candidate's attempts: an override
// is the candidate's, so not from there.
void MainWindow::showScoreOf(int row)
{
    const std::optional<CandidateResult> attempt
            = row == selectedRow() ? selectedAttempt() : std::nullopt;
    ScoreContext context;
    const bool running = m_runs.isRunning();
    // While a run goes on, m_shownRun is still the previous run: the live run is scored with
    // what the Scoring panel says.
    context.scoring = running ? m_ui->scoringPanel->scoringSettings() : m_shownRun.scoring;
    context.winner = m_model->winner();
    context.candidateCount = m_model->rowCount();
    context.overridesAllowed
            = !running && !m_runs.isScoring() && !m_shownRun.candidates.isEmpty() && !attempt;
    m_ui->scoreCardView->showCandidate(attempt ? *attempt : m_model->resultAt(row), context);
}

// One attempt of a candidate, its own row selected: its log and artifact as recorded, and its
// card. The live log of a repeated candidate holds every attempt's output, so an attempt shows
// what its result kept, once it ended.
void MainWindow::showAttemptRow(const CandidateResult &attempt)
{
    m_shownAttemptState = attempt.state;
    showAttempt(attempt);
    // Its output is the attempt's own once it ended: until then the pane says where to look.
    m_ui->logView->setPlaceholderText(
            isFinal(attempt.state)
                    ? QString()
                    : tr("Attempt #%1 shows its own output when it ends; until then, the row of "
                         "%2 shows the output of all its attempts as it comes.")
                              .arg(attempt.repeat)
                              .arg(attempt.candidateId));
    m_ui->artifactView->setProperty("shownRow", -1);
    showScoreOf(selectedRow());
}

// The selected attempt's panes follow it: again when its state changed (it ended, and has
// its output and artifact now), its card on every change (scored, re-scored).
void MainWindow::onAttemptsChanged(int row)
{
    if (row != selectedRow())
        return;
    const std::optional<CandidateResult> attempt = selectedAttempt();
    if (!attempt)
        return;
    if (attempt->state != m_shownAttemptState)
        showAttemptRow(*attempt);
    else
        showScoreOf(row);
}

void MainWindow::showLogOf(int row)
{
    m_logRow = row;
    if (m_showingLiveRun && !m_runs.log(row).segments().isEmpty()) {
        m_ui->logView->showLog(m_runs.log(row));
        return;
    }
    // A run opened from disk has no live log: show what run.json kept.
    m_ui->logView->showLog(savedLog(m_model->resultAt(row)));
}

void MainWindow::showArtifact(const CandidateResult &result)
{
    SafeMarkdownView *view = m_ui->artifactView;
    // Untrusted: images only from the artifact's own folder, nothing from the network.
    view->setResourceFolder(result.hasArtifact() ? QFileInfo(result.artifactFile).absolutePath()
                                                 : QString());
    if (!result.hasArtifact()) {
        view->setPlainText(isFinal(result.state)
                                   ? tr("%1 produced no artifact.").arg(result.candidateId)
                                   : tr("The artifact appears when the candidate finishes."));
    } else if (!result.artifactContent) {
        view->setPlainText(tr("%1: %2 bytes, binary or too large to show.\n\nFirst bytes:\n%3")
                                   .arg(result.artifactName)
                                   .arg(result.artifactSize)
                                   .arg(hexHead(result.artifactFile)));
    } else if (result.artifactName.endsWith(QStringLiteral(".md"))) {
        view->setMarkdown(*result.artifactContent);
    } else {
        view->setPlainText(*result.artifactContent);
    }
}

void MainWindow::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_ui->runTable->indexAt(position);
    if (!index.isValid())
        return;
    // The Score tab's actions, in the menu too, act on the selected row: the row clicked. A
    // click inside a selection of several rows keeps them, for Compare Selected.
    QItemSelectionModel *selection = m_ui->runTable->selectionModel();
    if (selection->isRowSelected(index.row(), index.parent())
        && selection->selectedRows().size() > 1)
        selection->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    else
        m_ui->runTable->setCurrentIndex(index.siblingAtColumn(0));
    const QModelIndex source = m_proxy->mapToSource(index);
    const int row = RunTableModel::candidateRowOf(source);
    if (const int attempt = RunTableModel::attemptOf(source); attempt >= 0) {
        showAttemptMenu(m_model->attemptAt(row, attempt), position);
        return;
    }
    const CandidateResult result = m_model->resultAt(row);
    // The row clicked is the current row now: the window's rule decides for it.
    const WindowAvailability available = windowAvailability(windowState());
    const auto apply = [](QAction *action, const Availability &availability) {
        action->setEnabled(availability.enabled);
        action->setToolTip(availability.toolTip);
    };
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setToolTipsVisible(true);
    apply(menu->addAction(tr("&Cancel This Candidate"), this, [this, row] { m_runs.cancel(row); }),
          available.cancelCandidate);
    apply(menu->addAction(tr("&Rerun This Candidate"), this, [this, row] { rerunRows({row}); }),
          available.rerunCandidate);
    menu->addSeparator();
    addResultActions(menu, result);
    addAttemptActions(menu, row);
    menu->addSeparator();
    const QList<int> rows = selectedRows();
    if (rows.size() > 1) {
        menu->addAction(m_ui->actionCompareArtifacts);
    }
    menu->addAction(tr("Compare &With..."), this, [this, row] {
            compareRows({row}, true);
        })->setEnabled(m_model->rowCount() > 1);
    menu->addSeparator();
    menu->addActions(m_ui->scoreCardView->overrideActions());
    menu->popup(m_ui->runTable->viewport()->mapToGlobal(position));
}

// What a row's result offers, a candidate's or one of its attempts'.
void MainWindow::addResultActions(QMenu *menu, const CandidateResult &result)
{
    menu->addAction(tr("&Open Artifact"), this, [this, result] {
            if (!QDesktopServices::openUrl(QUrl::fromLocalFile(result.artifactFile)))
                showWarning(tr("Cannot open the artifact"),
                            tr("No application on this computer opens %1. It is shown in the "
                               "Artifact tab, and kept in the results folder.")
                                    .arg(QFileInfo(result.artifactFile).fileName()));
        })->setEnabled(result.hasArtifact() && QFileInfo::exists(result.artifactFile));
    menu->addAction(tr("Copy &Sandbox ID"), this, [this, result] {
            QGuiApplication::clipboard()->setText(result.sandboxId);
            statusBar()->showMessage(tr("Copied the sandbox ID %1.").arg(result.sandboxId), 5'000);
        })->setEnabled(!result.sandboxId.isEmpty());
    menu->addAction(tr("Show &Log"), this,
                    [this] { m_ui->detailTabs->setCurrentWidget(m_ui->logTab); });
}

// An attempt's row: its own artifact, sandbox and log. Cancelling, rerunning, scoring and
// comparing act on candidates, from their rows.
void MainWindow::showAttemptMenu(const CandidateResult &attempt, const QPoint &position)
{
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setToolTipsVisible(true);
    addResultActions(menu, attempt);
    menu->popup(m_ui->runTable->viewport()->mapToGlobal(position));
}

// The attempts a rerun replaced stay reachable from their row: their log and artifact, and
// their artifact against the current one in the comparison viewer.
void MainWindow::addAttemptActions(QMenu *menu, int row)
{
    const CandidateResult current = m_model->resultAt(row);
    const QList<CandidateResult> earlier = m_runs.isRunning()
            ? QList<CandidateResult>()
            : m_shownRun.attemptsBefore(current.candidateId);
    if (earlier.isEmpty())
        return;
    QMenu *attempts = menu->addMenu(tr("&Earlier Attempts"));
    attempts->setObjectName(QStringLiteral("earlierAttemptsMenu"));
    for (const CandidateResult &attempt : earlier) {
        const QString label
                = tr("Attempt %1: %2, %3")
                          .arg(attempt.attempt)
                          .arg(stateTitle(attempt.state), formatDuration(attempt.runtimeSeconds));
        attempts->addAction(tr("Show %1").arg(label), this,
                            [this, attempt] { showEarlierAttempt(attempt); });
        attempts->addAction(
                tr("Compare Attempt %1 with Attempt %2").arg(attempt.attempt).arg(current.attempt),
                this, [this, row, attempt] {
                    compareRows({row}, false);
                    m_compare->setSources(
                            {compareSourceOf(row),
                             {QStringLiteral("attempt/%1/%2")
                                      .arg(attempt.candidateId)
                                      .arg(attempt.attempt),
                              CompareSource::fromResult(attempt,
                                                        tr("attempt %1").arg(attempt.attempt))}});
                });
    }
}

// An attempt's log and artifact in the detail tabs, until another row is chosen.
void MainWindow::showAttempt(const CandidateResult &attempt)
{
    m_logRow = -1; // the log pane no longer shows a row's live log
    m_ui->logView->showLog(savedLog(attempt));
    showArtifact(attempt);
}

// An earlier attempt, from the row's menu: the row stays selected, so the status bar says what
// the panes show.
void MainWindow::showEarlierAttempt(const CandidateResult &attempt)
{
    showAttempt(attempt);
    statusBar()->showMessage(tr("Showing attempt %1 of %2; choose a row to see its latest attempt.")
                                     .arg(attempt.attempt)
                                     .arg(attempt.candidateId),
                             10'000);
}

CompareWindow *MainWindow::compareWindow() const
{
    return m_compare;
}

QList<int> MainWindow::selectedRows() const
{
    QList<int> viewRows;
    for (const QModelIndex &index : m_ui->runTable->selectionModel()->selectedRows()) {
        if (!index.parent().isValid()) // candidates: an attempt is not compared on its own
            viewRows.append(index.row());
    }
    std::sort(viewRows.begin(), viewRows.end()); // the order on screen, as sorted
    QList<int> rows;
    for (int viewRow : std::as_const(viewRows))
        rows.append(m_proxy->mapToSource(m_proxy->index(viewRow, 0)).row());
    return rows;
}

// One viewer at a time, reused: it follows the table's rows while they run and offers the
// table's other rows in its picker.
void MainWindow::compareRows(const QList<int> &rows, bool pickMore)
{
    if (rows.isEmpty() || rows.size() > CompareWindow::maxPanes)
        return;
    if (!m_compare) {
        m_compare = new CompareWindow(this);
        m_compare->setAttribute(Qt::WA_DeleteOnClose);
        m_compare->setOffer([this] {
            QList<ComparedSource> offered;
            for (int row = 0; row < m_model->rowCount(); ++row)
                offered.append(compareSourceOf(row));
            return offered;
        });
    }
    QList<ComparedSource> sources;
    for (int row : rows)
        sources.append(compareSourceOf(row));
    m_compare->setSources(sources);
    m_compare->show();
    m_compare->raise();
    m_compare->activateWindow();
    if (pickMore)
        m_compare->openPicker();
}

ComparedSource MainWindow::compareSourceOf(int row) const
{
    const CandidateResult result = m_model->resultAt(row);
    return {QString::number(m_compareRunKey) + QLatin1Char('/') + result.candidateId,
            CompareSource::fromResult(result)};
}

void MainWindow::forwardToComparison(int firstRow, int lastRow)
{
    if (!m_compare)
        return;
    for (int row = std::max(firstRow, 0); row <= lastRow && row < m_model->rowCount(); ++row)
        m_compare->updateSource(compareSourceOf(row));
}

void MainWindow::openResults()
{
    FileDialog::instance().existingFolder(
            this, tr("Open Results"), QFileInfo(m_shownFolder).path(),
            [this](const QString &folder) { openResultsFolder(folder); });
}

void MainWindow::openResultsFolder(const QString &folder, bool atStart)
{
    if (m_runs.isRunning()) {
        showWarning(tr("Open Results"), tr("Wait for the run to finish, or cancel it, first."));
        return;
    }
    auto *watcher = new QFutureWatcher<std::pair<RunRecord, QString>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, folder, atStart] {
        watcher->deleteLater();
        const auto [run, error] = watcher->result();
        // A run started while this one was read owns the table now.
        if (m_runs.isRunning() || (atStart && !m_shownRun.candidates.isEmpty()))
            return;
        if (!error.isEmpty()) {
            if (!atStart) // a last run that is gone is no news at start
                showOpenProblem(folder, error);
            return;
        }
        if (!atStart) // at start the objective box keeps what the person left in it
            showObjectiveOf(run); // before the run on screen changes: its objective is no draft
        m_shownRun = run;
        m_shownFolder = folder;
        m_shownScripts.clear();
        m_showingLiveRun = false;
        m_logRow = -1;
        ++m_compareRunKey;
        m_model->show(run);
        rememberResults(folder);
        updateTitle();
        updateRunAvailability();
        updateStatusBar();
        selectViewRow(0);
    });
    watcher->setFuture(QtConcurrent::run([folder] {
        QString error;
        RunRecord run = ResultStore::load(folder, &error);
        return std::pair{run, error};
    }));
}

// View > History: a dock, hidden until asked for; it reads the history only when shown.
void MainWindow::setupHistory()
{
    m_history = new HistoryPanel(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_history);
    m_history->hide();
    QAction *toggle = m_history->toggleViewAction();
    toggle->setText(tr("&History"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    toggle->setObjectName(QStringLiteral("actionHistory"));
    m_ui->menuView->insertAction(m_ui->actionShowSetupPanel, toggle);
    connect(m_history, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            showHistory();
    });
    connect(m_history, &HistoryPanel::openRequested, this,
            [this](const QString &folder) { openResultsFolder(folder); });
    connect(m_history, &HistoryPanel::compareRequested, this,
            [this](const QString &before, const QString &after) {
                auto *view = new RunChangesView(before, after, this);
                view->setAttribute(Qt::WA_DeleteOnClose);
                view->show();
            });
}

void MainWindow::showHistory()
{
    m_history->setFolders(m_runs.autosaveRoot(),
                          QSettings().value(QStringLiteral("history/folders")).toStringList());
    m_history->reload();
}

// File > Export: the run on screen, as saved, in the format the file's type names.
void MainWindow::exportResults()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
            + QLatin1Char('/') + QFileInfo(m_shownFolder).fileName();
    const QStringList filters{tr("HTML page (*.html)"), tr("CSV table (*.csv)"),
                              tr("Markdown report (*.md)"), tr("run.json (*.json)")};
    FileDialog::instance().saveFile(
            this, tr("Export Results"), base, filters,
            [this, folder = m_shownFolder](const QStringList &files) {
                const QString file = files.first();
                const auto format = RunExport::formatOfFile(file);
                if (!format) {
                    showWarning(tr("Cannot export"),
                                tr("Choose a file ending in .html, .csv, .md or .json."));
                    return;
                }
                auto *watcher = new QFutureWatcher<QString>(this);
                connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, file] {
                    watcher->deleteLater();
                    if (const QString error = watcher->result(); !error.isEmpty())
                        showWarning(tr("Cannot export"), error);
                    else
                        statusBar()->showMessage(tr("Exported to %1").arg(file), 10'000);
                });
                watcher->setFuture(
                        QtConcurrent::run(RunExport::writeExport, folder, *format, file));
            });
}

void MainWindow::saveResultsAs()
{
    // The user's own documents, where a copy is kept on purpose: not the autosave folder.
    FileDialog::instance().existingFolder(
            this, tr("Save Results As"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
            [this](const QString &folder) { saveResultsTo(folder); });
}

void MainWindow::saveResultsTo(QString folder)
{
    // A folder of other files gets the results in a new folder inside it, never replaced.
    if (!ResultStore::writableProblem(folder).isEmpty() && QFileInfo(folder).isDir())
        folder += QLatin1Char('/')
                + QFileInfo(m_shownFolder.isEmpty()
                                    ? ResultStore::defaultResultsDir(m_shownRun.startedAt)
                                    : m_shownFolder)
                          .fileName();
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, folder] {
        watcher->deleteLater();
        if (const QString error = watcher->result(); !error.isEmpty()) {
            showWarning(tr("The results could not be saved"),
                        tr("Nothing was lost: the results are still on screen. Choose another "
                           "folder, or make room, and save again."),
                        error);
            return;
        }
        m_infoBar->showMessage(InfoBar::Kind::Information, tr("Results saved to %1").arg(folder));
        rememberResults(folder);
    });
    watcher->setFuture(QtConcurrent::run(ResultStore::save, m_shownRun, folder));
}

// Opening a run shows its objective, for a rerun or a new run of it; text the person was
// writing and has not run is kept aside, one click from coming back.
void MainWindow::showObjectiveOf(const RunRecord &run)
{
    const QString draft = m_ui->objectiveEdit->toPlainText();
    m_ui->objectiveEdit->setPlainText(run.objective);
    if (!isUnrunDraft(draft, run))
        return;
    rememberObjective(draft); // in Recent objectives too, should the message be closed
    m_infoBar->showMessage(InfoBar::Kind::Information,
                           tr("The objective box shows the opened run's objective. The text you "
                              "were writing is kept in Recent objectives."),
                           draftTopic, tr("Restore My Text"),
                           [this, draft] { m_ui->objectiveEdit->setPlainText(draft); });
}

bool MainWindow::isUnrunDraft(const QString &text, const RunRecord &opened) const
{
    if (text.trimmed().isEmpty() || text == opened.objective || text == m_shownRun.objective
        || text == defaultObjective())
        return false;
    // An objective that was run is in the list already: nothing would be lost.
    return !QSettings().value(QStringLiteral("objective/recent")).toStringList().contains(text);
}

void MainWindow::rememberObjective(const QString &objective)
{
    QSettings settings;
    const QStringList recent = withRecent(
            settings.value(QStringLiteral("objective/recent")).toStringList(), objective);
    settings.setValue(QStringLiteral("objective/recent"), recent);
    QComboBox *combo = m_ui->recentObjectivesCombo;
    combo->clear();
    combo->addItem(tr("Recent objectives..."));
    for (const QString &text : recent)
        combo->addItem(text.simplified().left(80), text);
}

// How a past run is named in Recent Results: its objective, outcome and date, which a person
// recognises, rather than the folder's timestamp. Kept with the list, so the menu reads no
// results folder.
QString MainWindow::recentLabel(const RunRecord &run)
{
    QString objective = run.objective.section(QLatin1Char('\n'), 0, 0).trimmed();
    if (objective.size() > 50)
        objective = objective.left(49) + QChar(0x2026);
    QString outcome = tr("%1/%2 succeeded").arg(run.succeededCount()).arg(run.candidates.size());
    if (run.winner.exists())
        outcome = tr("%1, %2 won").arg(outcome, run.winner.candidateId);
    const QString when = QLocale().toString(run.startedAt.toLocalTime(), QLocale::ShortFormat);
    return tr("%1 (%2, %3)").arg(objective, outcome, when);
}

void MainWindow::rememberResults(const QString &folder)
{
    QSettings settings;
    const QStringList recent
            = withRecent(settings.value(QStringLiteral("results/recent")).toStringList(), folder);
    settings.setValue(QStringLiteral("results/recent"), recent);
    QVariantMap labels = settings.value(QStringLiteral("results/labels")).toMap();
    labels.insert(folder, recentLabel(m_shownRun));
    for (const QString &known : labels.keys()) {
        if (!recent.contains(known))
            labels.remove(known); // forgotten with the list
    }
    settings.setValue(QStringLiteral("results/labels"), labels);
    rebuildRecentResultsMenu();
    // The history lists the runs folder itself; a folder elsewhere is kept in the list.
    const QString clean = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    if (QFileInfo(clean).path() != QDir::cleanPath(m_runs.autosaveRoot())) {
        QStringList others = settings.value(QStringLiteral("history/folders")).toStringList();
        if (!others.contains(clean))
            settings.setValue(QStringLiteral("history/folders"), others << clean);
    }
    if (m_history->isVisible())
        showHistory();
}

void MainWindow::rebuildRecentResultsMenu()
{
    QMenu *menu = m_ui->menuRecentResults;
    menu->clear();
    const QSettings settings;
    const QStringList recent = settings.value(QStringLiteral("results/recent")).toStringList();
    const QVariantMap labels = settings.value(QStringLiteral("results/labels")).toMap();
    for (const QString &folder : recent) {
        QString label = labels.value(folder).toString();
        if (label.isEmpty())
            label = QFileInfo(folder).fileName(); // remembered before runs were named
        label.replace(QLatin1Char('&'), QStringLiteral("&&")); // not a mnemonic
        menu->addAction(label, this, [this, folder] {
                openResultsFolder(folder);
            })->setToolTip(folder);
    }
    menu->setEnabled(!recent.isEmpty());
}

void MainWindow::notifyFinished(const RunRecord &run)
{
    if (isActiveWindow() || !QSystemTrayIcon::isSystemTrayAvailable())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(windowIcon(), this);
        m_tray->show();
    }
    m_tray->showMessage(tr("Dream Foundry run finished"),
                        tr("%1 of %n candidate(s) succeeded.", nullptr, int(run.candidates.size()))
                                .arg(run.succeededCount()));
}

namespace {

void openMessageBox(QWidget *window, QMessageBox::Icon icon, const QString &title,
                    const QString &text, const QString &detail)
{
    // Window-modal and asynchronous: no nested event loop.
    auto *box = new QMessageBox(icon, title, text, QMessageBox::Ok, window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("messageBox"));
    box->setDetailedText(detail); // the raw words of the system, for whoever needs them
    box->open();
}

} // namespace

void MainWindow::showWarning(const QString &title, const QString &text, const QString &detail)
{
    openMessageBox(this, QMessageBox::Warning, title, text, detail);
}

void MainWindow::showInformation(const QString &title, const QString &text)
{
    openMessageBox(this, QMessageBox::Information, title, text, {});
}

// Why a folder did not open, in the words of someone who chose it; the store's own words go
// under Show Details.
void MainWindow::showOpenProblem(const QString &folder, const QString &error)
{
    QString text;
    if (!QFileInfo(folder).isDir())
        text = tr("The results folder %1 is no longer there.").arg(folder);
    else if (!QFileInfo::exists(folder + QStringLiteral("/run.json")))
        text = tr("This folder is not a Dream Foundry results folder: %1\nChoose the folder of "
                  "one run, the one that holds run.json.")
                       .arg(folder);
    else
        text = tr("The results in %1 could not be read. The folder may be damaged, or written "
                  "by a newer Dream Foundry.")
                       .arg(folder);
    showWarning(tr("Cannot open the results"), text, error);
}

const CandidateResult *MainWindow::selectedSavedResult() const
{
    const int row = selectedRow();
    if (row < 0 || m_runs.isRunning())
        return nullptr;
    const QString id = m_model->resultAt(row).candidateId;
    const auto found = std::ranges::find(m_shownRun.candidates, id, &CandidateResult::candidateId);
    return found == m_shownRun.candidates.cend() ? nullptr : &*found;
}

void MainWindow::updatePublishAvailability()
{
    const QString why = PublishDialog::unavailableReason(m_shownRun, m_shownFolder,
                                                         m_runs.isRunning(), selectedSavedResult());
    m_ui->actionPublishWinner->setEnabled(why.isEmpty());
    m_ui->actionPublishWinner->setToolTip(
            why.isEmpty() ? tr("Post the winner's artifact to the Discord webhook") : why);
}

void MainWindow::publishWinner()
{
    const QString candidate = PublishDialog::candidateToPublish(m_shownRun, selectedSavedResult());
    if (candidate.isEmpty() || m_runs.isRunning())
        return;
    auto *dialog = new PublishDialog(m_shownRun, m_shownFolder, candidate, &m_keychain, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The run on screen keeps what run.json now says, so a later save of it does not drop it.
    connect(dialog, &PublishDialog::published, this,
            [this, folder = m_shownFolder](const RunPublication &publication) {
                if (folder == m_shownFolder)
                    m_shownRun.published.append(publication);
            });
    dialog->open();
}

void MainWindow::showSettings()
{
    auto *dialog = new SettingsDialog(m_account, this, &m_keychain, &m_keychain);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, &MainWindow::reloadSecretNames);
    dialog->open();
}

// Why Daytona cannot be used, in the window's words: the key is set in Settings here, not with
// the command line's `dreamfoundry login`.
QString MainWindow::daytonaProblem() const
{
    const DaytonaConfig &config = m_runs.daytonaConfig();
    if (config.apiUrl.isValid() && config.apiKey.isEmpty())
        return tr("No Daytona API key is configured: add one in Settings > Daytona Settings..., "
                  "or set DAYTONA_API_KEY in the environment or in a .env file in the working "
                  "folder.");
    return config.problem();
}

bool MainWindow::scoresPending() const
{
    return m_runs.isScoring() || m_rescoring || m_scoresToSave;
}

// The warm sandboxes are deleted before the application quits: it stays up (windowless) until
// their deletes answered or timed out.
void MainWindow::drainWarmPoolBeforeQuitting()
{
    WarmPoolKeeper &keeper = m_warmPool->keeper();
    if (keeper.pool() || keeper.drainingCount() > 0) {
        QGuiApplication::setQuitOnLastWindowClosed(false);
        connect(&keeper, &WarmPoolKeeper::allDrained, qApp, &QCoreApplication::quit,
                Qt::QueuedConnection);
    }
    keeper.shutDown();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_runs.isRunning() && !scoresPending()) {
        event->accept();
        drainWarmPoolBeforeQuitting();
        return;
    }
    event->ignore();
    if (m_closeWhenSaved)
        return; // already cancelling, or waiting for the scores to be saved
    if (!m_runs.isRunning()) {
        // A re-score or a person's score change is being written: close once it is.
        m_closeWhenSaved = true;
        statusBar()->showMessage(tr("Saving the scores before closing..."));
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("A run is in progress"),
                                tr("Cancel the run, remove its sandboxes and quit? What finished "
                                   "is saved."),
                                QMessageBox::NoButton, this);
    // Verbs, not Yes/No: the person reads what each button does.
    QPushButton *quit = box->addButton(tr("Cancel Run and Quit"), QMessageBox::DestructiveRole);
    quit->setObjectName(QStringLiteral("cancelRunAndQuitButton"));
    box->setDefaultButton(box->addButton(tr("Keep Running"), QMessageBox::RejectRole));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("closeDuringRunBox"));
    connect(box, &QMessageBox::finished, this, [this, box, quit] {
        if (box->clickedButton() != quit)
            return;
        m_closeWhenSaved = true;
        if (m_runs.isRunning())
            m_runs.cancelAll(); // closes once the run is saved
        else
            close(); // it ended while the question was open
    });
    box->open();
}

void MainWindow::loadSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_ui->mainSplitter->restoreState(
            settings.value(QStringLiteral("window/mainSplitter")).toByteArray());
    m_ui->actionShowSetupPanel->setChecked(m_ui->mainSplitter->sizes().value(0) > 0);
    m_ui->resultsSplitter->restoreState(
            settings.value(QStringLiteral("window/resultsSplitter")).toByteArray());
    // A new key since the Reason column and the new column order: an older header state would
    // put its widths on the wrong columns.
    m_ui->runTable->header()->restoreState(
            settings.value(QStringLiteral("window/runTableColumns")).toByteArray());
    rememberColumnWidths();
    const QVariant scripts = settings.value(QStringLiteral("candidates/scripts"));
    // First start: the samples are already there to try.
    m_ui->candidateList->addScripts(scripts.isValid() ? scripts.toStringList()
                                                      : sampleCandidateScripts());
    m_ui->objectiveEdit->setPlainText(
            settings.value(QStringLiteral("objective/current"), defaultObjective()).toString());
    const QStringList recent = settings.value(QStringLiteral("objective/recent")).toStringList();
    m_ui->recentObjectivesCombo->addItem(tr("Recent objectives..."));
    for (const QString &text : recent)
        m_ui->recentObjectivesCombo->addItem(text.simplified().left(80), text);
    m_ui->backendCombo->setCurrentIndex(
            m_ui->backendCombo->findData(settings.value(QStringLiteral("run/backend"), 0).toInt()));
    m_ui->timeoutSpin->setValue(settings.value(QStringLiteral("run/timeout"), 300).toInt());
    m_ui->parallelSpin->setValue(settings.value(QStringLiteral("run/parallel"), 0).toInt());
    m_ui->networkCheck->setChecked(settings.value(QStringLiteral("run/network"), true).toBool());
    m_ui->scoringPanel->loadSettings();
    rebuildRecentResultsMenu();
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/mainSplitter"), m_ui->mainSplitter->saveState());
    settings.setValue(QStringLiteral("window/resultsSplitter"), m_ui->resultsSplitter->saveState());
    settings.setValue(QStringLiteral("window/runTableColumns"),
                      m_ui->runTable->header()->saveState());
    settings.setValue(QStringLiteral("candidates/scripts"), m_ui->candidateList->scripts());
    settings.setValue(QStringLiteral("objective/current"), m_ui->objectiveEdit->toPlainText());
    settings.setValue(QStringLiteral("run/backend"), m_ui->backendCombo->currentData().toInt());
    settings.setValue(QStringLiteral("run/timeout"), m_ui->timeoutSpin->value());
    settings.setValue(QStringLiteral("run/parallel"), m_ui->parallelSpin->value());
    settings.setValue(QStringLiteral("run/network"), m_ui->networkCheck->isChecked());
    m_ui->scoringPanel->saveSettings();
}

} // namespace DreamFoundry
