#include "secretcommand.h"
#include "hiddeninput.h"

#include "credentials/candidatesecrets.h"
#include "credentials/keychaincredentialstore.h"

#include <QCoreApplication>
#include <QTimer>

#include <unistd.h>

namespace DreamFoundry {

namespace {

class SecretCommandText
{
    Q_DECLARE_TR_FUNCTIONS(DreamFoundry::SecretCommand)
};

// Far more than any key or token; a bigger input is something else piped in by mistake.
constexpr qsizetype maxInputBytes = 64 * 1024;

QString usage()
{
    return SecretCommandText::tr(
            "Usage: dreamfoundry secret set NAME | list | remove NAME\n"
            "Keeps secrets for candidates (API keys such as OPENAI_API_KEY) in the keychain. "
            "set reads the value from standard input, or asks for it without echo; list "
            "prints the names; remove deletes one. A run passes a secret with --secret NAME.");
}

} // namespace

SecretCommand::SecretCommand(const QStringList &arguments, QObject *parent)
    : SecretCommand(arguments, new KeychainCredentialStore, parent)
{
    m_store->setParent(this);
}

SecretCommand::SecretCommand(const QStringList &arguments, CredentialStore *store, QObject *parent)
    : QObject(parent)
    , m_arguments(arguments)
    , m_store(store)
    , m_secrets(new CandidateSecrets(*store, this))
    , m_out(stdout)
    , m_err(stderr)
{}

SecretCommand::~SecretCommand() = default; // m_answer restores the terminal and wipes its input

QByteArray SecretCommand::valueFromInput(QByteArray input)
{
    if (input.endsWith("\r\n"))
        input.chop(2);
    else if (input.endsWith('\n'))
        input.chop(1);
    return input;
}

void SecretCommand::fail(const QString &message, int exitStatus)
{
    m_err << SecretCommandText::tr("dreamfoundry secret: %1").arg(message) << Qt::endl;
    finish(exitStatus);
}

void SecretCommand::finish(int exitStatus)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_answer)
        m_answer->restoreTerminal();
    QTimer::singleShot(0, this, [this, exitStatus] { Q_EMIT done(exitStatus); });
}

void SecretCommand::start()
{
    const QString verb = m_arguments.value(0);
    const bool oneName = m_arguments.size() == 2;
    if (verb == QStringLiteral("--help") || verb == QStringLiteral("-h")) {
        m_out << usage() << Qt::endl;
        return finish(0);
    }
    if (verb == QStringLiteral("list") && m_arguments.size() == 1)
        return list();
    if ((verb == QStringLiteral("set") || verb == QStringLiteral("remove")) && oneName) {
        m_name = m_arguments[1];
        if (const QString problem = CandidateEnvironment::nameProblem(m_name); !problem.isEmpty())
            return fail(problem, 2);
        return verb == QStringLiteral("set") ? readValue() : remove(m_name);
    }
    if (verb == QStringLiteral("set") && m_arguments.size() > 2)
        return fail(SecretCommandText::tr(
                            "set takes a name only: the value is never read from the command line, "
                            "where other users can see it. Pipe it on standard input or type it at "
                            "the prompt."),
                    2);
    fail(usage(), 2);
}

void SecretCommand::list()
{
    m_secrets->list(this, [this](const QStringList &names, const QString &error) {
        if (!error.isEmpty())
            return fail(error, 1);
        for (const QString &name : names)
            m_out << name << Qt::endl;
        finish(0);
    });
}

void SecretCommand::remove(const QString &name)
{
    m_secrets->remove(name, this, [this, name](const QString &error) {
        if (!error.isEmpty())
            return fail(error, 1);
        m_out << SecretCommandText::tr("The secret %1 is no longer stored.").arg(name) << Qt::endl;
        finish(0);
    });
}

void SecretCommand::readValue()
{
    m_answer = new HiddenInput(maxInputBytes, this);
    connect(m_answer, &HiddenInput::complete, this, &SecretCommand::store);
    m_answer->start();
    if (m_answer->fromTerminal())
        m_err << SecretCommandText::tr("Value of %1 (input hidden): ").arg(m_name) << Qt::flush;
}

void SecretCommand::store()
{
    m_answer->restoreTerminal();
    if (m_answer->tooLong())
        return fail(SecretCommandText::tr("the input is over %1 bytes; pipe only the value.")
                            .arg(maxInputBytes),
                    2);
    QByteArray &buffer = m_answer->buffer();
    QByteArray value = m_answer->fromTerminal() ? buffer.left(buffer.indexOf('\n')) : buffer;
    value = valueFromInput(value);
    buffer.fill('\0');
    buffer.clear();
    if (const QString problem = CandidateSecrets::valueProblem(m_name, value); !problem.isEmpty())
        return fail(problem, 2);
    m_secrets->set(m_name, value, this, [this](const QString &error) {
        if (!error.isEmpty())
            return fail(error, 1);
        m_out << SecretCommandText::tr(
                         "Stored the secret %1 in %2; a run passes it with --secret %1.")
                         .arg(m_name, m_store->description())
              << Qt::endl;
        finish(0);
    });
    value.fill('\0');
}

} // namespace DreamFoundry
