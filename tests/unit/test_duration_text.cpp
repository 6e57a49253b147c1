#include "core/durationtext.h"

#include <QLocale>
#include <QTest>

using namespace DreamFoundry;

class TestDurationText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void readsAsPeopleSayIt_data()
    {
        QTest::addColumn<double>("seconds");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nothing") << 0.0 << QStringLiteral("0 ms");
        QTest::newRow("negative clock skew") << -0.5 << QStringLiteral("0 ms");
        QTest::newRow("milliseconds") << 0.028 << QStringLiteral("28 ms");
        QTest::newRow("just under a second") << 0.9994 << QStringLiteral("999 ms");
        QTest::newRow("rounds up to a second") << 0.9996 << QStringLiteral("1.0 s");
        QTest::newRow("seconds") << 12.34 << QStringLiteral("12.3 s");
        QTest::newRow("just under a minute") << 59.94 << QStringLiteral("59.9 s");
        QTest::newRow("rounds up to a minute") << 59.96 << QStringLiteral("1 min");
        QTest::newRow("minutes and seconds") << 125.0 << QStringLiteral("2 min 5 s");
        QTest::newRow("whole minutes") << 180.2 << QStringLiteral("3 min");
        QTest::newRow("just under an hour") << 3599.0 << QStringLiteral("59 min 59 s");
        QTest::newRow("hours drop seconds") << 3725.0 << QStringLiteral("1 h 2 min");
        QTest::newRow("whole hours") << 7230.0 << QStringLiteral("2 h");
    }

    void readsAsPeopleSayIt()
    {
        QFETCH(double, seconds);
        QFETCH(QString, expected);
        QCOMPARE(formatDuration(seconds), expected);
    }

    // The decimal separator is the user's: "12,3 s" in German.
    void secondsUseTheLocaleDecimalSeparator()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const QString text = formatDuration(12.34);
        QLocale::setDefault(QLocale::c());
        QCOMPARE(text, QStringLiteral("12,3 s"));
    }
};

QTEST_GUILESS_MAIN(TestDurationText)
#include "test_duration_text.moc"
