// The real MainWindow on the offscreen platform, driven through its actions and widgets.
#include "gui/filedialog.h"
#include "gui/logview.h"
#include "gui/mainwindow.h"
#include "gui/runtablemodel.h"
#include "gui/scorecardview.h"
#include "gui/scoringpanel.h"
#include "gui/settingsdialog.h"
#include "results/resultstore.h"
#include "runner/orchestrator.h"
#include "runner/sandboxcgroup.h"
#include "testcandidates.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace DreamFoundry;
using Test::CandidateScripts;

namespace {

// Answers the window's file dialogs as a person would, from a queue.
class AnsweringFileDialog final : public FileDialog
{
public:
    QStringList files;
    QString folder;
    QString startedIn; // the folder the last dialog opened in

    // A person who cancels chooses nothing: the callback is not called, as with the real one.
    void openFiles(QWidget *, const QString &, const QString &, const QString &,
                   FilesChosen chosen) override
    {
        if (!files.isEmpty())
            chosen(files);
    }
    void existingFolder(QWidget *, const QString &, const QString &dir,
                        FolderChosen chosen) override
    {
        startedIn = dir;
        if (!folder.isEmpty())
            chosen(folder);
    }
};

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private:
    template<typename T> T *find(const char *name) const
    {
        T *child = m_window->findChild<T *>(QLatin1StringView(name));
        if (!child)
            qFatal("no widget or action named %s", name);
        return child;
    }

    int rowOf(const QString &candidateId) const
    {
        RunTableModel &model = m_window->runTableModel();
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.resultAt(row).candidateId == candidateId)
                return row;
        }
        return -1;
    }

    QMenu *visibleMenu() const
    {
        for (QMenu *menu : m_window->findChildren<QMenu *>()) {
            if (menu->isVisible())
                return menu;
        }
        return nullptr;
    }

    std::unique_ptr<MainWindow> m_window;
    AnsweringFileDialog m_dialogs;
    CandidateScripts m_scripts;
    QTemporaryDir m_autosave;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        FileDialog::setInstance(&m_dialogs);
    }

    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->runPipeline().setAutosaveRoot(m_autosave.path());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        QSettings().clear();
    }

    // Like the isolation, how memory and processes are limited is shown where the backend is
    // chosen: per sandbox where the app may make control groups, else per process.
    void backendStatusSaysHowLimitsApply()
    {
        auto *label = find<QLabel>("backendStatusLabel");
        QTRY_VERIFY(label->text().contains(QStringLiteral("bubblewrap")));
        QVERIFY2(label->text().contains(SandboxCgroup::available()
                                                ? QStringLiteral("per sandbox (cgroup)")
                                                : QStringLiteral("per process only")),
                 qPrintable(label->text()));
    }

    void runIsDisabledUntilThereIsSomethingToRun()
    {
        auto *list = find<QListWidget>("candidateList");
        auto *run = find<QPushButton>("runButton");
        // The samples are there on first start.
        QCOMPARE(list->count(), 5);
        list->selectAll();
        QTest::mouseClick(find<QPushButton>("removeCandidatesButton"), Qt::LeftButton);
        QCOMPARE(list->count(), 0);
        QVERIFY(!run->isEnabled());
        QVERIFY2(run->toolTip().contains(QStringLiteral("candidate")), qPrintable(run->toolTip()));

        QTest::mouseClick(find<QPushButton>("addSamplesButton"), Qt::LeftButton);
        QCOMPARE(list->count(), 5);
        find<QPlainTextEdit>("objectiveEdit")->clear();
        QVERIFY(!run->isEnabled());
        QVERIFY2(run->toolTip().contains(QStringLiteral("empty")), qPrintable(run->toolTip()));
        QTest::keyClicks(find<QPlainTextEdit>("objectiveEdit"), QStringLiteral("Find AI meetups"));
        QVERIFY(run->isEnabled());
    }

    // Every candidate-list action does what it says or says why not.
    void candidateListActionsSayWhatTheyDid()
    {
        auto *list = find<QListWidget>("candidateList");
        list->clear();
        auto *remove = find<QPushButton>("removeCandidatesButton");
        QTest::mouseClick(find<QPushButton>("addSamplesButton"), Qt::LeftButton);
        QCOMPARE(list->count(), 5);
        QTest::mouseClick(find<QPushButton>("addSamplesButton"), Qt::LeftButton);
        QCOMPARE(list->count(), 5);
        QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("already")),
                 qPrintable(m_window->statusBar()->currentMessage()));

        // Remove only with a selection; the Delete key removes too.
        list->clearSelection();
        QVERIFY(!remove->isEnabled());
        list->setCurrentRow(0);
        QVERIFY(remove->isEnabled());
        QTest::keyClick(list, Qt::Key_Delete);
        QCOMPARE(list->count(), 4);

        // A file that is not a Python script is refused, even typed into the file dialog.
        m_dialogs.files = {m_scripts.write(QStringLiteral("readme.txt"), QString())};
        find<QAction>("actionAddCandidates")->trigger();
        QCOMPARE(list->count(), 4);
        auto *box = m_window->findChild<QMessageBox *>(QStringLiteral("messageBox"));
        QVERIFY(box);
        QVERIFY2(box->text().contains(QStringLiteral("readme.txt")), qPrintable(box->text()));
    }

    void droppedNonScriptIsRefusedWithAMessage()
    {
        auto *list = find<QListWidget>("candidateList");
        const QString notes = m_scripts.write(QStringLiteral("notes.txt"), QStringLiteral(""));
        const QString agent = m_scripts.write(QStringLiteral("dropped.py"), QStringLiteral(""));
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(notes), QUrl::fromLocalFile(agent)});
        const QPoint at = list->viewport()->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(list->viewport(), &enter);
        QDropEvent drop(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(list->viewport(), &drop);
        QCOMPARE(list->count(), 6);
        QCOMPARE(list->item(5)->text(), QStringLiteral("dropped.py"));
        auto *box = m_window->findChild<QMessageBox *>(QStringLiteral("messageBox"));
        QVERIFY(box);
        QVERIFY2(box->text().contains(QStringLiteral("notes.txt")), qPrintable(box->text()));
    }

    void runTheSamplesCancelOneAndSaveTheResults()
    {
        QAbstractItemModelTester tester(&m_window->runTableModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *list = find<QListWidget>("candidateList");
        list->clear();
        const QString sleeper = m_scripts.write(
                QStringLiteral("sleeper.py"),
                QStringLiteral("print('waiting', flush=True)\ntime.sleep(600)\n"));
        m_dialogs.files = {sleeper};
        find<QAction>("actionAddCandidates")->trigger();
        QTest::mouseClick(find<QPushButton>("addSamplesButton"), Qt::LeftButton);
        QCOMPARE(list->count(), 6);
        auto *objective = find<QPlainTextEdit>("objectiveEdit");
        objective->clear();
        QTest::keyClicks(objective, QStringLiteral("Generate weekly AI events for Discord"));

        QTest::mouseClick(find<QPushButton>("runButton"), Qt::LeftButton);
        QVERIFY(m_window->runPipeline().isRunning());
        QVERIFY(!find<QPushButton>("runButton")->isEnabled());
        QVERIFY(find<QPushButton>("cancelAllButton")->isEnabled());

        // Cancel the sleeper through its row's context menu once it runs.
        RunTableModel &model = m_window->runTableModel();
        QTRY_COMPARE_WITH_TIMEOUT(model.stateAt(rowOf(QStringLiteral("sleeper"))),
                                  CandidateState::Running, 30'000);
        // A finished candidate's quality shows while the run still goes on (the sleeper runs).
        const auto scoreText = [this, &model](const QString &id) {
            return model.index(rowOf(id), RunTableModel::ScoreColumn).data().toString();
        };
        QTRY_VERIFY_WITH_TIMEOUT(
                scoreText(QStringLiteral("alpha")).startsWith(QStringLiteral("quality")), 30'000);
        QVERIFY(m_window->runPipeline().isRunning());

        auto *table = find<QTableView>("runTable");
        const QModelIndex sleeperIndex = table->model()->index(rowOf(QStringLiteral("sleeper")), 0);
        table->scrollTo(sleeperIndex);
        Q_EMIT table->customContextMenuRequested(table->visualRect(sleeperIndex).center());
        QMenu *menu = nullptr;
        QTRY_VERIFY((menu = m_window->findChild<QMenu *>(QString(), Qt::FindDirectChildrenOnly)));
        QAction *cancel = nullptr;
        for (QAction *action : menu->actions()) {
            if (action->text().contains(QStringLiteral("Cancel")))
                cancel = action;
        }
        QVERIFY(cancel && cancel->isEnabled());
        cancel->trigger();
        menu->close();

        QSignalSpy finished(&m_window->runPipeline(), &RunPipeline::finished);
        QVERIFY(finished.wait(60'000));
        QCOMPARE(finished.at(0).at(2).toString(), QString()); // autosaved without error
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.stateAt(rowOf(QStringLiteral("alpha"))), CandidateState::Succeeded);
        QCOMPARE(model.stateAt(rowOf(QStringLiteral("beta"))), CandidateState::Succeeded);
        QCOMPARE(model.stateAt(rowOf(QStringLiteral("gamma"))), CandidateState::Succeeded);
        QCOMPARE(model.stateAt(rowOf(QStringLiteral("epsilon"))), CandidateState::Succeeded);
        QCOMPARE(model.stateAt(rowOf(QStringLiteral("delta"))), CandidateState::Failed);
        QCOMPARE(model.stateAt(rowOf(QStringLiteral("sleeper"))), CandidateState::Cancelled);
        // Every final state counted apart in the status bar.
        const QString counts = find<QLabel>("runCountsLabel")->text();
        QVERIFY2(counts.contains(QStringLiteral("Succeeded: 4"))
                         && counts.contains(QStringLiteral("Failed: 1"))
                         && counts.contains(QStringLiteral("Cancelled: 1")),
                 qPrintable(counts));
        QVERIFY(model.resultAt(rowOf(QStringLiteral("alpha")))
                        .sandboxId.startsWith(QStringLiteral("local-alpha-")));

        // Ranked once the run ended: the better of beta and gamma wins, marked in its row.
        const QString winner = model.winner().candidateId;
        QVERIFY2(winner == QStringLiteral("beta") || winner == QStringLiteral("gamma"),
                 qPrintable(winner));
        QVERIFY(model.index(rowOf(winner), 0).data(RunTableModel::WinnerRole).toBool());
        QCOMPARE(model.index(rowOf(winner), RunTableModel::RankColumn).data().toString(),
                 QStringLiteral("1"));
        QVERIFY(scoreText(QStringLiteral("delta")).startsWith(QStringLiteral("disqualified")));

        // The next window opens on this run again, the workspace as it was left.
        {
            MainWindow next;
            QTRY_COMPARE(next.runTableModel().rowCount(), 6);
            QCOMPARE(next.shownFolder(), m_window->shownFolder());
        }

        // Recent Results names the run by its objective and outcome, not by a timestamp.
        const QList<QAction *> recent = find<QMenu>("menuRecentResults")->actions();
        QVERIFY(!recent.isEmpty());
        const QString expected = QStringLiteral("Generate weekly AI events for Discord (4/6 "
                                                "succeeded, %1 won, ")
                                         .arg(winner);
        QVERIFY2(recent.first()->text().startsWith(expected), qPrintable(recent.first()->text()));

        // The window names the autosaved results, and Rerun Failed is offered.
        QVERIFY2(m_window->windowTitle().startsWith(QStringLiteral("Dream Foundry - ")),
                 qPrintable(m_window->windowTitle()));
        QVERIFY(QFile::exists(m_window->shownFolder() + QStringLiteral("/run.json")));
        QVERIFY(find<QPushButton>("rerunFailedButton")->isEnabled());

        // Selecting delta shows its traceback in red in the log; alpha shows its artifact.
        table->setCurrentIndex(table->model()->index(rowOf(QStringLiteral("delta")), 0));
        QVERIFY(find<LogView>("logView")->toPlainText().contains(QStringLiteral("IndexError")));
        table->setCurrentIndex(table->model()->index(rowOf(QStringLiteral("alpha")), 0));
        QVERIFY(find<QTextBrowser>("artifactView")
                        ->toPlainText()
                        .contains(QStringLiteral("AI events this week")));

        // Save Results As into a chosen empty folder; the dialog starts in the user's
        // documents, not in the autosave folder.
        QTemporaryDir chosen;
        m_dialogs.folder = chosen.path();
        find<QAction>("actionSaveResultsAs")->trigger();
        QCOMPARE(m_dialogs.startedIn,
                 QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(chosen.filePath(QStringLiteral("run.json"))),
                                 15'000);
        QFile file(chosen.filePath(QStringLiteral("run.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject run = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(run.value(QStringLiteral("objective")).toString(),
                 QStringLiteral("Generate weekly AI events for Discord"));
        const QJsonArray candidates = run.value(QStringLiteral("candidates")).toArray();
        QCOMPARE(candidates.size(), 6);
        QCOMPARE(candidates.at(0)[QStringLiteral("candidate_id")].toString(),
                 QStringLiteral("sleeper"));
        QCOMPARE(candidates.at(0)[QStringLiteral("state")].toString(), QStringLiteral("cancelled"));
        QVERIFY(QFile::exists(chosen.filePath(QStringLiteral("alpha/alpha_output.md"))));
    }

    void openResultsShowsAPastRun()
    {
        // A run saved by the command line opens in the same table.
        QTemporaryDir results;
        const QString script
                = m_scripts.write(QStringLiteral("opened.py"),
                                  QStringLiteral("open(output_path, 'w').write('# opened\\n')\n"));
        QProcess cli;
        cli.start(QStringLiteral(DREAMFOUNDRY_BINARY),
                  {QStringLiteral("run"), QStringLiteral("-o"), QStringLiteral("past objective"),
                   QStringLiteral("--out"), results.filePath(QStringLiteral("past")), script});
        QVERIFY(cli.waitForFinished(60'000));
        m_dialogs.folder = results.filePath(QStringLiteral("past"));
        find<QAction>("actionOpenResults")->trigger();
        QTRY_COMPARE(m_window->runTableModel().rowCount(), 1);
        QCOMPARE(m_window->runTableModel().stateAt(0), CandidateState::Succeeded);
        QCOMPARE(m_window->windowTitle(), QStringLiteral("Dream Foundry - past"));
        // The elapsed time is the run's own, not the time since this window's last run.
        const RunRecord &shown = m_window->shownRun();
        const QString elapsed = formatDuration(shown.startedAt.msecsTo(shown.finishedAt) / 1000.0);
        QVERIFY2(find<QLabel>("runCountsLabel")
                         ->text()
                         .endsWith(QStringLiteral("Elapsed: ") + elapsed),
                 qPrintable(find<QLabel>("runCountsLabel")->text()));
        QCOMPARE(find<QPlainTextEdit>("objectiveEdit")->toPlainText(),
                 QStringLiteral("past objective"));
        QVERIFY(find<QTextBrowser>("artifactView")
                        ->toPlainText()
                        .contains(QStringLiteral("opened")));
    }

    // A scored run: Score and Rank columns, the winner marked, the Score tab explaining the
    // selected card, its actions in the row's context menu, and Re-score offered.
    void scoredRunShowsScoresAndTheScoreTab()
    {
        RunRecord run;
        run.runId = QStringLiteral("scored");
        run.objective = QStringLiteral("scored objective");
        run.startedAt = run.finishedAt = QDateTime::currentDateTimeUtc();
        const auto add = [&run](const char *id, int exitCode, ScoreCard card) {
            CandidateResult result;
            result.candidateId = QLatin1StringView(id);
            result.state = exitCode == 0 ? CandidateState::Succeeded : CandidateState::Failed;
            result.exitCode = exitCode;
            result.score = card;
            run.candidates.append(result);
        };
        ScoreCard winner;
        winner.gates = {{QStringLiteral("exit_code"), true, QStringLiteral("Exit code 0.")}};
        winner.success = 100;
        winner.automaticQuality = 80;
        winner.speed = 100;
        winner.total = 88;
        winner.rank = 1;
        add("beta", 0, winner);
        ScoreCard failed;
        failed.gates = {{QStringLiteral("exit_code"), false, QStringLiteral("Exit code 3.")}};
        failed.rank = 2;
        add("delta", 3, failed);
        run.winner.candidateId = run.winner.automaticCandidateId = QStringLiteral("beta");
        QTemporaryDir results;
        QCOMPARE(ResultStore::save(run, results.filePath(QStringLiteral("scored"))), QString());

        m_dialogs.folder = results.filePath(QStringLiteral("scored"));
        find<QAction>("actionOpenResults")->trigger();
        QTRY_COMPARE(m_window->runTableModel().rowCount(), 2);
        auto *table = find<QTableView>("runTable");
        const auto cell = [&](const QString &id, int column) {
            const QModelIndex source = m_window->runTableModel().index(rowOf(id), column);
            return qobject_cast<QSortFilterProxyModel *>(table->model())->mapFromSource(source);
        };
        QCOMPARE(cell(QStringLiteral("beta"), RunTableModel::ScoreColumn).data().toString(),
                 QStringLiteral("88"));
        QCOMPARE(cell(QStringLiteral("beta"), RunTableModel::RankColumn).data().toString(),
                 QStringLiteral("1"));
        QVERIFY(cell(QStringLiteral("beta"), 0).data(Qt::FontRole).value<QFont>().bold());
        QCOMPARE(cell(QStringLiteral("delta"), RunTableModel::ScoreColumn).data().toString(),
                 QStringLiteral("disqualified: exit code"));

        table->selectRow(cell(QStringLiteral("delta"), 0).row());
        const QString explained = find<QPlainTextEdit>("scoreText")->toPlainText();
        QVERIFY2(explained.contains(QStringLiteral("delta: not the winner (beta is).")),
                 qPrintable(explained));
        QVERIFY(explained.contains(QStringLiteral("Disqualified by the gate \"exit code\"")));

        // The row's context menu carries the Score tab's actions, for the row clicked.
        table->selectRow(cell(QStringLiteral("beta"), 0).row());
        QSignalSpy winnerAsked(find<ScoreCardView>("scoreCardView"),
                               &ScoreCardView::winnerRequested);
        Q_EMIT table->customContextMenuRequested(
                table->visualRect(cell(QStringLiteral("delta"), 0)).center());
        QMenu *menu = nullptr;
        QTRY_VERIFY((menu = visibleMenu()));
        QAction *pick = nullptr;
        for (QAction *action : menu->actions())
            pick = action->objectName() == QStringLiteral("actionPickWinner") ? action : pick;
        QVERIFY(pick && pick->isEnabled());
        pick->trigger();
        QCOMPARE(winnerAsked.count(), 1);
        QCOMPARE(winnerAsked.at(0).at(0).value<std::optional<QString>>(),
                 std::optional<QString>(QStringLiteral("delta")));
        menu->close();

        // The pick is shown as manual and kept in the results folder.
        const QString folder = results.filePath(QStringLiteral("scored"));
        const auto saved = [&folder] {
            QFile file(folder + QStringLiteral("/run.json"));
            return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object()
                                                  : QJsonObject();
        };
        const auto savedCard = [&saved](const QString &id) {
            for (const QJsonValue &c : saved()[QStringLiteral("candidates")].toArray()) {
                if (c[QStringLiteral("candidate_id")].toString() == id)
                    return c[QStringLiteral("score")].toObject();
            }
            return QJsonObject();
        };
        QTRY_VERIFY(cell(QStringLiteral("delta"), 0).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!cell(QStringLiteral("beta"), 0).data(Qt::FontRole).value<QFont>().bold());
        QTRY_COMPARE(saved()[QStringLiteral("winner")][QStringLiteral("candidate_id")].toString(),
                     QStringLiteral("delta"));
        QVERIFY(saved()[QStringLiteral("winner")][QStringLiteral("manual")].toBool());

        // A quality set by hand is shown as manual and saved; clearing it gives the scorer's
        // value back.
        auto *view = find<ScoreCardView>("scoreCardView");
        QTRY_VERIFY(find<QPushButton>("rescoreButton")->isEnabled()); // the save is done
        Q_EMIT view->qualityOverrideRequested(QStringLiteral("beta"), 50.0);
        QTRY_COMPARE(savedCard(QStringLiteral("beta"))[QStringLiteral("quality_manual")].toDouble(),
                     50.0);
        QVERIFY(cell(QStringLiteral("beta"), RunTableModel::ScoreColumn)
                        .data()
                        .toString()
                        .contains(QStringLiteral("manual")));
        QTRY_VERIFY(find<QPushButton>("rescoreButton")->isEnabled());
        Q_EMIT view->qualityOverrideRequested(QStringLiteral("beta"), std::nullopt);
        QTRY_VERIFY(savedCard(QStringLiteral("beta"))[QStringLiteral("quality_manual")].isNull());

        // Two changes in quick succession: the second waits for the first save, and the folder
        // ends with the last one.
        Q_EMIT view->qualityOverrideRequested(QStringLiteral("beta"), 40.0);
        Q_EMIT view->qualityOverrideRequested(QStringLiteral("beta"), 60.0);
        QTRY_COMPARE(savedCard(QStringLiteral("beta"))[QStringLiteral("quality_manual")].toDouble(),
                     60.0);
        QTRY_VERIFY(find<QPushButton>("rescoreButton")->isEnabled());
        Q_EMIT view->qualityOverrideRequested(QStringLiteral("beta"), std::nullopt);
        QTRY_VERIFY(savedCard(QStringLiteral("beta"))[QStringLiteral("quality_manual")].isNull());

        // Re-score reads the saved artifacts again with the panel's settings: beta has no
        // artifact, so the events scorer disqualifies it; the winner picked by hand stays.
        QTRY_VERIFY(find<QPushButton>("rescoreButton")->isEnabled());
        QSignalSpy rescore(find<ScoringPanel>("scoringPanel"), &ScoringPanel::rescoreRequested);
        QTest::mouseClick(find<QPushButton>("rescoreButton"), Qt::LeftButton);
        QCOMPARE(rescore.count(), 1);
        QTRY_VERIFY(!saved()[QStringLiteral("scoring")][QStringLiteral("scored_at")].isNull());
        QCOMPARE(saved()[QStringLiteral("scoring")][QStringLiteral("scorer")].toString(),
                 QStringLiteral("events"));
        QCOMPARE(savedCard(QStringLiteral("beta"))[QStringLiteral("disqualified_by")].toString(),
                 QStringLiteral("artifact_exists"));
        QCOMPARE(saved()[QStringLiteral("winner")][QStringLiteral("candidate_id")].toString(),
                 QStringLiteral("delta"));
        QTRY_VERIFY(cell(QStringLiteral("beta"), RunTableModel::ScoreColumn)
                            .data()
                            .toString()
                            .startsWith(QStringLiteral("disqualified")));
    }

    // A results folder saved before scoring existed opens unscored, with Re-score offered;
    // re-scoring it writes format 2.
    void formatOneFolderOpensUnscoredWithRescoreOffered()
    {
        QTemporaryDir results;
        const QString folder = results.filePath(QStringLiteral("old"));
        RunRecord run;
        run.runId = QStringLiteral("old");
        run.objective = QStringLiteral("old objective");
        run.startedAt = run.finishedAt = QDateTime::currentDateTimeUtc();
        CandidateResult result;
        result.candidateId = QStringLiteral("alpha");
        result.state = CandidateState::Failed;
        result.exitCode = 1;
        run.candidates.append(result);
        QCOMPARE(ResultStore::save(run, folder), QString());
        QFile file(folder + QStringLiteral("/run.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        json[QStringLiteral("format")] = QStringLiteral("dreamfoundry-run/1");
        json.remove(QStringLiteral("scoring"));
        json.remove(QStringLiteral("winner"));
        QJsonArray candidates = json[QStringLiteral("candidates")].toArray();
        QJsonObject alpha = candidates[0].toObject();
        alpha.remove(QStringLiteral("score"));
        candidates[0] = alpha;
        json[QStringLiteral("candidates")] = candidates;
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(json).toJson());
        file.close();

        m_dialogs.folder = folder;
        find<QAction>("actionOpenResults")->trigger();
        QTRY_COMPARE(m_window->runTableModel().rowCount(), 1);
        const QModelIndex score = m_window->runTableModel().index(0, RunTableModel::ScoreColumn);
        QCOMPARE(score.data().toString(), QString());
        auto *rescore = find<QPushButton>("rescoreButton");
        QTRY_VERIFY(rescore->isEnabled());
        QTest::mouseClick(rescore, Qt::LeftButton);
        QTRY_VERIFY(score.data().toString().startsWith(QStringLiteral("disqualified")));
        const auto savedFormat = [&folder] {
            QFile saved(folder + QStringLiteral("/run.json"));
            return saved.open(QIODevice::ReadOnly)
                    ? QJsonDocument::fromJson(saved.readAll())[QStringLiteral("format")].toString()
                    : QString();
        };
        QTRY_COMPARE(savedFormat(), QStringLiteral("dreamfoundry-run/2"));

        // Rerun Failed follows the same rule as Run: not on Daytona without a key.
        auto *rerun = find<QPushButton>("rerunFailedButton");
        QTRY_VERIFY(rerun->isEnabled());
        if (qEnvironmentVariableIsEmpty("DAYTONA_API_KEY")) {
            find<QComboBox>("backendCombo")->setCurrentIndex(1);
            QTRY_VERIFY(!rerun->isEnabled());
            QVERIFY2(rerun->toolTip().contains(QStringLiteral("API key")),
                     qPrintable(rerun->toolTip()));
            find<QComboBox>("backendCombo")->setCurrentIndex(0);
            QTRY_VERIFY(rerun->isEnabled());
        }
    }

    // Weights that cannot be used keep Run disabled, saying why.
    void unusableWeightsKeepRunDisabled()
    {
        auto *run = find<QPushButton>("runButton");
        QTRY_VERIFY(run->isEnabled());
        for (const char *name : {"successWeightSpin", "qualityWeightSpin", "speedWeightSpin"})
            find<QDoubleSpinBox>(name)->setValue(0);
        QVERIFY(!run->isEnabled());
        QVERIFY2(run->toolTip().contains(QStringLiteral("all zero")), qPrintable(run->toolTip()));
        find<QDoubleSpinBox>("qualityWeightSpin")->setValue(1);
        QVERIFY(run->isEnabled());
    }

    // The run ends while the question is open: quitting then just quits.
    void quittingAfterTheRunEndedWhileAskingCloses()
    {
        auto *list = find<QListWidget>("candidateList");
        list->clear();
        m_dialogs.files = {m_scripts.write(QStringLiteral("short.py"),
                                           QStringLiteral("time.sleep(1)\n"
                                                          "open(output_path, 'w').write('x')\n"))};
        find<QAction>("actionAddCandidates")->trigger();
        QSignalSpy finished(&m_window->runPipeline(), &RunPipeline::finished);
        QTest::mouseClick(find<QPushButton>("runButton"), Qt::LeftButton);
        QVERIFY(!m_window->close());
        auto *box = m_window->findChild<QMessageBox *>(QStringLiteral("closeDuringRunBox"));
        QVERIFY(box);
        QVERIFY(finished.wait(30'000));
        box->findChild<QPushButton *>(QStringLiteral("cancelRunAndQuitButton"))->click();
        QTRY_VERIFY(!m_window->isVisible());
    }

    void closingDuringARunAsksThenCancels()
    {
        auto *list = find<QListWidget>("candidateList");
        list->clear();
        m_dialogs.files
                = {m_scripts.write(QStringLiteral("long.py"), QStringLiteral("time.sleep(600)\n"))};
        find<QAction>("actionAddCandidates")->trigger();
        QTest::mouseClick(find<QPushButton>("runButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->runTableModel().stateAt(0), CandidateState::Running,
                                  30'000);
        QVERIFY(!m_window->close()); // not yet: it asks first
        auto *box = m_window->findChild<QMessageBox *>(QStringLiteral("closeDuringRunBox"));
        QVERIFY(box);
        QSignalSpy finished(&m_window->runPipeline(), &RunPipeline::finished);
        box->findChild<QPushButton *>(QStringLiteral("cancelRunAndQuitButton"))->click();
        QVERIFY(finished.wait(30'000));
        QTRY_VERIFY(!m_window->isVisible());
        QCOMPARE(m_window->shownRun().candidates.at(0).state, CandidateState::Cancelled);
    }

    void unwritableResultsFolderKeepsTheRun()
    {
        const QString file = m_scripts.write(QStringLiteral("not-a-folder"), QStringLiteral(""));
        m_window->runPipeline().setAutosaveRoot(file + QStringLiteral("/runs"));
        find<QListWidget>("candidateList")->clear();
        m_dialogs.files
                = {m_scripts.write(QStringLiteral("quick.py"),
                                   QStringLiteral("open(output_path, 'w').write('kept')\n"))};
        find<QAction>("actionAddCandidates")->trigger();
        QSignalSpy finished(&m_window->runPipeline(), &RunPipeline::finished);
        QTest::mouseClick(find<QPushButton>("runButton"), Qt::LeftButton);
        QVERIFY(finished.wait(30'000));
        QVERIFY(!finished.at(0).at(2).toString().isEmpty());
        auto *box = m_window->findChild<QMessageBox *>(QStringLiteral("messageBox"));
        QVERIFY(box);
        QVERIFY2(box->text().contains(QStringLiteral("Save Results As")), qPrintable(box->text()));
        // Nothing is lost: the run is on screen and can still be saved elsewhere.
        QCOMPARE(m_window->runTableModel().stateAt(0), CandidateState::Succeeded);
        QTemporaryDir elsewhere;
        m_dialogs.folder = elsewhere.path();
        find<QAction>("actionSaveResultsAs")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(
                QFile::exists(elsewhere.filePath(QStringLiteral("quick/quick_output.md"))), 15'000);
    }

    void settingsPersistBetweenSessions()
    {
        find<QListWidget>("candidateList")->clear();
        m_dialogs.files = {m_scripts.write(QStringLiteral("kept.py"), QStringLiteral(""))};
        find<QAction>("actionAddCandidates")->trigger();
        auto *objective = find<QPlainTextEdit>("objectiveEdit");
        objective->setPlainText(QStringLiteral("remember me"));
        find<QComboBox>("backendCombo")->setCurrentIndex(2);
        find<QDoubleSpinBox>("speedWeightSpin")->setValue(0.5);
        m_window.reset(); // closes and saves
        m_window = std::make_unique<MainWindow>();
        auto *list = find<QListWidget>("candidateList");
        QCOMPARE(list->count(), 1);
        QCOMPARE(list->item(0)->text(), QStringLiteral("kept.py"));
        QCOMPARE(find<QPlainTextEdit>("objectiveEdit")->toPlainText(),
                 QStringLiteral("remember me"));
        QCOMPARE(find<QComboBox>("backendCombo")->currentIndex(), 2);
        QCOMPARE(find<ScoringPanel>("scoringPanel")->scoringSettings().weights,
                 (ScoreWeights{0.2, 0.6, 0.5}));
    }

    void daytonaWithoutAKeyPromptsForOne()
    {
        if (!qEnvironmentVariableIsEmpty("DAYTONA_API_KEY"))
            QSKIP("a Daytona key is set in this environment");
        find<QComboBox>("backendCombo")->setCurrentIndex(1);
        QTRY_VERIFY(find<QLabel>("daytonaKeyPrompt")->isVisible()); // once the keychain answered
        QVERIFY(!find<QCheckBox>("networkCheck")->isEnabled()); // local sandboxes only
        QVERIFY(!find<QPushButton>("runButton")->isEnabled());
        // The window points to its own settings, not to a command to type.
        const QString why = find<QPushButton>("runButton")->toolTip();
        QVERIFY2(why.contains(QStringLiteral("API key"))
                         && why.contains(QStringLiteral("Settings > Daytona Settings"))
                         && !why.contains(QStringLiteral("dreamfoundry login")),
                 qPrintable(why));
        // The prompt's link opens the settings where the key is set.
        Q_EMIT find<QLabel>("daytonaKeyPrompt")->linkActivated(QStringLiteral("settings"));
        QTRY_VERIFY(m_window->findChild<SettingsDialog *>());
        m_window->findChild<SettingsDialog *>()->reject();
        find<QComboBox>("backendCombo")->setCurrentIndex(0);
        QVERIFY(!find<QLabel>("daytonaKeyPrompt")->isVisible());
        QVERIFY(find<QCheckBox>("networkCheck")->isEnabled());
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
