#include "core/candidate.h"
#include "core/runsettings.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace DreamFoundry;

class TestCandidates final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QDir(m_dir.path()).mkpath(QStringLiteral("one"));
        QDir(m_dir.path()).mkpath(QStringLiteral("two"));
    }

    QString touch(const QString &relative)
    {
        QFile file(m_dir.filePath(relative));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write("print('hi')\n");
        return file.fileName();
    }

    void sameFileNameInTwoFoldersGetsUniqueIds()
    {
        const CandidateList list = candidatesFromScripts({touch(QStringLiteral("one/agent.py")),
                                                          touch(QStringLiteral("two/agent.py")),
                                                          touch(QStringLiteral("agent-2.py"))});
        QVERIFY2(list.error.isEmpty(), qPrintable(list.error));
        QCOMPARE(list.candidates.size(), 3);
        QCOMPARE(list.candidates[0].id, QStringLiteral("agent"));
        QCOMPARE(list.candidates[1].id, QStringLiteral("agent-2"));
        // "agent-2.py" would collide with the renamed second agent: it moves on too.
        QCOMPARE(list.candidates[2].id, QStringLiteral("agent-2-2"));
    }

    void idsAreSafeFileNames()
    {
        QCOMPARE(candidateIdForScript(QStringLiteral("/x/My Agent (v2).py")),
                 QStringLiteral("My_Agent__v2_"));
        QCOMPARE(candidateIdForScript(QStringLiteral("/x/été.py")), QStringLiteral("_t_"));
        QCOMPARE(candidateIdForScript(QStringLiteral("/x/.py")), QStringLiteral("candidate"));
    }

    void missingScriptIsRefused()
    {
        const CandidateList list
                = candidatesFromScripts({m_dir.filePath(QStringLiteral("nope.py"))});
        QVERIFY(list.candidates.isEmpty());
        QVERIFY2(list.error.contains(QStringLiteral("not found")), qPrintable(list.error));
    }

    void folderIsRefused()
    {
        const CandidateList list = candidatesFromScripts({m_dir.filePath(QStringLiteral("one"))});
        QVERIFY(list.candidates.isEmpty());
        QVERIFY2(list.error.contains(QStringLiteral("folder")), qPrintable(list.error));
    }

    void unreadableScriptIsRefused()
    {
        if (geteuid() == 0)
            QSKIP("root reads every file: run as a normal user to check this");
        const QString path = touch(QStringLiteral("secret.py"));
        QFile::setPermissions(path, QFile::WriteOwner);
        const CandidateList list = candidatesFromScripts({path});
        QVERIFY(list.candidates.isEmpty());
        QVERIFY2(list.error.contains(QStringLiteral("cannot be read")), qPrintable(list.error));
    }

    void objectiveLimits_data()
    {
        QTest::addColumn<QString>("objective");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("only spaces") << QStringLiteral("  \n\t ") << false;
        QTest::newRow("one character") << QStringLiteral("x") << true;
        QTest::newRow("100000 bytes") << QString(100'000, QLatin1Char('a')) << true;
        QTest::newRow("100001 bytes") << QString(100'001, QLatin1Char('a')) << false;
        // 25,001 four-byte emoji are 100,004 bytes though only 50,002 UTF-16 units.
        QString emoji;
        for (int i = 0; i < 25'001; ++i)
            emoji += QString::fromUtf8("\xF0\x9F\x9A\x80");
        QTest::newRow("emoji over the byte limit") << emoji << false;
    }

    void objectiveLimits()
    {
        QFETCH(QString, objective);
        QFETCH(bool, accepted);
        const QString problem = RunSettings::objectiveProblem(objective);
        QCOMPARE(problem.isEmpty(), accepted);
    }

    void tooLongObjectiveSaysTheLimit()
    {
        const QString problem = RunSettings::objectiveProblem(QString(100'001, QLatin1Char('a')));
        QVERIFY2(problem.contains(QStringLiteral("100001"))
                         && problem.contains(QStringLiteral("100000")),
                 qPrintable(problem));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCandidates)
#include "test_candidates.moc"
