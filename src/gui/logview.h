#pragma once

#include "core/livelog.h"
#include "core/untrustedtext.h"

#include <QPlainTextEdit>

namespace DreamFoundry {

// The selected candidate's output: stderr in the palette's warning colour, bounded in lines,
// following the tail unless the user has scrolled up to read.
class LogView final : public QPlainTextEdit
{
    Q_OBJECT
public:
    static constexpr int maxLines = 20'000;

    explicit LogView(QWidget *parent = nullptr);

    void showLog(const LiveLog &log);
    void appendOutput(OutputStream stream, const QByteArray &bytes);

private:
    void insert(OutputStream stream, const QString &text);

    // Chunks end wherever a read ended, inside a character or not: each stream is decoded
    // with its own state, from the start of the log shown.
    OutputDecoder m_decoder;
};

} // namespace DreamFoundry
