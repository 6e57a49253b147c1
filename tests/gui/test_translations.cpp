// The window in the user's language: started under LANGUAGE=<lang> (ctest runs this test once
// per translations/dreamfoundry_<lang>.ts), its menus and buttons read as that file translates
// them, Qt's own strings come from Qt's translations, and English keeps its plural forms.
#include "core/translations.h"
#include "gui/mainwindow.h"
#include "gui/statusicons.h"
#include "namedchild.h"

#include <QAbstractButton>
#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QLibraryInfo>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

#include <memory>
#include <optional>

using namespace DreamFoundry;

namespace {

// The language ctest chose for this run of the test: the first of LANGUAGE's list.
QString testLanguage()
{
    const QString languages = qEnvironmentVariable("LANGUAGE", QStringLiteral("en"));
    return languages.section(QLatin1Char(':'), 0, 0).section(QLatin1Char('_'), 0, 0);
}

// What translations/dreamfoundry_<language>.ts gives `source` in `context`, read from the file
// itself, so the test follows the translators rather than a copy of their words.
std::optional<QString> translationInFile(const QString &language, const QString &context,
                                         const QString &source, const QString &comment)
{
    QFile file(QStringLiteral(TRANSLATIONS_DIR "/dreamfoundry_%1.ts").arg(language));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QXmlStreamReader xml(&file);
    QString currentContext;
    QString currentSource;
    QString currentComment;
    while (xml.readNextStartElement() || !xml.atEnd()) {
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            currentContext = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            currentSource.clear();
            currentComment.clear();
        } else if (name == QLatin1String("source")) {
            currentSource = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            currentComment = xml.readElementText();
        } else if (name == QLatin1String("translation") && currentContext == context
                   && currentSource == source && currentComment == comment) {
            return xml.readElementText();
        }
    }
    return std::nullopt;
}

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> m_window;

    // The text a menu, button or action of the window shows.
    QString shownText(const QString &kind, const char *name) const
    {
        if (kind == QLatin1String("menu"))
            return Test::namedChild<QMenu>(m_window.get(), name)->title();
        if (kind == QLatin1String("button"))
            return Test::namedChild<QAbstractButton>(m_window.get(), name)->text();
        return Test::namedChild<QAction>(m_window.get(), name)->text();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        installTranslations(); // as the app does
        m_window = std::make_unique<MainWindow>();
    }

    void cleanupTestCase() { m_window.reset(); }

    void windowText_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("comment");
        const QString ui = QStringLiteral("MainWindow");
        const QString code = QStringLiteral("DreamFoundry::MainWindow");
        QTest::newRow("File menu") << "menu" << QByteArray("menuFile") << ui << "&File"
                                   << "";
        QTest::newRow("Run menu") << "menu" << QByteArray("menuRun") << ui << "&Run"
                                  << "menu title";
        QTest::newRow("Help menu") << "menu" << QByteArray("menuHelp") << ui << "&Help"
                                   << "";
        QTest::newRow("Run button") << "button" << QByteArray("runButton") << ui << "Ru&n"
                                    << "";
        QTest::newRow("Cancel All button")
                << "button" << QByteArray("cancelAllButton") << ui << "&Cancel All"
                << "";
        QTest::newRow("Open Results action")
                << "action" << QByteArray("actionOpenResults") << ui << "&Open Results..."
                << "";
        QTest::newRow("History action (set in code)")
                << "action" << QByteArray("actionHistory") << code << "&History"
                << "";
    }

    // English shows the source text; any other language shows its file's translation, which
    // must differ from the English (a control left in English fails here).
    void windowText()
    {
        QFETCH(QString, kind);
        QFETCH(QByteArray, name);
        QFETCH(QString, context);
        QFETCH(QString, source);
        QFETCH(QString, comment);
        const QString shown = shownText(kind, name.constData());
        const QString language = testLanguage();
        if (language == QLatin1String("en")) {
            QCOMPARE(shown, source);
            return;
        }
        const std::optional<QString> expected
                = translationInFile(language, context, source, comment);
        QVERIFY2(
                expected,
                qPrintable(QStringLiteral("no translation of \"%1\" in %2").arg(source, language)));
        QVERIFY(!expected->isEmpty());
        QCOMPARE_NE(shown, source);
        QCOMPARE(shown, *expected);
    }

    // A sample of the German file's words, so that a broken lookup above cannot pass unseen.
    void germanWords()
    {
        if (testLanguage() != QLatin1String("de"))
            QSKIP("the German words are checked under LANGUAGE=de");
        QCOMPARE(shownText(QStringLiteral("menu"), "menuFile"), QStringLiteral("&Datei"));
        QCOMPARE(shownText(QStringLiteral("button"), "runButton"), QStringLiteral("&Starten"));
        // A free function's string, in the context its class gives it.
        QCOMPARE(stateTitle(CandidateState::Queued), QStringLiteral("In der Warteschlange"));
        QCOMPARE(QCoreApplication::translate("DreamFoundry::MainWindow",
                                             "Run the %n failed candidate(s) again", nullptr, 2),
                 QStringLiteral("Die 2 fehlgeschlagenen Kandidaten erneut ausführen"));
    }

    // Qt's own strings (a dialog's Cancel button) come from Qt's translations, when the system
    // has them (Debian: qt6-translations-l10n).
    void qtOwnStrings()
    {
        const QString language = testLanguage();
        if (language == QLatin1String("en"))
            QSKIP("Qt's strings are English already");
        const QString qtbase = QLibraryInfo::path(QLibraryInfo::TranslationsPath)
                + QStringLiteral("/qtbase_%1.qm").arg(language);
        if (!QFile::exists(qtbase))
            QSKIP(qPrintable(QStringLiteral("%1 is not installed").arg(qtbase)));
        QDialogButtonBox box(QDialogButtonBox::Cancel);
        QCOMPARE_NE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Cancel"));
    }

    // English is the fallback and carries the plural forms: "%n sandbox(es)" never shows "(es)".
    void englishPluralForms_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("expected");
        QTest::newRow("one") << 1 << "Deleted 1 sandbox.";
        QTest::newRow("two") << 2 << "Deleted 2 sandboxes.";
    }

    void englishPluralForms()
    {
        if (testLanguage() != QLatin1String("en"))
            QSKIP("the English forms are checked under LANGUAGE=en");
        QFETCH(int, count);
        QFETCH(QString, expected);
        QCOMPARE(QCoreApplication::translate("DreamFoundry::SandboxesCommand",
                                             "Deleted %n sandbox(es).", nullptr, count),
                 expected);
    }
};

QTEST_MAIN(TestTranslations)
#include "test_translations.moc"
