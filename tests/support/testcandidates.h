#pragma once

#include <QString>
#include <QTemporaryDir>

namespace DreamFoundry::Test {

// Writes candidate scripts for a test into a temporary folder.
class CandidateScripts
{
public:
    CandidateScripts();

    // Writes `<name>` with the given Python body and returns its path.
    QString write(const QString &name, const QString &pythonBody);
    QString dir() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

// Data rows (column "objective") of the objectives that must reach a script byte for byte:
// quotes, newlines, $(...), backticks, a leading dash, UTF-8, the 100,000-byte limit.
void addHostileObjectiveRows();

} // namespace DreamFoundry::Test
