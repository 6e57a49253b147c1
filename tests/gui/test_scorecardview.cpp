// The Score tab on the offscreen platform: the card explained, and the override actions.
#include "gui/scorecardview.h"

#include <QAction>
#include <QDialog>
#include <QDoubleSpinBox>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTextCursor>
#include <QToolButton>

using namespace DreamFoundry;

namespace {

Gate gate(const char *id, bool passed, const char *reason)
{
    return {QLatin1StringView(id), passed, QLatin1StringView(reason)};
}

CandidateResult finished(const char *id, std::optional<ScoreCard> card)
{
    CandidateResult result;
    result.candidateId = QLatin1StringView(id);
    result.state = CandidateState::Succeeded;
    result.score = std::move(card);
    return result;
}

ScoreCard rankedCard()
{
    ScoreCard card;
    card.gates = {gate("exit_code", true, "The script exited with code 0."),
                  gate("event_count", true, "5 events (at least 3).")};
    card.success = 100;
    card.automaticQuality = 80;
    card.speed = 50;
    card.total = 78;
    card.rank = 1;
    card.details = {QStringLiteral("matched words: AI, agents")};
    return card;
}

ScoreContext contextWithWinner(const char *winnerId, bool manual = false)
{
    ScoreContext context;
    context.candidateCount = 5;
    context.overridesAllowed = true;
    context.winner.candidateId = QLatin1StringView(winnerId);
    context.winner.manual = manual;
    context.winner.automaticCandidateId = QStringLiteral("beta");
    return context;
}

} // namespace

class TestScoreCardView final : public QObject
{
    Q_OBJECT

private:
    QString shownText() const
    {
        return m_view->findChild<QPlainTextEdit *>(QStringLiteral("scoreText"))->toPlainText();
    }
    QAction *action(const char *name) const
    {
        auto *found = m_view->findChild<QAction *>(QLatin1StringView(name));
        if (!found)
            qFatal("no action %s", name);
        return found;
    }

    std::unique_ptr<ScoreCardView> m_view;

private Q_SLOTS:
    void init()
    {
        m_view = std::make_unique<ScoreCardView>();
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }
    void cleanup() { m_view.reset(); }

    void explainsTheCard_data()
    {
        QTest::addColumn<CandidateResult>("result");
        QTest::addColumn<ScoreContext>("context");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("winner") << finished("beta", rankedCard()) << contextWithWinner("beta")
                                << QStringList{
                                           QStringLiteral(
                                                   "beta: the winner, chosen by the ranking."),
                                           QStringLiteral("Rank 1 of 5."),
                                           QStringLiteral("Total 78 of 100 = 0.2 x success 100 + "
                                                          "0.6 x quality 80 + 0.2 x speed 50."),
                                           QStringLiteral("  passed  exit code: The script exited "
                                                          "with code 0."),
                                           QStringLiteral("  Quality 80 (weight 0.6): from the "
                                                          "scorer."),
                                           QStringLiteral("Scorer: events (built in)"),
                                           QStringLiteral("  matched words: AI, agents"),
                                   };

        ScoreCard failed = rankedCard();
        failed.gates.prepend(gate("exit_code", false, "The script exited with code 3."));
        failed.success = 0;
        failed.rank = 5;
        QTest::newRow("disqualified")
                << finished("delta", failed) << contextWithWinner("beta")
                << QStringList{
                           QStringLiteral("delta: not the winner (beta is)."),
                           QStringLiteral("Disqualified by the gate \"exit code\": The script "
                                          "exited with code 3."),
                           QStringLiteral("  FAILED  exit code: The script exited with code 3."),
                           QStringLiteral("  Success 0 (weight 0.2): a gate failed."),
                           QStringLiteral("  Speed 50 (weight 0.2): only candidates passing")};

        ScoreCard unscored;
        unscored.gates = {gate("exit_code", true, "The script exited with code 0.")};
        unscored.unscored = true;
        unscored.unscoredReason = QStringLiteral("The scorer script gave no quality for it.");
        ScoreContext script = contextWithWinner("beta");
        script.scoring.scorer = QStringLiteral("/home/me/scorer.py");
        script.scoring.scorerStderr = QStringLiteral("Traceback\nKeyError: 'x'\n");
        QTest::newRow("unscored")
                << finished("eps", unscored) << script
                << QStringList{
                           QStringLiteral("Not ranked: the candidate is unscored."),
                           QStringLiteral("Unscored: The scorer script gave no quality for it."),
                           QStringLiteral("Scorer: script /home/me/scorer.py"),
                           QStringLiteral("  KeyError: 'x'")};

        ScoreCard manual = rankedCard();
        manual.manualQuality = 95;
        manual.rank = 2;
        ScoreContext normalised = contextWithWinner("gamma", true);
        normalised.scoring.weights = {1, 3, 1};
        QTest::newRow("manual quality, manual winner, normalised weights")
                << finished("gamma", manual) << normalised
                << QStringList{QStringLiteral("gamma: the winner, picked by hand (the ranking "
                                              "chose beta)."),
                               QStringLiteral("  Quality 95 (weight 0.6): manual, set by hand; the "
                                              "scorer gave 80."),
                               QStringLiteral("do not add up to 1; they were scaled to 0.200, "
                                              "0.600, 0.200.")};

        CandidateResult running = finished("alpha", std::nullopt);
        running.state = CandidateState::Running;
        QTest::newRow("running") << running << ScoreContext{}
                                 << QStringList{QStringLiteral("alpha has not finished")};
        QTest::newRow("saved before scoring")
                << finished("alpha", std::nullopt) << ScoreContext{}
                << QStringList{QStringLiteral("Re-score in the Scoring panel")};
    }

    void explainsTheCard()
    {
        QFETCH(CandidateResult, result);
        QFETCH(ScoreContext, context);
        QFETCH(QStringList, expected);
        m_view->showCandidate(result, context);
        const QString text = shownText();
        for (const QString &line : expected)
            QVERIFY2(text.contains(line), qPrintable(text));
    }

    // Details come from artifacts and scorer scripts: shown as the characters they are, with
    // long lines cut and a flood of lines counted, never interpreted as HTML.
    void untrustedDetailsStayPlainAndBounded()
    {
        ScoreCard card = rankedCard();
        card.details = {QStringLiteral("<b>bold</b><img src=\"http://x.invalid/a.png\">"),
                        QStringLiteral("bell\aand\x1b[31mescape\u202Eright-to-left"),
                        QString(10'000, QLatin1Char('x'))};
        for (int i = 0; i < 500; ++i)
            card.details.append(QStringLiteral("event %1").arg(i));
        m_view->showCandidate(finished("beta", card), contextWithWinner("beta"));
        const QString text = shownText();
        QVERIFY(text.contains(QStringLiteral("<b>bold</b><img src=\"http://x.invalid/a.png\">")));
        QVERIFY(text.contains(QStringLiteral("bell and [31mescaperight-to-left")));
        QVERIFY(!text.contains(QString(301, QLatin1Char('x'))));
        QVERIFY(text.contains(QStringLiteral("... and 303 more lines.")));
        QVERIFY(!text.contains(QStringLiteral("event 300")));
    }

    // The window shows the selected card again on every live update: a card that says the same
    // keeps the reader's place in the text.
    void sameCardAgainKeepsTheReadersPlace()
    {
        m_view->showCandidate(finished("beta", rankedCard()), contextWithWinner("beta"));
        auto *text = m_view->findChild<QPlainTextEdit *>(QStringLiteral("scoreText"));
        QTextCursor cursor = text->textCursor();
        cursor.setPosition(20);
        text->setTextCursor(cursor);
        m_view->showCandidate(finished("beta", rankedCard()), contextWithWinner("beta"));
        QCOMPARE(text->textCursor().position(), 20);
        m_view->showCandidate(finished("beta", rankedCard()), contextWithWinner("gamma"));
        QVERIFY(shownText().startsWith(QStringLiteral("beta: not the winner (gamma is).")));
    }

    void actionsAskForOverridesAndUndo()
    {
        ScoreCard manual = rankedCard();
        manual.manualQuality = 95;
        m_view->showCandidate(finished("gamma", manual), contextWithWinner("beta", true));
        QSignalSpy quality(m_view.get(), &ScoreCardView::qualityOverrideRequested);
        QSignalSpy winner(m_view.get(), &ScoreCardView::winnerRequested);

        action("actionClearQualityOverride")->trigger();
        QCOMPARE(quality.count(), 1);
        QCOMPARE(quality.at(0).at(0).toString(), QStringLiteral("gamma"));
        QCOMPARE(quality.at(0).at(1).value<std::optional<double>>(), std::nullopt);

        action("actionPickWinner")->trigger();
        QCOMPARE(winner.count(), 1);
        QCOMPARE(winner.at(0).at(0).value<std::optional<QString>>(),
                 std::optional<QString>(QStringLiteral("gamma")));

        // The Score tab's button is the same action.
        auto *restore = m_view->findChild<QToolButton *>(QStringLiteral("buttonRestoreWinner"));
        QVERIFY(restore);
        QTest::mouseClick(restore, Qt::LeftButton);
        QCOMPARE(winner.count(), 2);
        QCOMPARE(winner.at(1).at(0).value<std::optional<QString>>(), std::nullopt);
    }

    // Set Quality... opens a window-modal dialog without blocking; OK sends the value for the
    // candidate it was opened for, Cancel sends nothing.
    void setQualityDialog()
    {
        m_view->showCandidate(finished("beta", rankedCard()), contextWithWinner("beta"));
        QSignalSpy quality(m_view.get(), &ScoreCardView::qualityOverrideRequested);
        action("actionSetQuality")->trigger();
        auto *dialog = m_view->findChild<QDialog *>(QStringLiteral("qualityDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *spin = dialog->findChild<QDoubleSpinBox *>(QStringLiteral("qualitySpin"));
        QCOMPARE(spin->value(), 80.0); // starts at the scorer's value
        spin->setValue(55);
        // The selection moves on while the dialog is open: the answer is still about beta.
        m_view->showCandidate(finished("gamma", rankedCard()), contextWithWinner("beta"));
        dialog->accept();
        QCOMPARE(quality.count(), 1);
        QCOMPARE(quality.at(0).at(0).toString(), QStringLiteral("beta"));
        QCOMPARE(quality.at(0).at(1).value<std::optional<double>>(), std::optional<double>(55));

        action("actionSetQuality")->trigger();
        QTRY_VERIFY(m_view->findChild<QDialog *>(QStringLiteral("qualityDialog")));
        m_view->findChild<QDialog *>(QStringLiteral("qualityDialog"))->reject();
        QCOMPARE(quality.count(), 1);
    }

    void actionsEnabledWhenTheyApply_data()
    {
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<bool>("manualQuality");
        QTest::addColumn<QString>("winner");
        QTest::addColumn<bool>("manualWinner");
        QTest::addColumn<QList<bool>>("enabled"); // set, clear, pick, restore

        QTest::newRow("run going on") << false << true << QStringLiteral("x") << true
                                      << QList<bool>{false, false, false, false};
        QTest::newRow("automatic everything") << true << false << QStringLiteral("x") << false
                                              << QList<bool>{true, false, true, false};
        QTest::newRow("manual quality") << true << true << QStringLiteral("x") << false
                                        << QList<bool>{true, true, true, false};
        QTest::newRow("shown one is the manual winner")
                << true << false << QStringLiteral("beta") << true
                << QList<bool>{true, false, false, true};
    }

    void actionsEnabledWhenTheyApply()
    {
        QFETCH(bool, allowed);
        QFETCH(bool, manualQuality);
        QFETCH(QString, winner);
        QFETCH(bool, manualWinner);
        QFETCH(QList<bool>, enabled);
        ScoreCard card = rankedCard();
        if (manualQuality)
            card.manualQuality = 10;
        ScoreContext context = contextWithWinner("", manualWinner);
        context.winner.candidateId = winner;
        context.overridesAllowed = allowed;
        m_view->showCandidate(finished("beta", card), context);
        const QList<QAction *> actions = m_view->overrideActions();
        QCOMPARE(actions.size(), enabled.size());
        for (int i = 0; i < actions.size(); ++i)
            QVERIFY2(actions.at(i)->isEnabled() == enabled.at(i),
                     qPrintable(actions.at(i)->objectName()));
    }
};

QTEST_MAIN(TestScoreCardView)
#include "test_scorecardview.moc"
