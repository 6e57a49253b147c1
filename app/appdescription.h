#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>

class QCommandLineParser;

// What the command line (main.cpp) and the window's program (window.cpp) say of the app alike.

// Name, version and translations, once the application object exists.
void describeApplication();

// The window's options: the command line lists them in --help, the window's program reads them.
struct WindowOptions
{
    QCommandLineOption samples{
            QStringLiteral("samples"),
            QCoreApplication::translate("main", "Open with the sample candidates.")};
    QCommandLineOption backend{QStringLiteral("backend"),
                               QCoreApplication::translate("main", "local, daytona or auto."),
                               QStringLiteral("name")};
};

void describeWindowCommandLine(QCommandLineParser &parser, const WindowOptions &options);

// `dreamfoundry compare ... --window`: the comparison opens in a window of its own.
bool wantsCompareWindow(int argc, char *argv[]);
