// The README screenshot: opens the main window on the sample candidates, runs them to the end
// on the local backend, selects the candidate with the most telling log and grabs the window.
// Run it through tests/support/screenshot.sh (Xvfb, a temporary HOME).
// Usage: dreamfoundry_screenshot OUTPUT.png [CANDIDATE]
#include "core/samples.h"
#include "gui/candidatelistwidget.h"
#include "gui/mainwindow.h"
#include "gui/runtablemodel.h"
#include "pipeline/runpipeline.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

#include <cstdio>

using namespace DreamFoundry;

namespace {

template<typename T> T *child(QWidget &window, const char *name)
{
    auto *widget = window.findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qFatal("screenshot: the main window has no %s", name);
    return widget;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: dreamfoundry_screenshot OUTPUT.png [CANDIDATE]\n");
        return 2;
    }
    // Settings and the autosave live and die with this folder, whatever HOME the caller had.
    QTemporaryDir work(QDir::tempPath() + QStringLiteral("/dreamfoundry-screenshot-XXXXXX"));
    if (!work.isValid())
        return 1;
    const QString home = work.path() + QStringLiteral("/home");
    qputenv("HOME", home.toUtf8());
    qputenv("XDG_CONFIG_HOME", (home + QStringLiteral("/.config")).toUtf8());
    qputenv("XDG_DATA_HOME", (home + QStringLiteral("/.local/share")).toUtf8());
    QStandardPaths::setTestModeEnabled(true);

    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("dreamfoundry"));
    QCoreApplication::setOrganizationName(QStringLiteral("dreamfoundry"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DREAMFOUNDRY_VERSION));
    QApplication::setApplicationDisplayName(QStringLiteral("Dream Foundry"));
    const QStringList args = QCoreApplication::arguments();
    const QString output = args.at(1);
    const QString shownCandidate = args.value(2, QStringLiteral("beta"));

    MainWindow window;
    window.runPipeline().setAutosaveRoot(work.path() + QStringLiteral("/runs"));
    // A wide window, the setup panel narrowed as a user would drag it, so the table shows
    // every column.
    window.resize(1440, 840);
    child<QSplitter>(window, "mainSplitter")->setSizes({400, 1040});
    auto *list = child<CandidateListWidget>(window, "candidateList");
    list->clear();
    list->addScripts(sampleCandidateScripts());
    child<QPlainTextEdit>(window, "objectiveEdit")->setPlainText(defaultObjective());
    auto *backend = child<QComboBox>(window, "backendCombo");
    backend->setCurrentIndex(backend->findData(int(BackendChoice::Local)));
    child<QSpinBox>(window, "parallelSpin")->setValue(0);
    window.show();

    int exitCode = 0;
    QObject::connect(&window.runPipeline(), &RunPipeline::finished, &app,
                     [&](const RunRecord &run, const QString &, const QString &error) {
                         if (!error.isEmpty())
                             std::fprintf(stderr, "screenshot: autosave failed: %s\n",
                                          qUtf8Printable(error));
                         int row = 0;
                         for (int i = 0; i < run.candidates.size(); ++i) {
                             if (run.candidates.at(i).candidateId == shownCandidate)
                                 row = i;
                         }
                         auto *table = child<QTreeView>(window, "runTable");
                         table->setCurrentIndex(table->model()->index(row, 0));
                         // Sandbox ids are long: widen their column as a user would.
                         table->resizeColumnToContents(RunTableModel::SandboxColumn);
                         child<QTabWidget>(window, "detailTabs")->setCurrentIndex(0); // the log
                         // Let the table's coalesced refresh and the log reach the screen first.
                         QTimer::singleShot(2 * RunTableModel::refreshIntervalMs + 500, &app, [&] {
                             const QPixmap shot = window.grab();
                             if (shot.isNull() || !shot.save(output)) {
                                 std::fprintf(stderr, "screenshot: cannot write %s\n",
                                              qUtf8Printable(output));
                                 exitCode = 1;
                             } else {
                                 std::printf("%s: %dx%d\n", qUtf8Printable(output), shot.width(),
                                             shot.height());
                             }
                             app.quit();
                         });
                     });
    QTimer::singleShot(1000, &app, [&] {
        auto *run = child<QAbstractButton>(window, "runButton");
        if (!run->isEnabled()) {
            std::fprintf(stderr, "screenshot: Run is disabled: %s\n",
                         qUtf8Printable(run->toolTip()));
            exitCode = 1;
            app.quit();
            return;
        }
        run->click();
    });
    QTimer::singleShot(120'000, &app, [&] {
        std::fprintf(stderr, "screenshot: the run did not finish within two minutes\n");
        exitCode = 1;
        app.quit();
    });
    app.exec();
    return exitCode;
}
