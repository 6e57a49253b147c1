#include "candidateenvironment.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace DreamFoundry {

namespace {

class CandidateEnvironmentText
{
    Q_DECLARE_TR_FUNCTIONS(DreamFoundry::CandidateEnvironment)
};

// 'value' with each ' written as '\'' : the shell takes every other byte as is.
QByteArray shellQuoted(const QByteArray &value)
{
    QByteArray quoted = "'";
    for (char c : value) {
        if (c == '\'')
            quoted += "'\\''";
        else
            quoted += c;
    }
    return quoted + '\'';
}

// The value of a dotenv line after NAME=, which may continue on the lines after `*line`.
bool dotenvValue(const QList<QByteArray> &lines, qsizetype *line, QByteArray rest,
                 QByteArray *value)
{
    rest = rest.trimmed();
    if (rest.startsWith('\'')) {
        const qsizetype end = rest.indexOf('\'', 1);
        if (end < 0)
            return false;
        *value = rest.mid(1, end - 1);
        return true;
    }
    if (!rest.startsWith('"')) {
        // Unquoted: up to a " #" comment.
        const qsizetype comment = rest.indexOf(" #");
        *value = (comment < 0 ? rest : rest.left(comment)).trimmed();
        return true;
    }
    QByteArray text = rest.mid(1);
    value->clear();
    for (;;) {
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char c = text[i];
            if (c == '"')
                return true;
            if (c == '\\' && i + 1 < text.size()) {
                const char next = text[++i];
                *value += next == 'n' ? '\n' : next == 't' ? '\t' : next;
                continue;
            }
            *value += c;
        }
        if (++*line >= lines.size())
            return false; // no closing quote
        *value += '\n';
        text = lines[*line];
    }
}

} // namespace

CandidateEnvironment::CandidateEnvironment(QList<EnvironmentVariable> variables)
    : m_variables(std::move(variables))
{}

CandidateEnvironment CandidateEnvironment::forCandidate(const QList<EnvironmentVariable> &plain,
                                                        const QList<SecretGrant> &grants,
                                                        const SecretValues &values,
                                                        const QString &candidateId)
{
    QList<EnvironmentVariable> variables;
    for (const EnvironmentVariable &variable : plain) {
        const bool granted = std::any_of(grants.cbegin(), grants.cend(), [&](const auto &grant) {
            return grant.name == variable.name && grant.reaches(candidateId);
        });
        if (!granted)
            variables.append(variable);
    }
    for (const SecretGrant &grant : grants) {
        if (grant.reaches(candidateId) && values.contains(grant.name))
            variables.append({grant.name, values.value(grant.name), true});
    }
    return CandidateEnvironment(std::move(variables));
}

QList<EnvironmentVariable> CandidateEnvironment::secrets() const
{
    QList<EnvironmentVariable> found;
    for (const EnvironmentVariable &variable : m_variables) {
        if (variable.secret)
            found.append(variable);
    }
    return found;
}

QByteArray CandidateEnvironment::bwrapArguments() const
{
    QByteArray args;
    for (const EnvironmentVariable &variable : m_variables) {
        args += "--setenv";
        args += '\0';
        args += variable.name.toUtf8();
        args += '\0';
        args += variable.value;
        args += '\0';
    }
    return args;
}

QByteArray CandidateEnvironment::shellExports() const
{
    QByteArray text;
    for (const EnvironmentVariable &variable : m_variables)
        text += "export " + variable.name.toUtf8() + '=' + shellQuoted(variable.value) + '\n';
    return text;
}

bool CandidateEnvironment::isValidName(const QString &name)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    return valid.match(name).hasMatch();
}

QStringList CandidateEnvironment::reservedNames()
{
    return {QStringLiteral("PATH"), QStringLiteral("HOME"), QStringLiteral("LANG")};
}

QString CandidateEnvironment::nameProblem(const QString &name)
{
    if (!isValidName(name)) {
        return CandidateEnvironmentText::tr(
                       "“%1” is not a valid variable name: use letters, digits and _, not "
                       "starting with a digit.")
                .arg(name);
    }
    if (reservedNames().contains(name)) {
        return CandidateEnvironmentText::tr(
                       "%1 is set by the sandbox itself and cannot be overridden; choose "
                       "another name.")
                .arg(name);
    }
    return {};
}

QString CandidateEnvironment::valueProblem(const QString &name, const QByteArray &value)
{
    if (value.contains('\0'))
        return CandidateEnvironmentText::tr(
                       "The value of %1 contains a NUL byte, which no variable can hold.")
                .arg(name);
    return {};
}

QList<EnvironmentVariable> parseDotenv(const QByteArray &text, QString *error)
{
    QList<EnvironmentVariable> variables;
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray line = lines[i].trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        if (line.startsWith("export "))
            line = line.mid(7).trimmed();
        const qsizetype equals = line.indexOf('=');
        const QString name = QString::fromUtf8(line.left(equals)).trimmed();
        EnvironmentVariable variable{name, {}, false};
        const qsizetype first = i;
        if (equals <= 0 || !dotenvValue(lines, &i, line.mid(equals + 1), &variable.value)) {
            *error = CandidateEnvironmentText::tr("Line %1 is not NAME=VALUE.").arg(first + 1);
            return {};
        }
        if (const QString problem = CandidateEnvironment::nameProblem(name); !problem.isEmpty()) {
            *error = CandidateEnvironmentText::tr("Line %1: %2").arg(first + 1).arg(problem);
            return {};
        }
        variables.append(variable);
    }
    error->clear();
    return variables;
}

bool parseAssignment(const QString &text, EnvironmentVariable *variable, QString *error)
{
    const qsizetype equals = text.indexOf(QLatin1Char('='));
    if (equals <= 0) {
        *error = CandidateEnvironmentText::tr("“%1” is not NAME=VALUE.").arg(text);
        return false;
    }
    variable->name = text.left(equals);
    variable->value = text.mid(equals + 1).toUtf8();
    variable->secret = false;
    *error = CandidateEnvironment::nameProblem(variable->name);
    return error->isEmpty();
}

} // namespace DreamFoundry
