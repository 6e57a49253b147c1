#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace DreamFoundry {

// One variable a candidate gets beyond PATH, HOME and LANG. A secret's value comes from the
// keychain and is redacted from everything the candidate prints (SecretRedactor).
struct EnvironmentVariable
{
    QString name;
    QByteArray value;
    bool secret = false;

    friend bool operator==(const EnvironmentVariable &, const EnvironmentVariable &) = default;
};

// A secret a run passes, by name: to every candidate (`candidates` empty) or to those named.
// Only this is saved with a run, never the value.
struct SecretGrant
{
    QString name;
    QStringList candidates;

    bool reaches(const QString &candidateId) const
    {
        return candidates.isEmpty() || candidates.contains(candidateId);
    }
    friend bool operator==(const SecretGrant &, const SecretGrant &) = default;
};

// The secrets' values, read from the keychain when the run starts, by name.
using SecretValues = QHash<QString, QByteArray>;

// The variables one candidate gets, and how each backend hands them over without putting a
// value on a command line (docs/architecture.md, "Candidate secrets and environment").
class CandidateEnvironment
{
public:
    CandidateEnvironment() = default;
    explicit CandidateEnvironment(QList<EnvironmentVariable> variables);

    // The plain variables and the granted secrets that reach `candidateId`; secrets last, so a
    // secret wins over a plain variable of the same name.
    static CandidateEnvironment forCandidate(const QList<EnvironmentVariable> &plain,
                                             const QList<SecretGrant> &grants,
                                             const SecretValues &values,
                                             const QString &candidateId);

    const QList<EnvironmentVariable> &variables() const { return m_variables; }
    bool isEmpty() const { return m_variables.isEmpty(); }
    QList<EnvironmentVariable> secrets() const;

    // `--setenv NAME VALUE ...` for bwrap, NUL-separated, to be read from a descriptor with
    // bwrap's --args: arguments read that way are in no process's /proc/<pid>/cmdline.
    QByteArray bwrapArguments() const;
    // `export NAME='VALUE'` lines a POSIX shell sources, every byte of a value kept (no NUL
    // can be in one).
    QByteArray shellExports() const;

    // ^[A-Za-z_][A-Za-z0-9_]*$
    static bool isValidName(const QString &name);
    // The variables the sandbox sets itself.
    static QStringList reservedNames();
    // Empty when `name` can be given to a candidate, else a sentence saying why not.
    static QString nameProblem(const QString &name);
    // Empty when `value` can be a variable's value (no NUL byte), else why not.
    static QString valueProblem(const QString &name, const QByteArray &value);

private:
    QList<EnvironmentVariable> m_variables;
};

// Parses a dotenv file: NAME=VALUE lines, an optional `export ` in front, # comments and blank
// lines skipped, a value in single quotes taken as is, one in double quotes unescaped (\n,
// \t, \" and \\) and spanning lines until its closing quote. On a bad line, `error` says which.
QList<EnvironmentVariable> parseDotenv(const QByteArray &text, QString *error);

// "NAME=VALUE" from the command line.
bool parseAssignment(const QString &text, EnvironmentVariable *variable, QString *error);

} // namespace DreamFoundry
