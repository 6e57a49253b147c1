#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <memory>
#include <vector>

namespace DreamFoundry {

struct CandidateResult;

// One pane of a comparison: whose artifact, and where it is. Made from a candidate of a live
// run or of a results folder alike, so two runs' candidates compare through the same API
// (docs/architecture.md, "Comparing artifacts").
struct CompareSource
{
    QString label; // the pane's header: "gamma", or "<run> / gamma" across runs
    QString artifactFile; // absolute path; empty when the candidate has none (yet)
    QString state; // the candidate's state name ("succeeded", "running", ...)
    QString noArtifactReason; // why there is no artifact, for a person; empty when there is one
    QString knownSha256; // the artifact's hash as recorded by the run, when known

    // `runLabel` non-empty prefixes the label ("<run> / <candidate>"), for comparing runs.
    static CompareSource fromResult(const CandidateResult &result, const QString &runLabel = {});

    bool operator==(const CompareSource &) const = default;
};

// How lines are compared. Pretty-printing JSON changes the text itself (it is applied when the
// artifact is loaded); the other options only change which lines count as equal.
struct CompareOptions
{
    bool ignoreWhitespace = false; // all white space, as `diff -w`
    bool ignoreCase = false;
    bool ignoreLineEndings = true; // "a\r\n" equals "a\n"
    bool prettyJson = false; // a JSON artifact is re-indented before diffing
    bool sortJsonKeys = false; // ... with every object's keys sorted (only with prettyJson)

    bool operator==(const CompareOptions &) const = default;
};

// An artifact loaded for comparing: its bytes and an index of where each line starts, so a
// line is decoded only when asked for (a 50 MiB artifact is never one QString per line nor a
// QTextDocument). Immutable once loaded: share it between threads freely.
class ArtifactText final
{
    Q_DECLARE_TR_FUNCTIONS(ArtifactText)
public:
    enum class Kind {
        Text, // lines to diff (invalid UTF-8 sequences read as U+FFFD, see hadInvalidUtf8)
        Binary, // not text: size, sha256 and hexHead describe it
        NoArtifact, // the candidate has none (still running, failed, ...): see problem()
        Missing, // the file is gone (deleted after the run was opened): see problem()
        Unreadable, // the file cannot be read, is not a regular file or is over 1 GiB
    };

    // Reads the source's file. Synchronous file I/O and hashing: call it off the GUI thread.
    // Never fails: a source that cannot be read gives a non-Text kind and a problem().
    static std::shared_ptr<const ArtifactText> load(const CompareSource &source,
                                                    const CompareOptions &options);
    // The same from bytes already in memory (the file name still says Markdown or JSON).
    static std::shared_ptr<const ArtifactText>
    fromBytes(const CompareSource &source, const QByteArray &bytes, const CompareOptions &options);

    const CompareSource &source() const { return m_source; }
    Kind kind() const { return m_kind; }
    bool isText() const { return m_kind == Kind::Text; }
    // A sentence for the pane when it is not Text; empty for Text.
    QString problem() const { return m_problem; }

    qint64 size() const { return m_size; } // of the file, before any pretty-printing
    // Hex SHA-256 of the file: computed for a binary artifact (it is shown); for text, the
    // run's recorded one, else computed up to 8 MiB, else empty (hashing 50 MiB would delay
    // the first paint).
    QString sha256() const { return m_sha256; }
    // A hex dump of the first 256 bytes ("00000000  7f 45 4c 46 ...  |.ELF|"), for Binary.
    QString hexHead() const { return m_hexHead; }

    // Some byte sequences were not UTF-8 and read as U+FFFD; the first lines holding them (at
    // most 1,000 of them) are in invalidUtf8Lines(), for a marker.
    bool hadInvalidUtf8() const { return !m_invalidLines.empty(); }
    const std::vector<int> &invalidUtf8Lines() const { return m_invalidLines; }

    bool isMarkdown() const { return m_markdown; } // by file name (.md, .markdown)
    // A .json file name, or content that parses as JSON (up to 8 MiB); a .json file that
    // does not parse stops counting once pretty-printing is asked for.
    bool isJson() const { return m_json; }
    bool isPrettyPrinted() const { return m_prettyPrinted; } // JSON re-indented for the diff

    int lineCount() const { return int(m_lineStarts.size()); }
    // Line `i` without its line ending ("\n", and "\r\n"), decoded from UTF-8.
    QString line(int i) const;
    // Line `i`'s bytes without the "\n" (a "\r" before it stays).
    QByteArrayView lineBytes(int i) const;
    bool endsWithNewline() const { return m_endsWithNewline; }
    // The text as diffed: the file's bytes, or the re-indented JSON.
    const QByteArray &bytes() const { return m_bytes; }

private:
    ArtifactText() = default;
    QString readFile(QByteArray *bytes);
    void describe(const QByteArray &fileBytes, const CompareOptions &options);
    void prettyPrintJson(const QByteArray &fileBytes, bool sortKeys);
    void indexLines();
    void scanUtf8();

    CompareSource m_source;
    Kind m_kind = Kind::NoArtifact;
    QString m_problem;
    qint64 m_size = 0;
    QString m_sha256;
    QString m_hexHead;
    std::vector<int> m_invalidLines;
    bool m_markdown = false;
    bool m_json = false;
    bool m_prettyPrinted = false;
    bool m_endsWithNewline = false;
    QByteArray m_bytes;
    std::vector<qsizetype> m_lineStarts;
};

} // namespace DreamFoundry
