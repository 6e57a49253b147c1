#pragma once

#include "core/runrecord.h"
#include "credentials/keychaincredentialstore.h"
#include "pipeline/runpipeline.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QScrollArea;
class QSystemTrayIcon;

namespace Ui {
class MainWindow;
}

namespace DreamFoundry {

class RunTableModel;
class CandidateSecrets;
class RunEnvironmentPanel;
class WarmPoolPanel;
class RunFilterProxy;
class InfoBar;
class DaytonaAccount;
struct WindowState;
class CompareWindow;
struct ComparedSource;
class HistoryPanel;

// The desktop experience: pick candidates, type an objective, press Run, watch every sandbox
// live, then keep, open and save the results.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    RunPipeline &runPipeline() { return m_runs; }
    DaytonaAccount &daytonaAccount() { return *m_account; }
    RunTableModel &runTableModel() { return *m_model; }
    // The message above the table: long news, problems and what to do about them.
    InfoBar &infoBar() { return *m_infoBar; }
    // The comparison viewer, while it is open.
    CompareWindow *compareWindow() const;
    // The results on screen: the last run (autosaved) or the folder opened.
    const RunRecord &shownRun() const { return m_shownRun; }
    QString shownFolder() const { return m_shownFolder; }

    // From the command line: these candidates and this backend instead of the remembered ones.
    void useCandidates(const QStringList &scripts);
    void useBackend(BackendChoice backend);

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setupActions();
    void setupTable();
    void setupResultsArea();
    void setupSetupPanel();
    void setupLayout();
    void setupHistory();
    void showHistory();
    void exportResults();
    void rememberColumnWidths();
    void fitColumnsToTable();
    bool handleTableKey(QEvent *event);
    void showContextMenuOfCurrentRow();
    void setupTabOrder();
    void showHelp();
    void loadSettings();
    void saveSettings() const;

    RunSettings settingsFromWidgets() const;
    // Every action and control, enabled or not with its tooltip, from one rule
    // (windowAvailability()).
    void updateRunAvailability();
    WindowState windowState() const;
    void updateBackendStatus();
    void updateWarmPool();
    void drainWarmPoolBeforeQuitting();
    void updateDaytonaKeyBar(bool needsKey);
    void onRunWarning(int row, const QString &message);
    void updateStatusBar();
    void updateTitle();

    void addCandidates();
    void startRun();
    void rerunRows(const QList<int> &rows);
    void askWhichObjective(const QList<int> &rows);
    void runRefused(const QString &title, const QString &error);
    void rerunInPlace(const QList<int> &rows);
    void runAsNewRun(const QList<int> &rows);
    QString scriptToRerun(int row) const;
    void addResultActions(QMenu *menu, const CandidateResult &result);
    void addAttemptActions(QMenu *menu, int row);
    void showAttemptMenu(const CandidateResult &attempt, const QPoint &position);
    void showAttempt(const CandidateResult &attempt);
    void showEarlierAttempt(const CandidateResult &attempt);
    void rerunFailed();
    void onRunStarted(const QStringList &candidateIds);
    void onRunFinished(const RunRecord &run, const QString &folder, const QString &error);

    int selectedRow() const;
    std::optional<CandidateResult> selectedAttempt() const;
    void selectViewRow(int viewRow);
    QList<int> expandedRows() const;
    void onSelectionChanged();
    void showAttemptRow(const CandidateResult &attempt);
    void onAttemptsChanged(int row);
    void showLogOf(int row);
    void showArtifact(const CandidateResult &result);
    void showScoreOf(int row);
    void setupScoring();
    void changeScores(const std::function<bool(RunRecord &)> &change);
    void onRescored(const RunRecord &run, const QString &folder, const QString &error);
    // A re-score or a person's score change is being saved, or waits to be.
    bool scoresPending() const;
    QString daytonaProblem() const;
    void showContextMenu(const QPoint &position);

    QList<int> selectedRows() const;
    void compareRows(const QList<int> &rows, bool pickMore);
    ComparedSource compareSourceOf(int row) const;
    void forwardToComparison(int firstRow, int lastRow);

    void openResults();
    // `atStart`: the last run, shown again when the window opens (quietly, objective kept).
    void openResultsFolder(const QString &folder, bool atStart = false);
    void saveResultsAs();
    void saveResultsTo(QString folder);
    void showObjectiveOf(const RunRecord &run);
    bool isUnrunDraft(const QString &text, const RunRecord &opened) const;
    void rememberObjective(const QString &objective);
    void rememberResults(const QString &folder);
    static QString recentLabel(const RunRecord &run);
    void rebuildRecentResultsMenu();
    void notifyFinished(const RunRecord &run);
    // Window-modal message boxes: showWarning() for what failed or was refused (with the raw
    // error, if any, under Show Details), showInformation() for the rest.
    void showWarning(const QString &title, const QString &text, const QString &detail = {});
    void showInformation(const QString &title, const QString &text);
    void showOpenProblem(const QString &folder, const QString &error);
    void showSettings();
    // Candidate secrets (docs/architecture.md, "Candidate secrets and environment").
    void reloadSecretNames();
    void readSecretsThen(const RunSettings &settings, const QString &refusalTitle,
                         std::function<void(const SecretValues &)> start);
    // Run > Publish Winner... (docs/architecture.md, "Publishing to Discord").
    const CandidateResult *selectedSavedResult() const;
    void updatePublishAvailability();
    void publishWinner();

    std::unique_ptr<Ui::MainWindow> m_ui;
    RunPipeline m_runs;
    KeychainCredentialStore m_keychain;
    CandidateSecrets *m_candidateSecrets = nullptr;
    RunEnvironmentPanel *m_environmentPanel = nullptr;
    bool m_readingSecrets = false; // a run waits for its secrets from the keychain
    DaytonaAccount *m_account = nullptr;
    WarmPoolPanel *m_warmPool = nullptr;
    RunTableModel *m_model = nullptr;
    RunFilterProxy *m_proxy = nullptr;
    InfoBar *m_infoBar = nullptr;
    QComboBox *m_filterCombo = nullptr;
    QScrollArea *m_setupScroll = nullptr;
    bool m_daytonaKeyBarShown = false; // said once per time the key goes missing
    QList<int> m_columnWidths; // given by default or by the person, but the stretched last
    bool m_fittingColumns = false; // the widths change to fit, not by the person's hand
    QLabel *m_statusLabel = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QTimer m_statusTimer;
    QElapsedTimer m_runClock;
    RunRecord m_shownRun;
    QString m_shownFolder;
    QStringList m_shownScripts; // the scripts of the run on screen, for reruns
    bool m_closeWhenSaved = false;
    bool m_startAnnounced = false; // the pipeline named the rows of the run being started
    bool m_rescoring = false; // a re-score of the run on screen is under way
    bool m_scoresToSave = false; // a person changed scores while the last change was saved
    int m_logRow = -1; // the row whose log the log view shows
    // The state of the attempt the panes show, when an attempt's row is selected.
    std::optional<CandidateState> m_shownAttemptState;
    bool m_showingLiveRun = false; // the table shows the run the controller ran last
    QPointer<CompareWindow> m_compare;
    HistoryPanel *m_history = nullptr;
    // Which run the table shows, for the viewer to tell a candidate's news from another run's
    // candidate of the same name: changes when another run is shown, not when one is saved.
    int m_compareRunKey = 0;
};

} // namespace DreamFoundry
