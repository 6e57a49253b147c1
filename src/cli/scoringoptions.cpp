#include "scoringoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace DreamFoundry {

namespace {

// Free functions have no tr() of their own: this class gives their strings the context
// DreamFoundry::ScoringOptions, which lupdate can read.
class ScoringOptionsText
{
    Q_DECLARE_TR_FUNCTIONS(DreamFoundry::ScoringOptions)
};

} // namespace

ScoringOptions::ScoringOptions()
    : weights(QStringLiteral("weights"),
              ScoringOptionsText::tr("How much success, quality and speed count in the total "
                                     "(default 0.2,0.6,0.2)."),
              QStringLiteral("S,Q,V"))
    , scorer(QStringLiteral("scorer"),
             ScoringOptionsText::tr("What judges the artifacts' quality: events (the sample event "
                                    "lists, the default), "
                                    "plain (gates only) or a scorer script."),
             QStringLiteral("FILE|events|plain"))
{}

void ScoringOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({weights, scorer});
}

QString ScoringOptions::read(const QCommandLineParser &parser, ScoringSettings *settings,
                             QString *note) const
{
    if (parser.isSet(weights)) {
        QString error;
        const std::optional<ScoreWeights> parsed
                = ScoreWeights::parse(parser.value(weights), &error);
        if (!parsed)
            return ScoringOptionsText::tr("--weights: %1").arg(error);
        settings->weights = *parsed;
        *note = parsed->normalisationNote();
    }
    if (parser.isSet(scorer)) {
        const QString value = parser.value(scorer);
        if (value == QLatin1StringView(ScoringSettings::eventsScorer)
            || value == QLatin1StringView(ScoringSettings::plainScorer)) {
            settings->scorer = value;
        } else {
            const QFileInfo script(value);
            if (!script.isFile() || !script.isReadable())
                return ScoringOptionsText::tr("--scorer: \"%1\" is neither events, plain nor a "
                                              "readable scorer script.")
                        .arg(value);
            settings->scorer = script.absoluteFilePath();
        }
    }
    return {};
}

} // namespace DreamFoundry
