#pragma once

#include <QObject>
#include <QTimer>

class QSocketNotifier;

namespace DreamFoundry {

// A sandbox's own network: slirp4netns, a network stack in user space, gives the sandbox's
// network namespace a tap0 interface to the internet, with the host's loopback out of reach
// (docs/architecture.md, "Sandbox hardening"). The handshake, all without blocking:
//   1. bwrap writes the sandbox's process id to the info pipe;
//   2. the sandbox's first command (afterNetworkIsUp) says bwrap is done setting up;
//   3. slirp4netns attaches to the sandbox's namespace and says it is ready;
//   4. the candidate is let go.
// With the private disk, its program makes the namespace before the candidate's turn and
// attachTo() starts at step 3; the sandbox's owner lets the candidate go on ready().
// slirp4netns ends with this object, or with the app: it watches a pipe the app holds.
class LaunchedProcess;

class PrivateNetwork final : public QObject
{
    Q_OBJECT
public:
    explicit PrivateNetwork(QObject *parent = nullptr);
    ~PrivateNetwork() override;

    // The network helper's path, empty when it is not installed.
    static QString helperProgram();

    // Makes the pipes; false (with the reason) when the system refuses.
    bool prepare(QString *error);

    // The sandbox's ends, to hand to bwrap: its info descriptor, and the two of
    // afterNetworkIsUp (ready, go).
    int infoWriteFd() const { return m_info[1]; }
    int readyWriteFd() const { return m_ready[1]; }
    int goReadFd() const { return m_go[0]; }

    // Hands the app's copies of the sandbox's ends over to whoever starts bwrap, to be closed
    // once bwrap has its own, so the app sees the end of a pipe when bwrap does.
    QList<int> takeSandboxEnds();

    // Called once bwrap has started and the app's copies are closed: the handshake starts.
    void sandboxStarted();
    // The other way: the namespace is made already, by process `pid` (the private disk's
    // program), and nothing in the sandbox waits on the pipes: slirp4netns attaches to it now,
    // and ready() says when the candidate may go.
    void attachTo(qint64 pid);

    // Ends the network helper.
    void stop();

Q_SIGNALS:
    void ready();
    void failed(const QString &reason);

private:
    void onInfo();
    void onSandboxReady();
    void startHelperWhenBothKnown();
    void onHelperReady();
    void fail(const QString &reason);

    int m_info[2] = {-1, -1}; // bwrap writes {"child-pid": N}
    int m_ready[2] = {-1, -1}; // the sandbox says bwrap is done
    int m_go[2] = {-1, -1}; // the app lets the candidate go
    int m_helperReady[2] = {-1, -1}; // slirp4netns --ready-fd
    int m_helperExit[2] = {-1, -1}; // slirp4netns --exit-fd: it exits when the app's end closes
    QByteArray m_infoText;
    qint64 m_sandboxPid = 0;
    bool m_sandboxReady = false;
    bool m_up = false;
    bool m_attached = false; // attachTo(): no shell in the sandbox waits for the go pipe
    bool m_done = false;
    LaunchedProcess *m_helper = nullptr; // started off the GUI thread, as bwrap is
    QByteArray m_helperSaid; // the end of what slirp4netns printed, for a failure's reason
    QSocketNotifier *m_infoNotifier = nullptr;
    QSocketNotifier *m_readyNotifier = nullptr;
    QSocketNotifier *m_helperNotifier = nullptr;
    QTimer m_deadline;
};

} // namespace DreamFoundry
