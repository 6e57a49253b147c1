// View > History and File > Export in the real MainWindow on the offscreen platform: past runs
// listed, filtered, opened, compared, moved to the trash and charted; the run on screen
// exported.
#include "gui/filedialog.h"
#include "gui/historychart.h"
#include "gui/historymodel.h"
#include "gui/historypanel.h"
#include "gui/mainwindow.h"
#include "gui/runtablemodel.h"
#include "namedchild.h"
#include "results/resultstore.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace DreamFoundry;

namespace {

// Answers Export's save dialog with a file, as a person would.
class AnsweringFileDialog final : public FileDialog
{
public:
    QString file;
    void saveFile(QWidget *, const QString &, const QString &, const QStringList &,
                  FilesChosen chosen) override
    {
        chosen({file});
    }
};

RunRecord makeRun(const QString &objective, const QString &backend, CandidateState alpha,
                  const QDateTime &startedAt)
{
    RunRecord run;
    run.runId = objective;
    run.objective = objective;
    run.backend = backend;
    run.startedAt = startedAt;
    run.finishedAt = startedAt.addSecs(4);
    for (const QString &id : {QStringLiteral("alpha"), QStringLiteral("beta")}) {
        CandidateResult r;
        r.candidateId = id;
        r.state = id == QLatin1StringView("alpha") ? alpha : CandidateState::Succeeded;
        r.runtimeSeconds = 2;
        ScoreCard card;
        card.total = r.state == CandidateState::Succeeded ? 60 : 0;
        r.score = card;
        run.candidates.append(r);
    }
    run.winner.candidateId = QStringLiteral("beta");
    return run;
}

} // namespace

class TestHistoryPanel final : public QObject
{
    Q_OBJECT

    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
    AnsweringFileDialog m_dialogs;
    QString m_runs;

    template<typename T> T *find(const char *name) const
    {
        return DreamFoundry::Test::namedChild<T>(m_window.get(), name);
    }

    HistoryPanel *openHistory()
    {
        auto *panel = find<HistoryPanel>("historyPanel");
        QSignalSpy loaded(panel, &HistoryPanel::loaded);
        find<QAction>("actionHistory")->trigger();
        [&] {
            QVERIFY(panel->isVisible());
            QTRY_VERIFY(!loaded.isEmpty());
        }();
        return panel;
    }

    // Selects the history rows showing these folders.
    void select(const QStringList &folders)
    {
        auto *table = find<QTableView>("historyTable");
        table->clearSelection();
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QModelIndex index = table->model()->index(row, 0);
            if (folders.contains(index.data(HistoryModel::FolderRole).toString()))
                table->selectionModel()->select(
                        index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }

    QString folder(const QString &name) const { return m_runs + QLatin1Char('/') + name; }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        FileDialog::setInstance(&m_dialogs);
    }

    void init()
    {
        QSettings().clear();
        m_runs = m_dir.filePath(QStringLiteral("runs"));
        QDir(m_runs).removeRecursively();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(ResultStore::save(makeRun(QStringLiteral("first objective"),
                                           QStringLiteral("local"), CandidateState::Failed,
                                           now.addDays(-3)),
                                   folder(QStringLiteral("one"))),
                 QString());
        QCOMPARE(ResultStore::save(makeRun(QStringLiteral("second objective"),
                                           QStringLiteral("daytona"), CandidateState::Succeeded,
                                           now.addSecs(-60)),
                                   folder(QStringLiteral("two"))),
                 QString());
        QDir().mkpath(folder(QStringLiteral("broken")));
        QFile broken(folder(QStringLiteral("broken/run.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{ nope");
        broken.close();
        m_window = std::make_unique<MainWindow>();
        m_window->runPipeline().setAutosaveRoot(m_runs);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        QSettings().clear();
    }

    // Every run is listed newest first, the broken one with its reason; filters narrow the
    // list and the chart follows it; a run opens into the table.
    void listsFiltersAndOpens()
    {
        HistoryPanel *panel = openHistory();
        HistoryModel &model = panel->model();
        QCOMPARE(model.rowCount(), 3);
        const QString summary = find<QLabel>("historySummaryLabel")->text();
        QVERIFY2(summary.contains(QStringLiteral("1 cannot be read")), qPrintable(summary));
        // Newest first: the broken folder by its own date, then the second run, then the first.
        auto *table = find<QTableView>("historyTable");
        QCOMPARE(table->model()->index(1, HistoryModel::ObjectiveColumn).data().toString(),
                 QStringLiteral("second objective"));
        QCOMPARE(table->model()->index(2, HistoryModel::ObjectiveColumn).data().toString(),
                 QStringLiteral("first objective"));
        QCOMPARE(panel->chart().candidates(),
                 (QStringList{QStringLiteral("alpha"), QStringLiteral("beta")}));

        find<QLineEdit>("historyFilterEdit")->setText(QStringLiteral("FIRST"));
        QCOMPARE(table->model()->rowCount(), 1);
        find<QLineEdit>("historyFilterEdit")->clear();
        auto *backend = find<QComboBox>("historyBackendCombo");
        backend->setCurrentIndex(backend->findData(QStringLiteral("daytona")));
        QCOMPARE(table->model()->rowCount(), 1);
        backend->setCurrentIndex(0);
        auto *since = find<QComboBox>("historySinceCombo");
        since->setCurrentIndex(since->findData(0)); // today
        QVERIFY(table->model()->rowCount() < 3);
        since->setCurrentIndex(0);

        select({folder(QStringLiteral("one"))});
        find<QPushButton>("historyOpenButton")->click();
        QTRY_COMPARE(m_window->shownFolder(), folder(QStringLiteral("one")));
        QCOMPARE(m_window->runTableModel().rowCount(), 2);
    }

    // Two runs compared: alpha went from failed to succeeded.
    void comparesTwoRuns()
    {
        openHistory();
        select({folder(QStringLiteral("one")), folder(QStringLiteral("two"))});
        find<QPushButton>("historyCompareButton")->click();
        QTreeWidget *list = nullptr;
        QTRY_VERIFY((list = m_window->findChild<QTreeWidget *>(QStringLiteral("runChangesList")))
                    && list->topLevelItemCount() == 2);
        QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("alpha"));
        QCOMPARE(list->topLevelItem(0)->text(1),
                 QStringLiteral("failed -> succeeded; score 0.0 -> 60.0"));
        QCOMPARE(list->topLevelItem(1)->text(1), QStringLiteral("unchanged"));
    }

    void movesARunToTheTrash_data()
    {
        QTest::addColumn<bool>("withDeleteKey");
        QTest::newRow("button") << false;
        QTest::newRow("Delete key on the table") << true;
    }
    // Moving to the trash asks first; the run goes to the desktop's trash and off the list.
    void movesARunToTheTrash()
    {
        QFETCH(bool, withDeleteKey);
        HistoryPanel *panel = openHistory();
        select({folder(QStringLiteral("two"))});
        if (withDeleteKey) {
            auto *table = find<QTableView>("historyTable");
            table->setFocus();
            QTest::keyClick(table, Qt::Key_Delete);
        } else {
            find<QPushButton>("historyDeleteButton")->click();
        }
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(QStringLiteral("historyDeleteBox"))));
        QVERIFY(QFileInfo::exists(folder(QStringLiteral("two")))); // nothing before the answer
        for (QAbstractButton *button : box->buttons()) {
            if (button->text() == QStringLiteral("Move to Trash"))
                button->click();
        }
        QTRY_COMPARE(panel->model().rowCount(), 2);
        QVERIFY(!QFileInfo::exists(folder(QStringLiteral("two"))));
        // The desktop's trash (test mode keeps it under ~/.qttest): emptied again here.
        QDir trash(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
                   + QStringLiteral("/Trash"));
        QVERIFY(QFileInfo::exists(trash.filePath(QStringLiteral("files/two/run.json"))));
        trash.removeRecursively();
    }

    // File > Export writes the run on screen in the format of the file chosen.
    void exportsTheRunOnScreen()
    {
        auto *exportAction = find<QAction>("actionExportResults");
        QVERIFY(!exportAction->isEnabled()); // nothing on screen yet
        openHistory();
        select({folder(QStringLiteral("one"))});
        find<QPushButton>("historyOpenButton")->click();
        QTRY_VERIFY(exportAction->isEnabled());
        m_dialogs.file = m_dir.filePath(QStringLiteral("table.csv"));
        exportAction->trigger();
        QTRY_VERIFY(QFileInfo::exists(m_dialogs.file));
        QFile csv(m_dialogs.file);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(csv.readAll().startsWith("rank,candidate,"));
    }
};

QTEST_MAIN(TestHistoryPanel)
#include "test_historypanel.moc"
