#pragma once

#include <QByteArray>
#include <QObject>

class QSocketNotifier;

namespace DreamFoundry {

// One secret answer read from standard input without blocking the event loop (login, secret
// set): at a terminal its first line, typed without echo (the terminal is restored even when
// the prompt is interrupted); from a pipe or a file everything up to its end. At most
// `maxBytes` + 1 bytes are read, so an over-long input can be told apart.
class HiddenInput final : public QObject
{
    Q_OBJECT
public:
    explicit HiddenInput(qsizetype maxBytes, QObject *parent = nullptr);
    ~HiddenInput() override; // restores the terminal and wipes what was read

    // Hides the typing at a terminal and starts reading; complete() follows once.
    void start();
    bool fromTerminal() const { return m_fromTerminal; }
    bool tooLong() const { return m_buffer.size() > m_maxBytes; }
    // What was read (a terminal's line with its newline); the caller wipes it when done.
    QByteArray &buffer() { return m_buffer; }
    void restoreTerminal();

Q_SIGNALS:
    void complete();

private:
    void onReadable();

    qsizetype m_maxBytes;
    QSocketNotifier *m_input = nullptr;
    QByteArray m_buffer;
    bool m_fromTerminal = false;
    bool m_hidden = false; // the terminal is to be restored
};

} // namespace DreamFoundry
