#pragma once

#include <QString>
#include <QStringList>

namespace DreamFoundry::DiscordMessages {

// Discord refuses a message of 2000 characters or more. It counts code points; a UTF-16 unit
// count is never smaller, so staying under this many units stays under Discord's limit, with
// room to spare.
inline constexpr qsizetype maxLength = 1990;

// The header message: the objective (its first line, shortened), the candidate, whether it
// won, and its score ("not scored" when `score` is negative).
QString header(const QString &objective, const QString &candidateId, bool winner, double score);

// `artifact` cut into messages of at most `limit` UTF-16 units, in order, whose concatenation
// is `artifact` exactly. Each message ends at a line end (an event is one line in the sample
// format, so events stay whole); a line longer than `limit` is cut at a character boundary (a
// grapheme boundary when one is near enough, never inside a surrogate pair). A message is never
// blank only (Discord refuses those): blank lines are carried into the next message.
QStringList split(const QString &artifact, qsizetype limit = maxLength);

} // namespace DreamFoundry::DiscordMessages
