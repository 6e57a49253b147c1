// The backend panel's warm pool row against the Daytona stand-in: hidden unless Daytona is the
// backend, the cap bounds the pool, the status says how many are warm and that they count
// against the account, and switching off or listing no candidates drains the pool.
#include "core/translations.h"
#include "daytona/warmpool.h"
#include "daytona/warmpoolkeeper.h"
#include "daytonastandin.h"
#include "gui/warmpoolpanel.h"
#include "namedchild.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace DreamFoundry;
using Test::namedChild;

class TestWarmPoolPanel final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_runtimeDir;
    std::unique_ptr<Test::DaytonaStandIn> m_standIn;
    DaytonaConfig m_config;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        installTranslations(); // as the app does
        QSettings().clear();
        QFile::setPermissions(m_runtimeDir.path(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtimeDir.path()));
        m_standIn = std::make_unique<Test::DaytonaStandIn>();
        QVERIFY(m_standIn->listen());
        m_config.apiKey = m_standIn->apiKey();
        m_config.apiUrl = QUrl(m_standIn->baseUrl());
    }

    void cleanupTestCase() { m_standIn.reset(); }

    void followsTheBackendTheCapAndTheSwitch()
    {
        WarmPoolPanel panel;
        auto *enabled = namedChild<QCheckBox>(&panel, "warmPoolCheck");
        auto *cap = namedChild<QSpinBox>(&panel, "warmPoolCapSpin");
        auto *status = namedChild<QLabel>(&panel, "warmPoolStatusLabel");
        QVERIFY(enabled->isChecked()); // on by default
        QCOMPARE(cap->value(), WarmPoolKeeper::defaultCap);

        panel.setDemand(false, m_config, 3);
        QVERIFY(panel.isHidden());
        QVERIFY(!panel.pool());

        cap->setValue(2);
        panel.setDemand(true, m_config, 3);
        QVERIFY(!panel.isHidden());
        QVERIFY(panel.pool());
        QTRY_COMPARE_WITH_TIMEOUT(
                status->text(),
                QStringLiteral("2 of 2 sandboxes warm; they count against your Daytona quota."),
                20'000);
        QCOMPARE(m_standIn->sandboxCount(), 2);
        QCOMPARE(QSettings().value(QStringLiteral("daytona/warmPoolMax")).toInt(), 2);

        enabled->setChecked(false);
        QVERIFY(!panel.pool());
        QCOMPARE(status->text(), QStringLiteral("Warm sandboxes are off."));
        QVERIFY(!cap->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(m_standIn->sandboxCount(), 0, 10'000);

        enabled->setChecked(true);
        QTRY_VERIFY_WITH_TIMEOUT(panel.pool() && panel.pool()->warmCount() == 2, 20'000);
        panel.setDemand(true, m_config, 0); // the candidates were removed
        QVERIFY(!panel.pool());
        QTRY_COMPARE_WITH_TIMEOUT(m_standIn->sandboxCount(), 0, 10'000);
    }
};

QTEST_MAIN(TestWarmPoolPanel)
#include "test_warmpoolpanel.moc"
