#include "daytonadependencies.h"

#include "core/candidatefolder.h"
#include "runner/sandboxlayout.h"

#include <QDir>

namespace DreamFoundry::DaytonaDependencies {

namespace {

QString home()
{
    return QLatin1StringView(SandboxLayout::home);
}

} // namespace

QString shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

Uploads candidateFiles(const Candidate &candidate, qint64 folderLimitBytes)
{
    Uploads uploads;
    if (candidate.folder.isEmpty()) {
        uploads.files.append({SandboxLayout::scriptPath(candidate.id), {}, candidate.scriptPath});
        return uploads;
    }
    const CandidateFolder::Scan scan = CandidateFolder::scan(candidate.folder, folderLimitBytes);
    uploads.error = scan.error;
    uploads.skippedLinks = scan.skippedLinks;
    const QDir folder(candidate.folder);
    for (const QString &file : scan.files) {
        uploads.files.append(
                {workingDirectory(candidate) + QLatin1Char('/') + file, {}, folder.filePath(file)});
    }
    return uploads;
}

QString requirementsPath(const QString &candidateId)
{
    return home() + QStringLiteral("/.dreamfoundry/") + candidateId
            + QStringLiteral(".requirements.txt");
}

QString packagesPath(const QString &candidateId)
{
    return home() + QStringLiteral("/.dreamfoundry/") + candidateId + QStringLiteral("-packages");
}

QString installCommand(const QString &candidateId, const Requirements &requirements,
                       const QString &indexUrl)
{
    QString command = QStringLiteral("python3 -m pip install --isolated --no-input "
                                     "--disable-pip-version-check --progress-bar off "
                                     "--no-cache-dir --target %1 -r %2")
                              .arg(shellQuote(packagesPath(candidateId)),
                                   shellQuote(requirementsPath(candidateId)));
    if (!indexUrl.isEmpty())
        command += QStringLiteral(" --index-url ") + shellQuote(indexUrl);
    if (!requirements.requiresPython.isEmpty()) {
        // The same check as the local install step, with pip's own copy of packaging.
        command = QStringLiteral("python3 -c 'import sys\n"
                                 "from pip._vendor.packaging.specifiers import SpecifierSet\n"
                                 "v = \"%d.%d.%d\" % sys.version_info[:3]\n"
                                 "if v not in SpecifierSet(sys.argv[1]):\n"
                                 "    sys.exit(\"Python %s does not satisfy requires-python "
                                 "%s\" % (v, sys.argv[1]))' %1 && ")
                          .arg(shellQuote(requirements.requiresPython))
                + command;
    }
    return QStringLiteral("(%1) 2>&1").arg(command);
}

QString scriptPath(const Candidate &candidate)
{
    if (candidate.folder.isEmpty())
        return SandboxLayout::scriptPath(candidate.id);
    return workingDirectory(candidate) + QLatin1Char('/')
            + CandidateFolder::entryOf(candidate.folder, candidate.scriptPath);
}

QString workingDirectory(const Candidate &candidate)
{
    return candidate.folder.isEmpty() ? home() : home() + QLatin1Char('/') + candidate.id;
}

} // namespace DreamFoundry::DaytonaDependencies
