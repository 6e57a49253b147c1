#pragma once

#include "core/candidatestate.h"
#include "core/runsettings.h"

#include <QString>

namespace DreamFoundry {

// What the window knows that decides whether an action can work now.
struct WindowState
{
    BackendChoice backend = BackendChoice::Local;
    bool daytonaConfigured = false; // an API key and a valid URL
    QString daytonaProblem; // why Daytona cannot be used, in the window's words
    bool running = false; // a run is under way
    bool scoring = false; // the run on screen is being scored
    bool scoresPending = false; // scores being saved or re-scored, or waiting to be
    int candidateCount = 0; // scripts in the candidate list
    int selectedCandidates = 0; // selected in the candidate list
    QString objectiveProblem; // why the objective cannot be run, or empty
    QString scoringProblem; // why the Scoring panel's settings cannot be used, or empty
    bool runOnScreen = false; // a finished or opened run is on screen
    bool savedRunOnScreen = false; // ... and it is in a results folder
    int rows = 0; // rows of the run table
    int failedRows = 0; // rows that ended without success
    int selectedRows = 0; // rows selected in the run table
    int maxCompared = 4; // panes of the comparison viewer
    bool hasCurrentRow = false;
    CandidateState currentState = CandidateState::Queued; // of the current row
    QString runShortcut; // "Ctrl+R", for Run's tooltip
};

// Whether one action or control can be used, and its tooltip: what it does, or why not.
struct Availability
{
    bool enabled = true;
    QString toolTip;
};

// Every action and control that depends on the window's state, decided in one place so that
// the menu, the buttons and the context menu never disagree.
struct WindowAvailability
{
    Availability run;
    Availability cancelAll;
    Availability rerunFailed;
    Availability rerunCandidate; // the current row's "Rerun This Candidate"
    Availability cancelCandidate; // the current row's "Cancel This Candidate"
    Availability addCandidates; // Add..., Add Samples and dropping scripts
    Availability removeCandidates;
    Availability openResults; // Open Results... and Recent Results
    Availability saveResultsAs;
    Availability exportResults;
    Availability compare;
    Availability cleanUpSandboxes;
    Availability runSettings; // backend, timeout and parallel
    Availability network;
    Availability rescore;
};

WindowAvailability windowAvailability(const WindowState &state);

} // namespace DreamFoundry
