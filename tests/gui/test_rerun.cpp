// Reruns in the real MainWindow on the offscreen platform: a rerun updates its rows in place
// within the same run and results folder, and says which objective it answers.
#include "gui/filedialog.h"
#include "gui/mainwindow.h"
#include "gui/runtablemodel.h"
#include "namedchild.h"
#include "results/resultstore.h"
#include "testcandidates.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace DreamFoundry;

namespace {

// An event list the default scorer accepts (three events at least), so the run ranks.
const QString events = QStringLiteral(
        "open(sys.argv[2], 'w').write('# AI events\\n' + ''.join(\n"
        "    f'- 2099-01-0{d} | [AI agents meetup {d}](https://example.com/ai/{d})\\n'\n"
        "    for d in range(1, 5)))\n");

} // namespace

class TestRerun final : public QObject
{
    Q_OBJECT

    std::unique_ptr<MainWindow> m_window;
    Test::CandidateScripts m_scripts;
    QTemporaryDir m_autosave;
    QString m_steady;
    QString m_flaky;

    template<typename T> T *find(const char *name) const
    {
        return DreamFoundry::Test::namedChild<T>(m_window.get(), name);
    }

    RunTableModel &model() const { return m_window->runTableModel(); }

    // Runs steady (succeeds) and flaky (fails) with `objective`; the run is on screen after.
    void runBoth(const QString &objective)
    {
        m_steady = m_scripts.write(QStringLiteral("steady.py"),
                                   QStringLiteral("import sys\n") + events);
        m_flaky = m_scripts.write(QStringLiteral("flaky.py"),
                                  QStringLiteral("import sys\nsys.exit('a bug')\n"));
        m_window->useCandidates({m_steady, m_flaky});
        auto *edit = find<QPlainTextEdit>("objectiveEdit");
        edit->setPlainText(objective);
        QSignalSpy finished(&m_window->runPipeline(), &RunPipeline::finished);
        QTest::mouseClick(find<QPushButton>("runButton"), Qt::LeftButton);
        QVERIFY(finished.wait(60'000));
        QCOMPARE(model().stateAt(1), CandidateState::Failed);
    }

    QMessageBox *objectiveQuestion() const
    {
        return m_window->findChild<QMessageBox *>(QStringLiteral("rerunObjectiveBox"));
    }

    QPushButton *buttonOf(QMessageBox *box, const QString &text) const
    {
        for (QAbstractButton *button : box->buttons()) {
            if (button->text() == text)
                return qobject_cast<QPushButton *>(button);
        }
        qFatal("no button %s", qPrintable(text));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
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

    // Rerun Failed after fixing the script: the succeeded row stays in view the whole time,
    // the failed row becomes attempt 2, the run's folder is updated, and the first attempt is
    // reachable from the row.
    void rerunFailedUpdatesTheRowsInPlace()
    {
        runBoth(QStringLiteral("Find AI meetups"));
        const QString folder = m_window->shownFolder();
        const QString steadySandbox = model().resultAt(0).sandboxId;
        m_scripts.write(QStringLiteral("flaky.py"), QStringLiteral("import sys\n") + events);

        QSignalSpy finished(&m_window->runPipeline(), &RunPipeline::finished);
        QTest::mouseClick(find<QPushButton>("rerunFailedButton"), Qt::LeftButton);
        QVERIFY(!objectiveQuestion()); // the objective was not edited: nothing to ask
        QVERIFY(m_window->runPipeline().isRunning());
        QCOMPARE(model().rowCount(), 2);
        QCOMPARE(model().stateAt(0), CandidateState::Succeeded);
        QCOMPARE(model().resultAt(0).sandboxId, steadySandbox);
        QVERIFY(finished.wait(60'000));

        QCOMPARE(m_window->shownFolder(), folder);
        QCOMPARE(model().rowCount(), 2);
        QCOMPARE(model().resultAt(0).sandboxId, steadySandbox);
        QCOMPARE(model().stateAt(1), CandidateState::Succeeded);
        QCOMPARE(model().index(1, RunTableModel::StatusColumn).data().toString(),
                 QStringLiteral("Succeeded (attempt 2)"));
        QVERIFY(!model().winner().candidateId.isEmpty()); // ranked again, both in the field
        QString error;
        const RunRecord saved = ResultStore::load(folder, &error);
        QCOMPARE(error, QString());
        QCOMPARE(saved.candidates.size(), 2);
        QCOMPARE(saved.earlierAttempts.size(), 1);
        QCOMPARE(QDir(m_autosave.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 1);

        // The first attempt, from the row's context menu: its log in the Log tab.
        auto *table = find<QTreeView>("runTable");
        const QModelIndex flakyIndex = table->model()->index(1, 0);
        Q_EMIT table->customContextMenuRequested(table->visualRect(flakyIndex).center());
        QMenu *attempts = nullptr;
        QTRY_VERIFY(
                (attempts = m_window->findChild<QMenu *>(QStringLiteral("earlierAttemptsMenu"))));
        QAction *show = attempts->actions().value(0);
        QVERIFY(show);
        QVERIFY2(show->text().contains(QStringLiteral("Attempt 1: Failed")),
                 qPrintable(show->text()));
        show->trigger();
        QVERIFY(find<QPlainTextEdit>("logView")->toPlainText().contains(QStringLiteral("a bug")));
    }

    // The objective box edited since the run: the window asks; the run's objective keeps the
    // rerun in the run, the edited one makes a new run of the chosen candidates.
    void anEditedObjectiveIsAChoice_data()
    {
        QTest::addColumn<bool>("useEdited");
        QTest::newRow("the run's objective") << false;
        QTest::newRow("the edited objective") << true;
    }

    void anEditedObjectiveIsAChoice()
    {
        QFETCH(bool, useEdited);
        runBoth(QStringLiteral("Find AI meetups"));
        const QString folder = m_window->shownFolder();
        find<QPlainTextEdit>("objectiveEdit")->setPlainText(QStringLiteral("Find AI courses"));

        QTest::mouseClick(find<QPushButton>("rerunFailedButton"), Qt::LeftButton);
        QMessageBox *box = objectiveQuestion();
        QVERIFY(box && box->isVisible());
        QVERIFY(!m_window->runPipeline().isRunning()); // nothing runs before the answer
        QSignalSpy finished(&m_window->runPipeline(), &RunPipeline::finished);
        buttonOf(box,
                 useEdited ? QStringLiteral("New Run with the Edited Objective")
                           : QStringLiteral("Rerun with the Run's Objective"))
                ->click();
        QVERIFY(finished.wait(60'000));

        const RunRecord run = finished.at(0).at(0).value<RunRecord>();
        if (useEdited) {
            QCOMPARE(run.objective, QStringLiteral("Find AI courses"));
            QCOMPARE(run.candidates.size(), 1);
            QVERIFY(m_window->shownFolder() != folder);
        } else {
            QCOMPARE(run.objective, QStringLiteral("Find AI meetups"));
            QCOMPARE(run.candidates.size(), 2);
            QCOMPARE(run.candidates[1].attempt, 2);
            QCOMPARE(m_window->shownFolder(), folder);
        }
    }

    // A run the machine refuses after its rows were named (here: no temporary folder to work
    // in) says why and leaves the run shown before on screen, with no rows left waiting.
    void aRefusedRunLeavesTheTableAsItWas()
    {
        runBoth(QStringLiteral("Find AI meetups"));
        const QByteArray tmp = qgetenv("TMPDIR");
        qputenv("TMPDIR", QByteArrayLiteral("/proc")); // a folder even root cannot write in
        QTest::mouseClick(find<QPushButton>("runButton"), Qt::LeftButton);
        qputenv("TMPDIR", tmp);
        QVERIFY(!m_window->runPipeline().isRunning());
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_window->findChild<QMessageBox *>()) && box->isVisible());
        QCOMPARE(box->icon(), QMessageBox::Warning);
        box->close();
        QCOMPARE(model().rowCount(), 2);
        QCOMPARE(model().stateAt(0), CandidateState::Succeeded);
        QCOMPARE(model().stateAt(1), CandidateState::Failed);
    }

    // Cancel in the question runs nothing.
    void cancellingTheQuestionRunsNothing()
    {
        runBoth(QStringLiteral("Find AI meetups"));
        find<QPlainTextEdit>("objectiveEdit")->setPlainText(QStringLiteral("Something else"));
        QTest::mouseClick(find<QPushButton>("rerunFailedButton"), Qt::LeftButton);
        QMessageBox *box = objectiveQuestion();
        QVERIFY(box);
        box->button(QMessageBox::Cancel)->click();
        QVERIFY(!m_window->runPipeline().isRunning());
        QCOMPARE(model().stateAt(1), CandidateState::Failed);
    }
};

QTEST_MAIN(TestRerun)
#include "test_rerun.moc"
