#pragma once

#include "candidateresult.h"

#include <QObject>

namespace DreamFoundry {

// A run as it happens, as the live table reads it: each candidate's result so far, by row
// (the candidate's position in the run). candidateChanged() says a row has news; readers
// fetch it when they are ready, so a burst of changes costs them one read.
class RunSource : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual int candidateCount() const = 0;
    virtual CandidateResult result(int row) const = 0;
    // Every counted attempt of the candidate so far, its first (result()) first; more than
    // one in a run with repeats (RunPlan::repeat).
    virtual QList<CandidateResult> attempts(int row) const { return {result(row)}; }
    // Seconds since the candidate started; its final runtime once it ended.
    virtual double elapsedSeconds(int row) const = 0;
    // The same for one of its attempts, by its position in attempts(row).
    virtual double attemptElapsedSeconds(int row, int attempt) const
    {
        return attempt == 0 ? elapsedSeconds(row) : 0.0;
    }

Q_SIGNALS:
    void candidateChanged(int row);
};

} // namespace DreamFoundry
