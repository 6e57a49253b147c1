#include "runexport.h"

#include "core/untrustedtext.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace DreamFoundry::RunExport {

namespace {

// Free functions have no tr() of their own: this class gives their strings the context
// DreamFoundry::RunExport, which lupdate can read.
class RunExportText
{
    Q_DECLARE_TR_FUNCTIONS(DreamFoundry::RunExport)
};

// Candidate text as HTML text: markup characters as entities, control characters (escape
// sequences included) as visible escapes. Used for every string, ours too, so nothing is
// ever put in the page unescaped.
QString esc(const QString &text)
{
    return UntrustedText::htmlText(text);
}

QString number(double value)
{
    return QString::number(value, 'f', 1);
}

// The last `count` lines of a log, for a page that stays readable.
QString tail(const QString &text, int count)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    return lines.mid(std::max<qsizetype>(0, lines.size() - count)).join(QLatin1Char('\n'));
}

// No script may run and nothing may load: the page is read as it is, offline.
const char *head = R"(<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%1</title>
<style>
body { font: 15px/1.45 system-ui, sans-serif; margin: 2em auto; max-width: 72em; padding: 0 1em; color: #1d1d1f; }
h1 { font-size: 1.6em; } h2 { margin-top: 2em; border-bottom: 1px solid #ddd; }
table { border-collapse: collapse; margin: 0.5em 0; }
th, td { border: 1px solid #ddd; padding: 0.25em 0.6em; text-align: left; vertical-align: top; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
tr.winner td { font-weight: bold; background: #fff8dc; }
.objective { white-space: pre-wrap; background: #f4f4f6; padding: 0.6em; border-radius: 4px; }
pre { white-space: pre-wrap; overflow-wrap: anywhere; background: #f7f7f9; border: 1px solid #e3e3e8; padding: 0.6em; max-height: 40em; overflow: auto; }
.pass { color: #17803d; } .fail { color: #b42318; }
section.candidate { margin-top: 1.5em; }
</style>
</head>
<body>
)";

QString summary(const RunRecord &run)
{
    QString html = QStringLiteral("<h1>%1</h1>\n<p class=\"objective\">%2</p>\n<ul>\n")
                           .arg(esc(RunExportText::tr("Dream Foundry run")), esc(run.objective));
    html += QStringLiteral("<li>%1</li>\n")
                    .arg(esc(RunExportText::tr("Backend: %1").arg(run.backend)));
    html += QStringLiteral("<li>%1</li>\n")
                    .arg(esc(RunExportText::tr("Started %1, finished %2")
                                     .arg(run.startedAt.toString(Qt::ISODate),
                                          run.finishedAt.toString(Qt::ISODate))));
    html += QStringLiteral("<li>%1</li>\n")
                    .arg(esc(RunExportText::tr("Succeeded: %1 of %2")
                                     .arg(run.succeededCount())
                                     .arg(run.candidates.size())));
    if (run.budgetStop != BudgetStop::None)
        html += QStringLiteral("<li>%1</li>\n")
                        .arg(esc(budgetStopSentence(run.budgetStop, run.settings.plan)));
    if (run.hasRepeats()) { // docs/architecture.md, "Repeats and budgets"
        html += QStringLiteral("<li>%1<ul>\n")
                        .arg(esc(RunExportText::tr(
                                "Each candidate ran %n time(s); ranked by median total:", nullptr,
                                run.settings.plan.repeat)));
        for (const CandidateResult &r : run.candidates)
            html += QStringLiteral("<li>%1: %2</li>\n")
                            .arg(esc(r.candidateId), esc(run.repeatSummary(r.candidateId).text()));
        html += QStringLiteral("</ul></li>\n");
    }
    html += QStringLiteral("<li>%1</li>\n</ul>\n")
                    .arg(esc(RunExportText::tr(
                                     "Scorer: %1; weights success %2, quality %3, speed %4")
                                     .arg(run.scoring.scorer,
                                          QString::number(run.scoring.weights.success),
                                          QString::number(run.scoring.weights.quality),
                                          QString::number(run.scoring.weights.speed))));
    return html;
}

QString standing(const CandidateResult &r)
{
    if (!r.score)
        return RunExportText::tr("unscored");
    if (const Gate *failed = r.score->disqualifiedBy())
        return RunExportText::tr("disqualified by %1").arg(failed->id);
    return r.score->unscored ? RunExportText::tr("unscored: %1").arg(r.score->unscoredReason)
                             : QString();
}

QString ranking(const RunRecord &run)
{
    QString html = QStringLiteral("<h2>%1</h2>\n").arg(esc(RunExportText::tr("Ranking")));
    html += QStringLiteral("<p>%1</p>\n")
                    .arg(esc(run.winner.exists()
                                     ? (run.winner.manual
                                                ? RunExportText::tr("Winner: %1 (picked by hand)")
                                                : RunExportText::tr("Winner: %1"))
                                               .arg(run.winner.candidateId)
                                     : run.winner.note));
    html += QStringLiteral("<table>\n<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th>"
                           "<th>%6</th><th>%7</th><th>%8</th><th>%9</th></tr>\n")
                    .arg(esc(RunExportText::tr("Rank")), esc(RunExportText::tr("Candidate")),
                         esc(RunExportText::tr("Status")), esc(RunExportText::tr("Total")),
                         esc(RunExportText::tr("Success")), esc(RunExportText::tr("Quality")),
                         esc(RunExportText::tr("Speed")), esc(RunExportText::tr("Runtime")),
                         esc(RunExportText::tr("Standing")));
    QList<CandidateResult> ordered = run.candidates;
    std::ranges::stable_sort(ordered, [](const CandidateResult &a, const CandidateResult &b) {
        const int ra = a.score && a.score->rank > 0 ? a.score->rank : INT_MAX;
        const int rb = b.score && b.score->rank > 0 ? b.score->rank : INT_MAX;
        return ra < rb;
    });
    for (const CandidateResult &r : std::as_const(ordered)) {
        const bool scored = r.score.has_value();
        const auto quality = scored ? r.score->quality() : std::nullopt;
        html += QStringLiteral("<tr%1><td class=\"n\">%2</td><td>%3</td><td>%4</td>"
                               "<td class=\"n\">%5</td><td class=\"n\">%6</td>"
                               "<td class=\"n\">%7</td><td class=\"n\">%8</td>"
                               "<td class=\"n\">%9</td>")
                        .arg(run.winner.candidateId == r.candidateId
                                     ? QStringLiteral(" class=\"winner\"")
                                     : QString(),
                             scored && r.score->rank > 0 ? QString::number(r.score->rank)
                                                         : QStringLiteral("-"),
                             esc(r.candidateId), esc(stateName(r.state)),
                             scored ? number(r.score->total) : QString(),
                             scored ? number(r.score->success) : QString(),
                             quality ? number(*quality) : QString(),
                             scored ? number(r.score->speed) : QString(),
                             esc(RunExportText::tr("%1 s").arg(r.runtimeSeconds, 0, 'f', 2)));
        html += QStringLiteral("<td>%1</td></tr>\n").arg(esc(standing(r)));
    }
    return html + QStringLiteral("</table>\n");
}

// Each candidate's total (0-100) and runtime (against the slowest) as two bars.
QString chart(const RunRecord &run)
{
    constexpr int rowHeight = 34, labelWidth = 160, barWidth = 300, gap = 70;
    double slowest = 0.001;
    for (const CandidateResult &r : run.candidates)
        slowest = std::max(slowest, r.runtimeSeconds);
    const int height = int(run.candidates.size()) * rowHeight + 30;
    const int width = labelWidth + 2 * (barWidth + gap);
    QString svg = QStringLiteral("<h2>%1</h2>\n<svg xmlns=\"http://www.w3.org/2000/svg\" "
                                 "width=\"%2\" height=\"%3\" role=\"img\" "
                                 "font-family=\"system-ui, sans-serif\" font-size=\"12\">\n")
                          .arg(esc(RunExportText::tr("Totals and runtimes")))
                          .arg(width)
                          .arg(height);
    svg += QStringLiteral("<text x=\"%1\" y=\"14\">%2</text><text x=\"%3\" y=\"14\">%4</text>\n")
                   .arg(labelWidth)
                   .arg(esc(RunExportText::tr("Total (0-100)")))
                   .arg(labelWidth + barWidth + gap)
                   .arg(esc(RunExportText::tr("Runtime (s)")));
    int y = 24;
    for (const CandidateResult &r : run.candidates) {
        const double total = r.score ? r.score->total : 0;
        const int totalWidth = int(barWidth * std::clamp(total, 0.0, 100.0) / 100.0);
        const int timeWidth = int(barWidth * r.runtimeSeconds / slowest);
        svg += QStringLiteral("<text x=\"0\" y=\"%1\">%2</text>\n")
                       .arg(y + 15)
                       .arg(esc(r.candidateId.left(24)));
        svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"20\" fill=\"%4\"/>"
                              "<text x=\"%5\" y=\"%6\">%7</text>\n")
                       .arg(labelWidth)
                       .arg(y)
                       .arg(totalWidth)
                       .arg(r.succeeded() ? QStringLiteral("#3b82f6") : QStringLiteral("#d1d5db"))
                       .arg(labelWidth + totalWidth + 4)
                       .arg(y + 15)
                       .arg(number(total));
        svg += QStringLiteral(
                       "<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"20\" fill=\"#f59e0b\"/>"
                       "<text x=\"%4\" y=\"%5\">%6</text>\n")
                       .arg(labelWidth + barWidth + gap)
                       .arg(y)
                       .arg(timeWidth)
                       .arg(labelWidth + barWidth + gap + timeWidth + 4)
                       .arg(y + 15)
                       .arg(QString::number(r.runtimeSeconds, 'f', 2));
        y += rowHeight;
    }
    return svg + QStringLiteral("</svg>\n");
}

QString gates(const ScoreCard &card)
{
    QString html = QStringLiteral("<table>\n");
    for (const Gate &gate : card.gates)
        html += QStringLiteral("<tr><td class=\"%1\">%2</td><td>%3</td><td>%4</td></tr>\n")
                        .arg(gate.passed ? QStringLiteral("pass") : QStringLiteral("fail"),
                             gate.passed ? esc(RunExportText::tr("passed"))
                                         : esc(RunExportText::tr("failed")),
                             esc(gate.id), esc(gate.reason));
    html += QStringLiteral("</table>\n");
    if (!card.details.isEmpty())
        html += QStringLiteral("<pre>%1</pre>\n").arg(esc(card.details.join(QLatin1Char('\n'))));
    return html;
}

QString artifact(const CandidateResult &r)
{
    if (!r.hasArtifact())
        return QStringLiteral("<p>%1</p>\n").arg(esc(RunExportText::tr("No artifact.")));
    const QString about
            = RunExportText::tr("%1, %2 bytes, sha256 %3")
                      .arg(r.artifactName, QString::number(r.artifactSize), r.artifactSha256);
    if (!r.artifactContent)
        return QStringLiteral("<p>%1</p>\n")
                .arg(esc(about + QLatin1Char(' ')
                         + RunExportText::tr("(binary or too large to show)")));
    return QStringLiteral("<p>%1</p>\n<pre>%2</pre>\n").arg(esc(about), esc(*r.artifactContent));
}

QString candidate(const CandidateResult &r, int index)
{
    constexpr int logLines = 40;
    QString html
            = QStringLiteral("<section class=\"candidate\" id=\"candidate-%1\">\n"
                             "<h3>%2</h3>\n")
                      .arg(index)
                      .arg(esc(RunExportText::tr("%1: %2").arg(r.candidateId, stateName(r.state))));
    if (!r.errorMessage.isEmpty())
        html += QStringLiteral("<p class=\"fail\">%1</p>\n").arg(esc(r.errorMessage));
    if (r.score)
        html += gates(*r.score);
    html += QStringLiteral("<h4>%1</h4>\n").arg(esc(RunExportText::tr("Artifact"))) + artifact(r);
    html += QStringLiteral("<h4>%1</h4>\n<pre>%2</pre>\n")
                    .arg(esc(RunExportText::tr("Output, stdout and stderr (last %1 lines)")
                                     .arg(logLines)),
                         esc(tail(r.output, logLines)));
    return html + QStringLiteral("</section>\n");
}

} // namespace

QByteArray toHtml(const RunRecord &run)
{
    QString html = QString::fromUtf8(head).arg(
            esc(RunExportText::tr("Dream Foundry run: %1")
                        .arg(run.objective.section(QLatin1Char('\n'), 0, 0))));
    html += summary(run) + ranking(run) + chart(run);
    html += QStringLiteral("<h2>%1</h2>\n").arg(esc(RunExportText::tr("Candidates")));
    for (int i = 0; i < run.candidates.size(); ++i)
        html += candidate(run.candidates[i], i + 1);
    html += QStringLiteral("</body>\n</html>\n");
    return html.toUtf8();
}

} // namespace DreamFoundry::RunExport
