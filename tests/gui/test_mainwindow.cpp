// The real MainWindow on the offscreen platform, driven through its actions and widgets.
#include "core/durationtext.h"
#include "core/translations.h"
#include "daytona/backendselection.h"
#include "daytona/daytonaaccount.h"
#include "gui/availability.h"
#include "gui/filedialog.h"
#include "gui/infobar.h"
#include "gui/logview.h"
#include "gui/mainwindow.h"
#include "gui/runtablemodel.h"
#include "gui/scorecardview.h"
#include "gui/scoringpanel.h"
#include "gui/settingsdialog.h"
#include "namedchild.h"
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
#include <QHeaderView>
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
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>

using namespace DreamFoundry;
using Test::CandidateScripts;

Q_DECLARE_METATYPE(DreamFoundry::WindowState)

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
        return DreamFoundry::Test::namedChild<T>(m_window.get(), name);
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

    // A run that ended every way a candidate can end: a success, a crash, a timeout and a
    // cancel, saved as a results folder under `dir`.
    static QString saveEndings(const QTemporaryDir &dir, const QString &objective)
    {
        RunRecord run;
        run.runId = QStringLiteral("endings");
        run.objective = objective;
        run.startedAt = QDateTime::currentDateTimeUtc().addSecs(-12);
        run.finishedAt = run.startedAt.addSecs(12);
        const auto add = [&run](const char *id, CandidateState state, std::optional<int> exitCode,
                                const QString &why) {
            CandidateResult result;
            result.candidateId = QLatin1StringView(id);
            result.state = state;
            result.exitCode = exitCode;
            result.errorMessage = why;
            result.runtimeSeconds = 1.5;
            run.candidates.append(result);
        };
        add("alpha", CandidateState::Succeeded, 0, {});
        add("crasher", CandidateState::Failed, 1,
            QStringLiteral("Exited with code 1. IndexError: list index out of range"));
        add("slowpoke", CandidateState::TimedOut, {},
            QStringLiteral("Timed out after 5 seconds; the sandbox was stopped."));
        add("sleeper", CandidateState::Cancelled, {}, QStringLiteral("Cancelled."));
        const QString folder = dir.filePath(QStringLiteral("endings"));
        return ResultStore::save(run, folder).isEmpty() ? folder : QString();
    }

    void openEndings(const QTemporaryDir &dir, const QString &objective = {})
    {
        m_dialogs.folder = saveEndings(
                dir, objective.isEmpty() ? QStringLiteral("Find AI meetups") : objective);
        QVERIFY(!m_dialogs.folder.isEmpty());
        find<QAction>("actionOpenResults")->trigger();
        QTRY_COMPARE(m_window->runTableModel().rowCount(), 4);
    }

    QMessageBox *messageBox() const
    {
        return m_window->findChild<QMessageBox *>(QStringLiteral("messageBox"));
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
        installTranslations(); // as the app does
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
                                                ? QStringLiteral("capped per sandbox")
                                                : QStringLiteral("capped per process")),
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

    // A folder with a main.py is one candidate (core/candidatefolder.h); one without is refused.
    void droppedFolderIsOneCandidate()
    {
        auto *list = find<QListWidget>("candidateList");
        const int before = list->count();
        const QString agent = QFileInfo(m_scripts.write(QStringLiteral("agentdir/main.py"),
                                                        QStringLiteral("import helper\n")))
                                      .path();
        m_scripts.write(QStringLiteral("agentdir/helper.py"), QString());
        const QString nomain
                = QFileInfo(m_scripts.write(QStringLiteral("nomain/tool.py"), QString())).path();
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(agent), QUrl::fromLocalFile(nomain)});
        const QPoint at = list->viewport()->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(list->viewport(), &enter);
        QDropEvent drop(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(list->viewport(), &drop);
        QCOMPARE(list->count(), before + 1);
        QCOMPARE(list->item(before)->text(), QStringLiteral("agentdir/"));
        QCOMPARE(list->item(before)->data(Qt::UserRole).toString(), agent);
        auto *box = m_window->findChild<QMessageBox *>(QStringLiteral("messageBox"));
        QVERIFY(box);
        QVERIFY2(box->text().contains(QStringLiteral("nomain")), qPrintable(box->text()));
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

        auto *table = find<QTreeView>("runTable");
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
        auto *table = find<QTreeView>("runTable");
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

        table->setCurrentIndex(cell(QStringLiteral("delta"), 0));
        const QString explained = find<QPlainTextEdit>("scoreText")->toPlainText();
        QVERIFY2(explained.contains(QStringLiteral("delta: not the winner (beta is).")),
                 qPrintable(explained));
        QVERIFY(explained.contains(QStringLiteral("Disqualified by the gate \"exit code\"")));

        // The row's context menu carries the Score tab's actions, for the row clicked.
        table->setCurrentIndex(cell(QStringLiteral("beta"), 0));
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
    // Repeats from the spin box: the candidate's row sums its attempts up, and its attempts are
    // rows under it; the cap is the spin box's maximum, so 0 and 1,000 cannot be asked for here.
    void repeatedRunShowsPassRateAndMedians()
    {
        auto *repeat = find<QSpinBox>("repeatSpin");
        QCOMPARE(repeat->value(), 1);
        QCOMPARE(repeat->minimum(), 1);
        QCOMPARE(repeat->maximum(), RunPlan::maxRepeat);
        auto *list = find<QListWidget>("candidateList");
        list->clear();
        // Each attempt prints a token of its own: the log pane tells them apart.
        m_dialogs.files = {m_scripts.write(QStringLiteral("again.py"),
                                           QStringLiteral("import uuid\n"
                                                          "print('token', uuid.uuid4().hex)\n"
                                                          "open(output_path, 'w').write('x')\n"))};
        find<QAction>("actionAddCandidates")->trigger();
        repeat->setValue(3);
        auto *table = find<QTreeView>("runTable");
        QVERIFY(!table->rootIsDecorated()); // the last run had no repeats
        QSignalSpy finished(&m_window->runPipeline(), &RunPipeline::finished);
        QTest::mouseClick(find<QPushButton>("runButton"), Qt::LeftButton);
        QVERIFY(finished.wait(60'000));
        const RunRecord run = finished.at(0).at(0).value<RunRecord>();
        const QList<CandidateResult> attempts = run.attemptsOf(QStringLiteral("again"));
        QCOMPARE(attempts.size(), 3);
        const RunTableModel &model = m_window->runTableModel();
        QCOMPARE(model.rowCount(), 1);
        QTRY_COMPARE(model.index(0, RunTableModel::StatusColumn).data().toString(),
                     QStringLiteral("3/3 passed (100%)"));
        QVERIFY(model.index(0, RunTableModel::RuntimeColumn)
                        .data()
                        .toString()
                        .contains(QStringLiteral("spread")));
        const QString tip
                = model.index(0, RunTableModel::StatusColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("#3")), qPrintable(tip));

        // The attempts, a click on the candidate's branch away: #1, #2, #3.
        QVERIFY(table->rootIsDecorated());
        const QModelIndex candidate = table->model()->index(0, 0);
        QCOMPARE(table->model()->rowCount(candidate), 3);
        QVERIFY(!table->isExpanded(candidate));
        table->setFocus();
        table->setCurrentIndex(candidate);
        QTest::keyClick(table, Qt::Key_Plus);
        QVERIFY(table->isExpanded(candidate));
        QCOMPARE(table->model()->index(1, 0, candidate).data().toString(), QStringLiteral("#2"));

        // Attempt #2 selected: its own log and status in the panes, not the first attempt's.
        const QString second = attempts.at(1).standardOutput.trimmed();
        QVERIFY2(second.startsWith(QStringLiteral("token ")), qPrintable(second));
        QVERIFY(second != attempts.at(0).standardOutput.trimmed());
        auto *log = find<LogView>("logView");
        QVERIFY(log->toPlainText().contains(attempts.at(0).standardOutput.trimmed()));
        QTest::keyClick(table, Qt::Key_Down);
        QTest::keyClick(table, Qt::Key_Down);
        QCOMPARE(table->currentIndex().data().toString(), QStringLiteral("#2"));
        QVERIFY2(log->toPlainText().contains(second), qPrintable(log->toPlainText()));
        QVERIFY(!log->toPlainText().contains(attempts.at(0).standardOutput.trimmed()));
        // Left goes up to the candidate: its own log again. Left and Minus fold the attempts
        // away, Right unfolds them; a click on the branch indicator too.
        QTest::keyClick(table, Qt::Key_Left);
        QCOMPARE(table->currentIndex().siblingAtColumn(0), candidate);
        QVERIFY(log->toPlainText().contains(attempts.at(0).standardOutput.trimmed()));
        QTest::keyClick(table, Qt::Key_Left);
        QVERIFY(!table->isExpanded(candidate));
        QTest::keyClick(table, Qt::Key_Right);
        QVERIFY(table->isExpanded(candidate));
        QTest::keyClick(table, Qt::Key_Minus);
        QVERIFY(!table->isExpanded(candidate));
        const QRect row = table->visualRect(candidate);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          QPoint(row.left() - table->indentation() / 2, row.center().y()));
        QVERIFY(table->isExpanded(candidate));
    }

    // While the run goes on, a candidate's attempts are rows under it, added without a reset;
    // an attempt still running says where its output is meanwhile. Its row stays selected and
    // open through the end of the run.
    void attemptsShowWhileTheRunGoesOn()
    {
        auto *list = find<QListWidget>("candidateList");
        list->clear();
        m_dialogs.files
                = {m_scripts.write(QStringLiteral("slow.py"), QStringLiteral("time.sleep(600)\n"))};
        find<QAction>("actionAddCandidates")->trigger();
        find<QSpinBox>("repeatSpin")->setValue(2);
        find<QSpinBox>("parallelSpin")->setValue(2);
        QTest::mouseClick(find<QPushButton>("runButton"), Qt::LeftButton);
        QVERIFY(m_window->runPipeline().isRunning());
        RunTableModel &model = m_window->runTableModel();
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        auto *table = find<QTreeView>("runTable");
        const QModelIndex candidate = table->model()->index(0, 0);
        QTRY_COMPARE(table->model()->rowCount(candidate), 2);
        QVERIFY(table->rootIsDecorated());
        QTRY_COMPARE_WITH_TIMEOUT(model.attemptAt(0, 1).state, CandidateState::Running, 30'000);
        table->expand(candidate);
        table->setCurrentIndex(table->model()->index(1, 0, candidate));
        auto *log = find<LogView>("logView");
        QVERIFY2(log->placeholderText().contains(QStringLiteral("#2")),
                 qPrintable(log->placeholderText()));
        QCOMPARE(resets.count(), 0);

        QSignalSpy finished(&m_window->runPipeline(), &RunPipeline::finished);
        QTest::mouseClick(find<QPushButton>("cancelAllButton"), Qt::LeftButton);
        QVERIFY(finished.wait(60'000));
        QVERIFY(table->isExpanded(table->model()->index(0, 0)));
        QCOMPARE(table->currentIndex().data().toString(), QStringLiteral("#2"));
        QTRY_COMPARE(log->placeholderText(), QString()); // ended: its own output, if any
    }

    void budgetReachedIsSaidInTheWindow()
    {
        auto *list = find<QListWidget>("candidateList");
        list->clear();
        m_dialogs.files
                = {m_scripts.write(QStringLiteral("long.py"), QStringLiteral("time.sleep(60)\n"))};
        find<QAction>("actionAddCandidates")->trigger();
        find<QSpinBox>("budgetSpin")->setValue(1);
        QSignalSpy finished(&m_window->runPipeline(), &RunPipeline::finished);
        QTest::mouseClick(find<QPushButton>("runButton"), Qt::LeftButton);
        QVERIFY(finished.wait(30'000));
        const RunRecord run = finished.at(0).at(0).value<RunRecord>();
        QCOMPARE(run.budgetStop, BudgetStop::WallClock);
        QCOMPARE(run.candidates.at(0).state, CandidateState::Cancelled);
        auto *bar = m_window->findChild<InfoBar *>();
        QVERIFY(bar);
        QTRY_VERIFY2(bar->text().contains(QStringLiteral("wall-clock limit of 1 s")),
                     qPrintable(bar->text()));
    }

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

    // Why each candidate did not succeed is in its row, and every ending is counted apart.
    void reasonsAndCountsOfEveryEnding()
    {
        QTemporaryDir results;
        openEndings(results);
        auto *table = find<QTreeView>("runTable");
        const auto reasonOf = [&](const QString &id) {
            const QModelIndex source
                    = m_window->runTableModel().index(rowOf(id), RunTableModel::ReasonColumn);
            return qobject_cast<QSortFilterProxyModel *>(table->model())
                    ->mapFromSource(source)
                    .data()
                    .toString();
        };
        QCOMPARE(reasonOf(QStringLiteral("alpha")), QString());
        QVERIFY(reasonOf(QStringLiteral("crasher")).contains(QStringLiteral("IndexError")));
        QVERIFY(reasonOf(QStringLiteral("slowpoke")).startsWith(QStringLiteral("Timed out")));
        QCOMPARE(reasonOf(QStringLiteral("sleeper")), QStringLiteral("Cancelled."));
        const QString counts = find<QLabel>("runCountsLabel")->text();
        for (const char *count : {"Succeeded: 1", "Failed: 1", "Timed out: 1", "Cancelled: 1"})
            QVERIFY2(counts.contains(QLatin1StringView(count)), qPrintable(counts));
        // Counts read as English: plural forms, not "candidate(s)".
        QCOMPARE(find<QAction>("actionRerunFailed")->toolTip(),
                 QStringLiteral("Run the 3 failed candidates again"));
    }

    // The filter narrows the table; what acts on a row acts on the row seen, not on the row of
    // the same number in the whole run.
    void filtersShowOnlyTheRowsAskedFor()
    {
        QTemporaryDir results;
        openEndings(results);
        auto *table = find<QTreeView>("runTable");
        auto *filter = find<QComboBox>("runFilterCombo");
        const QStringList expected[] = {
                {QStringLiteral("alpha"), QStringLiteral("crasher"), QStringLiteral("slowpoke"),
                 QStringLiteral("sleeper")},
                {QStringLiteral("crasher"), QStringLiteral("slowpoke"), QStringLiteral("sleeper")},
                {},
                {QStringLiteral("alpha"), QStringLiteral("crasher"), QStringLiteral("slowpoke"),
                 QStringLiteral("sleeper")}};
        for (int index = 0; index < filter->count(); ++index) {
            filter->setCurrentIndex(index);
            QStringList shown;
            for (int row = 0; row < table->model()->rowCount(); ++row)
                shown.append(table->model()->index(row, 0).data().toString());
            QCOMPARE(shown, expected[index]);
        }
        filter->setCurrentIndex(1); // failed, timed out or cancelled
        table->setCurrentIndex(table->model()->index(1, 0)); // slowpoke, the third row of the run
        QVERIFY2(find<QTextBrowser>("artifactView")
                         ->toPlainText()
                         .startsWith(QStringLiteral("slowpoke")),
                 qPrintable(find<QTextBrowser>("artifactView")->toPlainText()));
        QVERIFY(find<QPlainTextEdit>("scoreText")
                        ->toPlainText()
                        .contains(QStringLiteral("slowpoke")));
        // Rerun This Candidate is offered for the row clicked.
        Q_EMIT table->customContextMenuRequested(
                table->visualRect(table->model()->index(0, 0)).center());
        QMenu *menu = nullptr;
        QTRY_VERIFY((menu = visibleMenu()));
        QVERIFY(m_window->runTableModel()
                        .resultAt(qobject_cast<QSortFilterProxyModel *>(table->model())
                                          ->mapToSource(table->currentIndex())
                                          .row())
                        .candidateId
                == QStringLiteral("crasher"));
        menu->close();
    }

    // Opening a run shows its objective without losing text the person was writing.
    void openingARunKeepsTheDraftObjective()
    {
        auto *objective = find<QPlainTextEdit>("objectiveEdit");
        objective->setPlainText(QStringLiteral("A draft never run"));
        QTemporaryDir results;
        openEndings(results, QStringLiteral("The opened run's objective"));
        QCOMPARE(objective->toPlainText(), QStringLiteral("The opened run's objective"));
        InfoBar &bar = m_window->infoBar();
        QVERIFY(bar.isVisible());
        QVERIFY2(bar.text().contains(QStringLiteral("kept")), qPrintable(bar.text()));
        auto *recent = find<QComboBox>("recentObjectivesCombo");
        QVERIFY(recent->findData(QStringLiteral("A draft never run")) > 0);
        QTest::mouseClick(find<QPushButton>("infoBarActionButton"), Qt::LeftButton);
        QCOMPARE(objective->toPlainText(), QStringLiteral("A draft never run"));
        QVERIFY(!bar.isVisible());

        // Text that was run already, or the run's own objective, is no draft: nothing to say.
        objective->setPlainText(QStringLiteral("The opened run's objective"));
        find<QAction>("actionOpenResults")->trigger();
        QTRY_VERIFY(m_window->shownFolder() == m_dialogs.folder);
        QTest::qWait(0);
        QVERIFY(!bar.isVisible());
    }

    void errorDialogsUseWarningIcons()
    {
        // A folder that holds no run: said in a person's words, the system's under Details.
        QTemporaryDir notResults;
        m_dialogs.folder = notResults.path();
        find<QAction>("actionOpenResults")->trigger();
        QTRY_VERIFY(messageBox());
        QCOMPARE(messageBox()->icon(), QMessageBox::Warning);
        QVERIFY2(
                messageBox()->text().contains(QStringLiteral("not a Dream Foundry results folder")),
                qPrintable(messageBox()->text()));
        QVERIFY(!messageBox()->detailedText().isEmpty());
        messageBox()->close();
        QTRY_VERIFY(!messageBox());

        // About is news, not a problem.
        find<QAction>("actionAbout")->trigger();
        QVERIFY(messageBox());
        QCOMPARE(messageBox()->icon(), QMessageBox::Information);
        messageBox()->close();
        QTRY_VERIFY(!messageBox());

        // A refused candidate is a warning.
        m_dialogs.files = {m_scripts.write(QStringLiteral("notes.txt"), QString())};
        find<QAction>("actionAddCandidates")->trigger();
        QVERIFY(messageBox());
        QCOMPARE(messageBox()->icon(), QMessageBox::Warning);
    }

    // One rule decides every action, for each backend: data rows over the backends, for the
    // window at rest with a run on screen that has failures.
    void availabilityPerBackend_data()
    {
        QTest::addColumn<int>("backend");
        QTest::addColumn<bool>("canRun");
        QTest::addColumn<bool>("network");
        QTest::newRow("local") << 0 << true << true;
        QTest::newRow("daytona without a key") << 1 << false << false;
        QTest::newRow("auto without a key") << 2 << true << true;
    }

    void availabilityPerBackend()
    {
        if (!qEnvironmentVariableIsEmpty("DAYTONA_API_KEY"))
            QSKIP("a Daytona key is set in this environment");
        QFETCH(int, backend);
        QFETCH(bool, canRun);
        QFETCH(bool, network);
        QTemporaryDir results;
        openEndings(results);
        find<QComboBox>("backendCombo")->setCurrentIndex(backend);
        QTRY_VERIFY(!m_window->daytonaAccount().isLoading());
        // Run and both reruns follow one rule; the button shows the action's state.
        QCOMPARE(find<QAction>("actionRun")->isEnabled(), canRun);
        QCOMPARE(find<QPushButton>("runButton")->isEnabled(), canRun);
        QCOMPARE(find<QAction>("actionRerunFailed")->isEnabled(), canRun);
        QCOMPARE(find<QPushButton>("rerunFailedButton")->isEnabled(), canRun);
        QCOMPARE(find<QCheckBox>("networkCheck")->isEnabled(), network);
        // Without a key there is no sandbox to clean up, whichever the backend.
        QVERIFY(!find<QAction>("actionCleanUpSandboxes")->isEnabled());
        QVERIFY(find<QAction>("actionCleanUpSandboxes")
                        ->toolTip()
                        .contains(QStringLiteral("Settings > Daytona Settings")));
        QVERIFY(!find<QAction>("actionCancelAll")->isEnabled());
        QVERIFY(find<QAction>("actionSaveResultsAs")->isEnabled());
        QVERIFY(find<QAction>("actionOpenResults")->isEnabled());
        QVERIFY(find<QComboBox>("backendCombo")->isEnabled());
        // No tooltip of the window sends the person to the command line.
        for (QAction *action : m_window->findChildren<QAction *>())
            QVERIFY2(!action->toolTip().contains(QStringLiteral("dreamfoundry login")),
                     qPrintable(action->toolTip()));
        QVERIFY(!m_window->infoBar().text().contains(QStringLiteral("dreamfoundry login")));
        // The menu says Run, as the button does.
        QCOMPARE(find<QAction>("actionRun")->text(), QStringLiteral("&Run"));
    }

    // The rule itself, for the states a test cannot cheaply put the window in.
    void availabilityPerState_data()
    {
        QTest::addColumn<WindowState>("state");
        QTest::addColumn<QString>("enabled"); // the actions enabled, in WindowAvailability order
        WindowState rest;
        rest.candidateCount = 5;
        rest.runOnScreen = true;
        rest.rows = 5;
        rest.failedRows = 2;
        rest.hasCurrentRow = true;
        rest.currentState = CandidateState::Failed;
        rest.selectedRows = 1;
        QTest::newRow("at rest") << rest
                                 << QStringLiteral("run rerunFailed rerunCandidate add "
                                                   "open save compare settings network "
                                                   "rescore");
        WindowState running = rest;
        running.running = true;
        running.runOnScreen = false;
        running.currentState = CandidateState::Running;
        QTest::newRow("running") << running << QStringLiteral("cancelAll cancelCandidate compare");
        WindowState scoring = rest;
        scoring.scoring = scoring.scoresPending = true;
        QTest::newRow("scores being saved")
                << scoring << QStringLiteral("add open save compare settings network");
        WindowState daytona = rest;
        daytona.backend = BackendChoice::Daytona;
        daytona.daytonaProblem = QStringLiteral("No Daytona API key");
        QTest::newRow("daytona without a key")
                << daytona << QStringLiteral("add open save compare settings rescore");
        WindowState keyed = daytona;
        keyed.daytonaConfigured = true;
        keyed.selectedCandidates = 2;
        keyed.selectedRows = 5;
        QTest::newRow("daytona with a key, too many rows to compare")
                << keyed
                << QStringLiteral("run rerunFailed rerunCandidate add remove open save "
                                  "cleanUp settings rescore");
        WindowState empty;
        QTest::newRow("first start, nothing listed")
                << empty << QStringLiteral("add open settings network");
    }

    void availabilityPerState()
    {
        QFETCH(WindowState, state);
        QFETCH(QString, enabled);
        const WindowAvailability a = windowAvailability(state);
        const std::pair<const char *, const Availability &> all[]
                = {{"run", a.run},
                   {"cancelAll", a.cancelAll},
                   {"rerunFailed", a.rerunFailed},
                   {"rerunCandidate", a.rerunCandidate},
                   {"cancelCandidate", a.cancelCandidate},
                   {"add", a.addCandidates},
                   {"remove", a.removeCandidates},
                   {"open", a.openResults},
                   {"save", a.saveResultsAs},
                   {"compare", a.compare},
                   {"cleanUp", a.cleanUpSandboxes},
                   {"settings", a.runSettings},
                   {"network", a.network},
                   {"rescore", a.rescore}};
        QStringList actual;
        for (const auto &[name, availability] : all) {
            if (availability.enabled)
                actual.append(QLatin1StringView(name));
            else // a disabled action always says why
                QVERIFY2(!availability.toolTip.isEmpty(), name);
        }
        QCOMPARE(actual.join(QLatin1Char(' ')), enabled);
    }

    // At 800x600 every column header is in view without scrolling; the setup panel folds away;
    // the backend's status keeps its height whichever backend is chosen.
    void layoutHoldsAt800x600()
    {
        QTemporaryDir results;
        openEndings(results);
        m_window->resize(800, 600);
        QTRY_COMPARE(m_window->size(), QSize(800, 600));
        auto *table = find<QTreeView>("runTable");
        QHeaderView *header = table->header();
        const auto everyHeaderInView = [&] {
            for (int column = 0; column < RunTableModel::ColumnCount; ++column) {
                if (header->sectionViewportPosition(column) + header->sectionSize(column)
                    > table->viewport()->width())
                    return false;
            }
            return table->horizontalScrollBar()->maximum() == 0;
        };
        QTRY_VERIFY(everyHeaderInView());
        // A long message above the table leaves it less height: a vertical scroll bar takes
        // some of its width, and every header still shows.
        m_window->infoBar().showMessage(InfoBar::Kind::Warning,
                                        QStringLiteral("A long message. ").repeated(20));
        QTRY_VERIFY(table->verticalScrollBar()->isVisible());
        QTRY_VERIFY(everyHeaderInView());
        // Run stays in sight however the panel scrolls.
        auto *run = find<QPushButton>("runButton");
        QVERIFY(run->isVisible());
        QVERIFY(m_window->rect().contains(
                QRect(run->mapTo(m_window.get(), QPoint()), run->size())));
        // The setup panel leaves the results most of the width.
        QVERIFY2(find<QWidget>("setupScrollArea")->width() <= 340,
                 qPrintable(QString::number(find<QWidget>("setupScrollArea")->width())));
        QVERIFY(m_window->minimumSize().width() <= 800 && m_window->minimumSize().height() <= 600);
        QVERIFY(m_window->minimumSize().width() >= 600);

        auto *status = find<QLabel>("backendStatusLabel");
        auto *backend = find<QComboBox>("backendCombo");
        QTRY_VERIFY(!m_window->daytonaAccount().isLoading());
        QList<int> heights;
        for (int index = 0; index < backend->count(); ++index) {
            backend->setCurrentIndex(index);
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            heights.append(status->height());
        }
        QVERIFY2(heights.count(heights.first()) == heights.size(),
                 qPrintable(QString::number(heights.first())));
        backend->setCurrentIndex(0);

        // Folded away, the table takes the width; and back.
        auto *showPanel = find<QAction>("actionShowSetupPanel");
        const int before = table->width();
        showPanel->trigger();
        QVERIFY(!showPanel->isChecked());
        QTRY_VERIFY(table->width() > before);
        QTRY_VERIFY(everyHeaderInView());
        showPanel->trigger();
        QTRY_VERIFY(find<QWidget>("setupScrollArea")->width() > 0);
        QTRY_VERIFY(everyHeaderInView());
    }

    // Lines written to stderr carry a marker of their own, not only a colour.
    void stderrLinesAreMarked()
    {
        LogView view;
        LiveLog log;
        log.append(OutputStream::Stdout, "starting\n");
        log.append(OutputStream::Stderr, "Traceback:\n  IndexError\n");
        log.append(OutputStream::Stdout, "done\n");
        view.showLog(log);
        QCOMPARE(view.document()->findBlockByNumber(1).text(), QStringLiteral("Traceback:"));
        QVERIFY(!view.isStderrLine(0));
        QVERIFY(view.isStderrLine(1));
        QVERIFY(view.isStderrLine(2));
        QVERIFY(!view.isStderrLine(3));
        view.appendOutput(OutputStream::Stderr, "late warning\n");
        QVERIFY(view.isStderrLine(4));
        QVERIFY(view.findChild<QWidget *>(QStringLiteral("logGutter")));
    }

    // What the run says while it goes reaches the info bar whole, in the window's words.
    void runWarningsUseTheWindowsWords()
    {
        if (!qEnvironmentVariableIsEmpty("DAYTONA_API_KEY"))
            QSKIP("a Daytona key is set in this environment");
        QTRY_VERIFY(!m_window->daytonaAccount().isLoading());
        RunPipeline &runs = m_window->runPipeline();
        InfoBar &bar = m_window->infoBar();
        // Auto without a key: said without the command line's advice, Settings a click away.
        const QString note = selectBackend(BackendChoice::Auto, runs.daytonaConfig()).note;
        QVERIFY(note.contains(QStringLiteral("dreamfoundry login"))); // the CLI's words
        Q_EMIT runs.warning(-1, note);
        QVERIFY(bar.isVisible());
        QVERIFY2(bar.text().contains(QStringLiteral("local sandboxes"))
                         && !bar.text().contains(QStringLiteral("dreamfoundry")),
                 qPrintable(bar.text()));
        QCOMPARE(find<QPushButton>("infoBarActionButton")->text(),
                 QStringLiteral("Daytona Settings..."));
        // A sandbox left behind: the window's menu, not the command.
        Q_EMIT runs.warning(-1,
                            QStringLiteral("Deleting sandbox x took too long; its auto-delete "
                                           "or `dreamfoundry sandboxes reap` will remove it."));
        QVERIFY2(bar.text().contains(QStringLiteral("Run > Clean Up Sandboxes..."))
                         && !bar.text().contains(QStringLiteral("dreamfoundry")),
                 qPrintable(bar.text()));
        QVERIFY(!find<QPushButton>("infoBarActionButton")->isVisible());
        QCOMPARE(bar.kind(), InfoBar::Kind::Warning);
    }

    void daytonaWithoutAKeyPromptsForOne()
    {
        if (!qEnvironmentVariableIsEmpty("DAYTONA_API_KEY"))
            QSKIP("a Daytona key is set in this environment");
        find<QComboBox>("backendCombo")->setCurrentIndex(1);
        InfoBar &bar = m_window->infoBar();
        QTRY_VERIFY(bar.isVisible()); // once the keychain answered
        QCOMPARE(bar.kind(), InfoBar::Kind::Warning);
        QVERIFY2(bar.text().contains(QStringLiteral("API key"))
                         && bar.text().contains(QStringLiteral("DAYTONA_API_KEY"))
                         && !bar.text().contains(QStringLiteral("dreamfoundry login")),
                 qPrintable(bar.text()));
        QVERIFY(!find<QCheckBox>("networkCheck")->isEnabled()); // local sandboxes only
        QVERIFY(!find<QPushButton>("runButton")->isEnabled());
        // The window points to its own settings, not to a command to type.
        const QString why = find<QPushButton>("runButton")->toolTip();
        QVERIFY2(why.contains(QStringLiteral("API key"))
                         && why.contains(QStringLiteral("Settings > Daytona Settings"))
                         && !why.contains(QStringLiteral("dreamfoundry login")),
                 qPrintable(why));
        // The bar's button opens the settings where the key is set.
        auto *settings = find<QPushButton>("infoBarActionButton");
        QCOMPARE(settings->text(), QStringLiteral("Daytona Settings..."));
        QTest::mouseClick(settings, Qt::LeftButton);
        QTRY_VERIFY(m_window->findChild<SettingsDialog *>());
        m_window->findChild<SettingsDialog *>()->reject();
        find<QComboBox>("backendCombo")->setCurrentIndex(0);
        QVERIFY(!bar.isVisible());
        QVERIFY(find<QCheckBox>("networkCheck")->isEnabled());
        // Closed by the person, it stays closed while nothing changes.
        find<QComboBox>("backendCombo")->setCurrentIndex(1);
        QTRY_VERIFY(bar.isVisible());
        QTest::mouseClick(find<QToolButton>("infoBarCloseButton"), Qt::LeftButton);
        QVERIFY(!bar.isVisible());
        m_window->daytonaAccount().reload();
        QTRY_VERIFY(!m_window->daytonaAccount().isLoading());
        QVERIFY(!bar.isVisible());
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
