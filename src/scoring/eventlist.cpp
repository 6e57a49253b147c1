#include "eventlist.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>

namespace DreamFoundry {

namespace {

// Free functions have no tr() of their own: this class gives their strings the context
// DreamFoundry::EventList, which lupdate can read.
class EventListText
{
    Q_DECLARE_TR_FUNCTIONS(DreamFoundry::EventList)
};

// Invalid UTF-8 this early means a binary file; later errors only blur a title.
constexpr qsizetype utf8CheckBytes = 8 * 1024;

bool looksBinary(const QByteArray &bytes)
{
    if (bytes.contains('\0'))
        return true;
    QStringDecoder decoder(QStringDecoder::Utf8);
    // A multi-byte character cut at the end of the checked part is not an error.
    const qsizetype checked = std::min(bytes.size(), utf8CheckBytes);
    [[maybe_unused]] const QString text = decoder(QByteArrayView(bytes.constData(), checked));
    return decoder.hasError();
}

bool isHostChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.';
}

// The lower-case host of an http(s) URL, or empty with `problem` set.
QString hostOf(QByteArrayView url, QString *problem)
{
    qsizetype start = 0;
    if (url.size() > 8
        && QByteArrayView(url.first(8)).compare("https://", Qt::CaseInsensitive) == 0)
        start = 8;
    else if (url.size() > 7
             && QByteArrayView(url.first(7)).compare("http://", Qt::CaseInsensitive) == 0)
        start = 7;
    if (start == 0) {
        *problem = EventListText::tr("the URL is not an http:// or https:// address");
        return {};
    }
    if (std::ranges::any_of(url, [](char c) { return c <= ' ' || c == 0x7f; })) {
        *problem = EventListText::tr("the URL holds spaces or control characters");
        return {};
    }
    QByteArrayView authority = url.sliced(start);
    const auto end = std::ranges::find_if(authority,
                                          [](char c) { return c == '/' || c == '?' || c == '#'; });
    authority = authority.first(end - authority.begin());
    if (const qsizetype at = authority.lastIndexOf('@'); at >= 0)
        authority = authority.sliced(at + 1);
    if (authority.startsWith('[')) // an IPv6 literal: well formed, never a real name
        return QString::fromLatin1(authority.first(authority.indexOf(']') + 1)).toLower();
    if (const qsizetype colon = authority.indexOf(':'); colon >= 0) {
        const QByteArrayView port = authority.sliced(colon + 1);
        if (!std::ranges::all_of(port, [](char c) { return c >= '0' && c <= '9'; })) {
            *problem = EventListText::tr("the URL's port is not a number");
            return {};
        }
        authority = authority.first(colon);
    }
    const QByteArray host = authority.toByteArray().toLower();
    if (host.isEmpty() || !std::ranges::all_of(host, isHostChar) || host.startsWith('.')
        || host.endsWith('.') || host.contains("..")) {
        *problem = EventListText::tr("the URL has no valid host name");
        return {};
    }
    return QString::fromLatin1(host);
}

QDate dateOf(QByteArrayView text)
{
    // Exactly YYYY-MM-DD: a lenient parser would accept what a person would not.
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return {};
    int parts[3] = {};
    const int offsets[3][2] = {{0, 4}, {5, 2}, {8, 2}};
    for (int i = 0; i < 3; ++i) {
        for (const char c : text.sliced(offsets[i][0], offsets[i][1])) {
            if (c < '0' || c > '9')
                return {};
            parts[i] = parts[i] * 10 + (c - '0');
        }
    }
    return QDate(parts[0], parts[1], parts[2]);
}

QByteArrayView trimmed(QByteArrayView text)
{
    return text.trimmed();
}

// Words that say what to do or how often rather than what about: an objective's keywords
// leave them out ("Generate weekly AI events for Discord" gives "ai" and "discord").
const QSet<QString> &stopWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        for (const char *w :
             {"a",        "an",        "and",     "are",    "as",     "at",      "be",
              "by",       "for",       "from",    "in",     "into",   "is",      "it",
              "its",      "of",        "on",      "or",     "the",    "to",      "with",
              "about",    "this",      "that",    "these",  "those",  "my",      "our",
              "your",     "me",        "us",      "we",     "you",    "i",       "generate",
              "create",   "make",      "find",    "list",   "get",    "give",    "write",
              "build",    "produce",   "collect", "gather", "show",   "compile", "curate",
              "suggest",  "recommend", "event",   "events", "weekly", "daily",   "monthly",
              "upcoming", "week",      "weeks",   "day",    "days",   "month",   "next",
              "new",      "top",       "best",    "good",   "great",  "some",    "all",
              "any",      "each",      "every",   "please", "that",   "which",   "who"})
            set.insert(QString::fromLatin1(w));
        return set;
    }();
    return words;
}

} // namespace

EventList readEventList(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        EventList list;
        list.readable = false;
        return list;
    }
    QByteArray bytes = file.read(EventList::maxBytesRead);
    const qint64 size = file.size();
    const bool cut = size > bytes.size();
    if (cut) // the last line may be cut in the middle: leave it out
        bytes.truncate(bytes.lastIndexOf('\n') + 1);
    EventList list = parseEventList(bytes);
    list.fileSize = size;
    list.bytesRead = bytes.size();
    list.truncated = list.truncated || cut;
    return list;
}

EventList parseEventList(const QByteArray &bytes)
{
    EventList list;
    list.fileSize = list.bytesRead = bytes.size();
    list.binary = looksBinary(bytes);
    if (list.binary)
        return list;
    qsizetype pos = 0;
    int lineNumber = 0;
    while (pos < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', pos);
        if (end < 0)
            end = bytes.size();
        QByteArrayView line(bytes.constData() + pos, end - pos);
        pos = end + 1;
        ++lineNumber;
        if (!line.startsWith("- "))
            continue;
        if (list.events.size() == EventList::maxEvents) {
            list.truncated = true;
            break;
        }
        list.events.append(parseEventLine(line.sliced(2), lineNumber));
    }
    return list;
}

EventLine parseEventLine(QByteArrayView line, int lineNumber)
{
    EventLine event;
    event.lineNumber = lineNumber;
    line = trimmed(line);
    const qsizetype bar = line.indexOf(" | ");
    if (bar < 0) {
        event.problem = EventListText::tr("no \" | \" between the date and the event");
        return event;
    }
    event.date = dateOf(trimmed(line.first(bar)));
    const QByteArrayView link = trimmed(line.sliced(bar + 3));
    const qsizetype middle = link.indexOf("](");
    if (!link.startsWith('[') || middle < 0 || !link.endsWith(')')) {
        event.problem = EventListText::tr("the event is not a Markdown link [Title](URL)");
        return event;
    }
    event.title = QString::fromUtf8(trimmed(link.sliced(1, middle - 1)));
    const QByteArrayView url = trimmed(link.sliced(middle + 2, link.size() - middle - 3));
    event.url = QString::fromUtf8(url);
    QString urlProblem;
    event.host = hostOf(url, &urlProblem);
    if (!event.date.isValid())
        event.problem = EventListText::tr("the date is not a valid YYYY-MM-DD date");
    else if (event.title.isEmpty())
        event.problem = EventListText::tr("the title is empty");
    else
        event.problem = urlProblem;
    return event;
}

QString unrealHostReason(const QString &host)
{
    if (host.isEmpty())
        return EventListText::tr("there is no host");
    if (host.startsWith(QLatin1Char('['))
        || std::ranges::all_of(host, [](QChar c) { return c.isDigit() || c == QLatin1Char('.'); }))
        return EventListText::tr("%1 is an IP address, not a host name").arg(host);
    const QStringList labels = host.split(QLatin1Char('.'));
    if (labels.size() < 2)
        return EventListText::tr("%1 is a single name, not a public host").arg(host);
    if (labels.contains(QStringLiteral("example")))
        return EventListText::tr("%1 is a documentation name (example)").arg(host);
    static const QStringList reserved{QStringLiteral("invalid"), QStringLiteral("test"),
                                      QStringLiteral("localhost"), QStringLiteral("local")};
    if (reserved.contains(labels.last()))
        return EventListText::tr("%1 is a reserved name (.%2)").arg(host, labels.last());
    return {};
}

TopicMatcher::TopicMatcher(const QString &objective, const QStringList &topicWords)
{
    for (const QString &keyword : keywordsOf(objective))
        addPhrase({keyword});
    m_objectivePhrases = int(m_phrases.size());
    for (const QString &word : topicWords)
        addPhrase(wordsOf(word));
}

void TopicMatcher::addPhrase(const QStringList &phrase)
{
    if (phrase.isEmpty())
        return;
    QList<int> &sameStart = m_byFirstWord[phrase.first()];
    if (std::ranges::any_of(sameStart, [&](int i) { return m_phrases.at(i) == phrase; }))
        return;
    sameStart.append(int(m_phrases.size()));
    m_phrases.append(phrase);
}

bool TopicMatcher::sameWord(const QString &titleWord, const QString &word)
{
    return titleWord == word
            || (titleWord.size() == word.size() + 1 && titleWord.endsWith(QLatin1Char('s'))
                && titleWord.startsWith(word));
}

QStringList TopicMatcher::matches(const QString &title) const
{
    const QStringList words = wordsOf(title);
    QList<int> found;
    const auto tryPhrases = [&](const QList<int> &indexes, qsizetype at) {
        for (const int index : indexes) {
            const QStringList &phrase = m_phrases.at(index);
            bool all = at + phrase.size() <= words.size();
            for (qsizetype j = 0; all && j < phrase.size(); ++j)
                all = sameWord(words.at(at + j), phrase.at(j));
            if (all && !found.contains(index))
                found.append(index);
        }
    };
    // Phrases are looked up by their first word (or its singular), so a long objective with
    // many keywords costs no more per title than a short one.
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString &word = words.at(i);
        if (const auto it = m_byFirstWord.constFind(word); it != m_byFirstWord.cend())
            tryPhrases(*it, i);
        if (word.endsWith(QLatin1Char('s'))) {
            if (const auto it = m_byFirstWord.constFind(word.chopped(1));
                it != m_byFirstWord.cend())
                tryPhrases(*it, i);
        }
    }
    std::ranges::sort(found);
    QStringList names;
    for (const int index : std::as_const(found))
        names.append(m_phrases.at(index).join(QLatin1Char(' ')));
    return names;
}

QStringList TopicMatcher::objectiveKeywords() const
{
    QStringList keywords;
    for (int i = 0; i < m_objectivePhrases; ++i)
        keywords.append(m_phrases.at(i).join(QLatin1Char(' ')));
    return keywords;
}

QStringList TopicMatcher::keywordsOf(const QString &objective)
{
    QStringList keywords;
    QSet<QString> seen;
    for (const QString &word : wordsOf(objective)) {
        if (word.size() > 1 && !stopWords().contains(word) && !seen.contains(word)) {
            seen.insert(word);
            keywords.append(word);
        }
    }
    return keywords;
}

QStringList TopicMatcher::wordsOf(const QString &text)
{
    QStringList words;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool inWord = i < text.size() && text.at(i).isLetterOrNumber();
        if (inWord && start < 0) {
            start = i;
        } else if (!inWord && start >= 0) {
            words.append(text.mid(start, i - start).toLower());
            start = -1;
        }
    }
    return words;
}

} // namespace DreamFoundry
