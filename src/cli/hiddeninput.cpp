#include "hiddeninput.h"

#include <QSocketNotifier>
#include <QTimer>

#include <cerrno>
#include <csignal>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>
#include <utility>

namespace DreamFoundry {

namespace {

// The terminal as it was before echo was turned off, restored even when the prompt is
// interrupted: a shell left without echo is worse than no answer.
struct termios savedTerminal;
volatile std::sig_atomic_t terminalChanged = 0;

void restoreTerminalOnSignal(int signalNumber)
{
    if (terminalChanged)
        ::tcsetattr(STDIN_FILENO, TCSANOW, &savedTerminal);
    std::signal(signalNumber, SIG_DFL);
    std::raise(signalNumber);
}

void hideTyping()
{
    if (::tcgetattr(STDIN_FILENO, &savedTerminal) != 0)
        return;
    struct termios quiet = savedTerminal;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    quiet.c_lflag |= tcflag_t(ECHONL | ICANON);
    std::signal(SIGINT, restoreTerminalOnSignal);
    std::signal(SIGTERM, restoreTerminalOnSignal);
    std::signal(SIGHUP, restoreTerminalOnSignal);
    terminalChanged = ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
}

} // namespace

HiddenInput::HiddenInput(qsizetype maxBytes, QObject *parent)
    : QObject(parent), m_maxBytes(maxBytes)
{}

HiddenInput::~HiddenInput()
{
    restoreTerminal();
    m_buffer.fill('\0');
}

void HiddenInput::start()
{
    m_fromTerminal = ::isatty(STDIN_FILENO);
    if (m_fromTerminal) {
        hideTyping();
        m_hidden = true;
    }
    struct stat info;
    if (!m_fromTerminal && ::fstat(STDIN_FILENO, &info) == 0 && S_ISREG(info.st_mode)) {
        // A redirected file is always readable to its end; a notifier would add nothing.
        QTimer::singleShot(0, this, [this] {
            char chunk[4096];
            ssize_t got = 0;
            while (!tooLong() && (got = ::read(STDIN_FILENO, chunk, sizeof chunk)) > 0)
                m_buffer.append(chunk, got);
            Q_EMIT complete();
        });
        return;
    }
    m_input = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
    connect(m_input, &QSocketNotifier::activated, this, &HiddenInput::onReadable);
}

void HiddenInput::onReadable()
{
    char chunk[4096];
    const ssize_t got = ::read(STDIN_FILENO, chunk, sizeof chunk);
    if (got < 0 && (errno == EINTR || errno == EAGAIN))
        return;
    if (got > 0)
        m_buffer.append(chunk, got);
    // At a terminal the first line is the answer; from a pipe, everything up to its end.
    const bool done = got <= 0 || (m_fromTerminal && m_buffer.contains('\n')) || tooLong();
    if (!done)
        return;
    m_input->setEnabled(false);
    Q_EMIT complete();
}

void HiddenInput::restoreTerminal()
{
    if (!std::exchange(m_hidden, false))
        return;
    if (terminalChanged) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &savedTerminal);
        terminalChanged = 0;
    }
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    std::signal(SIGHUP, SIG_DFL);
}

} // namespace DreamFoundry
