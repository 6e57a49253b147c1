#pragma once

#include <QStringList>

class QWidget;

namespace DreamFoundry {

// Every file dialog of the window goes through here, so GUI tests can answer them instead
// of a person (the seam keepassxc's tests use).
class FileDialog
{
public:
    virtual ~FileDialog() = default;

    static FileDialog &instance();
    // Tests install their own; nullptr restores the real dialogs.
    static void setInstance(FileDialog *dialog);

    virtual QStringList openFiles(QWidget *parent, const QString &caption, const QString &dir,
                                  const QString &filter);
    virtual QString existingFolder(QWidget *parent, const QString &caption, const QString &dir);
};

} // namespace DreamFoundry
