#pragma once

#include "history/runhistory.h"

#include <QDockWidget>
#include <QFutureWatcher>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace DreamFoundry {

class HistoryChart;
class HistoryFilter;
class HistoryModel;

// View > History (docs/architecture.md, "History"): every past run, newest first, filtered by
// text, backend and date, with a chart of each candidate across the runs shown. Open a run
// into the table, compare two runs, or move runs to the trash. The list is loaded on the
// thread pool from the history index; the GUI thread only shows it.
class HistoryPanel final : public QDockWidget
{
    Q_OBJECT
public:
    explicit HistoryPanel(QWidget *parent = nullptr);

    // Where runs are saved and the results folders kept elsewhere; takes effect on reload().
    void setFolders(const QString &runsFolder, const QStringList &otherFolders);
    // Lists the runs again, off the GUI thread.
    void reload();
    bool isLoading() const { return m_loading.isRunning(); }

    HistoryModel &model() { return *m_model; }
    HistoryChart &chart() { return *m_chart; }
    // The folders of the selected runs, in the order shown.
    QStringList selectedFolders() const;

Q_SIGNALS:
    void openRequested(const QString &folder);
    void compareRequested(const QString &before, const QString &after);
    void loaded();

private:
    QWidget *makeFilters();
    QWidget *makeButtons();
    void onLoaded();
    void updateButtons();
    void updateChart();
    void applyFilters();
    void deleteSelected();
    void deleteForGood(const QStringList &folders);

    HistoryModel *m_model;
    HistoryFilter *m_filter;
    QTableView *m_table;
    HistoryChart *m_chart;
    QLineEdit *m_text;
    QComboBox *m_backend;
    QComboBox *m_since;
    QLabel *m_summary;
    QPushButton *m_open;
    QPushButton *m_compare;
    QPushButton *m_delete;
    QString m_runsFolder;
    QStringList m_otherFolders;
    QFutureWatcher<QList<HistoryEntry>> m_loading;
    bool m_reloadPending = false;
};

} // namespace DreamFoundry
