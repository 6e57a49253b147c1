#include "scorerscript.h"

#include "runner/runsession.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cmath>

namespace DreamFoundry {

namespace {

// Free functions have no tr() of their own: this class gives their strings the context
// DreamFoundry::ScorerScript, which lupdate can read.
class ScorerScriptText
{
    Q_DECLARE_TR_FUNCTIONS(DreamFoundry::ScorerScript)
};

// A gate from the script: {"id": "...", "passed": true|false, "reason": "..."}.
std::optional<Gate> gateOf(const QJsonValue &value, QString *problem)
{
    const QJsonObject json = value.toObject();
    const QJsonValue id = json.value(QStringLiteral("id"));
    const QJsonValue passed = json.value(QStringLiteral("passed"));
    if (!value.isObject() || !id.isString() || id.toString().isEmpty() || !passed.isBool()) {
        *problem = ScorerScriptText::tr(
                "The scorer gave a gate without a text \"id\" and a true/false \"passed\".");
        return std::nullopt;
    }
    return Gate{id.toString(), passed.toBool(), json.value(QStringLiteral("reason")).toString()};
}

ScorerVerdict verdictOf(const QJsonValue &value)
{
    ScorerVerdict verdict;
    const QJsonObject json = value.toObject();
    const QJsonValue quality = json.value(QStringLiteral("quality"));
    if (!value.isObject()) {
        verdict.problem = ScorerScriptText::tr("The scorer's entry is not an object.");
        return verdict;
    }
    if (!quality.isDouble() || !std::isfinite(quality.toDouble())) {
        verdict.problem = ScorerScriptText::tr("The scorer gave no number as \"quality\".");
        return verdict;
    }
    if (quality.toDouble() < 0 || quality.toDouble() > 100) {
        verdict.problem = ScorerScriptText::tr("The scorer gave quality %1, outside 0 to 100.")
                                  .arg(QString::number(quality.toDouble(), 'g', 6));
        return verdict;
    }
    verdict.quality = quality.toDouble();
    for (const QJsonValue &gate : json.value(QStringLiteral("gates")).toArray()) {
        const std::optional<Gate> parsed = gateOf(gate, &verdict.problem);
        if (!parsed) {
            verdict.quality.reset();
            return verdict;
        }
        verdict.gates.append(*parsed);
    }
    for (const QJsonValue &line : json.value(QStringLiteral("details")).toArray())
        verdict.details.append(line.toString());
    return verdict;
}

} // namespace

ScorerOutput parseScorerOutput(const QByteArray &json, const QStringList &candidateIds)
{
    ScorerOutput output;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        output.error = json.trimmed().isEmpty()
                ? ScorerScriptText::tr("The scorer printed nothing on stdout.")
                : ScorerScriptText::tr("The scorer's output is not a JSON object: %1.")
                          .arg(parseError.errorString());
        return output;
    }
    const QJsonValue candidates = doc.object().value(QStringLiteral("candidates"));
    if (!candidates.isObject()) {
        output.error = ScorerScriptText::tr("The scorer's output has no \"candidates\" object.");
        return output;
    }
    const QJsonObject byId = candidates.toObject();
    for (auto it = byId.begin(); it != byId.end(); ++it) {
        if (candidateIds.contains(it.key()))
            output.verdicts.insert(it.key(), verdictOf(it.value()));
        else
            output.unknownIds.append(it.key());
    }
    return output;
}

ScorerScriptRun::ScorerScriptRun(Backend &backend, QObject *parent)
    : QObject(parent), m_backend(backend)
{}

ScorerScriptRun::~ScorerScriptRun() = default;

void ScorerScriptRun::start(const QString &scriptPath, const QString &resultsDir,
                            int timeoutSeconds)
{
    m_collectDir = std::make_unique<QTemporaryDir>();
    SandboxJob job;
    job.candidate = {QStringLiteral("scorer"), scriptPath};
    job.settings.timeoutSeconds = timeoutSeconds;
    job.settings.network = false;
    job.runId = QStringLiteral("score");
    job.collectDir = m_collectDir->path();
    job.readOnlyInputDir = resultsDir;
    m_session = new RunSession(job, m_backend.name(), this);
    connect(m_session, &RunSession::outputReceived, this,
            [this](OutputStream stream, const QByteArray &chunk) {
                if (stream != OutputStream::Stdout)
                    return; // the session keeps stderr's tail
                if (m_outcome.output.size() + chunk.size() > maxOutputBytes)
                    m_outcome.outputTooLarge = true;
                else
                    m_outcome.output += chunk;
            });
    connect(m_session, &RunSession::finished, this, &ScorerScriptRun::onFinished);
    m_session->start(m_backend);
}

void ScorerScriptRun::cancel()
{
    if (m_session)
        m_session->cancel();
}

void ScorerScriptRun::onFinished()
{
    const CandidateResult &result = m_session->result();
    m_outcome.exitCode = result.exitCode;
    m_outcome.timedOut = result.state == CandidateState::TimedOut;
    m_outcome.errorOutput = result.errorOutput;
    if (result.state == CandidateState::Error)
        m_outcome.error = result.errorMessage;
    Q_EMIT finished(m_outcome);
}

} // namespace DreamFoundry
