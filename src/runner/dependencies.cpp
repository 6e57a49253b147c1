#include "dependencies.h"

#include "processlimits.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>
#include <optional>

namespace DreamFoundry {

namespace {

class RequirementsText
{
    Q_DECLARE_TR_FUNCTIONS(DreamFoundry::Requirements)
};

// The content lines of the `# /// script` block, without their "# ", as PEP 723 reads them.
std::optional<QString> scriptBlock(const QByteArray &script)
{
    const QStringList lines = QString::fromUtf8(script).split(QLatin1Char('\n'));
    qsizetype start = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (start < 0 && line == QLatin1String("# /// script")) {
            start = i + 1;
        } else if (start >= 0 && line == QLatin1String("# ///")) {
            QStringList content;
            for (qsizetype j = start; j < i; ++j) {
                const QString &l = lines.at(j);
                content.append(l.startsWith(QLatin1String("# ")) ? l.mid(2) : QString());
            }
            return content.join(QLatin1Char('\n'));
        }
    }
    return std::nullopt;
}

// TOML comments end a line unless the # is inside a string.
QString withoutComments(const QString &toml)
{
    QString out;
    QChar quote;
    for (const QChar c : toml) {
        if (!quote.isNull()) {
            quote = c == quote ? QChar() : quote;
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            quote = c;
        } else if (c == QLatin1Char('#')) {
            quote = QLatin1Char('\n'); // skip to the end of the line
            out.append(QLatin1Char('\n'));
            continue;
        }
        if (quote != QLatin1Char('\n'))
            out.append(c);
    }
    return out;
}

QStringList tomlStrings(const QString &array)
{
    static const QRegularExpression string(QStringLiteral(R"re("((?:[^"\\]|\\.)*)"|'([^']*)')re"));
    QStringList values;
    for (auto it = string.globalMatch(array); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        values.append(match.capturedLength(1) > 0 ? match.captured(1) : match.captured(2));
    }
    return values;
}

// A requirement naming a file or a pip option would need the candidate's files or another
// index in the install step, which gets only the list.
QString problemWith(const QString &requirement)
{
    if (requirement.startsWith(QLatin1Char('-'))) {
        return RequirementsText::
                tr("The requirement line \"%1\" is a pip option; options are not supported (use "
                   "the --index-url setting for a private index).")
                        .arg(requirement);
    }
    if (requirement.startsWith(QLatin1Char('.')) || requirement.startsWith(QLatin1Char('/'))
        || requirement.contains(QLatin1String("file:"))) {
        return RequirementsText::tr(
                       "The requirement \"%1\" names a local file; only packages from an index can "
                       "be installed.")
                .arg(requirement);
    }
    return {};
}

void check(Requirements *requirements)
{
    for (const QString &requirement : std::as_const(requirements->requirements)) {
        if (QString problem = problemWith(requirement); !problem.isEmpty()) {
            requirements->error = problem;
            return;
        }
    }
}

} // namespace

Requirements Requirements::fromScriptMetadata(const QByteArray &script, bool *found)
{
    Requirements result;
    const std::optional<QString> block = scriptBlock(script);
    if (found)
        *found = block.has_value();
    if (!block)
        return result;
    result.source = RequirementsText::tr("the script's inline metadata");
    const QString toml = withoutComments(*block);
    static const QRegularExpression dependencies(
            QStringLiteral(R"(^\s*dependencies\s*=\s*\[(.*?)\])"),
            QRegularExpression::MultilineOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression requiresPython(
            QStringLiteral(R"re(^\s*requires-python\s*=\s*["']([^"']*)["'])re"),
            QRegularExpression::MultilineOption);
    if (const auto match = dependencies.match(toml); match.hasMatch())
        result.requirements = tomlStrings(match.captured(1));
    if (const auto match = requiresPython.match(toml); match.hasMatch())
        result.requiresPython = match.captured(1).trimmed();
    for (QString &requirement : result.requirements)
        requirement = requirement.trimmed();
    result.requirements.removeAll(QString());
    check(&result);
    return result;
}

Requirements Requirements::fromRequirementsFile(const QByteArray &text)
{
    Requirements result;
    static const QRegularExpression comment(QStringLiteral(R"((^|\s)#.*$)"));
    for (QString line : QString::fromUtf8(text).split(QLatin1Char('\n'))) {
        line.remove(comment);
        line = line.trimmed();
        if (!line.isEmpty())
            result.requirements.append(line);
    }
    check(&result);
    return result;
}

Requirements Requirements::of(const Candidate &candidate)
{
    QFile script(candidate.scriptPath);
    bool found = false;
    if (script.open(QIODevice::ReadOnly)) {
        Requirements fromScript = fromScriptMetadata(script.readAll(), &found);
        if (found)
            return fromScript;
    }
    const QString folder = candidate.folder.isEmpty()
            ? QFileInfo(candidate.scriptPath).absolutePath()
            : candidate.folder;
    QFile file(folder + QStringLiteral("/requirements.txt"));
    if (!file.exists())
        return {};
    Requirements result;
    if (file.open(QIODevice::ReadOnly))
        result = fromRequirementsFile(file.readAll());
    else
        result.error = RequirementsText::tr("Could not read %1.").arg(file.fileName());
    result.source = file.fileName();
    return result;
}

QString configuredIndexUrl()
{
    return QSettings().value(QStringLiteral("dependencies/index_url")).toString().trimmed();
}

QString installFailure(const Requirements &requirements, const QByteArray &output)
{
    constexpr int reasonLines = 6;
    // pip ends with hints ("See above for output"): its error lines, and the package it was
    // collecting, say more than its last lines do.
    static const QRegularExpression telling(
            QStringLiteral(R"(^(ERROR:|error:|\x{00d7}|Collecting )|^\w*(Error|Exception): )"));
    QStringList lines;
    QStringList tellingLines;
    for (const QString &line : QString::fromUtf8(output).split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        lines.append(trimmed);
        if (telling.match(trimmed).hasMatch())
            tellingLines.append(trimmed);
    }
    const QStringList &shown = tellingLines.isEmpty() ? lines : tellingLines;
    return RequirementsText::tr("Installing the dependencies failed (%1):\n%2")
            .arg(requirements.requirements.join(QStringLiteral(", ")),
                 shown.mid(qMax(0, shown.size() - reasonLines)).join(QLatin1Char('\n')));
}

DependencyCache::DependencyCache(const QString &root) : m_root(root) {}

QString DependencyCache::defaultRoot()
{
    // Run as root, the app's sandboxes run as nobody, who cannot pass through /root: the
    // cache is then in /var/cache unless XDG_CACHE_HOME says otherwise.
    if (candidatesRunAsNobody() && qEnvironmentVariableIsEmpty("XDG_CACHE_HOME"))
        return QStringLiteral("/var/cache/dreamfoundry/environments");
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)
            + QStringLiteral("/dreamfoundry/environments");
}

QString DependencyCache::pythonVersion(const QString &program)
{
    // /usr/bin/python3 -> python3.11: the link says it without starting Python.
    static const QRegularExpression number(QStringLiteral(R"(python(\d+\.\d+)$)"));
    const auto match = number.match(QFileInfo(program).canonicalFilePath());
    // Unknown: the program's own path keeps two interpreters apart all the same.
    return match.hasMatch() ? match.captured(1) : program;
}

QString DependencyCache::key(const Requirements &requirements, const QString &pythonVersion,
                             const QString &indexUrl)
{
    QStringList lines;
    for (const QString &requirement : requirements.requirements)
        lines.append(requirement.simplified());
    std::ranges::sort(lines);
    lines.erase(std::unique(lines.begin(), lines.end()), lines.end());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QStringLiteral("dreamfoundry-environment 1\npython %1\nrequires-python %2\n"
                                "index %3\n")
                         .arg(pythonVersion, requirements.requiresPython, indexUrl)
                         .toUtf8());
    hash.addData(lines.join(QLatin1Char('\n')).toUtf8());
    return QString::fromLatin1(hash.result().toHex().left(32));
}

QString DependencyCache::pathFor(const QString &key) const
{
    return m_root + QLatin1Char('/') + key;
}

bool DependencyCache::has(const QString &key) const
{
    return QFileInfo::exists(pathFor(key) + QStringLiteral("/pyvenv.cfg"));
}

} // namespace DreamFoundry
