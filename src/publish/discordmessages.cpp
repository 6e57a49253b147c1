#include "discordmessages.h"

#include <QCoreApplication>
#include <QTextBoundaryFinder>

#include <algorithm>

namespace DreamFoundry::DiscordMessages {

namespace {

// Free functions have no tr() of their own: this class gives their strings the context
// DreamFoundry::DiscordMessages, which lupdate can read.
class DiscordMessagesText
{
    Q_DECLARE_TR_FUNCTIONS(DreamFoundry::DiscordMessages)
};

bool isBlank(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.isSpace(); });
}

// The last character boundary at or before `maxEnd` and after `start`: a grapheme boundary
// (an emoji or a letter with its accents stays whole) when one is close, else any boundary
// between code points.
qsizetype cutPoint(const QString &text, qsizetype start, qsizetype maxEnd)
{
    if (maxEnd <= start)
        return start;
    // Whether `maxEnd` is a boundary depends only on the characters around it.
    const qsizetype windowEnd = std::min(text.size(), maxEnd + 16);
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text.constData() + start,
                               windowEnd - start);
    finder.setPosition(maxEnd - start);
    const qsizetype cut = finder.isAtBoundary() ? finder.position() : finder.toPreviousBoundary();
    constexpr qsizetype nearEnough = 32;
    if (cut > 0 && cut >= maxEnd - start - nearEnough)
        return start + cut;
    // A cluster longer than that is combining marks piled up on purpose: cut it anywhere but
    // inside a surrogate pair.
    return text.at(maxEnd - 1).isHighSurrogate() ? maxEnd - 1 : maxEnd;
}

// `text` cut to `maxChars` at a character boundary, with an ellipsis when it was longer.
QString shortened(const QString &text, qsizetype maxChars)
{
    if (text.size() <= maxChars)
        return text;
    return text.left(cutPoint(text, 0, maxChars)) + QChar(0x2026);
}

} // namespace

QString header(const QString &objective, const QString &candidateId, bool winner, double score)
{
    const QString firstLine = shortened(objective.section(QLatin1Char('\n'), 0, 0).trimmed(), 300);
    const QString scoreText = score < 0 ? DiscordMessagesText::tr("not scored")
                                        : DiscordMessagesText::tr("score %1").arg(score, 0, 'f', 1);
    const QString text = winner
            ? DiscordMessagesText::tr("**Dream Foundry winner** for “%1”: **%2** (%3)")
            : DiscordMessagesText::tr("**Dream Foundry candidate** for “%1”: **%2** (%3)");
    return text.arg(firstLine, shortened(candidateId, 100), scoreText);
}

QStringList split(const QString &artifact, qsizetype limit)
{
    Q_ASSERT(limit >= 2);
    QStringList messages;
    QString current;
    qsizetype pos = 0;
    while (pos < artifact.size()) {
        const qsizetype newline = artifact.indexOf(QLatin1Char('\n'), pos);
        const qsizetype end = newline < 0 ? artifact.size() : newline + 1;
        if (current.size() + (end - pos) <= limit) {
            current += QStringView(artifact).sliced(pos, end - pos);
            pos = end;
            continue;
        }
        if (!isBlank(current)) {
            messages.append(current);
            current.clear();
            continue; // the line again, into an empty message
        }
        // The line does not fit even alone: as much of it as fits, cut between characters.
        const qsizetype cut = cutPoint(artifact, pos, pos + (limit - current.size()));
        current += QStringView(artifact).sliced(pos, cut - pos);
        pos = cut;
        messages.append(current);
        current.clear();
    }
    if (!current.isEmpty())
        messages.append(current);
    return messages;
}

} // namespace DreamFoundry::DiscordMessages
