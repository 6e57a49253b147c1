#include "artifacttext.h"

#include "core/candidateresult.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cstring>

namespace DreamFoundry {

namespace {

// A NUL byte this early means binary, as git and diff decide.
constexpr qsizetype binarySniffBytes = 64 * 1024;
// Hashing 50 MiB would delay the first paint: a text artifact shows the hash the run
// recorded, and is hashed here only when there is none and it is at most this large.
constexpr qint64 hashTextUpTo = 8 * 1024 * 1024;
// JSON is recognised by content only up to this size (parsing costs about its size again).
constexpr qsizetype sniffJsonUpTo = 8 * 1024 * 1024;
constexpr qsizetype prettyJsonUpTo = 64 * 1024 * 1024;
constexpr size_t maxInvalidLines = 1000;
// Larger artifacts are not read: comparing needs them whole in memory.
constexpr qint64 maxBytes = qint64(1024) * 1024 * 1024;
constexpr int hexHeadBytes = 256;

// The length of the valid UTF-8 sequence at `p` (at most `left` bytes), or 0 when invalid.
int validSequenceLength(const unsigned char *p, qsizetype left)
{
    const unsigned char c = p[0];
    int length = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) {
        length = 2;
    } else if (c >= 0xe0 && c <= 0xef) {
        length = 3;
        low = c == 0xe0 ? 0xa0 : 0x80; // no overlong forms
        high = c == 0xed ? 0x9f : 0xbf; // no surrogates
    } else if (c >= 0xf0 && c <= 0xf4) {
        length = 4;
        low = c == 0xf0 ? 0x90 : 0x80;
        high = c == 0xf4 ? 0x8f : 0xbf; // nothing past U+10FFFF
    } else {
        return 0;
    }
    if (left < length || p[1] < low || p[1] > high)
        return 0;
    for (int k = 2; k < length; ++k)
        if ((p[k] & 0xc0) != 0x80)
            return 0;
    return length;
}

// Re-indents valid JSON keeping the keys' order (QJsonDocument would sort them): four spaces
// per level, as QJsonDocument::Indented.
QByteArray reindentJson(const QByteArray &json)
{
    QByteArray out;
    out.reserve(json.size() * 2);
    int depth = 0;
    auto newline = [&] {
        out += '\n';
        out.append(QByteArray(depth * 4, ' '));
    };
    const qsizetype n = json.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = json[i];
        if (c == '"') {
            const qsizetype start = i;
            for (++i; i < n && json[i] != '"'; ++i)
                if (json[i] == '\\')
                    ++i;
            out.append(json.constData() + start, i - start + 1);
        } else if (c == '{' || c == '[') {
            qsizetype next = i + 1;
            while (next < n
                   && (json[next] == ' ' || json[next] == '\t' || json[next] == '\r'
                       || json[next] == '\n'))
                ++next;
            if (next < n && (json[next] == '}' || json[next] == ']')) {
                out += c;
                out += json[next];
                i = next;
                continue;
            }
            out += c;
            ++depth;
            newline();
        } else if (c == '}' || c == ']') {
            --depth;
            newline();
            out += c;
        } else if (c == ',') {
            out += c;
            newline();
        } else if (c == ':') {
            out += ": ";
        } else if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
            out += c;
        }
    }
    out += '\n';
    return out;
}

QString hexDump(const QByteArray &bytes)
{
    QString dump;
    const int n = int(qMin<qsizetype>(bytes.size(), hexHeadBytes));
    for (int row = 0; row < n; row += 16) {
        QString hex;
        QString ascii;
        for (int k = row; k < row + 16; ++k) {
            if (k == row + 8)
                hex += QLatin1Char(' ');
            if (k < n) {
                const auto b = static_cast<unsigned char>(bytes[k]);
                hex += QStringLiteral("%1 ").arg(int(b), 2, 16, QLatin1Char('0'));
                ascii += QLatin1Char(b >= 0x20 && b < 0x7f ? char(b) : '.');
            } else {
                hex += QStringLiteral("   ");
            }
        }
        dump += QStringLiteral("%1  %2 |%3|\n").arg(row, 8, 16, QLatin1Char('0')).arg(hex, ascii);
    }
    return dump;
}

// A .json file name is taken at its word (parsing 50 MiB only to show a toggle would delay
// the first paint); other text is JSON when it parses, up to sniffJsonUpTo.
bool looksLikeJson(const QByteArray &bytes, const QString &fileName)
{
    if (fileName.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        return true;
    if (bytes.size() > sniffJsonUpTo)
        return false;
    const QByteArray start = bytes.left(64).trimmed();
    if (!start.startsWith('{') && !start.startsWith('['))
        return false;
    QJsonParseError error;
    QJsonDocument::fromJson(bytes, &error);
    return error.error == QJsonParseError::NoError;
}

} // namespace

CompareSource CompareSource::fromResult(const CandidateResult &result, const QString &runLabel)
{
    CompareSource source;
    source.label = runLabel.isEmpty() ? result.candidateId
                                      : QStringLiteral("%1 / %2").arg(runLabel, result.candidateId);
    source.state = stateName(result.state);
    source.knownSha256 = result.artifactSha256;
    if (!result.artifactFile.isEmpty()) {
        source.artifactFile = result.artifactFile;
    } else if (!isFinal(result.state)) {
        source.noArtifactReason = ArtifactText::tr("%1 is still %2: its artifact shows here when "
                                                   "it finishes.")
                                          .arg(result.candidateId, source.state);
    } else if (!result.errorMessage.isEmpty()) {
        source.noArtifactReason
                = ArtifactText::tr("%1 has no artifact (%2): %3")
                          .arg(result.candidateId, source.state, result.errorMessage);
    } else {
        source.noArtifactReason = ArtifactText::tr("%1 has no artifact (%2).")
                                          .arg(result.candidateId, source.state);
    }
    return source;
}

std::shared_ptr<const ArtifactText> ArtifactText::load(const CompareSource &source,
                                                       const CompareOptions &options)
{
    auto text = std::shared_ptr<ArtifactText>(new ArtifactText);
    text->m_source = source;
    if (source.artifactFile.isEmpty()) {
        text->m_kind = Kind::NoArtifact;
        text->m_problem = source.noArtifactReason.isEmpty()
                ? tr("%1 has no artifact.").arg(source.label)
                : source.noArtifactReason;
        return text;
    }
    QByteArray bytes;
    if (const QString problem = text->readFile(&bytes); !problem.isEmpty()) {
        text->m_problem = problem;
        return text;
    }
    text->describe(bytes, options);
    return text;
}

// The artifact file's bytes, or a sentence saying why not (and the kind set to say so).
QString ArtifactText::readFile(QByteArray *bytes)
{
    const QFileInfo info(m_source.artifactFile);
    if (!info.exists()) {
        m_kind = Kind::Missing;
        return tr("The artifact %1 is no longer there: it was deleted or moved after the run "
                  "was opened.")
                .arg(info.fileName());
    }
    m_kind = Kind::Unreadable;
    // Only a regular file: a path pointing at a device such as /dev/zero would never end.
    if (!info.isFile())
        return tr("The artifact %1 is not a regular file.").arg(info.fileName());
    if (info.size() > maxBytes)
        return tr("The artifact %1 is too large to compare (%2 MiB; the limit is %3 MiB).")
                .arg(info.fileName())
                .arg(info.size() / (1024 * 1024))
                .arg(maxBytes / (1024 * 1024));
    QFile file(m_source.artifactFile);
    if (file.open(QIODevice::ReadOnly))
        *bytes = file.readAll();
    if (!file.isOpen() || file.error() != QFileDevice::NoError)
        return tr("The artifact %1 cannot be read: %2").arg(info.fileName(), file.errorString());
    return {};
}

std::shared_ptr<const ArtifactText> ArtifactText::fromBytes(const CompareSource &source,
                                                            const QByteArray &bytes,
                                                            const CompareOptions &options)
{
    auto text = std::shared_ptr<ArtifactText>(new ArtifactText);
    text->m_source = source;
    text->describe(bytes, options);
    return text;
}

void ArtifactText::describe(const QByteArray &fileBytes, const CompareOptions &options)
{
    m_size = fileBytes.size();
    const QString fileName = QFileInfo(m_source.artifactFile).fileName();
    m_markdown = fileName.endsWith(QLatin1String(".md"), Qt::CaseInsensitive)
            || fileName.endsWith(QLatin1String(".markdown"), Qt::CaseInsensitive);
    m_bytes = fileBytes;
    indexLines();
    scanUtf8();
    if (m_kind == Kind::Binary) {
        m_sha256 = QString::fromLatin1(
                QCryptographicHash::hash(fileBytes, QCryptographicHash::Sha256).toHex());
        m_hexHead = hexDump(fileBytes);
        m_problem = tr("Binary artifact (%1 bytes): not shown as text.").arg(m_size);
        m_lineStarts.clear();
        m_lineStarts.shrink_to_fit();
        m_invalidLines.clear();
        return;
    }
    if (!m_source.knownSha256.isEmpty())
        m_sha256 = m_source.knownSha256;
    else if (m_size <= hashTextUpTo)
        m_sha256 = QString::fromLatin1(
                QCryptographicHash::hash(fileBytes, QCryptographicHash::Sha256).toHex());
    m_json = !m_markdown && looksLikeJson(fileBytes, fileName);
    if (m_json && options.prettyJson)
        prettyPrintJson(fileBytes, options.sortJsonKeys);
}

// Re-indents the JSON for the diff; a file named .json that does not parse is left as it is
// and no longer counts as JSON.
void ArtifactText::prettyPrintJson(const QByteArray &fileBytes, bool sortKeys)
{
    QJsonParseError error;
    const QJsonDocument document = fileBytes.size() <= prettyJsonUpTo
            ? QJsonDocument::fromJson(fileBytes, &error)
            : QJsonDocument();
    if (fileBytes.size() > prettyJsonUpTo || error.error != QJsonParseError::NoError) {
        m_json = false;
        return;
    }
    m_bytes = sortKeys ? document.toJson(QJsonDocument::Indented) : reindentJson(fileBytes);
    m_prettyPrinted = true;
    m_invalidLines.clear();
    indexLines();
}

void ArtifactText::indexLines()
{
    const char *data = m_bytes.constData();
    const qsizetype n = m_bytes.size();
    m_lineStarts.clear();
    if (n == 0) {
        m_endsWithNewline = false;
        return;
    }
    // Counted first so the index is allocated once, at its size.
    size_t lines = 1;
    for (const char *p = data;
         (p = static_cast<const char *>(std::memchr(p, '\n', size_t(data + n - p)))); ++p)
        ++lines;
    m_endsWithNewline = data[n - 1] == '\n';
    if (m_endsWithNewline)
        --lines;
    m_lineStarts.reserve(lines);
    m_lineStarts.push_back(0);
    for (const char *p = data;
         (p = static_cast<const char *>(std::memchr(p, '\n', size_t(data + n - p))));) {
        ++p;
        if (p < data + n)
            m_lineStarts.push_back(p - data);
    }
}

// Finds invalid UTF-8 sequences (they read as U+FFFD) and decides text or binary: a NUL near
// the start, or invalid bytes past a few and over 3% of the file, mean binary.
void ArtifactText::scanUtf8()
{
    const auto *data = reinterpret_cast<const unsigned char *>(m_bytes.constData());
    const qsizetype n = m_bytes.size();
    if (std::memchr(data, '\0', size_t(qMin(n, binarySniffBytes)))) {
        m_kind = Kind::Binary;
        return;
    }
    qsizetype invalidBytes = 0;
    size_t line = 0;
    qsizetype i = 0;
    while (i < n) {
        if (i + 8 <= n) {
            quint64 word;
            std::memcpy(&word, data + i, 8);
            if ((word & 0x8080808080808080ull) == 0) {
                i += 8;
                continue;
            }
        }
        if (data[i] < 0x80) {
            ++i;
            continue;
        }
        const int length = validSequenceLength(data + i, n - i);
        if (length > 0) {
            i += length;
            continue;
        }
        ++invalidBytes;
        while (line + 1 < m_lineStarts.size() && m_lineStarts[line + 1] <= i)
            ++line;
        if (m_invalidLines.size() < maxInvalidLines
            && (m_invalidLines.empty() || m_invalidLines.back() != int(line)))
            m_invalidLines.push_back(int(line));
        ++i;
    }
    m_kind = invalidBytes > 8 && invalidBytes * 32 > n ? Kind::Binary : Kind::Text;
}

QByteArrayView ArtifactText::lineBytes(int i) const
{
    const size_t index = size_t(i);
    const qsizetype start = m_lineStarts[index];
    qsizetype end = index + 1 < m_lineStarts.size() ? m_lineStarts[index + 1] - 1 : m_bytes.size();
    if (index + 1 == m_lineStarts.size() && m_endsWithNewline)
        --end;
    return QByteArrayView(m_bytes.constData() + start, end - start);
}

QString ArtifactText::line(int i) const
{
    QByteArrayView bytes = lineBytes(i);
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    return QString::fromUtf8(bytes);
}

} // namespace DreamFoundry
