// The Scoring panel on the offscreen platform: weights refused or normalised in words, the
// scorer chosen through the file dialog seam, Re-score's payload, and the stored settings.
#include "gui/filedialog.h"
#include "gui/scoringpanel.h"
#include "namedchild.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace DreamFoundry;

namespace {

// Answers the file dialog as a person would: with `files`, or not at all (cancelled).
class AnsweringFileDialog final : public FileDialog
{
public:
    QStringList files;
    int asked = 0;

    void openFiles(QWidget *, const QString &, const QString &, const QString &,
                   FilesChosen chosen) override
    {
        ++asked;
        if (!files.isEmpty())
            chosen(files);
    }
};

} // namespace

class TestScoringPanel final : public QObject
{
    Q_OBJECT

private:
    template<typename T> T *find(const char *name) const
    {
        return DreamFoundry::Test::namedChild<T>(m_panel.get(), name);
    }

    void setWeights(double success, double quality, double speed)
    {
        find<QDoubleSpinBox>("successWeightSpin")->setValue(success);
        find<QDoubleSpinBox>("qualityWeightSpin")->setValue(quality);
        find<QDoubleSpinBox>("speedWeightSpin")->setValue(speed);
    }

    // The last item of the scorer list is "Choose Script...", picked with the keyboard.
    void chooseScript() { QTest::keyClick(find<QComboBox>("scorerCombo"), Qt::Key_End); }

    std::unique_ptr<ScoringPanel> m_panel;
    AnsweringFileDialog m_dialogs;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        FileDialog::setInstance(&m_dialogs);
    }
    void cleanupTestCase() { FileDialog::setInstance(nullptr); }

    void init()
    {
        m_dialogs = {};
        m_panel = std::make_unique<ScoringPanel>();
        m_panel->setRescoreAvailable(true);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    }
    void cleanup()
    {
        m_panel.reset();
        QSettings().clear();
    }

    void defaultsAreTheIssuesDefaults()
    {
        const ScoringSettings settings = m_panel->scoringSettings();
        QCOMPARE(settings.weights, (ScoreWeights{0.2, 0.6, 0.2}));
        QCOMPARE(settings.scorer, QStringLiteral("events"));
        QCOMPARE(settings.windowDays, 14);
        QCOMPARE(settings.targetEvents, 5);
        QCOMPARE(settings.topicWords, ScoringSettings::defaultTopicWords());
    }

    void weightsAreCheckedInWords_data()
    {
        QTest::addColumn<QList<double>>("weights");
        QTest::addColumn<QString>("note");
        QTest::addColumn<bool>("usable");
        QTest::newRow("add up to 1") << QList<double>{0.2, 0.6, 0.2} << QString() << true;
        QTest::newRow("normalised") << QList<double>{1, 3, 1}
                                    << QStringLiteral("The weights 1,3,1 do not add up to 1; they "
                                                      "were scaled to 0.200, 0.600, 0.200.")
                                    << true;
        QTest::newRow("all zero") << QList<double>{0, 0, 0}
                                  << QStringLiteral("The weights are all zero, so nothing would "
                                                    "count; give at least one a value above 0.")
                                  << false;
    }

    void weightsAreCheckedInWords()
    {
        QFETCH(QList<double>, weights);
        QFETCH(QString, note);
        QFETCH(bool, usable);
        setWeights(weights.at(0), weights.at(1), weights.at(2));
        auto *label = find<QLabel>("weightsNoteLabel");
        QCOMPARE(label->text(), note);
        QCOMPARE(label->isVisible(), !note.isEmpty());
        QCOMPARE(m_panel->problem().isEmpty(), usable);
        auto *rescore = find<QPushButton>("rescoreButton");
        QCOMPARE(rescore->isEnabled(), usable);
        if (!usable)
            QCOMPARE(rescore->toolTip(), note);
    }

    // Re-score sends what the panel shows: weights as typed, scorer, window, target, words.
    void rescoreSendsTheSettings()
    {
        QSignalSpy rescore(m_panel.get(), &ScoringPanel::rescoreRequested);
        QSignalSpy changed(m_panel.get(), &ScoringPanel::settingsChanged);
        setWeights(1, 2, 1);
        QVERIFY(changed.count() > 0); // the window can check its Run button again
        find<QSpinBox>("windowDaysSpin")->setValue(30);
        find<QSpinBox>("targetEventsSpin")->setValue(8);
        QLineEdit *topic = find<QLineEdit>("topicWordsEdit");
        topic->selectAll();
        QTest::keyClicks(topic, QStringLiteral("robots, , drones "));
        QTest::mouseClick(find<QPushButton>("rescoreButton"), Qt::LeftButton);
        QCOMPARE(rescore.count(), 1);
        const auto sent = rescore.at(0).at(0).value<ScoringSettings>();
        QCOMPARE(sent.weights, (ScoreWeights{1, 2, 1}));
        QCOMPARE(sent.scorer, QStringLiteral("events"));
        QCOMPARE(sent.windowDays, 30);
        QCOMPARE(sent.targetEvents, 8);
        QCOMPARE(sent.topicWords,
                 (QStringList{QStringLiteral("robots"), QStringLiteral("drones")}));
    }

    void rescoreWaitsForARun()
    {
        m_panel->setRescoreAvailable(false, QStringLiteral("Wait for the run to finish."));
        auto *rescore = find<QPushButton>("rescoreButton");
        QVERIFY(!rescore->isEnabled());
        QCOMPARE(rescore->toolTip(), QStringLiteral("Wait for the run to finish."));
        m_panel->setRescoreAvailable(true);
        QVERIFY(rescore->isEnabled());
    }

    // "Choose Script..." asks through the file dialog seam; the events scorer's own settings
    // do not apply to a script. Cancelling keeps the scorer that was chosen.
    void scorerScriptIsChosenWithTheFileDialog()
    {
        chooseScript();
        QCOMPARE(m_dialogs.asked, 1);
        QCOMPARE(m_panel->scoringSettings().scorer, QStringLiteral("events"));
        QCOMPARE(find<QComboBox>("scorerCombo")->currentIndex(), 0);

        m_dialogs.files = {QStringLiteral("/tmp/scorers/my_scorer.py")};
        chooseScript();
        const ScoringSettings settings = m_panel->scoringSettings();
        QCOMPARE(settings.scorer, QStringLiteral("/tmp/scorers/my_scorer.py"));
        QVERIFY(settings.isScript());
        QCOMPARE(find<QComboBox>("scorerCombo")->currentText(),
                 QStringLiteral("Script: my_scorer.py"));
        QVERIFY(!find<QSpinBox>("windowDaysSpin")->isEnabled());

        // Another script takes the first one's place; the plain scorer is still there.
        m_dialogs.files = {QStringLiteral("/tmp/other.py")};
        chooseScript();
        QCOMPARE(find<QComboBox>("scorerCombo")->count(), 4);
        QCOMPARE(m_panel->scoringSettings().scorer, QStringLiteral("/tmp/other.py"));
        find<QComboBox>("scorerCombo")->setCurrentIndex(1);
        QTest::keyClick(find<QComboBox>("scorerCombo"), Qt::Key_Up);
        QTest::keyClick(find<QComboBox>("scorerCombo"), Qt::Key_Down);
        QCOMPARE(m_panel->scoringSettings().scorer, QStringLiteral("plain"));
    }

    // What the panel does not show (the script's timeout) passes through; what a scoring
    // produced (its time, the script's hash) is not a setting.
    void setAndGetKeepTheHiddenFields()
    {
        ScoringSettings given;
        given.weights = {0.5, 0.5, 0};
        given.scorer = QStringLiteral("/opt/scorer.py");
        given.scorerTimeoutSeconds = 7;
        given.scorerSha256 = QStringLiteral("abc");
        given.scoredAt = QDateTime::currentDateTimeUtc();
        given.topicWords = {QStringLiteral("robots")};
        m_panel->setScoringSettings(given);
        const ScoringSettings read = m_panel->scoringSettings();
        QCOMPARE(read.weights, given.weights);
        QCOMPARE(read.scorer, given.scorer);
        QCOMPARE(read.scorerTimeoutSeconds, 7);
        QCOMPARE(read.topicWords, given.topicWords);
        QVERIFY(read.scorerSha256.isEmpty());
        QVERIFY(!read.scoredAt.isValid());
    }

    void settingsAreStored()
    {
        ScoringSettings given;
        given.weights = {1, 3, 1};
        given.scorer = QStringLiteral("plain");
        given.windowDays = 21;
        given.targetEvents = 9;
        given.topicWords = {QStringLiteral("robots"), QStringLiteral("drones")};
        m_panel->setScoringSettings(given);
        m_panel->saveSettings();
        QCOMPARE(QSettings().value(QStringLiteral("scoring/weights")).toString(),
                 QStringLiteral("1,3,1"));

        ScoringPanel restored;
        restored.loadSettings();
        const ScoringSettings read = restored.scoringSettings();
        QCOMPARE(read.weights, given.weights);
        QCOMPARE(read.scorer, given.scorer);
        QCOMPARE(read.windowDays, 21);
        QCOMPARE(read.targetEvents, 9);
        QCOMPARE(read.topicWords, given.topicWords);
    }

    // Weights edited by hand into something unusable fall back to the defaults.
    void badStoredWeightsFallBack()
    {
        QSettings().setValue(QStringLiteral("scoring/weights"), QStringLiteral("-1,0,0"));
        m_panel->loadSettings();
        QCOMPARE(m_panel->scoringSettings().weights, ScoreWeights{});
    }
};

QTEST_MAIN(TestScoringPanel)
#include "test_scoringpanel.moc"
