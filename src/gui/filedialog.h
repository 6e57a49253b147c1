#pragma once

#include <QStringList>

#include <functional>

class QWidget;

namespace DreamFoundry {

// Every file dialog of the window goes through here, so GUI tests can answer them instead
// of a person (the seam keepassxc's tests use). The dialogs are window-modal and open with
// open(), never exec(): a run keeps streaming while the dialog is up. The answer comes
// through the callback, and only when the person chose something.
class FileDialog
{
public:
    using FilesChosen = std::function<void(const QStringList &files)>;
    using FolderChosen = std::function<void(const QString &folder)>;

    virtual ~FileDialog() = default;

    static FileDialog &instance();
    // Tests install their own; nullptr restores the real dialogs.
    static void setInstance(FileDialog *dialog);

    // `parent` is also the callback's context: no answer reaches a window that is gone.
    virtual void openFiles(QWidget *parent, const QString &caption, const QString &dir,
                           const QString &filter, FilesChosen chosen);
    virtual void existingFolder(QWidget *parent, const QString &caption, const QString &dir,
                                FolderChosen chosen);
    // A file to write: `filters` name the formats ("HTML page (*.html)"); the chosen file
    // gets the extension of the chosen filter when it has none.
    virtual void saveFile(QWidget *parent, const QString &caption, const QString &path,
                          const QStringList &filters, FilesChosen chosen);
};

} // namespace DreamFoundry
