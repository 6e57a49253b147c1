#pragma once

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace DreamFoundry {

// The sample event format (resources/candidates/README.md): one event per line starting with
// "- ", as "YYYY-MM-DD | [Title](https://url)". Everything here works line by line on bytes,
// without regular expressions, so a hostile artifact costs time in proportion to what is read.
struct EventLine
{
    int lineNumber = 0;
    QString title;
    QDate date; // invalid when the date did not parse
    QString url;
    QString host; // lower case; empty when the URL has none
    QString problem; // why the line is not well formed; empty when it is

    bool wellFormed() const { return problem.isEmpty(); }
};

struct EventList
{
    // At most this much of an artifact is read, so a 50 MiB artifact costs what 4 MiB does.
    static constexpr qint64 maxBytesRead = 4 * 1024 * 1024;
    // And at most this many events are checked (about 2 microseconds each): no event list
    // meant for people is longer, and past the target the quality only needs the share of
    // good events, which the first thousand tell.
    static constexpr int maxEvents = 1000;

    QList<EventLine> events;
    qint64 fileSize = 0;
    qint64 bytesRead = 0;
    bool readable = true; // false when the file could not be opened
    bool binary = false; // a NUL byte or invalid UTF-8: not text
    bool truncated = false; // more than maxBytesRead, or more than maxEvents events
};

// Reads the events of the artifact at `path`.
EventList readEventList(const QString &path);
// The events in `bytes` (already bounded by the caller).
EventList parseEventList(const QByteArray &bytes);
// One "- ..." line without its "- ".
EventLine parseEventLine(QByteArrayView line, int lineNumber);

// Why a host is not a real one (a documentation or reserved name: example.com, *.invalid,
// *.test, *.localhost, localhost, an IP literal), or empty when it may be real.
QString unrealHostReason(const QString &host);

// The on-topic rule: a title is on topic when it holds, as whole words and ignoring case,
// one of the objective's keywords (its words minus stop words) or one of the topic words.
// A word also matches its plural with "s"; a topic word of several words ("machine
// learning") matches those words in a row.
class TopicMatcher
{
public:
    TopicMatcher(const QString &objective, const QStringList &topicWords);

    // The objective's and topic words found in `title`, in lower case; empty: off topic.
    QStringList matches(const QString &title) const;
    // The objective's words that count (shown in the score's details).
    QStringList objectiveKeywords() const;

    // "Generate weekly AI events" gives {"ai"}: task words and stop words are dropped.
    static QStringList keywordsOf(const QString &objective);
    // Lower-case whole words of `text`: runs of letters and digits.
    static QStringList wordsOf(const QString &text);

private:
    void addPhrase(const QStringList &phrase);
    static bool sameWord(const QString &titleWord, const QString &word);

    QList<QStringList> m_phrases; // each a sequence of lower-case words
    QHash<QString, QList<int>> m_byFirstWord; // indexes into m_phrases
    int m_objectivePhrases = 0; // the first phrases come from the objective
};

} // namespace DreamFoundry
