// The comparison viewer on the offscreen platform: opened from the real MainWindow (a
// selection, the row's context menu, a live run) and alone (`compare --window`), driven
// through its actions, keys and widgets.
#include "gui/comparepane.h"
#include "gui/comparewindow.h"
#include "gui/comparewindowcommand.h"
#include "gui/difftextview.h"
#include "gui/filedialog.h"
#include "gui/mainwindow.h"
#include "gui/overviewruler.h"
#include "gui/runtablemodel.h"
#include "gui/safemarkdownview.h"
#include "results/resultstore.h"
#include "testcandidates.h"

#include <QAction>
#include <QFile>
#include <QItemSelectionModel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QWheelEvent>

using namespace DreamFoundry;

namespace {

class AnsweringFileDialog final : public FileDialog
{
public:
    QString folder;
    void existingFolder(QWidget *, const QString &, const QString &, FolderChosen chosen) override
    {
        if (!folder.isEmpty())
            chosen(folder);
    }
};

// alpha is the first baseline. beta changes a word of line 3, lacks "four", adds "six".
const QByteArray alphaText = "# Events\none\ntwo\nthree\nfour\nfive\n";
const QByteArray betaText = "# Events\none\ntwo words\nthree\nfive\nsix\n";

QByteArray longText(int changedLine)
{
    QByteArray text;
    for (int line = 1; line <= 100; ++line)
        text += line == changedLine ? QByteArray("line changed\n")
                                    : "line " + QByteArray::number(line) + '\n';
    return text;
}

} // namespace

class TestCompareView final : public QObject
{
    Q_OBJECT

private:
    // A results folder of these candidates: id, artifact name and bytes (none: failed).
    struct Artifact
    {
        QString id;
        QString name;
        std::optional<QByteArray> bytes;
    };

    QString saveRun(const QList<Artifact> &artifacts)
    {
        RunRecord run;
        run.runId = QStringLiteral("compare");
        run.objective = QStringLiteral("compare objective");
        run.startedAt = run.finishedAt = QDateTime::currentDateTimeUtc();
        for (const Artifact &artifact : artifacts) {
            CandidateResult result;
            result.candidateId = artifact.id;
            if (artifact.bytes) {
                result.state = CandidateState::Succeeded;
                result.exitCode = 0;
                result.artifactFile
                        = m_scratch.filePath(artifact.id + QLatin1Char('-') + artifact.name);
                QFile file(result.artifactFile);
                if (!file.open(QIODevice::WriteOnly) || file.write(*artifact.bytes) < 0)
                    qFatal("cannot write a test artifact");
                result.artifactName = artifact.name;
                result.artifactSize = artifact.bytes->size();
            } else {
                result.state = CandidateState::Failed;
                result.exitCode = 3;
                result.errorMessage = QStringLiteral("Exit code 3: it crashed on purpose.");
            }
            run.candidates.append(result);
        }
        const QString folder = m_results.filePath(QStringLiteral("run%1").arg(++m_runs));
        if (const QString error = ResultStore::save(run, folder); !error.isEmpty())
            qFatal("cannot save a test run: %s", qPrintable(error));
        return folder;
    }

    void openRun(const QList<Artifact> &artifacts)
    {
        m_dialogs.folder = saveRun(artifacts);
        action("actionOpenResults")->trigger();
        QTRY_COMPARE(m_window->runTableModel().rowCount(), artifacts.size());
    }

    QAction *action(const char *name) const
    {
        auto *found = m_window->findChild<QAction *>(QLatin1StringView(name));
        if (!found)
            qFatal("no action %s", name);
        return found;
    }

    QAction *viewerAction(const char *name) const
    {
        auto *found = viewer()->findChild<QAction *>(QLatin1StringView(name));
        if (!found)
            qFatal("no viewer action %s", name);
        return found;
    }

    CompareWindow *viewer() const { return m_window->compareWindow(); }
    QTreeView *table() const
    {
        return m_window->findChild<QTreeView *>(QStringLiteral("runTable"));
    }

    void selectRows(const QList<int> &sourceRows)
    {
        auto *proxy = qobject_cast<QSortFilterProxyModel *>(table()->model());
        QItemSelectionModel *selection = table()->selectionModel();
        selection->clearSelection();
        for (int row : sourceRows)
            selection->select(proxy->mapFromSource(m_window->runTableModel().index(row, 0)),
                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }

    // Opens the viewer on these rows with the action (as Ctrl+D does) and waits for the diff.
    bool compareRows(const QList<int> &rows)
    {
        selectRows(rows);
        if (!action("actionCompareArtifacts")->isEnabled())
            return false;
        action("actionCompareArtifacts")->trigger();
        if (!viewer())
            return false;
        QSignalSpy shown(viewer(), &CompareWindow::comparisonShown);
        return viewer()->comparison() || shown.wait(10'000);
    }

    bool waitForComparison()
    {
        QSignalSpy shown(viewer(), &CompareWindow::comparisonShown);
        return shown.wait(10'000);
    }

    QMenu *visibleMenu(QObject *in) const
    {
        for (QMenu *menu : in->findChildren<QMenu *>()) {
            if (menu->isVisible())
                return menu;
        }
        return nullptr;
    }

    std::unique_ptr<MainWindow> m_window;
    AnsweringFileDialog m_dialogs;
    QTemporaryDir m_scratch;
    QTemporaryDir m_results;
    QTemporaryDir m_autosave;
    Test::CandidateScripts m_scripts;
    int m_runs = 0;

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

    void compareIsOfferedForOneToFourRows()
    {
        openRun({{QStringLiteral("a"), QStringLiteral("a.md"), QByteArray("a\n")},
                 {QStringLiteral("b"), QStringLiteral("b.md"), QByteArray("b\n")},
                 {QStringLiteral("c"), QStringLiteral("c.md"), QByteArray("c\n")},
                 {QStringLiteral("d"), QStringLiteral("d.md"), QByteArray("d\n")},
                 {QStringLiteral("e"), QStringLiteral("e.md"), QByteArray("e\n")}});
        QAction *compare = action("actionCompareArtifacts");
        QCOMPARE(compare->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_D));
        selectRows({0, 1});
        QVERIFY(compare->isEnabled());
        selectRows({0, 1, 2, 3, 4});
        QVERIFY(!compare->isEnabled());
        QVERIFY2(compare->toolTip().contains(QStringLiteral("at most 4")),
                 qPrintable(compare->toolTip()));
        selectRows({2});
        QVERIFY(compare->isEnabled()); // opens on one, with the picker for the others

        // Ctrl+D opens the viewer on the selection, in a window of its own.
        selectRows({0, 3});
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_D, Qt::ControlModifier);
        QTRY_VERIFY(viewer() && viewer()->isVisible());
        QCOMPARE(viewer()->paneCount(), 2);
        QVERIFY(viewer()->isWindow());
        QTRY_VERIFY(viewer()->comparison());
        QCOMPARE(viewer()->pane(1)->headerText().section(QLatin1Char('\n'), 0, 0),
                 QStringLiteral("d"));
    }

    // Two rows selected, Compare: aligned panes, headers with the figures, the differences
    // stepped through with Alt+Down / Alt+Up, each marked with a sign as well as a colour.
    void selectionOpensAlignedPanesAndKeysStepThroughDifferences()
    {
        openRun({{QStringLiteral("alpha"), QStringLiteral("alpha.md"), alphaText},
                 {QStringLiteral("beta"), QStringLiteral("beta.md"), betaText}});
        QVERIFY(compareRows({0, 1}));
        CompareWindow *compare = viewer();
        QVERIFY(compare->isVisible());
        QVERIFY(!compare->isModal());
        QCOMPARE(compare->paneCount(), 2);

        const QString alphaHeader = compare->pane(0)->headerText();
        const QString betaHeader = compare->pane(1)->headerText();
        QVERIFY2(alphaHeader.startsWith(QStringLiteral("alpha\n")), qPrintable(alphaHeader));
        QVERIFY2(alphaHeader.contains(QStringLiteral("baseline")), qPrintable(alphaHeader));
        QVERIFY2(alphaHeader.contains(QStringLiteral("Succeeded")), qPrintable(alphaHeader));
        QVERIFY2(betaHeader.contains(QStringLiteral("+1 added, -1 removed, ~1 changed")),
                 qPrintable(betaHeader));

        // Aligned: row 2 changed, "four" removed (a gap in beta), "six" added (a gap in alpha).
        DiffTextView *alpha = compare->pane(0)->textView();
        DiffTextView *beta = compare->pane(1)->textView();
        QVERIFY(compare->pane(1)->isShowingText());
        QCOMPARE(beta->rowText(2), QStringLiteral("two words"));
        QCOMPARE(beta->rowSign(2), QLatin1Char('~'));
        QCOMPARE(alpha->rowText(4), QStringLiteral("four"));
        QCOMPARE(beta->rowText(4), QString());
        QCOMPARE(beta->rowSign(4), QLatin1Char('-'));
        QCOMPARE(alpha->rowText(6), QString());
        QCOMPARE(beta->rowSign(6), QLatin1Char('+'));
        QCOMPARE(beta->rowSign(0), QLatin1Char(' '));
        // Inside the changed line, the added word is marked, not the whole line.
        const QList<TextSpan> spans = compare->layout().changedSpans(2, 1);
        QVERIFY(!spans.isEmpty());
        for (const TextSpan &span : spans)
            QVERIFY(span.start >= 3);
        QCOMPARE(compare->overviewRuler()->marks().size(), 3);

        // It opens on the first difference; the keys step through them, in every pane.
        QCOMPARE(compare->currentRow(), 2);
        compare->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(compare));
        QTest::keyClick(compare, Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(compare->currentRow(), 4);
        QCOMPARE(alpha->currentRow(), 4);
        QCOMPARE(beta->currentRow(), 4);
        QTest::keyClick(compare, Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(compare->currentRow(), 6);
        QTest::keyClick(compare, Qt::Key_Down, Qt::AltModifier); // no further: stays
        QCOMPARE(compare->currentRow(), 6);
        QTest::keyClick(compare, Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(compare->currentRow(), 4);
        viewerAction("actionPreviousDifference")->trigger(); // the toolbar's button
        QCOMPARE(compare->currentRow(), 2);
        // The arrows move the current line, the same in every pane.
        beta->setFocus();
        QTest::keyClick(beta, Qt::Key_Down);
        QCOMPARE(compare->currentRow(), 3);
        QCOMPARE(alpha->currentRow(), 3);
        QTest::keyClick(beta, Qt::Key_End);
        QCOMPARE(compare->currentRow(), 6);
    }

    // The row's menu: Compare With... opens the viewer on that row and its picker offers the
    // others; a picked one becomes a pane.
    void contextMenuComparesWithAPickedCandidate()
    {
        openRun({{QStringLiteral("alpha"), QStringLiteral("alpha.md"), alphaText},
                 {QStringLiteral("beta"), QStringLiteral("beta.md"), betaText},
                 {QStringLiteral("gamma"), QStringLiteral("gamma.md"), alphaText}});
        const QModelIndex gamma = table()->model()->index(2, 0);
        Q_EMIT table()->customContextMenuRequested(table()->visualRect(gamma).center());
        QMenu *menu = nullptr;
        QTRY_VERIFY((menu = visibleMenu(m_window.get())));
        QAction *compareWith = nullptr;
        for (QAction *item : menu->actions())
            compareWith
                    = item->text().contains(QStringLiteral("Compare &With")) ? item : compareWith;
        QVERIFY(compareWith && compareWith->isEnabled());
        compareWith->trigger();
        menu->close();

        QVERIFY(viewer());
        QCOMPARE(viewer()->paneCount(), 1);
        QTRY_VERIFY(viewer()->picker()->isVisible());
        QStringList offered;
        QAction *alpha = nullptr;
        for (QAction *item : viewer()->picker()->actions()) {
            offered.append(item->text());
            alpha = item->text() == QStringLiteral("alpha") ? item : alpha;
        }
        QCOMPARE(offered, (QStringList{QStringLiteral("alpha"), QStringLiteral("beta")}));
        alpha->trigger();
        viewer()->picker()->close();
        QVERIFY(waitForComparison());
        QCOMPARE(viewer()->paneCount(), 2);
        QVERIFY2(viewer()->pane(1)->headerText().contains(QStringLiteral("identical to baseline")),
                 qPrintable(viewer()->pane(1)->headerText()));
        QCOMPARE(viewer()->comparison()->blocks().size(), 0);
    }

    // Differences only folds the unchanged runs to 3 lines of context; a click on a fold
    // shows it. Ignore case re-runs the comparison.
    void differencesOnlyFoldsAndExpands()
    {
        openRun({{QStringLiteral("alpha"), QStringLiteral("alpha.txt"), longText(0)},
                 {QStringLiteral("beta"), QStringLiteral("beta.txt"), longText(50)}});
        QVERIFY(compareRows({0, 1}));
        CompareWindow *compare = viewer();
        QCOMPARE(compare->layout().displayRowCount(), 100);
        // The panes scroll in step, whichever is scrolled, and share the current line.
        DiffTextView *alphaText = compare->pane(0)->textView();
        DiffTextView *betaText = compare->pane(1)->textView();
        auto *scrollBar = compare->findChild<QScrollBar *>(QStringLiteral("compareScrollBar"));
        QVERIFY(scrollBar->maximum() > 20);
        alphaText->verticalScrollBar()->setValue(20);
        QCOMPARE(scrollBar->value(), 20);
        QCOMPARE(betaText->firstVisibleRow(), 20);
        QWheelEvent wheel(QPointF(10, 10), betaText->viewport()->mapToGlobal(QPointF(10, 10)),
                          QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(betaText->viewport(), &wheel);
        QVERIFY(scrollBar->value() > 20); // the wheel over one pane scrolls them all
        QCOMPARE(alphaText->firstVisibleRow(), scrollBar->value());
        scrollBar->setValue(5);
        QCOMPARE(alphaText->firstVisibleRow(), 5);
        QCOMPARE(betaText->firstVisibleRow(), 5);
        QTest::mouseClick(betaText->viewport(), Qt::LeftButton, {},
                          QPoint(60, betaText->rowHeight() * 2 + 2));
        QCOMPARE(compare->currentRow(), 7);
        QCOMPARE(alphaText->currentRow(), 7);
        viewerAction("actionNextDifference")->trigger();
        QCOMPARE(compare->currentRow(), 49);
        QVERIFY(scrollBar->value() <= 49 && scrollBar->value() + scrollBar->pageStep() > 49);
        viewerAction("actionDifferencesOnly")->trigger();
        const CompareLayout &layout = compare->layout();
        QVERIFY2(layout.displayRowCount() < 12,
                 qPrintable(QString::number(layout.displayRowCount())));
        QCOMPARE(layout.displayRow(0).foldedRows, 46);
        // The current line stays the difference.
        QCOMPARE(layout.displayRow(compare->currentRow()).row, 49);

        DiffTextView *beta = compare->pane(1)->textView();
        QCOMPARE(beta->firstVisibleRow(), 0);
        QTest::mouseClick(beta->viewport(), Qt::LeftButton, {}, QPoint(40, beta->rowHeight() / 2));
        QVERIFY(layout.displayRowCount() > 50);
        QCOMPARE(layout.displayRow(0).foldedRows, 0);
        QCOMPARE(beta->rowText(0), QStringLiteral("line 1"));

        viewerAction("actionDifferencesOnly")->trigger();
        QCOMPARE(layout.displayRowCount(), 100);

        // Comparing again (an option changed) keeps the view where the reader left it.
        scrollBar->setValue(30);
        QTest::mouseClick(betaText->viewport(), Qt::LeftButton, {},
                          QPoint(60, betaText->rowHeight() * 5 + 2));
        QCOMPARE(compare->currentRow(), 35);
        viewerAction("actionIgnoreCase")->trigger();
        QVERIFY(waitForComparison());
        QCOMPARE(scrollBar->value(), 30);
        QCOMPARE(compare->currentRow(), 35);
    }

    void ignoreCaseAndWhitespaceRerunTheComparison()
    {
        openRun({{QStringLiteral("alpha"), QStringLiteral("alpha.txt"), "Hello World\nsame\n"},
                 {QStringLiteral("beta"), QStringLiteral("beta.txt"), "hello   world\nsame\n"}});
        QVERIFY(compareRows({0, 1}));
        QCOMPARE(viewer()->comparison()->blocks().size(), 1);
        viewerAction("actionIgnoreCase")->trigger();
        QVERIFY(waitForComparison());
        QCOMPARE(viewer()->comparison()->blocks().size(), 1); // the spaces still differ
        viewerAction("actionIgnoreWhitespace")->trigger();
        QVERIFY(waitForComparison());
        QCOMPARE(viewer()->comparison()->blocks().size(), 0);
        QVERIFY(viewer()->pane(1)->headerText().contains(QStringLiteral("identical to baseline")));
    }

    // A click on a pane's Baseline button compares the others against it.
    void changingTheBaselineTurnsTheFiguresAround()
    {
        openRun({{QStringLiteral("alpha"), QStringLiteral("alpha.md"), alphaText},
                 {QStringLiteral("beta"), QStringLiteral("beta.md"), betaText}});
        QVERIFY(compareRows({0, 1}));
        auto *betaBaseline
                = viewer()->pane(1)->findChild<QToolButton *>(QStringLiteral("baselineButton"));
        QVERIFY(!betaBaseline->isChecked());
        // Each pane's buttons are the same: a screen reader hears whose they are.
        QCOMPARE(betaBaseline->accessibleName(), QStringLiteral("Make beta the baseline"));
        QCOMPARE(viewer()->pane(0)
                         ->findChild<QToolButton *>(QStringLiteral("removePaneButton"))
                         ->accessibleName(),
                 QStringLiteral("Remove alpha from the comparison"));
        QTest::mouseClick(betaBaseline, Qt::LeftButton);
        QVERIFY(waitForComparison());
        QCOMPARE(viewer()->baseline(), 1);
        QCOMPARE(viewer()->comparison()->baseline(), 1);
        QVERIFY(betaBaseline->isChecked());
        QCOMPARE(betaBaseline->accessibleName(), QStringLiteral("beta is the baseline"));
        const QString alphaHeader = viewer()->pane(0)->headerText();
        QVERIFY2(alphaHeader.contains(QStringLiteral("+1 added, -1 removed, ~1 changed")),
                 qPrintable(alphaHeader));
        QVERIFY(viewer()->pane(1)->headerText().contains(QStringLiteral("baseline")));
        QCOMPARE(viewer()->pane(0)->textView()->rowSign(4), QLatin1Char('+')); // "four"
    }

    // The rendered view shows Markdown, loading nothing from the network nor from outside the
    // artifact's folder.
    void renderedViewShowsMarkdownAndLoadsNothingOutside()
    {
        QTemporaryDir outside;
        const QString secret = outside.filePath(QStringLiteral("secret.png"));
        QFile file(secret);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not for the artifact to show");
        file.close();
        const QByteArray markdown
                = "# Rendered title\n\n![remote](http://example.invalid/x.png)\n\n"
                  "![outside]("
                + QUrl::fromLocalFile(secret).toEncoded()
                + ")\n\n"
                  "![relative](../../etc/passwd)\n";
        openRun({{QStringLiteral("alpha"), QStringLiteral("alpha.md"), markdown},
                 {QStringLiteral("beta"), QStringLiteral("beta.md"), betaText}});
        QVERIFY(compareRows({0, 1}));
        QAction *rendered = viewerAction("actionRenderedView");
        QVERIFY(rendered->isEnabled());
        rendered->trigger();
        ComparePane *alpha = viewer()->pane(0);
        QVERIFY(alpha->isShowingRendered());
        QVERIFY(viewer()->pane(1)->isShowingRendered());
        SafeMarkdownView *view = alpha->renderedView();
        QVERIFY(view->toPlainText().contains(QStringLiteral("Rendered title")));
        QVERIFY(!view->toPlainText().contains(QStringLiteral("# Rendered")));
        QTRY_VERIFY(view->refusedResources().size() >= 3);
        QVERIFY(view->refusedResources().contains(
                QUrl(QStringLiteral("http://example.invalid/x.png"))));
        QVERIFY(view->refusedResources().contains(QUrl::fromLocalFile(secret)));
        const QUrl outsideUrl = QUrl::fromLocalFile(secret);
        QVERIFY(view->document()
                        ->resource(QTextDocument::ImageResource, outsideUrl)
                        .toByteArray()
                        .isEmpty());
        rendered->trigger();
        QVERIFY(alpha->isShowingText());
    }

    // Rendered panes have no aligned rows: they scroll in proportion to each other.
    void renderedPanesScrollInProportion()
    {
        QByteArray longer = "# Long\n\n";
        QByteArray shorter = "# Short\n\n";
        for (int paragraph = 0; paragraph < 200; ++paragraph) {
            longer += "Paragraph " + QByteArray::number(paragraph) + " of the long one.\n\n";
            if (paragraph < 100)
                shorter += "Paragraph " + QByteArray::number(paragraph) + ".\n\n";
        }
        openRun({{QStringLiteral("long"), QStringLiteral("long.md"), longer},
                 {QStringLiteral("short"), QStringLiteral("short.md"), shorter}});
        QVERIFY(compareRows({0, 1}));
        viewerAction("actionRenderedView")->trigger();
        QScrollBar *from = viewer()->pane(0)->renderedView()->verticalScrollBar();
        QScrollBar *to = viewer()->pane(1)->renderedView()->verticalScrollBar();
        QTRY_VERIFY(from->maximum() > 0 && to->maximum() > 0);
        QVERIFY(from->maximum() > to->maximum());
        from->setValue(from->maximum() / 2);
        QVERIFY(std::abs(to->value() - to->maximum() / 2) <= 2);
        from->setValue(from->maximum());
        QCOMPARE(to->value(), to->maximum());
    }

    // A binary artifact shows its size, sha256 and first bytes; a candidate without one says
    // why; the two text panes still diff against each other.
    void binaryAndMissingArtifactsShowWhatTheyAre()
    {
        QByteArray binary("\x7f"
                          "ELF\x02\x01\x01\x00\xff\xfe\x00\x00",
                          12);
        binary += QByteArray(300, '\0');
        openRun({{QStringLiteral("alpha"), QStringLiteral("alpha.md"), alphaText},
                 {QStringLiteral("blob"), QStringLiteral("blob.md"), binary},
                 {QStringLiteral("broken"), QString(), std::nullopt},
                 {QStringLiteral("beta"), QStringLiteral("beta.md"), betaText}});
        QVERIFY(compareRows({0, 1, 2, 3}));
        QCOMPARE(viewer()->paneCount(), 4);
        ComparePane *blob = viewer()->pane(1);
        QVERIFY(!blob->isShowingText());
        const QString info = blob->infoView()->toPlainText();
        QVERIFY2(info.contains(QStringLiteral("SHA-256")), qPrintable(info));
        QVERIFY2(info.contains(QLocale().formattedDataSize(binary.size())), qPrintable(info));
        QVERIFY2(info.contains(QStringLiteral("7f 45 4c 46")), qPrintable(info));
        QVERIFY(!info.contains(QChar(0xfffd)));
        ComparePane *broken = viewer()->pane(2);
        QVERIFY(!broken->isShowingText());
        QVERIFY2(broken->headerText().contains(QStringLiteral("Failed")),
                 qPrintable(broken->headerText()));
        QVERIFY2(broken->infoView()->toPlainText().contains(QStringLiteral("crashed on purpose")),
                 qPrintable(broken->infoView()->toPlainText()));
        QVERIFY(viewer()->pane(3)->isShowingText());
        QVERIFY2(viewer()->pane(3)->headerText().contains(QStringLiteral("~1 changed")),
                 qPrintable(viewer()->pane(3)->headerText()));
    }

    // An artifact deleted after the viewer opened says so in its pane at the next comparison;
    // a line of invalid UTF-8 shows replacement characters and a note in the header.
    void deletedAndInvalidArtifactsSayWhat()
    {
        openRun({{QStringLiteral("alpha"), QStringLiteral("alpha.txt"),
                  "good\nbad \xff\xfe here\n"},
                 {QStringLiteral("beta"), QStringLiteral("beta.txt"), betaText},
                 {QStringLiteral("gamma"), QStringLiteral("gamma.txt"), alphaText}});
        QVERIFY(compareRows({0, 1, 2}));
        ComparePane *alpha = viewer()->pane(0);
        QVERIFY2(alpha->headerText().contains(QStringLiteral("not all UTF-8")),
                 qPrintable(alpha->headerText()));
        QVERIFY(alpha->textView()->rowText(1).contains(QChar(0xfffd)));

        const QString gammaFile = viewer()->comparison()->text(2).source().artifactFile;
        QVERIFY(QFile::remove(gammaFile));
        viewerAction("actionIgnoreCase")->trigger();
        QVERIFY(waitForComparison());
        ComparePane *gamma = viewer()->pane(2);
        QVERIFY(!gamma->isShowingText());
        QVERIFY2(gamma->infoView()->toPlainText().contains(QStringLiteral("no longer there")),
                 qPrintable(gamma->infoView()->toPlainText()));
        QVERIFY(viewer()->pane(1)->isShowingText());
    }

    // The picker adds up to four panes; a pane's close button takes it away again, and the
    // baseline stays the candidate it was.
    void panesAreAddedAndRemoved()
    {
        openRun({{QStringLiteral("a"), QStringLiteral("a.txt"), "a\nsame\n"},
                 {QStringLiteral("b"), QStringLiteral("b.txt"), "b\nsame\n"},
                 {QStringLiteral("c"), QStringLiteral("c.txt"), "c\nsame\n"},
                 {QStringLiteral("d"), QStringLiteral("d.txt"), "d\nsame\n"},
                 {QStringLiteral("e"), QStringLiteral("e.txt"), "e\nsame\n"}});
        QVERIFY(compareRows({0, 1}));
        QTest::mouseClick(
                viewer()->pane(1)->findChild<QToolButton *>(QStringLiteral("baselineButton")),
                Qt::LeftButton);
        QVERIFY(waitForComparison());
        for (const char *id : {"c", "d"}) {
            viewer()->openPicker();
            QAction *add = nullptr;
            for (QAction *item : viewer()->picker()->actions())
                add = item->text() == QLatin1StringView(id) ? item : add;
            QVERIFY(add && add->isEnabled());
            add->trigger();
            viewer()->picker()->close();
            QVERIFY(waitForComparison());
        }
        QCOMPARE(viewer()->paneCount(), 4);
        QVERIFY(!viewer()->findChild<QToolButton *>(QStringLiteral("addCandidateButton"))
                         ->isEnabled());
        QCOMPARE(viewer()->baseline(), 1);
        QVERIFY(viewer()->pane(1)->headerText().startsWith(QStringLiteral("b\n")));

        QTest::mouseClick(
                viewer()->pane(0)->findChild<QToolButton *>(QStringLiteral("removePaneButton")),
                Qt::LeftButton);
        QVERIFY(waitForComparison());
        QCOMPARE(viewer()->paneCount(), 3);
        QCOMPARE(viewer()->baseline(), 0);
        QVERIFY2(viewer()->pane(0)->headerText().contains(QStringLiteral("baseline")),
                 qPrintable(viewer()->pane(0)->headerText()));
        QVERIFY(viewer()->pane(0)->headerText().startsWith(QStringLiteral("b\n")));
        QVERIFY(viewer()->pane(2)->headerText().startsWith(QStringLiteral("d\n")));
    }

    // JSON pretty-printed before the diff: the same data written differently is identical.
    void jsonIsPrettyPrintedOnRequest()
    {
        openRun({{QStringLiteral("alpha"), QStringLiteral("alpha.json"),
                  "{\"events\": [1, 2], \"name\": \"x\"}\n"},
                 {QStringLiteral("beta"), QStringLiteral("beta.json"),
                  "{\n  \"name\": \"x\",\n  \"events\": [1, 2]\n}\n"}});
        QVERIFY(compareRows({0, 1}));
        QVERIFY(!viewer()->comparison()->allIdentical());
        QAction *pretty = viewerAction("actionPrettyJson");
        QVERIFY(pretty->isEnabled());
        pretty->trigger();
        QVERIFY(waitForComparison());
        QAction *sortKeys = viewerAction("actionSortJsonKeys");
        QVERIFY(sortKeys->isEnabled());
        sortKeys->trigger();
        QVERIFY(waitForComparison());
        QVERIFY(viewer()->comparison()->allIdentical());
        QVERIFY2(viewer()->pane(1)->headerText().contains(QStringLiteral("identical to baseline")),
                 qPrintable(viewer()->pane(1)->headerText()));
        QVERIFY(viewer()->pane(0)->headerText().contains(QStringLiteral("JSON pretty-printed")));
    }

    // A live run: a row still running shows its state, and its pane fills in when the
    // artifact arrives.
    void aRunningCandidateFillsInWhenItsArtifactArrives()
    {
        auto *list = m_window->findChild<QListWidget *>(QStringLiteral("candidateList"));
        list->clear();
        m_window->useCandidates(
                {m_scripts.write(QStringLiteral("quick.py"),
                                 QStringLiteral("open(output_path, 'w').write('# A\\none\\n')\n")),
                 m_scripts.write(
                         QStringLiteral("slow.py"),
                         QStringLiteral("time.sleep(6)\n"
                                        "open(output_path, 'w').write('# A\\ntwo\\n')\n"))});
        QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("runButton")),
                          Qt::LeftButton);
        RunTableModel &model = m_window->runTableModel();
        QTRY_COMPARE_WITH_TIMEOUT(model.stateAt(0), CandidateState::Succeeded, 30'000);
        QVERIFY(!isFinal(model.stateAt(1)));
        QVERIFY(compareRows({0, 1}));
        ComparePane *slow = viewer()->pane(1);
        QVERIFY(!slow->isShowingText());
        QVERIFY2(!slow->headerText().contains(QStringLiteral("Succeeded")),
                 qPrintable(slow->headerText()));
        QTRY_VERIFY_WITH_TIMEOUT(slow->isShowingText(), 30'000);
        QTRY_VERIFY(slow->headerText().contains(QStringLiteral("~1 changed")));
        QCOMPARE(slow->textView()->rowText(1), QStringLiteral("two"));
        // The run ends and is saved: the viewer keeps its panes.
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->runPipeline().isRunning(), 30'000);
        QTRY_VERIFY(!m_window->shownFolder().isEmpty());
        QTRY_VERIFY(!viewer()->isComparing());
        QCOMPARE(viewer()->paneCount(), 2);
        QVERIFY(viewer()->pane(1)->isShowingText());
    }

    // `dreamfoundry compare --window RESULTS_DIR A B`: the viewer alone; exit 0 once closed,
    // 2 on bad usage.
    void theCommandLineOpensTheViewerAlone()
    {
        const QString folder
                = saveRun({{QStringLiteral("alpha"), QStringLiteral("alpha.md"), alphaText},
                           {QStringLiteral("beta"), QStringLiteral("beta.md"), betaText}});
        CompareWindowCommand command({QStringLiteral("--window"), folder, QStringLiteral("alpha"),
                                      QStringLiteral("beta")});
        QSignalSpy done(&command, &CompareWindowCommand::done);
        command.start();
        QTRY_VERIFY(command.window());
        QSignalSpy shown(command.window(), &CompareWindow::comparisonShown);
        QVERIFY(command.window()->comparison() || shown.wait(10'000));
        QCOMPARE(command.window()->paneCount(), 2);
        QVERIFY(command.window()->pane(1)->headerText().contains(QStringLiteral("~1 changed")));
        QVERIFY(done.isEmpty());
        command.window()->close();
        QTRY_COMPARE(done.size(), 1);
        QCOMPARE(done.at(0).at(0).toInt(), 0);
    }

    // The options of `dreamfoundry compare` set the viewer's toggles.
    void theCommandLineTakesTheCompareOptions()
    {
        const QString folder = saveRun(
                {{QStringLiteral("alpha"), QStringLiteral("alpha.txt"), "Hello World\n"},
                 {QStringLiteral("beta"), QStringLiteral("beta.txt"), "hello   world\n"}});
        CompareWindowCommand command({QStringLiteral("--window"), QStringLiteral("-w"),
                                      QStringLiteral("--ignore-case"),
                                      QStringLiteral("--strict-line-endings"), folder,
                                      QStringLiteral("alpha"), QStringLiteral("beta")});
        command.start();
        QTRY_VERIFY(command.window());
        QSignalSpy shown(command.window(), &CompareWindow::comparisonShown);
        QVERIFY(command.window()->comparison() || shown.wait(10'000));
        const CompareOptions options = command.window()->options();
        QVERIFY(options.ignoreWhitespace);
        QVERIFY(options.ignoreCase);
        QVERIFY(!options.ignoreLineEndings);
        QVERIFY(command.window()->comparison()->allIdentical());
    }

    void theCommandLineRefusesBadUsage_data()
    {
        QTest::addColumn<QStringList>("candidates");
        QTest::newRow("one candidate") << QStringList{QStringLiteral("alpha")};
        QTest::newRow("five candidates") << QStringList(5, QStringLiteral("alpha"));
        QTest::newRow("unknown option") << QStringList{
                QStringLiteral("--frobnicate"), QStringLiteral("alpha"), QStringLiteral("alpha")};
        QTest::newRow("unknown candidate")
                << QStringList{QStringLiteral("alpha"), QStringLiteral("nobody")};
    }

    void theCommandLineRefusesBadUsage()
    {
        QFETCH(QStringList, candidates);
        const QString folder
                = saveRun({{QStringLiteral("alpha"), QStringLiteral("alpha.md"), alphaText}});
        CompareWindowCommand command(QStringList{QStringLiteral("--window"), folder} + candidates);
        QSignalSpy done(&command, &CompareWindowCommand::done);
        command.start();
        QTRY_COMPARE(done.size(), 1);
        QCOMPARE(done.at(0).at(0).toInt(), 2);
        QVERIFY(!command.window());
    }
};

QTEST_MAIN(TestCompareView)
#include "test_compareview.moc"
