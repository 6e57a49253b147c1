#pragma once

#include "core/runrecord.h"

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace DreamFoundry {

// Two runs side by side at the level of the run (docs/architecture.md, "History"): each
// candidate's state, score and artifact hash in the earlier and the later run, the changed
// ones first; "Compare Artifacts" opens the comparison viewer on one candidate's artifact in
// both runs. A window of its own, never modal; both runs are read off the GUI thread.
class RunChangesView final : public QWidget
{
    Q_OBJECT
public:
    RunChangesView(const QString &before, const QString &after, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    bool isLoading() const { return m_loading.isRunning(); }

Q_SIGNALS:
    void loaded();

private:
    struct Runs
    {
        RunRecord before, after;
        QString error;
    };

    void onLoaded();
    void compareSelected();

    QString m_beforeFolder, m_afterFolder;
    Runs m_runs;
    QLabel *m_heading;
    QTreeWidget *m_list;
    QPushButton *m_compare;
    QFutureWatcher<Runs> m_loading;
};

} // namespace DreamFoundry
