#include "privatenetwork.h"

#include "childsetup.h"
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

void PrivateNetwork::sandboxStarted()
{
    closeFd(m_info[1]);
    closeFd(m_ready[1]);
    closeFd(m_go[0]);
    m_infoNotifier = watch(m_info[0], this, [this] { onInfo(); });
    m_readyNotifier = watch(m_ready[0], this, [this] { onSandboxReady(); });
    m_deadline.start();
}

void PrivateNetwork::stop()
{
    m_done = true;
    m_deadline.stop();
    closeFd(m_helperExit[1]); // slirp4netns exits on its own when this end closes
    if (!m_helper)
        return;
    // The helper outlives this object by the moment it takes to die, and then goes itself.
    QProcess *helper = std::exchange(m_helper, nullptr);
    helper->disconnect(this);
    if (helper->state() == QProcess::NotRunning) {
        helper->deleteLater();
        return;
    }
    helper->setParent(nullptr);
    connect(helper, &QProcess::finished, helper, &QObject::deleteLater);
    helper->kill();
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
    m_helper = new QProcess(this);
    m_helper->setProgram(helperProgram());
    m_helper->setArguments({QStringLiteral("--configure"), QStringLiteral("--mtu=65520"),
                            QStringLiteral("--disable-host-loopback"),
                            QStringLiteral("--enable-sandbox"), QStringLiteral("--enable-seccomp"),
                            QStringLiteral("--ready-fd=3"), QStringLiteral("--exit-fd=4"),
                            QStringLiteral("--userns-path=/proc/self/fd/5"),
                            QString::number(m_sandboxPid), QStringLiteral("tap0")});
    m_helper->setStandardInputFile(QProcess::nullDevice());
    m_helper->setProcessChannelMode(QProcess::MergedChannels);
    passOnlyDescriptors(*m_helper, {m_helperReady[1], m_helperExit[0], userns});
    connect(m_helper, &QProcess::finished, this, [this] {
        const QString said = QString::fromLocal8Bit(m_helper->readAll()).trimmed();
        fail(tr("slirp4netns ended before the network was up: %1").arg(said.right(300)));
    });
    connect(m_helper, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(tr("slirp4netns could not be started: %1").arg(m_helper->errorString()));
    });
    m_helper->start();
    ::close(userns);
    closeFd(m_helperReady[1]);
    closeFd(m_helperExit[0]);
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
