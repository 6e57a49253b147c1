#include "runexport.h"

#include <QStringList>

namespace DreamFoundry::RunExport {

namespace {

// A spreadsheet runs a cell that starts with one of these as a formula: text from a candidate
// gets a leading apostrophe, which spreadsheets show as text (OWASP's advice for CSV).
bool startsAFormula(const QString &text)
{
    return !text.isEmpty() && QStringView(u"=+-@\t\r").contains(text.front());
}

// RFC 4180: quoted when it holds a comma, a quote or a line break; quotes doubled.
QString field(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"'))
        && !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString textField(const QString &text)
{
    return field(startsAFormula(text) ? QLatin1Char('\'') + text : text);
}

QString number(double value)
{
    return QString::number(value, 'f', 2);
}

QStringList scoreFields(const CandidateResult &r)
{
    if (!r.score)
        return {QString(), QString(), QString(), QString(), QString(), QString()};
    const ScoreCard &card = *r.score;
    const Gate *failed = card.disqualifiedBy();
    return {card.rank > 0 ? QString::number(card.rank) : QString(),
            number(card.success),
            card.quality() ? number(*card.quality()) : QString(),
            number(card.speed),
            number(card.total),
            failed ? textField(failed->id) : QString()};
}

// One attempt's row. In a run with repeats the rank is the candidate's (by its median total),
// on the row of its first attempt; the other attempts' rows leave it empty.
QString row(const CandidateResult &r, const RunWinner &winner)
{
    const QStringList scores = scoreFields(r);
    const QString artifactPath = r.hasArtifact()
            ? attemptFolder(r, false) + QLatin1Char('/') + r.artifactName
            : QString();
    QStringList fields{scores[0],
                       textField(r.candidateId),
                       QString::number(r.attempt),
                       r.repeat > 0 ? QString::number(r.repeat) : QString(),
                       stateName(r.state),
                       r.exitCode ? QString::number(*r.exitCode) : QString(),
                       number(r.runtimeSeconds)};
    const bool won = winner.candidateId == r.candidateId && r.repeat <= 1;
    fields << scores.mid(1, 4) << scores[5] << (won ? QStringLiteral("yes") : QStringLiteral("no"))
           << textField(r.errorMessage) << textField(artifactPath)
           << (r.hasArtifact() ? QString::number(r.artifactSize) : QString()) << r.artifactSha256;
    return fields.join(QLatin1Char(','));
}

} // namespace

QByteArray toCsv(const RunRecord &run)
{
    QStringList lines{QStringLiteral(
            "rank,candidate,attempt,repeat,state,exit_code,runtime_seconds,success,quality,speed,"
            "total,disqualified_by,winner,error_message,artifact_path,artifact_size,"
            "artifact_sha256")};
    // Each candidate's attempts together, first to last (RunRecord::attemptsOf).
    for (const CandidateResult &first : run.candidates) {
        const QList<CandidateResult> attempts
                = run.hasRepeats() ? run.attemptsOf(first.candidateId) : QList{first};
        for (const CandidateResult &r : attempts)
            lines.append(row(r, run.winner));
    }
    return (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
}

} // namespace DreamFoundry::RunExport
