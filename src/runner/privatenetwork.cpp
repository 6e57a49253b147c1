#include "privatenetwork.h"

#include "childsetup.h"
#include "launchedprocess.h"
#include "runnerlogging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QStandardPaths>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <linux/nsfs.h>
#include <sys/ioctl.h>
#include <unistd.h>

namespace DreamFoundry {

namespace {

// slirp4netns attaches in a few milliseconds; a machine under load may take far longer.
constexpr int setupTimeoutMs = 15'000;
// Enough of what slirp4netns said to tell why it ended.
constexpr qsizetype helperSaidBytes = 4096;

bool makePipe(int (&fds)[2])
{
    return ::pipe2(fds, O_CLOEXEC) == 0;
}

void closeFd(int &fd)
{
    if (fd >= 0)
        ::close(fd);
    fd = -1;
}

// The app's reading end must not block the event loop; the sandbox's ends stay blocking.
QSocketNotifier *watch(int fd, QObject *context, std::function<void()> onReadable)
{
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    auto *notifier = new QSocketNotifier(fd, QSocketNotifier::Read, context);
    QObject::connect(notifier, &QSocketNotifier::activated, context, std::move(onReadable));
    return notifier;
}

// Stops watching a pipe and closes the app's end.
void unwatch(QSocketNotifier *&notifier, int &fd)
{
    if (notifier) {
        notifier->setEnabled(false);
        notifier->deleteLater();
        notifier = nullptr;
    }
    closeFd(fd);
}

// A close-on-exec descriptor of the user namespace owning the network namespace of `pid`.
int owningUserNamespace(qint64 pid)
{
    const QByteArray path
            = QByteArrayLiteral("/proc/") + QByteArray::number(pid) + QByteArrayLiteral("/ns/net");
    const int netns = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
    if (netns < 0)
        return -1;
    const int userns = ::ioctl(netns, NS_GET_USERNS); // close-on-exec, says ioctl_ns(2)
    ::close(netns);
    return userns;
}

} // namespace

PrivateNetwork::PrivateNetwork(QObject *parent) : QObject(parent)
{
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(setupTimeoutMs);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        fail(tr("the private network was not up within %1 seconds").arg(setupTimeoutMs / 1000));
    });
}

PrivateNetwork::~PrivateNetwork()
{
    stop();
    for (int *pair : {m_info, m_ready, m_go, m_helperReady, m_helperExit}) {
        closeFd(pair[0]);
        closeFd(pair[1]);
    }
}

QString PrivateNetwork::helperProgram()
{
    return QStandardPaths::findExecutable(QStringLiteral("slirp4netns"));
}

bool PrivateNetwork::prepare(QString *error)
{
    if (makePipe(m_info) && makePipe(m_ready) && makePipe(m_go) && makePipe(m_helperReady)
        && makePipe(m_helperExit))
        return true;
    *error = tr("Could not make the pipes of the private network: %1")
                     .arg(QString::fromLocal8Bit(::strerror(errno)));
    return false;
}

QList<int> PrivateNetwork::takeSandboxEnds()
{
    return {std::exchange(m_info[1], -1), std::exchange(m_ready[1], -1),
            std::exchange(m_go[0], -1)};
}

void PrivateNetwork::sandboxStarted()
{
    m_infoNotifier = watch(m_info[0], this, [this] { onInfo(); });
    m_readyNotifier = watch(m_ready[0], this, [this] { onSandboxReady(); });
    m_deadline.start();
}

void PrivateNetwork::attachTo(qint64 pid)
{
    m_attached = true;
    m_sandboxPid = pid;
    m_sandboxReady = true;
    m_deadline.start();
    startHelperWhenBothKnown();
}

void PrivateNetwork::stop()
{
    m_done = true;
    m_deadline.stop();
    closeFd(m_helperExit[1]); // slirp4netns exits on its own when this end closes
    if (!m_helper)
        return;
    // The launcher reaps the helper once it has died; nothing of it is needed here.
    LaunchedProcess *helper = std::exchange(m_helper, nullptr);
    helper->disconnect(this);
    helper->kill();
    helper->deleteLater(); // stop() may run in one of its signals
}

void PrivateNetwork::onInfo()
{
    char buffer[512];
    const ssize_t got = ::read(m_info[0], buffer, sizeof buffer);
    if (got > 0) {
        m_infoText.append(buffer, got);
        return;
    }
    if (got < 0 && errno == EAGAIN)
        return;
    // The end of the pipe: bwrap wrote everything it will.
    unwatch(m_infoNotifier, m_info[0]);
    m_sandboxPid = QJsonDocument::fromJson(m_infoText)
                           .object()
                           .value(QStringLiteral("child-pid"))
                           .toInteger();
    if (m_sandboxPid <= 0) {
        fail(tr("bwrap did not say which process the sandbox is"));
        return;
    }
    startHelperWhenBothKnown();
}

void PrivateNetwork::onSandboxReady()
{
    char byte;
    const ssize_t got = ::read(m_ready[0], &byte, 1);
    if (got < 0 && errno == EAGAIN)
        return;
    unwatch(m_readyNotifier, m_ready[0]);
    if (got != 1) {
        fail(tr("the sandbox ended before its network was set up"));
        return;
    }
    m_sandboxReady = true;
    startHelperWhenBothKnown();
}

// slirp4netns must attach only once bwrap is done with the namespace: bwrap sets up the
// loopback interface itself and fails if the helper has already touched it.
void PrivateNetwork::startHelperWhenBothKnown()
{
    if (m_done || !m_sandboxReady || m_sandboxPid <= 0)
        return;
    // The user namespace that owns the sandbox's network namespace: slirp4netns must act from
    // there. It is not the sandbox's own: --disable-userns puts the sandbox in a nested one.
    const int userns = owningUserNamespace(m_sandboxPid);
    if (userns < 0) {
        fail(tr("could not open the sandbox's namespaces: %1")
                     .arg(QString::fromLocal8Bit(::strerror(errno))));
        return;
    }
    m_helper = new LaunchedProcess(this);
    connect(m_helper, &LaunchedProcess::outputReceived, this,
            [this](OutputStream, const QByteArray &chunk) {
                m_helperSaid.append(chunk);
                if (m_helperSaid.size() > helperSaidBytes)
                    m_helperSaid.remove(0, m_helperSaid.size() - helperSaidBytes);
            });
    // Every chunk of its output has come before finished() does.
    connect(m_helper, &LaunchedProcess::finished, this, [this] {
        const QString said = QString::fromLocal8Bit(m_helperSaid).trimmed();
        fail(tr("slirp4netns ended before the network was up: %1").arg(said.right(300)));
    });
    connect(m_helper, &LaunchedProcess::failedToStart, this, [this](const QString &error) {
        fail(tr("slirp4netns could not be started: %1").arg(error));
    });
    LaunchedProcess::Spec spec;
    spec.program = helperProgram();
    spec.arguments = {QStringLiteral("--configure"),
                      QStringLiteral("--mtu=65520"),
                      QStringLiteral("--disable-host-loopback"),
                      QStringLiteral("--enable-sandbox"),
                      QStringLiteral("--enable-seccomp"),
                      QStringLiteral("--ready-fd=3"),
                      QStringLiteral("--exit-fd=4"),
                      QStringLiteral("--userns-path=/proc/self/fd/5"),
                      QString::number(m_sandboxPid),
                      QStringLiteral("tap0")};
    spec.mergedChannels = true;
    spec.childSetup = childSetupPassingOnly({m_helperReady[1], m_helperExit[0], userns});
    // The launcher closes the app's copies once slirp4netns has its own.
    spec.closeAfterStart
            = {userns, std::exchange(m_helperReady[1], -1), std::exchange(m_helperExit[0], -1)};
    m_helper->start(std::move(spec));
    m_helperNotifier = watch(m_helperReady[0], this, [this] { onHelperReady(); });
}

void PrivateNetwork::onHelperReady()
{
    char byte;
    const ssize_t got = ::read(m_helperReady[0], &byte, 1);
    if (got < 0 && errno == EAGAIN)
        return;
    unwatch(m_helperNotifier, m_helperReady[0]);
    if (got != 1 || m_done)
        return; // slirp4netns ended: its finished() says why
    m_deadline.stop();
    if (m_attached) {
        m_up = true;
        Q_EMIT ready(); // the sandbox's owner lets the candidate go
        return;
    }
    // Let the candidate go: the shell in the sandbox reads this line, then runs it.
    if (::write(m_go[1], "\n", 1) != 1) {
        fail(tr("the sandbox ended before its network was set up"));
        return;
    }
    closeFd(m_go[1]);
    m_up = true;
    Q_EMIT ready();
}

void PrivateNetwork::fail(const QString &reason)
{
    if (m_done || m_up)
        return;
    qCWarning(lcRunner) << "private network failed:" << reason;
    stop();
    Q_EMIT failed(reason);
}

} // namespace DreamFoundry
