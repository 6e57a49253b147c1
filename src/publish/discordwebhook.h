#pragma once

#include <QString>
#include <QUrl>

namespace DreamFoundry::DiscordWebhook {

// The webhook URL is a secret: its last path segment is the token that lets anyone post. It is
// kept in the keychain under this name and never printed, logged or saved; messages say "the
// webhook" instead.
inline constexpr auto credentialName = "discord-webhook";
QString credential();

// Whether a plain http URL to this machine is accepted: only for tests, which stand a loopback
// server in for Discord.
enum class Loopback { Refused, Allowed };

// Why `text` is not a Discord webhook URL, as a sentence for a person that does not repeat the
// URL; empty when it is one. Accepted: https://discord.com/api/webhooks/<id>/<token> (also
// discordapp.com and their canary. and ptb. hosts, and /api/v<n>/webhooks/...), with nothing
// else but an optional thread_id query. With Loopback::Allowed, the same path on http or https
// at 127.0.0.1, [::1] or localhost, any port.
QString urlProblem(const QString &text, Loopback loopback = Loopback::Refused);

// `text` with the webhook URL and its token replaced by "the webhook", for raw details (Qt's
// network error strings repeat the URL).
QString redacted(const QString &text, const QUrl &webhook);

} // namespace DreamFoundry::DiscordWebhook
