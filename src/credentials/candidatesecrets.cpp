#include "candidatesecrets.h"

#include <QCoreApplication>
#include <QStringDecoder>
#include <QTimer>

namespace DreamFoundry {

namespace {

class CandidateSecretsText
{
    Q_DECLARE_TR_FUNCTIONS(DreamFoundry::CandidateSecrets)
};

QStringList namesIn(const QString &index)
{
    QStringList names = index.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    names.removeDuplicates();
    names.sort();
    return names;
}

} // namespace

CandidateSecrets::CandidateSecrets(CredentialStore &store, QObject *parent)
    : QObject(parent), m_store(store)
{}

QString CandidateSecrets::keyFor(const QString &name)
{
    return QStringLiteral("secret:") + name;
}

QString CandidateSecrets::indexKey()
{
    return QStringLiteral("candidate-secret-names");
}

QString CandidateSecrets::valueProblem(const QString &name, const QByteArray &value)
{
    if (value.isEmpty())
        return CandidateSecretsText::tr("The value of %1 is empty.").arg(name);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    [[maybe_unused]] const QString decoded = decoder(value); // decodes on the conversion
    if (decoder.hasError())
        return CandidateSecretsText::tr(
                       "The value of %1 is not UTF-8 text; the keychain keeps text.")
                .arg(name);
    return CandidateEnvironment::valueProblem(name, value);
}

void CandidateSecrets::list(QObject *context, Listed done)
{
    m_store.read(indexKey(), context, [done](const CredentialResult &result) {
        if (result.ok() || result.error == CredentialError::NotFound)
            return done(namesIn(result.secret), {});
        done({}, result.message);
    });
}

void CandidateSecrets::set(const QString &name, const QByteArray &value, QObject *context,
                           Done done)
{
    QString problem = CandidateEnvironment::nameProblem(name);
    if (problem.isEmpty())
        problem = valueProblem(name, value);
    if (!problem.isEmpty()) {
        QTimer::singleShot(0, context, [done, problem] { done(problem); });
        return;
    }
    m_store.write(keyFor(name), QString::fromUtf8(value), context,
                  [this, name, context, done](const CredentialResult &result) {
                      if (!result.ok())
                          return done(result.message);
                      updateIndex(name, true, context, done);
                  });
}

void CandidateSecrets::remove(const QString &name, QObject *context, Done done)
{
    m_store.remove(keyFor(name), context,
                   [this, name, context, done](const CredentialResult &result) {
                       if (!result.ok())
                           return done(result.message);
                       updateIndex(name, false, context, done);
                   });
}

void CandidateSecrets::updateIndex(const QString &name, bool present, QObject *context, Done done)
{
    list(context, [this, name, present, context, done](QStringList names, const QString &error) {
        if (!error.isEmpty())
            return done(error);
        if (names.contains(name) == present)
            return done({});
        if (present)
            names.append(name);
        else
            names.removeAll(name);
        names.sort();
        m_store.write(indexKey(), names.join(QLatin1Char('\n')), context,
                      [done](const CredentialResult &result) {
                          done(result.ok() ? QString() : result.message);
                      });
    });
}

void CandidateSecrets::read(const QStringList &names, QObject *context, Read done)
{
    readNext(names, {}, context, std::move(done));
}

void CandidateSecrets::readNext(QStringList names, SecretValues values, QObject *context, Read done)
{
    if (names.isEmpty()) {
        QTimer::singleShot(0, context, [done, values] { done(values, {}); });
        return;
    }
    const QString name = names.takeFirst();
    m_store.read(
            keyFor(name), context,
            [this, name, names, values, context, done](const CredentialResult &result) mutable {
                if (result.error == CredentialError::NotFound)
                    return done({},
                                CandidateSecretsText::tr(
                                        "The secret %1 is not in the keychain; add it with "
                                        "`dreamfoundry secret set %1` or in Settings > "
                                        "Candidate Secrets.")
                                        .arg(name));
                if (!result.ok())
                    return done({},
                                CandidateSecretsText::tr("The secret %1 could not be read: %2")
                                        .arg(name, result.message));
                values.insert(name, result.secret.toUtf8());
                readNext(names, values, context, done);
            });
}

} // namespace DreamFoundry
