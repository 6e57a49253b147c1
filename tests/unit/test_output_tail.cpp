#include "core/livelog.h"
#include "core/outputtail.h"

#include <QTest>

using namespace DreamFoundry;

class TestOutputTail final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsEverythingUnderCapacity()
    {
        OutputTail tail(100);
        tail.append("hello ");
        tail.append("world");
        QCOMPARE(tail.text(), QByteArray("hello world"));
        QCOMPARE(tail.bytesCut(), 0);
    }

    void keepsTheLastBytesAndSaysHowManyWereCut()
    {
        OutputTail tail(10);
        for (int i = 0; i < 100; ++i)
            tail.append(QByteArray::number(i % 10));
        const QByteArray text = tail.text();
        QVERIFY(text.endsWith("0123456789"));
        QVERIFY2(text.startsWith("[... 90 earlier bytes cut ...]\n"), text.constData());
        QCOMPARE(tail.totalBytes(), 100);
    }

    void oneHugeChunkIsCutToCapacity()
    {
        OutputTail tail(1024);
        tail.append(QByteArray(10 * 1024 * 1024, 'x') + "END");
        QVERIFY(tail.text().endsWith("xxEND"));
        QVERIFY(tail.text().size() < 1100);
        QCOMPARE(tail.totalBytes(), 10 * 1024 * 1024 + 3);
    }

    void aCutInsideACharacterDropsItsRest()
    {
        OutputTail tail(3);
        tail.append("ab\xc3\xa9\xc3\xa9"); // "abéé": the last 3 bytes start inside the first é
        QCOMPARE(QString::fromUtf8(tail.text()),
                 QString::fromUtf8("[... 4 earlier bytes cut ...]\n\xc3\xa9"));
    }

    void theLiveLogCutsOnACharacter()
    {
        LiveLog log(3);
        log.append(OutputStream::Stdout, "ab\xc3\xa9\xc3\xa9");
        QCOMPARE(log.segments().size(), 1);
        QCOMPARE(log.segments().first().bytes, QByteArray("\xc3\xa9"));
        QCOMPARE(log.bytesCut(), 4);
    }

    void memoryStaysBoundedForAStream()
    {
        OutputTail tail(4096);
        const QByteArray chunk(1000, 'y');
        for (int i = 0; i < 10'000; ++i)
            tail.append(chunk);
        QVERIFY(tail.text().size() <= 4096 + 64);
        QCOMPARE(tail.totalBytes(), 10'000'000);
    }
};

QTEST_GUILESS_MAIN(TestOutputTail)
#include "test_output_tail.moc"
