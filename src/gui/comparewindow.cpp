#include "comparewindow.h"

#include "comparepane.h"
#include "difftextview.h"
#include "overviewruler.h"
#include "safemarkdownview.h"

#include <QAction>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace DreamFoundry {

namespace {

// The colour of a difference on the ruler: what its first row does in the panes.
LineChange blockChange(const Comparison &comparison, const DiffBlock &block)
{
    const AlignedRow &row = comparison.row(block.firstRow);
    LineChange found = LineChange::Removed;
    for (int pane = 0; pane < comparison.paneCount(); ++pane) {
        if (pane == comparison.baseline())
            continue;
        if (row.change[size_t(pane)] == LineChange::Changed)
            return LineChange::Changed;
        if (row.change[size_t(pane)] == LineChange::Added)
            found = LineChange::Added;
    }
    return found;
}

} // namespace

CompareWindow::CompareWindow(QWidget *parent) : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("compareWindow"));
    setWindowTitle(tr("Compare Artifacts"));
    resize(1200, 750);
    m_restart.setSingleShot(true);
    m_restart.setInterval(0);
    connect(&m_restart, &QTimer::timeout, this, &CompareWindow::restart);
    connect(&m_job, &CompareJob::finished, this, &CompareWindow::onCompared);
    setupActions();
    setupLayout();
    m_layout.setDifferencesOnly(m_differencesOnly->isChecked());
}

CompareWindow::~CompareWindow()
{
    saveToggles();
}

QAction *CompareWindow::addToggle(const QString &name, const QString &text, const QString &toolTip,
                                  const QString &settingsKey, bool byDefault)
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    action->setCheckable(true);
    action->setToolTip(toolTip);
    action->setChecked(QSettings().value(settingsKey, byDefault).toBool());
    action->setProperty("settingsKey", settingsKey);
    addAction(action);
    return action;
}

void CompareWindow::setupActions()
{
    m_previous = new QAction(tr("&Previous Difference"), this);
    m_previous->setObjectName(QStringLiteral("actionPreviousDifference"));
    m_previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_previous->setIconText(tr("Previous"));
    m_previous->setToolTip(tr("Previous difference (Alt+Up)"));
    connect(m_previous, &QAction::triggered, this, &CompareWindow::previousDifference);
    m_next = new QAction(tr("&Next Difference"), this);
    m_next->setObjectName(QStringLiteral("actionNextDifference"));
    m_next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    m_next->setIconText(tr("Next"));
    m_next->setToolTip(tr("Next difference (Alt+Down)"));
    connect(m_next, &QAction::triggered, this, &CompareWindow::nextDifference);
    addActions({m_previous, m_next});

    m_differencesOnly = addToggle(QStringLiteral("actionDifferencesOnly"), tr("&Differences Only"),
                                  tr("Fold the unchanged lines, keeping 3 around each difference"),
                                  QStringLiteral("compare/differencesOnly"));
    connect(m_differencesOnly, &QAction::toggled, this, [this](bool on) {
        const int row = m_layout.displayRow(m_currentRow).row;
        m_layout.setDifferencesOnly(on);
        relayout();
        setCurrentRow(m_layout.displayRowOf(std::max(row, 0)), true);
    });
    m_ignoreWhitespace
            = addToggle(QStringLiteral("actionIgnoreWhitespace"), tr("Ignore &White Space"),
                        tr("Lines that differ only in white space count as equal"),
                        QStringLiteral("compare/ignoreWhitespace"));
    m_ignoreCase = addToggle(QStringLiteral("actionIgnoreCase"), tr("Ignore &Case"),
                             tr("Lines that differ only in upper and lower case count as equal"),
                             QStringLiteral("compare/ignoreCase"));
    m_ignoreLineEndings
            = addToggle(QStringLiteral("actionIgnoreLineEndings"), tr("Ignore Line &Endings"),
                        tr("Lines ending in CR LF and in LF count as equal"),
                        QStringLiteral("compare/ignoreLineEndings"), true);
    m_prettyJson = addToggle(QStringLiteral("actionPrettyJson"), tr("Pretty-Print &JSON"),
                             tr("Indent JSON artifacts the same way before comparing them"),
                             QStringLiteral("compare/prettyJson"));
    m_sortJsonKeys = addToggle(QStringLiteral("actionSortJsonKeys"), tr("&Sort JSON Keys"),
                               tr("Sort the keys of every JSON object when pretty-printing"),
                               QStringLiteral("compare/sortJsonKeys"));
    // Short faces on the toolbar, which has room for them all; the full names in tooltips.
    m_ignoreWhitespace->setIconText(tr("White Space"));
    m_ignoreCase->setIconText(tr("Case"));
    m_ignoreLineEndings->setIconText(tr("Line Endings"));
    m_prettyJson->setIconText(tr("Pretty JSON"));
    m_sortJsonKeys->setIconText(tr("Sort Keys"));
    for (QAction *option :
         {m_ignoreWhitespace, m_ignoreCase, m_ignoreLineEndings, m_prettyJson, m_sortJsonKeys})
        connect(option, &QAction::toggled, this, &CompareWindow::scheduleRestart);
    connect(m_prettyJson, &QAction::toggled, this, &CompareWindow::updateActions);
    m_rendered = addToggle(QStringLiteral("actionRenderedView"), tr("&Rendered"),
                           tr("Show Markdown artifacts rendered instead of as source"),
                           QStringLiteral("compare/rendered"));
    connect(m_rendered, &QAction::toggled, this, [this] {
        if (const Comparison *comparison = m_layout.comparison()) {
            for (ComparePane *pane : std::as_const(m_panes))
                pane->showComparison(*comparison, m_rendered->isChecked());
        }
    });

    auto *close = new QAction(tr("&Close"), this);
    close->setShortcuts({QKeySequence::Close, QKeySequence(Qt::Key_Escape)});
    connect(close, &QAction::triggered, this, &QWidget::close);
    addAction(close);
}

void CompareWindow::setupLayout()
{
    auto *toolBar = new QToolBar(this);
    toolBar->setObjectName(QStringLiteral("compareToolBar"));
    toolBar->addActions({m_previous, m_next});
    toolBar->addSeparator();
    toolBar->addAction(m_differencesOnly);
    toolBar->addSeparator();
    toolBar->addWidget(new QLabel(tr("Ignore:"), toolBar));
    toolBar->addActions({m_ignoreWhitespace, m_ignoreCase, m_ignoreLineEndings});
    toolBar->addSeparator();
    toolBar->addActions({m_rendered, m_prettyJson, m_sortJsonKeys});
    toolBar->addSeparator();
    m_picker = new QMenu(this);
    m_picker->setObjectName(QStringLiteral("comparePicker"));
    m_addButton = new QToolButton(toolBar);
    m_addButton->setObjectName(QStringLiteral("addCandidateButton"));
    m_addButton->setText(tr("&Add..."));
    m_addButton->setToolTip(tr("Add another candidate to the comparison"));
    // Popped up, not the button's own menu: that one runs a nested event loop.
    connect(m_addButton, &QToolButton::clicked, this, &CompareWindow::openPicker);
    toolBar->addWidget(m_addButton);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("compareStatusLabel"));
    m_status->setContentsMargins(12, 0, 0, 0);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setChildrenCollapsible(false);
    m_ruler = new OverviewRuler(this);
    m_ruler->setObjectName(QStringLiteral("overviewRuler"));
    connect(m_ruler, &OverviewRuler::rowRequested, this,
            [this](int row) { setCurrentRow(row, true); });
    m_scrollBar = new QScrollBar(Qt::Vertical, this);
    m_scrollBar->setObjectName(QStringLiteral("compareScrollBar"));
    connect(m_scrollBar, &QScrollBar::valueChanged, this, &CompareWindow::scrollTo);

    auto *body = new QHBoxLayout;
    body->setSpacing(2);
    body->addWidget(m_splitter, 1);
    body->addWidget(m_ruler);
    body->addWidget(m_scrollBar);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 4);
    auto *top = new QHBoxLayout;
    top->addWidget(toolBar);
    top->addStretch(1);
    top->addWidget(m_status);
    layout->addLayout(top);
    layout->addLayout(body, 1);
    updateActions();
}

CompareOptions CompareWindow::options() const
{
    CompareOptions options;
    options.ignoreWhitespace = m_ignoreWhitespace->isChecked();
    options.ignoreCase = m_ignoreCase->isChecked();
    options.ignoreLineEndings = m_ignoreLineEndings->isChecked();
    options.prettyJson = m_prettyJson->isChecked();
    options.sortJsonKeys = m_prettyJson->isChecked() && m_sortJsonKeys->isChecked();
    return options;
}

void CompareWindow::setOptions(const CompareOptions &options)
{
    m_ignoreWhitespace->setChecked(options.ignoreWhitespace);
    m_ignoreCase->setChecked(options.ignoreCase);
    m_ignoreLineEndings->setChecked(options.ignoreLineEndings);
    m_prettyJson->setChecked(options.prettyJson);
    m_sortJsonKeys->setChecked(options.sortJsonKeys);
}

void CompareWindow::setSources(const QList<ComparedSource> &sources)
{
    m_sources = sources.mid(0, maxPanes);
    m_baseline = 0;
    m_newSources = true;
    rebuildPanes();
    scheduleRestart();
}

void CompareWindow::setSources(const QList<CompareSource> &sources)
{
    QList<ComparedSource> keyed;
    for (const CompareSource &source : sources)
        keyed.append({source.label, source});
    setSources(keyed);
}

void CompareWindow::updateSource(const ComparedSource &source)
{
    for (ComparedSource &shown : m_sources) {
        if (shown.key == source.key && shown.source != source.source) {
            shown.source = source.source;
            scheduleRestart();
        }
    }
}

void CompareWindow::addSource(const ComparedSource &source)
{
    if (m_sources.size() >= maxPanes)
        return;
    m_sources.append(source);
    rebuildPanes();
    scheduleRestart();
}

void CompareWindow::removePane(int pane)
{
    if (pane < 0 || pane >= m_sources.size())
        return;
    m_sources.removeAt(pane);
    if (m_baseline == pane)
        m_baseline = 0;
    else if (m_baseline > pane)
        --m_baseline;
    rebuildPanes();
    scheduleRestart();
}

void CompareWindow::setBaseline(int pane)
{
    if (pane < 0 || pane >= m_sources.size() || pane == m_baseline)
        return;
    m_baseline = pane;
    scheduleRestart();
}

void CompareWindow::scheduleRestart()
{
    m_restart.start();
    m_status->setText(tr("Comparing..."));
}

void CompareWindow::restart()
{
    QStringList labels;
    for (const ComparedSource &source : std::as_const(m_sources))
        labels.append(source.source.label);
    setWindowTitle(tr("Compare: %1").arg(labels.join(QStringLiteral(", "))));
    if (m_sources.size() < 2) {
        m_job.cancel();
        showSourcesOnly(tr("Add a candidate to compare with."));
        m_status->setText(tr("Add a candidate to compare with."));
        return;
    }
    QList<CompareSource> sources;
    for (const ComparedSource &source : std::as_const(m_sources))
        sources.append(source.source);
    m_job.start(sources, m_baseline, options());
}

// New panes for a new set of candidates; until their comparison arrives they say who they are.
void CompareWindow::rebuildPanes()
{
    m_job.cancel();
    m_layout.setComparison(nullptr);
    // Later: a pane may be asking for its own removal, from inside its button's signal.
    for (ComparePane *pane : std::as_const(m_panes)) {
        pane->hide();
        pane->deleteLater();
    }
    m_panes.clear();
    for (int index = 0; index < m_sources.size(); ++index) {
        auto *pane = new ComparePane(&m_layout, index, m_splitter);
        pane->setObjectName(QStringLiteral("comparePane%1").arg(index));
        connect(pane, &ComparePane::baselineRequested, this, &CompareWindow::setBaseline);
        connect(pane, &ComparePane::removeRequested, this, &CompareWindow::removePane);
        DiffTextView *text = pane->textView();
        connect(text->verticalScrollBar(), &QScrollBar::valueChanged, m_scrollBar,
                &QScrollBar::setValue);
        connect(text->horizontalScrollBar(), &QScrollBar::valueChanged, this,
                [this](int value) { syncHorizontalScroll(value); });
        connect(text, &DiffTextView::rowsShownChanged, this, &CompareWindow::updateScrollRange);
        connect(text, &DiffTextView::currentRowRequested, this,
                [this](int row) { setCurrentRow(row); });
        connect(text, &DiffTextView::foldExpansionRequested, this, [this](int row) {
            if (m_layout.expand(row)) {
                relayout();
                setCurrentRow(row);
            }
        });
        connect(pane->renderedView()->verticalScrollBar(), &QScrollBar::valueChanged, this,
                [this, index] { syncRenderedScroll(index); });
        m_splitter->addWidget(pane);
        m_panes.append(pane);
    }
    showSourcesOnly(tr("Comparing..."));
    relayout();
    updateActions();
}

void CompareWindow::showSourcesOnly(const QString &note)
{
    for (int index = 0; index < m_panes.size(); ++index)
        m_panes[index]->showSource(m_sources[index].source, index == m_baseline, note);
}

namespace {

// Where a row of the previous comparison of the same panes is in the next: at the same line of
// the first pane that has one there (its rows are renumbered when options change).
int carriedRow(const Comparison &before, int row, const Comparison &after)
{
    row = std::clamp(row, 0, std::max(0, before.rowCount() - 1));
    for (int pane = 0; pane < before.paneCount() && row < before.rowCount(); ++pane) {
        const int line = before.row(row).line[size_t(pane)];
        if (line >= 0 && after.rowOfLine(pane, line) >= 0)
            return after.rowOfLine(pane, line);
    }
    return std::min(row, std::max(0, after.rowCount() - 1));
}

} // namespace

void CompareWindow::onCompared(std::shared_ptr<const Comparison> comparison)
{
    if (!comparison || comparison->paneCount() != m_panes.size())
        return; // dropped by a newer change
    // The same panes again (options, a live candidate's news): the view stays where it was.
    const std::shared_ptr<const Comparison> before
            = m_newSources ? nullptr : m_layout.comparisonPointer();
    const int currentRow = m_layout.displayRow(m_currentRow).row;
    const int topRow = m_layout.displayRow(m_scrollBar->value()).row;
    m_layout.setComparison(comparison);
    for (ComparePane *pane : std::as_const(m_panes))
        pane->showComparison(*comparison, m_rendered->isChecked());
    relayout();
    const QList<DiffBlock> &blocks = comparison->blocks();
    if (before) {
        setCurrentRow(m_layout.displayRowOf(carriedRow(*before, currentRow, *comparison)));
        m_scrollBar->setValue(m_layout.displayRowOf(carriedRow(*before, topRow, *comparison)));
    } else {
        setCurrentRow(blocks.isEmpty() ? 0 : m_layout.displayRowOf(blocks.first().firstRow), true);
    }
    m_newSources = false;
    m_status->setText(comparison->allIdentical()
                              ? tr("Identical")
                              : tr("%n difference(s)", nullptr, int(blocks.size())));
    updateActions();
    Q_EMIT comparisonShown();
}

void CompareWindow::relayout()
{
    for (ComparePane *pane : std::as_const(m_panes))
        pane->textView()->layoutChanged();
    updateScrollRange();
    updateRuler();
}

void CompareWindow::updateRuler()
{
    QList<OverviewRuler::Mark> marks;
    if (const Comparison *comparison = m_layout.comparison()) {
        for (const DiffBlock &block : comparison->blocks()) {
            const int first = m_layout.displayRowOf(block.firstRow);
            const int last = m_layout.displayRowOf(block.firstRow + block.rowCount - 1);
            marks.append({first, last - first + 1,
                          changeColour(blockChange(*comparison, block), palette(), true)});
        }
    }
    m_ruler->setMarks(marks, m_layout.displayRowCount());
}

void CompareWindow::updateScrollRange()
{
    int visible = std::numeric_limits<int>::max();
    for (ComparePane *pane : std::as_const(m_panes))
        visible = std::min(visible, pane->textView()->visibleRowCount());
    if (m_panes.isEmpty())
        visible = 1;
    m_scrollBar->setPageStep(visible);
    m_scrollBar->setRange(0, std::max(0, m_layout.displayRowCount() - visible));
    m_ruler->setVisibleRows(m_scrollBar->value(), visible);
}

void CompareWindow::scrollTo(int firstRow)
{
    for (ComparePane *pane : std::as_const(m_panes))
        pane->textView()->verticalScrollBar()->setValue(firstRow);
    m_ruler->setVisibleRows(firstRow, m_scrollBar->pageStep());
}

// The current row is the same in every pane; moving it scrolls only as much as needed, or
// (for a difference stepped to) puts it a quarter down the view, with context above.
void CompareWindow::setCurrentRow(int displayRow, bool centre)
{
    const int count = m_layout.displayRowCount();
    m_currentRow = std::clamp(displayRow, 0, std::max(0, count - 1));
    for (ComparePane *pane : std::as_const(m_panes))
        pane->textView()->setCurrentRow(m_currentRow);
    const int first = m_scrollBar->value();
    const int visible = m_scrollBar->pageStep();
    if (centre && (m_currentRow < first || m_currentRow >= first + visible))
        m_scrollBar->setValue(m_currentRow - visible / 4);
    else if (m_currentRow < first)
        m_scrollBar->setValue(m_currentRow);
    else if (m_currentRow >= first + visible)
        m_scrollBar->setValue(m_currentRow - visible + 1);
}

void CompareWindow::nextDifference()
{
    const Comparison *comparison = m_layout.comparison();
    if (!comparison)
        return;
    const int row = comparison->nextBlockRow(m_layout.displayRow(m_currentRow).row);
    if (row >= 0)
        setCurrentRow(m_layout.displayRowOf(row), true);
}

void CompareWindow::previousDifference()
{
    const Comparison *comparison = m_layout.comparison();
    if (!comparison)
        return;
    const int row = comparison->previousBlockRow(m_layout.displayRow(m_currentRow).row);
    if (row >= 0)
        setCurrentRow(m_layout.displayRowOf(row), true);
}

// Long lines scroll sideways in step too, each pane as far as its own lines go.
void CompareWindow::syncHorizontalScroll(int value)
{
    if (m_syncingHorizontal)
        return;
    m_syncingHorizontal = true;
    for (ComparePane *pane : std::as_const(m_panes))
        pane->textView()->horizontalScrollBar()->setValue(value);
    m_syncingHorizontal = false;
}

// Rendered Markdown has no aligned rows: its panes scroll in proportion.
void CompareWindow::syncRenderedScroll(int fromPane)
{
    if (m_syncingRendered)
        return;
    m_syncingRendered = true;
    const QScrollBar *from = m_panes[fromPane]->renderedView()->verticalScrollBar();
    const double fraction = from->maximum() > 0 ? double(from->value()) / from->maximum() : 0;
    for (ComparePane *pane : std::as_const(m_panes)) {
        if (pane->pane() == fromPane || !pane->isShowingRendered())
            continue;
        QScrollBar *to = pane->renderedView()->verticalScrollBar();
        to->setValue(int(fraction * to->maximum() + 0.5));
    }
    m_syncingRendered = false;
}

void CompareWindow::openPicker()
{
    rebuildPicker();
    m_picker->popup(m_addButton->mapToGlobal(QPoint(0, m_addButton->height())));
}

void CompareWindow::rebuildPicker()
{
    m_picker->clear();
    const QList<ComparedSource> offered = m_offer ? m_offer() : QList<ComparedSource>();
    for (const ComparedSource &source : offered) {
        const bool shown
                = std::any_of(m_sources.cbegin(), m_sources.cend(),
                              [&](const ComparedSource &s) { return s.key == source.key; });
        if (shown)
            continue;
        QAction *add = m_picker->addAction(source.source.label, this,
                                           [this, source] { addSource(source); });
        add->setEnabled(m_sources.size() < maxPanes);
    }
    if (m_picker->isEmpty())
        m_picker->addAction(tr("No other candidates to add"))->setEnabled(false);
}

void CompareWindow::updateActions()
{
    const Comparison *comparison = m_layout.comparison();
    const bool differs = comparison && !comparison->blocks().isEmpty();
    m_previous->setEnabled(differs);
    m_next->setEnabled(differs);
    bool markdown = false;
    bool json = false;
    for (int pane = 0; comparison && pane < comparison->paneCount(); ++pane) {
        markdown = markdown || comparison->text(pane).isMarkdown();
        json = json || comparison->text(pane).isJson();
    }
    m_rendered->setEnabled(markdown);
    m_prettyJson->setEnabled(json || m_prettyJson->isChecked());
    m_sortJsonKeys->setEnabled(m_prettyJson->isChecked());
    m_addButton->setEnabled(m_sources.size() < maxPanes);
    for (ComparePane *pane : std::as_const(m_panes))
        pane->setRemovable(m_panes.size() > 1);
}

void CompareWindow::saveToggles() const
{
    QSettings settings;
    for (const QAction *toggle : {m_differencesOnly, m_ignoreWhitespace, m_ignoreCase, m_rendered,
                                  m_prettyJson, m_sortJsonKeys})
        settings.setValue(toggle->property("settingsKey").toString(), toggle->isChecked());
}

void CompareWindow::closeEvent(QCloseEvent *event)
{
    m_job.cancel();
    QWidget::closeEvent(event);
}

} // namespace DreamFoundry
