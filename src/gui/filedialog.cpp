#include "filedialog.h"

#include <QFileDialog>

namespace DreamFoundry {

namespace {

FileDialog *installed = nullptr;

QFileDialog *windowModalDialog(QWidget *parent, const QString &caption, const QString &dir)
{
    auto *dialog = new QFileDialog(parent, caption, dir);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    return dialog;
}

} // namespace

FileDialog &FileDialog::instance()
{
    static FileDialog real;
    return installed ? *installed : real;
}

void FileDialog::setInstance(FileDialog *dialog)
{
    installed = dialog;
}

void FileDialog::openFiles(QWidget *parent, const QString &caption, const QString &dir,
                           const QString &filter, FilesChosen chosen)
{
    QFileDialog *dialog = windowModalDialog(parent, caption, dir);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setNameFilter(filter);
    QObject::connect(dialog, &QFileDialog::filesSelected, parent,
                     [chosen = std::move(chosen)](const QStringList &files) {
                         if (!files.isEmpty())
                             chosen(files);
                     });
    dialog->open();
}

void FileDialog::existingFolder(QWidget *parent, const QString &caption, const QString &dir,
                                FolderChosen chosen)
{
    QFileDialog *dialog = windowModalDialog(parent, caption, dir);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    QObject::connect(dialog, &QFileDialog::fileSelected, parent,
                     [chosen = std::move(chosen)](const QString &folder) {
                         if (!folder.isEmpty())
                             chosen(folder);
                     });
    dialog->open();
}

} // namespace DreamFoundry
