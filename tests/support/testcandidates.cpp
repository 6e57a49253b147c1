#include "testcandidates.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

namespace DreamFoundry::Test {

CandidateScripts::CandidateScripts() = default;

QString CandidateScripts::write(const QString &name, const QString &pythonBody)
{
    const QString path = m_dir.filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("import os, sys, time\nobjective, output_path = sys.argv[1], sys.argv[2]\n");
    file.write(pythonBody.toUtf8());
    return path;
}

void addHostileObjectiveRows()
{
    QTest::addColumn<QString>("objective");
    QTest::newRow("single quotes") << QStringLiteral("it's 'quoted'");
    QTest::newRow("double quotes") << QStringLiteral("say \"hi\" \\\" now");
    QTest::newRow("newlines") << QStringLiteral("line one\nline two\r\n\nend\n");
    QTest::newRow("command substitution") << QStringLiteral("$(touch /tmp/pwned) ${HOME}");
    QTest::newRow("backticks") << QStringLiteral("`id` and `rm -rf ~`");
    QTest::newRow("leading dash") << QStringLiteral("--help -o x");
    QTest::newRow("emoji and utf-8")
            << QString::fromUtf8("\xF0\x9F\x9A\x80 caf\xC3\xA9 \xE6\x97\xA5\xE6\x9C\xAC "
                                 "\xD9\x85\xD8\xB1\xD8\xAD\xD8\xA8\xD8\xA7");
    QTest::newRow("shell soup") << QStringLiteral("a; b && c | d > e < f & g * ? [x] ~ # ! x%");
    QTest::newRow("100000 bytes") << QString(100'000, QLatin1Char('z'));
}

} // namespace DreamFoundry::Test
