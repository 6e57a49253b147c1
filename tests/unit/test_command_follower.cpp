// CommandFollower against a scripted network: the log stream, the marked log snapshots, the
// status poll and the grace timer, each going wrong in its own way.
#include "daytona/commandfollower.h"
#include "test_daytona_fakenetwork.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTest>

#include <optional>

using namespace DreamFoundry;
using Test::FakeNetwork;
using Test::FakeReply;
using Test::SeenRequest;

namespace {

DaytonaConnection testConnection()
{
    DaytonaConnection c;
    c.apiUrl = QUrl(QStringLiteral("https://daytona.example/api"));
    c.apiKey = QStringLiteral("dtn_test");
    c.retry.maxRetries = 0; // a failure is the follower's to handle, not the job's
    return c;
}

const FollowedCommand command{QStringLiteral("sb1"),
                              QUrl(QStringLiteral("https://proxy.example/toolbox/sb1")),
                              QStringLiteral("session1"), QStringLiteral("cmd1")};

// Quick timers, except those a test sets itself; a long one never fires within a test.
CommandFollower::Intervals quickIntervals()
{
    CommandFollower::Intervals intervals;
    intervals.streamGraceMs = 60'000;
    intervals.statusWhileStreamingMs = 60'000;
    intervals.statusAfterStreamMs = 20;
    intervals.statusWithoutStreamMs = 20;
    intervals.snapshotMs = 10;
    return intervals;
}

// A sandbox's toolbox as the follower sees it: the test sets what the log holds and what the
// command's status says, and drives the log stream by hand.
class Toolbox final
{
public:
    Toolbox() : m_client(testConnection(), &m_net), m_follower(&m_client, command, nullptr)
    {
        m_net.handler = [this](FakeReply *reply, const SeenRequest &request) {
            answer(reply, request);
        };
        QObject::connect(&m_follower, &CommandFollower::outputReceived, &m_follower,
                         [this](OutputStream which, const QByteArray &chunk) {
                             (which == OutputStream::Stdout ? stdoutSeen : stderrSeen) += chunk;
                         });
        QObject::connect(&m_follower, &CommandFollower::ended, &m_follower,
                         [this](int code) { endedWith = code; });
        QObject::connect(&m_follower, &CommandFollower::failed, &m_follower,
                         [this](const DaytonaError &error) { failedWith = error; });
        QObject::connect(&m_follower, &CommandFollower::mayHaveEnded, &m_follower,
                         [this] { ++mayHaveEnded; });
        QObject::connect(&m_follower, &CommandFollower::stillRunning, &m_follower,
                         [this] { ++stillRunning; });
        QObject::connect(&m_follower, &CommandFollower::logRead, &m_follower,
                         [this] { ++logRead; });
        m_follower.setIntervals(quickIntervals());
    }

    CommandFollower &follower() { return m_follower; }

    // What the toolbox answers.
    QByteArray log;
    std::optional<int> exitCode; // unset: the command runs
    int snapshotFailures = 0; // so many snapshots to answer 500
    bool statusFails = false;

    // What the follower did.
    QPointer<FakeReply> stream; // gone soon after it ended
    std::optional<QNetworkReply::NetworkError> streamEnd;
    int snapshots = 0;
    int statuses = 0;
    QByteArray stdoutSeen;
    QByteArray stderrSeen;
    std::optional<int> endedWith;
    std::optional<DaytonaError> failedWith;
    int mayHaveEnded = 0;
    int stillRunning = 0;
    int logRead = 0;

private:
    void answer(FakeReply *reply, const SeenRequest &request)
    {
        const QString path = request.path();
        if (path.endsWith(QStringLiteral("/logs"))
            && request.request.url().query().contains(QStringLiteral("follow=true"))) {
            stream = reply; // left open: the test drives it
            QObject::connect(reply, &QNetworkReply::finished, reply,
                             [this, reply] { streamEnd = reply->error(); });
        } else if (path.endsWith(QStringLiteral("/logs"))) {
            ++snapshots;
            if (snapshotFailures > 0 && snapshotFailures--)
                reply->respond(500, R"({"message":"log unavailable"})");
            else
                reply->respond(200, log);
        } else if (path.endsWith(QStringLiteral("/command/cmd1"))) {
            ++statuses;
            QJsonObject status{{QStringLiteral("id"), QStringLiteral("cmd1")}};
            if (exitCode)
                status.insert(QStringLiteral("exitCode"), *exitCode);
            if (statusFails)
                reply->respond(500, R"({"message":"daemon gone"})");
            else
                reply->respond(200, QJsonDocument(status).toJson(QJsonDocument::Compact));
        } else {
            reply->respond(404, {});
        }
    }

    FakeNetwork m_net;
    DaytonaClient m_client;
    CommandFollower m_follower;
};

} // namespace

class TestCommandFollower final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void streamClosingWithTheCommandEndsWithTheWholeLog()
    {
        Toolbox box;
        box.log = "\x01\x01\x01out 1\n\x02\x02\x02oops\n";
        box.follower().start();
        QTRY_VERIFY(box.stream);
        box.stream->sendChunk("out 1\noops\n");
        QTRY_COMPARE(box.stdoutSeen, QByteArray("out 1\n"));
        QCOMPARE(box.stderrSeen, QByteArray("oops\n"));

        box.log += "\x01\x01\x01out 2\n";
        box.exitCode = 0;
        box.stream->endStream();
        QTRY_VERIFY(box.endedWith);
        QCOMPARE(*box.endedWith, 0);
        QCOMPARE(box.stdoutSeen, QByteArray("out 1\nout 2\n"));
        QCOMPARE(box.mayHaveEnded, 1);
        QCOMPARE(box.stillRunning, 0);
        QCOMPARE(box.statuses, 1); // asked once, as the stream closed
        QVERIFY(!box.failedWith);
    }

    void streamEndingEarlyIsNotTheEnd()
    {
        Toolbox box;
        box.log = "before\n";
        // The status after the early close says "running"; the command ends right after.
        QObject::connect(&box.follower(), &CommandFollower::stillRunning, &box.follower(), [&box] {
            box.log += "after\n";
            box.exitCode = 3;
        });
        box.follower().start();
        QTRY_VERIFY(box.stream);
        box.stream->endStream();
        QTRY_VERIFY(box.endedWith);
        QCOMPARE(*box.endedWith, 3);
        QCOMPARE(box.mayHaveEnded, 1);
        QCOMPARE(box.stillRunning, 1);
        QCOMPARE(box.statuses, 2);
        // The log read as the stream closed was not final: the rest came after.
        QCOMPARE(box.stdoutSeen, QByteArray("before\nafter\n"));
    }

    void statusSaysExitedWhileTheStreamIsOpen()
    {
        Toolbox box;
        auto intervals = quickIntervals();
        intervals.statusWhileStreamingMs = 20;
        box.follower().setIntervals(intervals);
        box.log = "all of it\n";
        box.exitCode = 0;
        box.follower().start();
        QTRY_COMPARE(box.statuses, 1);
        // Exited, but the stream may still carry output: the follower waits for it to close.
        // (What must not happen needs time to pass: a few status intervals.)
        QTest::qWait(100);
        QVERIFY(!box.endedWith);
        QCOMPARE(box.statuses, 1); // no more polling once the end is known
        box.stream->endStream();
        QTRY_VERIFY(box.endedWith);
        QCOMPARE(*box.endedWith, 0);
        QCOMPARE(box.stdoutSeen, QByteArray("all of it\n"));
        QCOMPARE(box.streamEnd, QNetworkReply::NoError); // closed by itself, not aborted
        QCOMPARE(box.mayHaveEnded, 0); // the status came first: nothing to fetch early
    }

    void graceTimerReadsTheLogOfAStreamThatStaysOpen()
    {
        Toolbox box;
        auto intervals = quickIntervals();
        intervals.statusWhileStreamingMs = 20;
        intervals.streamGraceMs = 50;
        box.follower().setIntervals(intervals);
        box.log = "printed\n";
        box.exitCode = 7;
        box.follower().start();
        QTRY_VERIFY(box.endedWith);
        QCOMPARE(*box.endedWith, 7);
        QCOMPARE(box.stdoutSeen, QByteArray("printed\n"));
        QCOMPARE(box.streamEnd, QNetworkReply::OperationCanceledError);
    }

    void failedSnapshotIsFetchedAgain()
    {
        Toolbox box;
        box.log = "line\n";
        box.exitCode = 0;
        box.snapshotFailures = 1;
        box.follower().start();
        QTRY_VERIFY(box.stream);
        box.stream->endStream();
        QTRY_VERIFY(box.endedWith);
        QCOMPARE(box.snapshots, 2);
        QCOMPARE(box.stdoutSeen, QByteArray("line\n")); // once, from the second
        QVERIFY(!box.failedWith);
    }

    void failedStatusEndsTheFollowing()
    {
        Toolbox box;
        auto intervals = quickIntervals();
        intervals.statusWhileStreamingMs = 20;
        box.follower().setIntervals(intervals);
        box.statusFails = true;
        box.follower().start();
        QTRY_VERIFY(box.failedWith);
        QCOMPARE(box.failedWith->kind, DaytonaError::Kind::ServerError);
        QVERIFY(!box.endedWith);
        QCOMPARE(box.streamEnd, QNetworkReply::OperationCanceledError);
        // Done: nothing polls any more (what must not happen needs a few status intervals).
        QTest::qWait(100);
        QCOMPARE(box.statuses, 1);
    }

    void brokenStreamIsReplacedByPolling()
    {
        Toolbox box;
        box.log = "first\n";
        box.follower().start();
        QTRY_VERIFY(box.stream);
        box.stream->sendChunk("first\n");
        QTRY_COMPARE(box.stdoutSeen, QByteArray("first\n"));
        box.stream->failWith(QNetworkReply::RemoteHostClosedError);
        QTRY_VERIFY(box.statuses >= 1); // polled, as the stream no longer says anything
        box.log += "second\n";
        box.exitCode = 0;
        QTRY_VERIFY(box.endedWith);
        QCOMPARE(box.stdoutSeen, QByteArray("first\nsecond\n"));
        QCOMPARE(box.mayHaveEnded, 0); // a broken stream says nothing of the command's end
    }

    void stopReadsTheLogThenSaysSo()
    {
        Toolbox box;
        box.log = "partial\n";
        box.follower().start();
        QTRY_VERIFY(box.stream);
        box.follower().stop();
        QTRY_COMPARE(box.logRead, 1);
        QCOMPARE(box.stdoutSeen, QByteArray("partial\n"));
        QCOMPARE(box.statuses, 0);
        QVERIFY(!box.endedWith);
        box.follower().abort();
        QCOMPARE(box.streamEnd, QNetworkReply::OperationCanceledError);
    }

    void abortEmitsWhatTheDemuxerHeldBack()
    {
        Toolbox box;
        box.log = "text\x01\x01"; // the marker may go on in the next bytes: held back
        box.follower().start();
        QTRY_VERIFY(box.stream);
        box.stream->sendChunk("x");
        QTRY_COMPARE(box.snapshots, 1);
        QTRY_COMPARE(box.stdoutSeen, QByteArray("text"));
        box.follower().abort();
        QCOMPARE(box.stdoutSeen, QByteArray("text\x01\x01"));
        QVERIFY(!box.endedWith);
    }
};

QTEST_GUILESS_MAIN(TestCommandFollower)
#include "test_command_follower.moc"
