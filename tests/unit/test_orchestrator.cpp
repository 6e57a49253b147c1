// The orchestrator's turns with a backend that prepares sandboxes ahead (docs/architecture.md,
// "A run, from the window or the command line to the results folder"), through a scripted backend:
// when a sandbox starts, ends or fails is decided by the test, so the orders a real machine makes
// rare happen every time. Real sandboxes going through the same turns are in
// tests/integration/test_local_runs.cpp.
#include "runner/leftovers.h"
#include "runner/orchestrator.h"
#include "runner/sandbox.h"
#include "runner/warmfolders.h"

#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimer>

#include <functional>

using namespace DreamFoundry;

namespace {

class ScriptedSandbox;

// Sandboxes whose behaviour each test sets by candidate id.
class ScriptedBackend final : public Backend
{
public:
    QString name() const override { return QStringLiteral("scripted"); }
    int defaultParallelism() const override { return 1; }
    bool preparesAhead() const override { return true; }
    Sandbox *createSandbox(const SandboxJob &job, QObject *parent) override;

    // What a sandbox does when its turn comes (start()); by default it ends well a moment later,
    // as a real one would, never within start().
    QHash<QString, std::function<void(ScriptedSandbox &)>> onStart;
    QHash<QString, QPointer<ScriptedSandbox>> made;
    QStringList preparedAhead; // ids, in order
    QStringList started; // ids, in order
};

class ScriptedSandbox final : public Sandbox
{
    Q_OBJECT
public:
    ScriptedSandbox(const SandboxJob &job, ScriptedBackend &backend, QObject *parent)
        : Sandbox(parent), m_job(job), m_backend(backend)
    {}

    QString id() const { return m_job.candidate.id; }

    void prepareAhead() override { m_backend.preparedAhead.append(id()); }
    void start() override
    {
        m_backend.started.append(id());
        Q_EMIT phaseChanged(CandidateState::Running);
        if (const auto script = m_backend.onStart.value(id()))
            script(*this);
        else
            QTimer::singleShot(20, this, &ScriptedSandbox::succeed);
    }
    void stop() override { end({}); }

    // Writes an artifact, says released, then finished.
    void succeed()
    {
        const QString artifact = m_job.collectDir + QStringLiteral("/artifact.md");
        QFile file(artifact);
        if (file.open(QIODevice::WriteOnly))
            file.write("# done\n- an artifact long enough\n");
        file.close();
        SandboxOutcome outcome;
        outcome.exitCode = 0;
        outcome.artifactFile = artifact;
        end(outcome);
    }
    // Fails as a backend does (no exit code), whether or not its turn has come.
    void fail(const QString &why)
    {
        SandboxOutcome outcome;
        outcome.error = why;
        end(outcome);
    }

private:
    void end(const SandboxOutcome &outcome)
    {
        if (std::exchange(m_ended, true))
            return;
        Q_EMIT released();
        Q_EMIT finished(outcome);
    }

    SandboxJob m_job;
    ScriptedBackend &m_backend;
    bool m_ended = false;
};

Sandbox *ScriptedBackend::createSandbox(const SandboxJob &job, QObject *parent)
{
    auto *sandbox = new ScriptedSandbox(job, *this, parent);
    made.insert(job.candidate.id, sandbox);
    return sandbox;
}

// "a b c": the list of "a", "b" and "c".
QStringList ids(const char *spaced)
{
    return QString::fromLatin1(spaced).split(QLatin1Char(' '));
}

QList<Candidate> candidates(const QTemporaryDir &dir, const QStringList &ids)
{
    QList<Candidate> list;
    for (const QString &id : ids) {
        Candidate candidate;
        candidate.id = id;
        candidate.scriptPath = dir.filePath(id + QStringLiteral(".py"));
        QFile script(candidate.scriptPath);
        if (script.open(QIODevice::WriteOnly))
            script.write("pass\n");
        list.append(candidate);
    }
    return list;
}

} // namespace

class TestOrchestrator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // One at a time, the next candidates' sandboxes are made ready while one runs: as many as
    // run at once, in order; each starts on the sandbox made for it, which stays Queued until
    // its turn.
    void sandboxesArePreparedAheadInOrder()
    {
        ScriptedBackend backend;
        Orchestrator orchestrator(backend);
        QSignalSpy finished(&orchestrator, &Orchestrator::runFinished);
        // The first one runs until the test says; meanwhile the second is prepared.
        backend.onStart.insert(QStringLiteral("a"), [](ScriptedSandbox &) {});
        RunSettings settings;
        settings.parallelism = 1;
        QVERIFY(orchestrator.start(candidates(m_dir, ids("a b c")), settings).isEmpty());
        QTRY_COMPARE(backend.started, QStringList{QStringLiteral("a")});
        QTRY_COMPARE(backend.preparedAhead, QStringList{QStringLiteral("b")});
        QTest::qWait(50); // no more than one ahead
        QCOMPARE(backend.preparedAhead, QStringList{QStringLiteral("b")});
        QCOMPARE(orchestrator.state(1), CandidateState::Queued);
        const QPointer<ScriptedSandbox> prepared = backend.made.value(QStringLiteral("b"));
        backend.made.value(QStringLiteral("a"))->succeed();
        QVERIFY(finished.wait(5'000));
        QCOMPARE(backend.started, ids("a b c"));
        QCOMPARE(backend.preparedAhead, ids("b c"));
        QVERIFY(prepared); // the sandbox made ahead is the one that ran
        for (int row = 0; row < 3; ++row)
            QCOMPARE(orchestrator.state(row), CandidateState::Succeeded);
    }

    // A sandbox that fails while it waits (its folder could not be made, say) ends its
    // candidate with the reason and never takes a turn, even when the turn comes while its
    // result is still being put together: the place it would have taken goes to the next
    // candidate, and the run ends.
    void aSandboxFailingWhileItWaitsGivesUpItsTurn()
    {
        ScriptedBackend backend;
        Orchestrator orchestrator(backend);
        QSignalSpy finished(&orchestrator, &Orchestrator::runFinished);
        // When "first" ends, "broken" (prepared meanwhile) fails in the same moment.
        backend.onStart.insert(QStringLiteral("first"), [&backend](ScriptedSandbox &first) {
            QTimer::singleShot(50, &first, [&backend, &first] {
                if (ScriptedSandbox *broken = backend.made.value(QStringLiteral("broken")))
                    broken->fail(QStringLiteral("could not make its folder"));
                first.succeed();
            });
        });
        RunSettings settings;
        settings.parallelism = 1;
        QVERIFY(orchestrator.start(candidates(m_dir, ids("first broken last")), settings)
                        .isEmpty());
        QVERIFY(finished.wait(5'000));
        QCOMPARE(backend.preparedAhead.value(0), QStringLiteral("broken"));
        QCOMPARE(backend.started, ids("first last"));
        QCOMPARE(orchestrator.state(0), CandidateState::Succeeded);
        QCOMPARE(orchestrator.state(1), CandidateState::Error);
        QCOMPARE(orchestrator.result(1).errorMessage, QStringLiteral("could not make its folder"));
        QCOMPARE(orchestrator.state(2), CandidateState::Succeeded);
    }

    // Cancelled while it waits: the prepared sandbox is stopped, its candidate is Cancelled and
    // shows no sandbox, and it never starts.
    void cancellingAPreparedCandidateStopsItsSandbox()
    {
        ScriptedBackend backend;
        Orchestrator orchestrator(backend);
        QSignalSpy finished(&orchestrator, &Orchestrator::runFinished);
        backend.onStart.insert(QStringLiteral("running"), [](ScriptedSandbox &) {});
        RunSettings settings;
        settings.parallelism = 1;
        QVERIFY(orchestrator.start(candidates(m_dir, ids("running waiting")), settings).isEmpty());
        QTRY_COMPARE(backend.preparedAhead, QStringList{QStringLiteral("waiting")});
        orchestrator.cancel(1);
        QTRY_COMPARE(orchestrator.state(1), CandidateState::Cancelled);
        backend.made.value(QStringLiteral("running"))->succeed();
        QVERIFY(finished.wait(5'000));
        QCOMPARE(backend.started, QStringList{QStringLiteral("running")});
        QCOMPARE(orchestrator.result(1).sandboxId, QString());
    }

    // A run released while its collect folders are still being made (cancelled at once, the
    // window closed): its workspace is removed, and the folders still to be made are not made
    // again there, nor the workspace itself, which nothing would sweep (it has no owner lock).
    void aReleasedRunGetsNoFolderMadeAfterItsWorkspaceWent()
    {
        QSemaphore pause;
        QSemaphore paused;
        // Both threads of the sandboxes' file pool held, so the folders wait behind them.
        for (int thread = 0; thread < sandboxFilePool().maxThreadCount(); ++thread) {
            sandboxFilePool().start([&] {
                paused.release();
                pause.acquire();
            });
        }
        QVERIFY(paused.tryAcquire(sandboxFilePool().maxThreadCount(), 5'000));
        QString workspace;
        {
            ScriptedBackend backend;
            Orchestrator orchestrator(backend);
            RunSettings settings;
            settings.parallelism = 1;
            QVERIFY(orchestrator.start(candidates(m_dir, ids("a b c d e")), settings).isEmpty());
            workspace = orchestrator.releaseWorkspace();
            QVERIFY(!workspace.isEmpty());
            QVERIFY(removeTree(workspace));
        }
        pause.release(sandboxFilePool().maxThreadCount());
        QVERIFY(sandboxFilePool().waitForDone(5'000));
        QVERIFY2(!QFileInfo::exists(workspace), qPrintable(workspace));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestOrchestrator)
#include "test_orchestrator.moc"
