#include "testcandidates.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

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

} // namespace DreamFoundry::Test
