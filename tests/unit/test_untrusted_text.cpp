#include "core/untrustedtext.h"

#include <QTest>

using namespace DreamFoundry;
using namespace DreamFoundry::UntrustedText;

namespace {

// True when `text` holds a character a terminal would act on: C0 but newline and tab, DEL, C1.
bool hasActiveControl(const QString &text)
{
    return std::ranges::any_of(text, [](QChar c) {
        const char16_t u = c.unicode();
        return (u < 0x20 && u != u'\n' && u != u'\t') || (u >= 0x7f && u < 0xa0);
    });
}

} // namespace

class TestUntrustedText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyControlIsEscaped()
    {
        for (char16_t u = 0; u < 0xa0; ++u) {
            if ((u >= 0x20 && u < 0x7f) || u == u'\n' || u == u'\t')
                continue;
            const QString text = QStringLiteral("a") + QChar(u) + QStringLiteral("b");
            const QString expected = QStringLiteral("a\\x%1b").arg(int(u), 2, 16, QLatin1Char('0'));
            QCOMPARE(visibleControls(text), expected);
            QCOMPARE(visibleControlsOneLine(text), expected);
            QVERIFY(!hasActiveControl(markdownCell(text)));
            QVERIFY(!hasActiveControl(markdownFence(text)));
        }
    }

    void sequences_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("shown");
        QTest::newRow("OSC 52 clipboard") << QStringLiteral("\x1b]52;c;cm0gLXJmIH4=\x07")
                                          << QStringLiteral("\\x1b]52;c;cm0gLXJmIH4=\\x07");
        QTest::newRow("OSC 0 title ST")
                << QStringLiteral("\x1b]0;pwned\x1b\\") << QStringLiteral("\\x1b]0;pwned\\x1b\\");
        QTest::newRow("CSI 2J") << QStringLiteral("\x1b[2J\x1b[H")
                                << QStringLiteral("\\x1b[2J\\x1b[H");
        QTest::newRow("C1 CSI") << QString(QChar(0x9b) + QStringLiteral("2J"))
                                << QStringLiteral("\\x9b2J");
        QTest::newRow("lone ESC") << QStringLiteral("\x1b") << QStringLiteral("\\x1b");
        QTest::newRow("BEL") << QStringLiteral("ding\x07") << QStringLiteral("ding\\x07");
        QTest::newRow("DEL") << QStringLiteral("x\x7f") << QStringLiteral("x\\x7f");
        QTest::newRow("fake status line")
                << QStringLiteral("\rWinner: me") << QStringLiteral("\\x0dWinner: me");
        QTest::newRow("CRLF kept") << QStringLiteral("a\r\nb") << QStringLiteral("a\r\nb");
        QTest::newRow("bidi override")
                << QString(QStringLiteral("evil") + QChar(0x202e) + QStringLiteral("txt.exe"))
                << QStringLiteral("evil\\u202etxt.exe");
        QTest::newRow("newline and tab kept")
                << QStringLiteral("a\tb\nc") << QStringLiteral("a\tb\nc");
        QTest::newRow("valid UTF-8 kept")
                << QString::fromUtf8("caf\xc3\xa9 \xe2\x9c\x93 \xf0\x9f\x98\x80")
                << QString::fromUtf8("caf\xc3\xa9 \xe2\x9c\x93 \xf0\x9f\x98\x80");
        QTest::newRow("invalid UTF-8 visible") << QString::fromUtf8("a\xff\x1b"
                                                                    "b")
                                               << QString::fromUtf8("a\xef\xbf\xbd\\x1b"
                                                                    "b");
    }

    void sequences()
    {
        QFETCH(QString, text);
        QFETCH(QString, shown);
        QCOMPARE(visibleControls(text), shown);
        QVERIFY(!hasActiveControl(visibleControlsOneLine(text)));
        QVERIFY(!visibleControlsOneLine(text).contains(QLatin1Char('\n')));
    }

    void cellsStayOneInertLine_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("cell");
        QTest::newRow("table breaker")
                << QStringLiteral("a | b\n|---|\nc") << QStringLiteral("a \\| b \\|---\\| c");
        QTest::newRow("link") << QStringLiteral("[click](https://evil.example/x)")
                              << QStringLiteral("\\[click\\]\\(https\\://evil.example/x\\)");
        QTest::newRow("image") << QStringLiteral("![i](x.png)")
                               << QStringLiteral("\\!\\[i\\]\\(x.png\\)");
        QTest::newRow("html") << QStringLiteral("<script>alert(1)</script>")
                              << QStringLiteral("\\<script\\>alert\\(1\\)\\</script\\>");
        QTest::newRow("bare URL") << QStringLiteral("see https://evil.example")
                                  << QStringLiteral("see https\\://evil.example");
        QTest::newRow("www autolink")
                << QStringLiteral("www.evil.example") << QStringLiteral("www\\.evil.example");
        QTest::newRow("e-mail autolink")
                << QStringLiteral("me@evil.example") << QStringLiteral("me\\@evil.example");
        QTest::newRow("entity") << QStringLiteral("&lt;b&gt;") << QStringLiteral("\\&lt;b\\&gt;");
        QTest::newRow("escape shown")
                << QStringLiteral("\x1b[31mred") << QStringLiteral("\\\\x1b\\[31mred");
    }

    void cellsStayOneInertLine()
    {
        QFETCH(QString, text);
        QFETCH(QString, cell);
        QCOMPARE(markdownCell(text), cell);
    }

    void cellsAreBounded()
    {
        const QString cell = markdownCell(QString(500, QLatin1Char('x')), 10);
        QCOMPARE(cell, QString(QString(10, QLatin1Char('x')) + QChar(0x2026)));
    }

    void fenceOutlastsEveryBacktickRun_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("fence");
        QTest::newRow("plain") << QStringLiteral("| a | b |\n[x](y)\n") << QStringLiteral("```");
        QTest::newRow("three") << QStringLiteral("```\nnot code\n```") << QStringLiteral("````");
        QTest::newRow("five") << QStringLiteral("a `````b") << QStringLiteral("``````");
    }

    void fenceOutlastsEveryBacktickRun()
    {
        QFETCH(QString, text);
        QFETCH(QString, fence);
        const QString block = markdownFence(text);
        QVERIFY2(block.startsWith(fence + QStringLiteral("text\n")), qPrintable(block));
        QVERIFY2(block.endsWith(QLatin1Char('\n') + fence + QLatin1Char('\n')), qPrintable(block));
        QVERIFY(!block.startsWith(fence + QLatin1Char('`')));
        // The body is the text as it was, inside the fences.
        QVERIFY(block.contains(text));
    }

    void splitCharacterDecodesWhole()
    {
        OutputDecoder decoder;
        const QByteArray e = QByteArray("caf\xc3\xa9");
        QCOMPARE(decoder.decode(OutputStream::Stdout, e.first(4)), QStringLiteral("caf"));
        // The other stream keeps its own state: a chunk between the halves does not spoil it.
        QCOMPARE(decoder.decode(OutputStream::Stderr, "err"), QStringLiteral("err"));
        QCOMPARE(decoder.decode(OutputStream::Stdout, e.sliced(4)), QString::fromUtf8("\xc3\xa9"));
        // A four-byte character in single bytes.
        const QByteArray smile("\xf0\x9f\x98\x80");
        QString got;
        for (const char byte : smile)
            got += decoder.decode(OutputStream::Stderr, QByteArrayView(&byte, 1));
        QCOMPARE(got, QString::fromUtf8(smile));
        QCOMPARE(decoder.decode(OutputStream::Stdout, "\xff"), QString(QChar(0xfffd)));
    }
};

QTEST_GUILESS_MAIN(TestUntrustedText)
#include "test_untrusted_text.moc"
