// LaunchedProcess: processes started and read on the launcher thread, seen here through
// queued signals in the order they happened.

#include "runner/childsetup.h"
#include "runner/launchedprocess.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

using namespace DreamFoundry;

namespace {

// What a process said and did, in the order the signals came.
struct Record
{
    QStringList events;
    QByteArray out;
    QByteArray err;
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::NormalExit;
    QString failure;

    explicit Record(LaunchedProcess &process)
    {
        QObject::connect(&process, &LaunchedProcess::started, &process,
                         [this] { events.append(QStringLiteral("started")); });
        QObject::connect(&process, &LaunchedProcess::outputReceived, &process,
                         [this](OutputStream stream, const QByteArray &chunk) {
                             events.append(QStringLiteral("output"));
                             (stream == OutputStream::Stdout ? out : err).append(chunk);
                         });
        QObject::connect(&process, &LaunchedProcess::finished, &process,
                         [this](int code, QProcess::ExitStatus how) {
                             events.append(QStringLiteral("finished"));
                             exitCode = code;
                             status = how;
                         });
        QObject::connect(&process, &LaunchedProcess::failedToStart, &process,
                         [this](const QString &error) {
                             events.append(QStringLiteral("failedToStart"));
                             failure = error;
                         });
    }

    bool ended() const
    {
        return events.contains(QStringLiteral("finished"))
                || events.contains(QStringLiteral("failedToStart"));
    }
};

LaunchedProcess::Spec shell(const QString &script, const QStringList &args = {})
{
    LaunchedProcess::Spec spec;
    spec.program = QStringLiteral("/bin/sh");
    spec.arguments = QStringList{QStringLiteral("-c"), script} + args;
    return spec;
}

QByteArray numbers(int count)
{
    QByteArray text;
    for (int i = 1; i <= count; ++i)
        text += QByteArray::number(i) + '\n';
    return text;
}

bool processGone(qint64 pid)
{
    // Reaped: no /proc entry. A zombie (not reaped yet) still has one.
    return !QFileInfo::exists(QStringLiteral("/proc/%1").arg(pid));
}

bool processGoneOrZombie(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true;
    const QByteArray text = stat.readAll();
    const qsizetype close = text.lastIndexOf(')');
    return close > 0 && text.mid(close + 2, 1) == "Z";
}

qint64 pidFrom(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    return f.readAll().trimmed().toLongLong();
}

// Has the child write its pid into `file` before it execs, so the pid is known however early
// the process is killed: async-signal-safe, like every child setup.
void writePidBeforeExec(LaunchedProcess::Spec *spec, const QString &file)
{
    const int fd
            = ::open(QFile::encodeName(file).constData(), O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
    QVERIFY(fd >= 0);
    const auto previous = spec->childSetup;
    spec->childSetup = [fd, previous] {
        char digits[24];
        int at = sizeof digits;
        for (pid_t pid = ::getpid(); pid > 0; pid /= 10)
            digits[--at] = char('0' + pid % 10);
        (void)!::write(fd, digits + at, sizeof digits - at);
        if (previous)
            previous();
    };
    spec->closeAfterStart.append(fd);
}

// Reads what is in the pipe; true at its end (every write end closed).
bool readToEnd(int fd, QByteArray *got)
{
    char buffer[256];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n > 0) {
            got->append(buffer, n);
            continue;
        }
        return n == 0;
    }
}

} // namespace

class TestLaunchedProcess : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void outputComesBeforeFinished_data();
    void outputComesBeforeFinished();
    void exitCodeAndEnvironment();
    void manyAtOnce();
    void missingProgramFailsToStart();
    void descriptorsClosedOnceTheChildHasThem();
    void descriptorsClosedWhenTheStartFails();
    void killWhileStarting();
    void killEndsTheGroup();
    void terminate();
    void destroyedWhileStarting();
};

void TestLaunchedProcess::outputComesBeforeFinished_data()
{
    QTest::addColumn<int>("outLines");
    QTest::addColumn<int>("errLines");
    QTest::addColumn<bool>("merged");
    QTest::newRow("a few lines") << 3 << 0 << false;
    // Megabytes: many chunks, the last ones read as the process dies.
    QTest::newRow("many chunks on both streams") << 200'000 << 50'000 << false;
    QTest::newRow("merged") << 1000 << 0 << true;
}

void TestLaunchedProcess::outputComesBeforeFinished()
{
    QFETCH(int, outLines);
    QFETCH(int, errLines);
    QFETCH(bool, merged);
    LaunchedProcess process;
    Record record(process);
    LaunchedProcess::Spec spec
            = shell(QStringLiteral("seq 1 \"$0\"; [ \"$1\" = 0 ] || seq 1 \"$1\" >&2"),
                    {QString::number(outLines), QString::number(errLines)});
    spec.mergedChannels = merged;
    process.start(spec);
    QCOMPARE(process.state(), LaunchedProcess::State::Starting);
    QTRY_VERIFY_WITH_TIMEOUT(record.ended(), 30'000);
    QCOMPARE(record.events.first(), QStringLiteral("started"));
    QCOMPARE(record.events.last(), QStringLiteral("finished"));
    QCOMPARE(record.events.count(QStringLiteral("finished")), 1);
    QCOMPARE(record.events.count(QStringLiteral("started")), 1);
    QCOMPARE(record.out, numbers(outLines));
    QCOMPARE(record.err, errLines ? numbers(errLines) : QByteArray());
    QCOMPARE(record.exitCode, 0);
    QCOMPARE(record.status, QProcess::NormalExit);
    QCOMPARE(process.state(), LaunchedProcess::State::Ended);
    QVERIFY(process.pid() > 0);
}

void TestLaunchedProcess::exitCodeAndEnvironment()
{
    QTemporaryDir dir;
    LaunchedProcess process;
    Record record(process);
    LaunchedProcess::Spec spec = shell(QStringLiteral("printf '%s %s' \"$GREETING\" \"$(pwd)\"; "
                                                      "exit 7"));
    spec.environment.insert(QStringLiteral("GREETING"), QStringLiteral("hello"));
    spec.workingDirectory = dir.path();
    process.start(spec);
    QTRY_VERIFY(record.ended());
    QCOMPARE(record.out, "hello " + QFile::encodeName(QFileInfo(dir.path()).canonicalFilePath()));
    QCOMPARE(record.exitCode, 7);
    QCOMPARE(record.status, QProcess::NormalExit);
}

void TestLaunchedProcess::manyAtOnce()
{
    constexpr int count = 30;
    std::vector<std::unique_ptr<LaunchedProcess>> processes;
    std::vector<std::unique_ptr<Record>> records;
    for (int i = 0; i < count; ++i) {
        processes.push_back(std::make_unique<LaunchedProcess>());
        records.push_back(std::make_unique<Record>(*processes.back()));
        processes.back()->start(shell(QStringLiteral("seq 1 \"$0\""), {QString::number(i)}));
    }
    for (int i = 0; i < count; ++i) {
        QTRY_VERIFY_WITH_TIMEOUT(records[i]->ended(), 30'000);
        QCOMPARE(records[i]->out, numbers(i));
        QCOMPARE(records[i]->events.last(), QStringLiteral("finished"));
    }
}

void TestLaunchedProcess::missingProgramFailsToStart()
{
    LaunchedProcess process;
    Record record(process);
    LaunchedProcess::Spec spec;
    spec.program = QStringLiteral("/nonexistent/dreamfoundry-no-such-program");
    process.start(spec);
    QTRY_VERIFY(record.ended());
    QCOMPARE(record.events, QStringList{QStringLiteral("failedToStart")});
    QVERIFY(!record.failure.isEmpty());
    QCOMPARE(process.program(), spec.program);
    QCOMPARE(process.state(), LaunchedProcess::State::Ended);
    QVERIFY(!process.isActive());
    process.kill(); // nothing to kill: no effect, no signal
    QCOMPARE(process.pid(), 0);
}

// The child writes through its copy (so the app's was not closed before the fork), and the
// pipe ends once the child has exited (so the app's copy was closed after).
void TestLaunchedProcess::descriptorsClosedOnceTheChildHasThem()
{
    int fds[2];
    QCOMPARE(::pipe2(fds, O_CLOEXEC | O_NONBLOCK), 0);
    LaunchedProcess process;
    Record record(process);
    bool openAtStarted = true;
    connect(&process, &LaunchedProcess::started, this, [&] {
        openAtStarted = QFileInfo::exists(QStringLiteral("/proc/self/fd/%1").arg(fds[1]));
    });
    LaunchedProcess::Spec spec = shell(QStringLiteral("echo handed >&3"));
    spec.childSetup = childSetupPassingOnly({fds[1]});
    spec.closeAfterStart = {fds[1]};
    process.start(spec);
    QTRY_VERIFY(record.ended());
    QVERIFY(!openAtStarted);
    QCOMPARE(record.exitCode, 0);
    QByteArray got;
    QTRY_VERIFY(readToEnd(fds[0], &got));
    QCOMPARE(got, QByteArray("handed\n"));
    ::close(fds[0]);
}

void TestLaunchedProcess::descriptorsClosedWhenTheStartFails()
{
    int fds[2];
    QCOMPARE(::pipe2(fds, O_CLOEXEC | O_NONBLOCK), 0);
    LaunchedProcess process;
    Record record(process);
    LaunchedProcess::Spec spec;
    spec.program = QStringLiteral("/nonexistent/dreamfoundry-no-such-program");
    spec.closeAfterStart = {fds[1]};
    process.start(spec);
    QTRY_VERIFY(record.ended());
    QByteArray got;
    QTRY_VERIFY(readToEnd(fds[0], &got));
    QVERIFY(got.isEmpty());
    ::close(fds[0]);
}

void TestLaunchedProcess::killWhileStarting()
{
    QTemporaryDir dir;
    const QString pidFile = dir.filePath(QStringLiteral("child.pid"));
    LaunchedProcess process;
    Record record(process);
    LaunchedProcess::Spec spec = shell(QStringLiteral("exec sleep 60"));
    writePidBeforeExec(&spec, pidFile);
    process.start(spec);
    QCOMPARE(process.state(), LaunchedProcess::State::Starting);
    process.kill(); // before the launcher thread has started it
    QTRY_VERIFY_WITH_TIMEOUT(record.ended(), 10'000);
    QCOMPARE(record.events.last(), QStringLiteral("finished"));
    QCOMPARE(record.status, QProcess::CrashExit);
    QVERIFY(pidFrom(pidFile) > 0);
    QVERIFY(processGone(pidFrom(pidFile)));
}

void TestLaunchedProcess::killEndsTheGroup()
{
    QTemporaryDir dir;
    const QString pidFile = dir.filePath(QStringLiteral("background.pid"));
    LaunchedProcess process;
    Record record(process);
    LaunchedProcess::Spec spec
            = shell(QStringLiteral("sleep 60 & echo $! > \"$0\"; exec sleep 60"), {pidFile});
    spec.childSetup = [] {
        ::setsid();
    };
    spec.leadsGroup = true;
    process.start(spec);
    QTRY_VERIFY(pidFrom(pidFile) > 0);
    const qint64 background = pidFrom(pidFile);
    QVERIFY(!processGoneOrZombie(background));
    process.kill();
    QTRY_VERIFY_WITH_TIMEOUT(record.ended(), 10'000);
    QCOMPARE(record.status, QProcess::CrashExit);
    QTRY_VERIFY(processGoneOrZombie(background));
}

void TestLaunchedProcess::terminate()
{
    LaunchedProcess process;
    Record record(process);
    process.start(shell(QStringLiteral("exec sleep 60")));
    QTRY_COMPARE(process.state(), LaunchedProcess::State::Running);
    process.terminate();
    QTRY_VERIFY_WITH_TIMEOUT(record.ended(), 10'000);
    QCOMPARE(record.status, QProcess::CrashExit);
}

void TestLaunchedProcess::destroyedWhileStarting()
{
    QTemporaryDir dir;
    const QString pidFile = dir.filePath(QStringLiteral("child.pid"));
    auto process = std::make_unique<LaunchedProcess>();
    LaunchedProcess::Spec spec = shell(QStringLiteral("exec sleep 60"));
    writePidBeforeExec(&spec, pidFile);
    process->start(spec);
    process.reset(); // the launcher thread has not even started it yet
    // It still starts, then is killed and reaped on the launcher thread.
    QTRY_VERIFY_WITH_TIMEOUT(pidFrom(pidFile) > 0, 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(processGone(pidFrom(pidFile)), 10'000);
}

QTEST_GUILESS_MAIN(TestLaunchedProcess)
#include "test_launched_process.moc"
