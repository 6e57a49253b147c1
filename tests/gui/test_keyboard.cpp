// The main window without a mouse: Tab alone reaches every control, in reading order, and each
// one has a name a screen reader can say; the mnemonics on screen do not clash with each other
// or with the menu bar; the run table's rows answer Enter, the Menu key and Shift+F10; F1 helps.
#include "core/translations.h"
#include "gui/mainwindow.h"
#include "gui/runtablemodel.h"
#include "namedchild.h"
#include "results/resultstore.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace DreamFoundry;

namespace {

// What a screen reader says for the control that has the focus. The line edit inside a spin box
// or combo box speaks for its box.
QString spokenName(QWidget *widget)
{
    QWidget *parent = widget->parentWidget();
    if (parent && (qobject_cast<QAbstractSpinBox *>(parent) || qobject_cast<QComboBox *>(parent)))
        widget = parent;
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
    return accessible ? accessible->text(QAccessible::Name) : QString();
}

// The letter after a single '&', upper case; none for a text without one.
QChar mnemonicOf(const QString &text)
{
    const QKeySequence sequence = QKeySequence::mnemonic(text);
    if (sequence.isEmpty())
        return {};
    return QChar(sequence[0].key()).toUpper();
}

// The history dock's buttons go without mnemonics (the main window holds 23 of the 26 letters);
// Enter, Delete and Tab reach them instead (tested with the history panel).
bool isInHistoryDock(const QWidget *widget)
{
    for (; widget; widget = widget->parentWidget()) {
        if (widget->objectName() == QLatin1String("historyPanel"))
            return true;
    }
    return false;
}

} // namespace

class TestKeyboard final : public QObject
{
    Q_OBJECT

private:
    template<typename T> T *find(const char *name) const
    {
        return DreamFoundry::Test::namedChild<T>(m_window.get(), name);
    }

    // A finished run of three candidates, saved where the window opens it at start: the last
    // results folder it showed.
    void rememberFinishedRun()
    {
        RunRecord run;
        run.runId = QStringLiteral("keys");
        run.objective = QStringLiteral("Find AI meetups");
        run.startedAt = QDateTime::currentDateTimeUtc().addSecs(-5);
        run.finishedAt = run.startedAt.addSecs(5);
        for (const char *id : {"alpha", "beta", "gamma"}) {
            CandidateResult result;
            result.candidateId = QLatin1StringView(id);
            result.state = CandidateState::Succeeded;
            result.exitCode = 0;
            result.runtimeSeconds = 1.0;
            run.candidates.append(result);
        }
        const QString folder = m_results.filePath(QStringLiteral("keys"));
        QCOMPARE(ResultStore::save(run, folder), QString());
        QSettings().setValue(QStringLiteral("results/recent"), QStringList{folder});
    }

    // Tab from the candidate list until the focus comes back to it: the controls in the order
    // Tab reaches them.
    QList<QWidget *> walkWithTab()
    {
        find<QWidget>("candidateList")->setFocus(Qt::TabFocusReason);
        QWidget *start = QApplication::focusWidget();
        QList<QWidget *> reached{start};
        for (int step = 0; step < 200; ++step) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget *now = QApplication::focusWidget();
            if (!now || now == start)
                break;
            reached.append(now);
        }
        return reached;
    }

    static qsizetype indexReaching(const QList<QWidget *> &reached, const QWidget *control)
    {
        for (qsizetype i = 0; i < reached.size(); ++i) {
            if (reached.at(i) == control || control->isAncestorOf(reached.at(i)))
                return i;
        }
        return -1;
    }

    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_results;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_results.isValid());
        installTranslations(); // as the app does: ctest also runs the mnemonic check translated
    }

    void init()
    {
        rememberFinishedRun();
        m_window = std::make_unique<MainWindow>();
        m_window->runPipeline().setAutosaveRoot(m_results.path());
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTRY_COMPARE(m_window->runTableModel().rowCount(), 3);
    }

    void cleanup()
    {
        m_window.reset();
        QSettings().clear();
    }

    // Every control that matters is reached with Tab, in the order the window reads: the setup
    // panel from the top, then the filter, the table and the detail tabs.
    void tabReachesEveryControlInReadingOrder()
    {
        const QList<QWidget *> reached = walkWithTab();
        const char *const controls[] = {"candidateList",
                                        "addCandidatesButton",
                                        "addSamplesButton",
                                        "objectiveEdit",
                                        "recentObjectivesCombo",
                                        "backendCombo",
                                        "timeoutSpin",
                                        "parallelSpin",
                                        "networkCheck",
                                        "successWeightSpin",
                                        "qualityWeightSpin",
                                        "speedWeightSpin",
                                        "scorerCombo",
                                        "windowDaysSpin",
                                        "targetEventsSpin",
                                        "topicWordsEdit",
                                        "runFilterCombo",
                                        "runTable",
                                        "detailTabs",
                                        "logView"};
        qsizetype previous = -1;
        for (const char *name : controls) {
            const qsizetype index = indexReaching(reached, find<QWidget>(name));
            QVERIFY2(index >= 0, name);
            QVERIFY2(index > previous, name); // after the control before it in the list
            previous = index;
        }
    }

    // The history, when shown, comes after the run's details, its filters before its table.
    void tabReachesTheHistoryAfterTheDetails()
    {
        find<QAction>("actionHistory")->trigger();
        QTRY_VERIFY(find<QWidget>("historyPanel")->isVisible());
        const QList<QWidget *> reached = walkWithTab();
        qsizetype previous = indexReaching(reached, find<QWidget>("logView"));
        QVERIFY(previous >= 0);
        for (const char *name :
             {"historyFilterEdit", "historyBackendCombo", "historySinceCombo", "historyTable"}) {
            const qsizetype index = indexReaching(reached, find<QWidget>(name));
            QVERIFY2(index > previous, name);
            previous = index;
        }
        for (QWidget *widget : reached)
            QVERIFY2(!spokenName(widget).trimmed().isEmpty(), widget->metaObject()->className());
    }

    // A screen reader names each control Tab reaches: its own name, its label's or its text.
    void everyControlReachedHasAName()
    {
        for (QWidget *widget : walkWithTab()) {
            QVERIFY2(!spokenName(widget).trimmed().isEmpty(),
                     qPrintable(widget->objectName() + QLatin1Char(' ')
                                + QLatin1StringView(widget->metaObject()->className())));
        }
    }

    // Alt+letter does one thing in the window, with or without the history dock: no two labels,
    // buttons, group boxes or menus on screen share a letter, and every button and labelled
    // field has one. (The Score tab's
    // tool buttons show their actions without mnemonics; the row's menu has them.)
    void mnemonicsDoNotClash_data()
    {
        QTest::addColumn<bool>("historyShown");
        QTest::addColumn<bool>("daytonaChosen"); // its warm pool row shows then
        QTest::newRow("history hidden") << false << false;
        QTest::newRow("history shown") << true << false;
        QTest::newRow("Daytona chosen") << false << true;
    }
    void mnemonicsDoNotClash()
    {
        QFETCH(bool, historyShown);
        QFETCH(bool, daytonaChosen);
        if (historyShown) {
            find<QAction>("actionHistory")->trigger();
            QTRY_VERIFY(find<QWidget>("historyPanel")->isVisible());
        }
        if (daytonaChosen) {
            auto *backends = find<QComboBox>("backendCombo");
            backends->setCurrentIndex(backends->findText(QStringLiteral("Daytona")));
            QTRY_VERIFY(find<QWidget>("warmPoolCheck")->isVisible());
        }
        QMap<QChar, QString> taken;
        const auto claim = [&taken](const QString &text, bool required) {
            const QChar letter = mnemonicOf(text);
            if (letter.isNull()) {
                QVERIFY2(!required, qPrintable(QStringLiteral("no mnemonic: ") + text));
                return;
            }
            QVERIFY2(!taken.contains(letter),
                     qPrintable(QStringLiteral("%1 and %2 share Alt+%3")
                                        .arg(taken.value(letter), text, letter)));
            taken.insert(letter, text);
        };
        for (QAction *menu : m_window->menuBar()->actions())
            claim(menu->text(), true);
        for (QAbstractButton *button : m_window->findChildren<QAbstractButton *>()) {
            // (Icon-only buttons such as a dock's close button carry no text to mark.)
            if (button->isVisible() && !qobject_cast<QToolButton *>(button)
                && !button->text().isEmpty())
                claim(button->text(), !isInHistoryDock(button));
        }
        for (QLabel *label : m_window->findChildren<QLabel *>()) {
            if (label->isVisible() && label->buddy())
                claim(label->text(), true);
        }
        for (QGroupBox *group : m_window->findChildren<QGroupBox *>()) {
            if (group->isVisible())
                claim(group->title(), false);
        }
        for (QTabWidget *tabs : m_window->findChildren<QTabWidget *>()) {
            for (int tab = 0; tabs->isVisible() && tab < tabs->count(); ++tab)
                claim(tabs->tabText(tab), false);
        }
        QVERIFY(taken.size() > 15);
    }

    void tableRowKeysOpenItsMenu_data()
    {
        QTest::addColumn<QKeyCombination>("key");
        QTest::newRow("Shift+F10") << QKeyCombination(Qt::ShiftModifier, Qt::Key_F10);
        QTest::newRow("Menu") << QKeyCombination(Qt::Key_Menu);
    }

    // The row's actions without a mouse: the key opens the current row's menu, on that row.
    void tableRowKeysOpenItsMenu()
    {
        QFETCH(QKeyCombination, key);
        auto *table = find<QTreeView>("runTable");
        table->setFocus(Qt::TabFocusReason);
        table->setCurrentIndex(table->model()->index(1, 0));
        QTest::keyClick(table, key.key(), key.keyboardModifiers());
        QMenu *menu = nullptr;
        QTRY_VERIFY((menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())));
        QStringList texts;
        for (const QAction *action : menu->actions())
            texts << action->text();
        QVERIFY2(texts.contains(QStringLiteral("Show &Log")), qPrintable(texts.join(u',')));
        QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(table->selectionModel()->selectedRows().first().row(), 1);
        menu->close();
    }

    // Enter on a row shows its log, with the focus there to read it.
    void enterOnARowShowsItsLog()
    {
        auto *table = find<QTreeView>("runTable");
        auto *tabs = find<QTabWidget>("detailTabs");
        tabs->setCurrentWidget(find<QWidget>("artifactTab"));
        table->setFocus(Qt::TabFocusReason);
        table->setCurrentIndex(table->model()->index(2, 0));
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(tabs->currentWidget(), find<QWidget>("logTab"));
        QTRY_COMPARE(QApplication::focusWidget(), find<QWidget>("logView"));
    }

    // The desktop's keys: F1 opens the help, Preferences the settings, Save As saves.
    void standardShortcuts()
    {
        QCOMPARE(find<QAction>("actionHelp")->shortcuts(),
                 QKeySequence::keyBindings(QKeySequence::HelpContents));
        QCOMPARE(find<QAction>("actionSettings")->shortcuts(),
                 QKeySequence::keyBindings(QKeySequence::Preferences));
        QCOMPARE(find<QAction>("actionSaveResultsAs")->shortcuts(),
                 QKeySequence::keyBindings(QKeySequence::SaveAs));
        QTest::keyClick(find<QWidget>("runTable"), Qt::Key_F1);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(QStringLiteral("messageBox"))));
        QVERIFY2(box->text().contains(QStringLiteral("Shift+F10")), qPrintable(box->text()));
        box->close();
    }
};

QTEST_MAIN(TestKeyboard)
#include "test_keyboard.moc"
