#include "discordwebhook.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>
#include <QUrlQuery>

namespace DreamFoundry::DiscordWebhook {

namespace {

// Free functions have no tr() of their own: this class gives their strings the context
// DreamFoundry::DiscordWebhook, which lupdate can read.
class DiscordWebhookText
{
    Q_DECLARE_TR_FUNCTIONS(DreamFoundry::DiscordWebhook)
};

bool isDiscordHost(const QString &host)
{
    static const QStringList hosts{
            QStringLiteral("discord.com"),        QStringLiteral("discordapp.com"),
            QStringLiteral("canary.discord.com"), QStringLiteral("canary.discordapp.com"),
            QStringLiteral("ptb.discord.com"),    QStringLiteral("ptb.discordapp.com"),
    };
    return hosts.contains(host);
}

bool isLoopbackHost(const QString &host)
{
    return host == QStringLiteral("127.0.0.1") || host == QStringLiteral("::1")
            || host == QStringLiteral("localhost");
}

// /api/webhooks/<id>/<token>, the id a snowflake (digits), the token URL-safe base64.
bool isWebhookPath(const QString &path)
{
    static const QRegularExpression pattern(
            QStringLiteral("^/api/(v[0-9]{1,2}/)?webhooks/[0-9]{1,25}/[A-Za-z0-9_-]{1,128}/?$"));
    return pattern.match(path).hasMatch();
}

// Only Discord's thread_id is accepted: anything else is not a URL Discord hands out.
bool isAcceptedQuery(const QUrl &url)
{
    if (!url.hasQuery())
        return true;
    const auto items = QUrlQuery(url).queryItems();
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,25}$"));
    return items.size() == 1 && items.first().first == QStringLiteral("thread_id")
            && digits.match(items.first().second).hasMatch();
}

} // namespace

QString credential()
{
    return QString::fromLatin1(credentialName);
}

QString urlProblem(const QString &text, Loopback loopback)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (text.trimmed().isEmpty())
        return DiscordWebhookText::tr(
                "No webhook URL was given: copy it from the Discord channel's settings "
                "(Integrations, Webhooks, Copy Webhook URL).");
    if (!url.isValid() || url.isRelative() || url.host().isEmpty())
        return DiscordWebhookText::tr(
                "That is not a URL: copy the webhook URL from the Discord channel's settings "
                "(Integrations, Webhooks, Copy Webhook URL).");
    if (!url.userInfo().isEmpty() || url.hasFragment())
        return DiscordWebhookText::tr(
                "A Discord webhook URL holds no user name, password or #fragment.");
    const QString host = url.host().toLower();
    const QString scheme = url.scheme().toLower();
    if (isLoopbackHost(host)) {
        if (loopback == Loopback::Refused)
            return DiscordWebhookText::tr(
                    "A webhook on this machine is accepted only by the tests' option; use the "
                    "https URL Discord gives.");
        if (scheme != QStringLiteral("http") && scheme != QStringLiteral("https"))
            return DiscordWebhookText::tr("The webhook URL must start with http:// or https://.");
    } else {
        if (scheme != QStringLiteral("https"))
            return DiscordWebhookText::tr(
                    "The webhook URL must start with https://, as Discord's webhook URLs do.");
        if (!isDiscordHost(host))
            return DiscordWebhookText::tr(
                           "%1 is not Discord: a webhook URL is on discord.com or discordapp.com.")
                    .arg(host);
        if (url.port() != -1 && url.port() != 443)
            return DiscordWebhookText::tr("A Discord webhook URL has no port number.");
    }
    if (!isWebhookPath(url.path()) || !isAcceptedQuery(url))
        return DiscordWebhookText::tr("That is not a webhook URL: a Discord webhook URL ends in "
                                      "/api/webhooks/<number>/<token>.");
    return {};
}

QString redacted(const QString &text, const QUrl &webhook)
{
    QString result = text;
    const QString webhookWords = DiscordWebhookText::tr("the webhook");
    for (const QString &form : {webhook.toString(QUrl::FullyEncoded), webhook.toString(),
                                webhook.toString(QUrl::RemoveQuery | QUrl::FullyEncoded)})
        if (!form.isEmpty())
            result.replace(form, webhookWords);
    const QString token
            = webhook.path().section(QLatin1Char('/'), -1, -1, QString::SectionSkipEmpty);
    if (!token.isEmpty())
        result.replace(token, QStringLiteral("…"));
    return result;
}

} // namespace DreamFoundry::DiscordWebhook
