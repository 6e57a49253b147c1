#pragma once

#include "compare/comparejob.h"
#include "comparelayout.h"

#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

class QAction;
class QLabel;
class QMenu;
class QScrollBar;
class QSplitter;
class QToolButton;

namespace DreamFoundry {

class ComparePane;
class OverviewRuler;

// A pane's source and what names it across updates: the viewer follows a live candidate (a
// row still running, whose artifact arrives later) by this key. Comparing across runs is the
// same: keys from two runs, sources from either results folder.
struct ComparedSource
{
    QString key;
    CompareSource source;
};

// The comparison viewer (docs/architecture.md, "A view"): two to four candidates' artifacts
// side by side in aligned panes against one baseline, a thin overview ruler of where they
// differ, next / previous difference, "differences only", ignore white space and case, a
// rendered view for Markdown and pretty-printed JSON. A window of its own, never modal: the
// run goes on behind it, and a pane fills in when its candidate's artifact arrives.
//
// The diff runs through CompareJob on the thread pool; a change of sources or options drops
// the comparison under way. The comparison on screen stays until the next one is ready.
class CompareWindow final : public QWidget
{
    Q_OBJECT
public:
    static constexpr int maxPanes = AlignedRow::maxPanes;
    using Offer = std::function<QList<ComparedSource>()>;

    explicit CompareWindow(QWidget *parent = nullptr);
    ~CompareWindow() override;

    // The candidates to compare, the first as the baseline (at most maxPanes are taken).
    void setSources(const QList<ComparedSource> &sources);
    // The same, keyed by label: for sources that never change (the command line).
    void setSources(const QList<CompareSource> &sources);
    // News of a candidate (its state, its artifact): the pane showing it follows.
    void updateSource(const ComparedSource &source);
    // What the picker offers to add (called each time it opens).
    void setOffer(Offer offer) { m_offer = std::move(offer); }
    void openPicker();
    void addSource(const ComparedSource &source);
    void removePane(int pane);
    void setBaseline(int pane);
    // The toggles' states, as `dreamfoundry compare --window -w ...` asks.
    void setOptions(const CompareOptions &options);
    CompareOptions options() const;

    int paneCount() const { return int(m_sources.size()); }
    int baseline() const { return m_baseline; }
    ComparePane *pane(int index) const { return m_panes.value(index); }
    const Comparison *comparison() const { return m_layout.comparison(); }
    const CompareLayout &layout() const { return m_layout; }
    int currentRow() const { return m_currentRow; } // a display row
    QMenu *picker() const { return m_picker; }
    OverviewRuler *overviewRuler() const { return m_ruler; }
    bool isComparing() const { return m_job.isRunning() || m_restart.isActive(); }

    void nextDifference();
    void previousDifference();

Q_SIGNALS:
    // A comparison is on screen (the first, or after a change of sources or options).
    void comparisonShown();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setupActions();
    void setupLayout();
    QAction *addToggle(const QString &name, const QString &text, const QString &toolTip,
                       const QString &settingsKey, bool byDefault = false);
    void scheduleRestart();
    void restart();
    void rebuildPanes();
    void showSourcesOnly(const QString &note);
    void onCompared(std::shared_ptr<const Comparison> comparison);
    void relayout();
    void updateRuler();
    void updateScrollRange();
    void setCurrentRow(int displayRow, bool centre = false);
    void scrollTo(int firstRow);
    void syncRenderedScroll(int fromPane);
    void syncHorizontalScroll(int value);
    void rebuildPicker();
    void updateActions();
    void saveToggles() const;

    QList<ComparedSource> m_sources;
    int m_baseline = 0;
    CompareJob m_job;
    CompareLayout m_layout;
    QTimer m_restart; // coalesces a burst of changes into one comparison
    bool m_newSources = true; // the next comparison starts at the first difference
    int m_currentRow = 0;
    bool m_syncingRendered = false;
    bool m_syncingHorizontal = false;
    Offer m_offer;

    QList<ComparePane *> m_panes;
    QSplitter *m_splitter = nullptr;
    OverviewRuler *m_ruler = nullptr;
    QScrollBar *m_scrollBar = nullptr;
    QLabel *m_status = nullptr;
    QToolButton *m_addButton = nullptr;
    QMenu *m_picker = nullptr;
    QAction *m_previous = nullptr;
    QAction *m_next = nullptr;
    QAction *m_differencesOnly = nullptr;
    QAction *m_ignoreWhitespace = nullptr;
    QAction *m_ignoreCase = nullptr;
    QAction *m_ignoreLineEndings = nullptr;
    QAction *m_rendered = nullptr;
    QAction *m_prettyJson = nullptr;
    QAction *m_sortJsonKeys = nullptr;
};

} // namespace DreamFoundry
