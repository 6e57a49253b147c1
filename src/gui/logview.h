#pragma once

#include "core/livelog.h"
#include "core/untrustedtext.h"

#include <QPlainTextEdit>

namespace DreamFoundry {

// The selected candidate's output, bounded in lines, following the tail unless the user has
// scrolled up to read. Lines written to stderr are marked twice, so neither colour vision nor a
// colour theme is needed to tell them apart: a bar in the gutter and the palette's warning
// colour.
class LogView final : public QPlainTextEdit
{
    Q_OBJECT
public:
    static constexpr int maxLines = 20'000;

    explicit LogView(QWidget *parent = nullptr);

    void showLog(const LiveLog &log);
    void appendOutput(OutputStream stream, const QByteArray &bytes);

    // Whether line `blockNumber` (0-based) holds output written to stderr.
    bool isStderrLine(int blockNumber) const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    class Gutter;

    void insert(OutputStream stream, const QString &text);
    QColor stderrColour() const;
    int gutterWidth() const;
    void paintGutter(QPaintEvent *event);

    QWidget *m_gutter;

    // Chunks end wherever a read ended, inside a character or not: each stream is decoded
    // with its own state, from the start of the log shown.
    OutputDecoder m_decoder;
};

} // namespace DreamFoundry
