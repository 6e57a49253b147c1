// ArtifactFetch against a scripted network: a prefetch that is taken, one still on its way,
// one discarded, and no prefetch at all.
#include "daytona/artifactfetch.h"
#include "test_daytona_fakenetwork.h"

#include <QFile>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace DreamFoundry;
using Test::FakeNetwork;
using Test::FakeReply;
using Test::SeenRequest;

Q_DECLARE_METATYPE(DreamFoundry::DownloadResult)

namespace {

DaytonaConnection testConnection()
{
    DaytonaConnection c;
    c.apiUrl = QUrl(QStringLiteral("https://daytona.example/api"));
    c.apiKey = QStringLiteral("dtn_test");
    return c;
}

} // namespace

class TestArtifactFetch final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeNetwork> m_net;
    std::unique_ptr<DaytonaClient> m_client;
    std::unique_ptr<ArtifactFetch> m_fetch;
    QTemporaryDir m_dir;
    QString m_target;
    QByteArray m_content;
    bool m_hold = false;
    QPointer<FakeReply> m_held;

private Q_SLOTS:
    // The download answers `m_content` at once, or is held for the test when m_hold is set.
    void init()
    {
        m_content = "# result\n";
        m_hold = false;
        m_net = std::make_unique<FakeNetwork>();
        m_client = std::make_unique<DaytonaClient>(testConnection(), m_net.get());
        m_net->handler = [this](FakeReply *reply, const SeenRequest &) {
            if (m_hold)
                m_held = reply;
            else
                reply->respond(200, m_content);
        };
        QVERIFY(m_dir.isValid());
        m_target = m_dir.filePath(QStringLiteral("c_output.md"));
        m_fetch = std::make_unique<ArtifactFetch>(
                m_client.get(), QUrl(QStringLiteral("https://proxy.example/toolbox/sb")),
                QStringLiteral("/home/daytona/c_output.md"), m_target, nullptr);
    }

    void cleanup()
    {
        m_fetch.reset();
        m_client.reset();
        m_net.reset();
        QFile::remove(m_target);
    }

    void prefetchedAnswerIsTheFetchedOne()
    {
        QSignalSpy fetched(m_fetch.get(), &ArtifactFetch::fetched);
        m_fetch->prefetch();
        QTRY_VERIFY(QFile::exists(m_target));
        QCOMPARE(fetched.size(), 0); // kept until asked for
        m_fetch->fetch();
        QCOMPARE(fetched.size(), 1); // at once: it was there
        QVERIFY(fetched.first().first().value<DownloadResult>().error.ok());
        QCOMPARE(m_net->seen.size(), 1);
    }

    void fetchWaitsForThePrefetchOnItsWay()
    {
        m_hold = true;
        QSignalSpy fetched(m_fetch.get(), &ArtifactFetch::fetched);
        m_fetch->prefetch();
        m_fetch->fetch();
        QTRY_VERIFY(m_held);
        m_held->respond(200, m_content);
        QTRY_COMPARE(fetched.size(), 1);
        QCOMPARE(m_net->seen.size(), 1);
        QFile file(m_target);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), m_content);
    }

    void discardedPrefetchLeavesNoFileAndIsFetchedAgain()
    {
        QSignalSpy fetched(m_fetch.get(), &ArtifactFetch::fetched);
        m_fetch->prefetch();
        QTRY_VERIFY(QFile::exists(m_target));
        m_fetch->discard(); // the command still ran: that file was not the final one
        QVERIFY(!QFile::exists(m_target));
        m_content = "# final\n";
        m_fetch->fetch();
        QTRY_COMPARE(fetched.size(), 1);
        QCOMPARE(m_net->seen.size(), 2);
        QFile file(m_target);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("# final\n"));
    }

    void discardAbortsThePrefetchOnItsWay()
    {
        m_hold = true;
        QSignalSpy fetched(m_fetch.get(), &ArtifactFetch::fetched);
        m_fetch->prefetch();
        QTRY_VERIFY(m_held);
        m_fetch->discard();
        QVERIFY(!QFile::exists(m_target));
        m_hold = false;
        m_fetch->fetch(); // a download of its own, not the discarded one that never answers
        QTRY_COMPARE(fetched.size(), 1);
        QCOMPARE(m_net->seen.size(), 2);
    }

    // A cap: the size is asked first and a larger artifact (a sparse 3 GiB one, say) is refused
    // without a byte of it downloaded.
    void largerArtifactIsRefusedBeforeItsDownload()
    {
        m_net->handler = [](FakeReply *reply, const SeenRequest &request) {
            QCOMPARE(request.request.url().path(), QStringLiteral("/toolbox/sb/files/info"));
            reply->respond(200, R"({"name":"c_output.md","size":3221225473,"isDir":false})");
        };
        m_fetch->setMaxBytes(1024 * 1024);
        QSignalSpy fetched(m_fetch.get(), &ArtifactFetch::fetched);
        m_fetch->fetch();
        QTRY_COMPARE(fetched.size(), 1);
        const auto result = fetched.first().first().value<DownloadResult>();
        QVERIFY(!result.error.ok());
        QVERIFY(result.overLimit);
        QCOMPARE(result.claimedSize, 3221225473);
        QCOMPARE(m_net->seen.size(), 1);
        QVERIFY(!QFile::exists(m_target));
    }

    void artifactWithinTheCapIsDownloaded()
    {
        m_net->handler = [this](FakeReply *reply, const SeenRequest &request) {
            if (request.request.url().path().endsWith(QStringLiteral("/files/info")))
                reply->respond(200, R"({"name":"c_output.md","size":9,"isDir":false})");
            else
                reply->respond(200, m_content);
        };
        m_fetch->setMaxBytes(1024 * 1024);
        QSignalSpy fetched(m_fetch.get(), &ArtifactFetch::fetched);
        m_fetch->fetch();
        QTRY_COMPARE(fetched.size(), 1);
        QVERIFY(fetched.first().first().value<DownloadResult>().error.ok());
        QCOMPARE(m_net->seen.size(), 2);
        QFile file(m_target);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), m_content);
    }

    // No size to be had (an older toolbox answers 404): the stream is cut at the cap, and the
    // part written is removed; the reply is aborted rather than read to its end.
    void streamIsStoppedAtTheCap()
    {
        QPointer<FakeReply> download;
        m_net->handler = [&download](FakeReply *reply, const SeenRequest &request) {
            if (request.request.url().path().endsWith(QStringLiteral("/files/info"))) {
                reply->respond(404, {});
                return;
            }
            download = reply;
            for (int i = 0; i < 3; ++i)
                reply->sendChunk(QByteArray(512 * 1024, 'x'));
        };
        m_fetch->setMaxBytes(1024 * 1024);
        QSignalSpy fetched(m_fetch.get(), &ArtifactFetch::fetched);
        m_fetch->fetch();
        QTRY_COMPARE(fetched.size(), 1);
        const auto result = fetched.first().first().value<DownloadResult>();
        QVERIFY(result.overLimit);
        QCOMPARE(m_net->seen.size(), 2);
        QVERIFY(!QFile::exists(m_target));
        QVERIFY(!download || download->isFinished());
    }

    void fetchWithoutPrefetchDownloads()
    {
        m_content = {}; // an empty artifact is still an artifact
        QSignalSpy fetched(m_fetch.get(), &ArtifactFetch::fetched);
        m_fetch->fetch();
        QTRY_COMPARE(fetched.size(), 1);
        QVERIFY(fetched.first().first().value<DownloadResult>().error.ok());
        QVERIFY(QFile::exists(m_target));
    }
};

QTEST_GUILESS_MAIN(TestArtifactFetch)
#include "test_artifact_fetch.moc"
