#include "filedialog.h"

#include <QFileDialog>

namespace DreamFoundry {

namespace {
FileDialog *installed = nullptr;
}

FileDialog &FileDialog::instance()
{
    static FileDialog real;
    return installed ? *installed : real;
}

void FileDialog::setInstance(FileDialog *dialog)
{
    installed = dialog;
}

QStringList FileDialog::openFiles(QWidget *parent, const QString &caption, const QString &dir,
                                  const QString &filter)
{
    return QFileDialog::getOpenFileNames(parent, caption, dir, filter);
}

QString FileDialog::existingFolder(QWidget *parent, const QString &caption, const QString &dir)
{
    return QFileDialog::getExistingDirectory(parent, caption, dir);
}

} // namespace DreamFoundry
