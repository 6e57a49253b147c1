#include "candidatefolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace DreamFoundry::CandidateFolder {

namespace {

class CandidateFolderText
{
    Q_DECLARE_TR_FUNCTIONS(DreamFoundry::CandidateFolder)
};

constexpr qint64 mebibyte = 1024 * 1024;

bool leftOut(const QFileInfo &dir)
{
    const QString name = dir.fileName();
    // A virtual environment is machine-specific and large; the sandbox makes its own.
    return name == QLatin1String(".git") || name == QLatin1String("__pycache__")
            || QFileInfo::exists(dir.filePath() + QStringLiteral("/pyvenv.cfg"));
}

void scanInto(const QDir &root, const QString &relative, qint64 limitBytes, Scan *result)
{
    const QDir dir(root.filePath(relative));
    const QFileInfoList entries = dir.entryInfoList(
            QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
    for (const QFileInfo &entry : entries) {
        if (!result->error.isEmpty())
            return;
        const QString path = relative.isEmpty() ? entry.fileName()
                                                : relative + QLatin1Char('/') + entry.fileName();
        if (entry.isSymLink()) {
            result->skippedLinks.append(path);
        } else if (entry.isDir()) {
            if (!leftOut(entry))
                scanInto(root, path, limitBytes, result);
        } else if (entry.isFile()) {
            result->files.append(path);
            result->bytes += entry.size();
            if (result->bytes > limitBytes) {
                result->error = CandidateFolderText::tr(
                                        "The candidate folder %1 holds more than %2 MiB (.git, "
                                        "__pycache__ and virtual environments left out), over the "
                                        "limit for a candidate folder; it was not run.")
                                        .arg(QDir::toNativeSeparators(root.path()))
                                        .arg(limitBytes / mebibyte);
            }
        }
    }
}

// Opened without following a link: the file may have changed since the scan.
bool copyFile(const QString &from, const QString &to)
{
    const int fd = ::open(QFile::encodeName(from).constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return false;
    QFile in;
    QFile out(to);
    struct stat facts = {};
    bool ok = ::fstat(fd, &facts) == 0 && S_ISREG(facts.st_mode)
            && in.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)
            && out.open(QIODevice::WriteOnly | QIODevice::NewOnly);
    if (!in.isOpen())
        ::close(fd);
    while (ok && !in.atEnd()) {
        const QByteArray block = in.read(1 << 20);
        ok = !block.isEmpty() && out.write(block) == block.size();
    }
    return ok;
}

} // namespace

Scan scan(const QString &folder, qint64 limitBytes)
{
    Scan result;
    scanInto(QDir(folder), QString(), limitBytes, &result);
    return result;
}

bool copy(const QString &folder, const Scan &scan, const QString &target, QString *error)
{
    const QDir from(folder);
    const QDir to(target);
    for (const QString &file : scan.files) {
        const QString destination = to.filePath(file);
        if (!QDir().mkpath(QFileInfo(destination).path())
            || !copyFile(from.filePath(file), destination)) {
            *error = CandidateFolderText::tr(
                             "Could not copy %1 of the candidate folder into the sandbox.")
                             .arg(file);
            return false;
        }
    }
    return true;
}

QString problem(const QString &folder, const QString &entry)
{
    const QFileInfo info(folder + QLatin1Char('/') + entry);
    const QString clean = QDir::cleanPath(entry);
    const bool inside = !QDir::isAbsolutePath(clean) && clean != QLatin1String("..")
            && !clean.startsWith(QLatin1String("../"));
    if (entry == QLatin1StringView(entryScript) && (!info.exists() || !info.isFile())) {
        return CandidateFolderText::tr(
                       "The candidate folder %1 has no main.py: its entry script must be main.py "
                       "(a file, not a link), or named as FOLDER:SCRIPT.py.")
                .arg(QDir::toNativeSeparators(folder));
    }
    // A link would be left out of the copy (links are never followed).
    if (!inside || !info.exists() || info.isSymLink() || !info.isFile()) {
        return CandidateFolderText::tr(
                       "The entry script %1 is not a file inside the candidate folder %2 (a link "
                       "does not count).")
                .arg(entry, QDir::toNativeSeparators(folder));
    }
    return {};
}

std::optional<std::pair<QString, QString>> splitNamedEntry(const QString &path)
{
    const qsizetype colon = path.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0 || QFileInfo::exists(path) || !path.endsWith(QLatin1String(".py")))
        return std::nullopt;
    const QFileInfo folder(path.left(colon));
    if (!folder.isDir())
        return std::nullopt;
    return std::pair{folder.absoluteFilePath(), path.mid(colon + 1)};
}

QString entryOf(const QString &folder, const QString &scriptPath)
{
    return QDir(folder).relativeFilePath(scriptPath);
}

} // namespace DreamFoundry::CandidateFolder
