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

void FileDialog::saveFile(QWidget *parent, const QString &caption, const QString &path,
                          const QStringList &filters, FilesChosen chosen)
{
    QFileDialog *dialog = windowModalDialog(parent, caption, path);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilters(filters);
    // "HTML page (*.html)" gives "html".
    const auto suffixOf = [](const QString &filter) {
        return filter.section(QStringLiteral("*."), 1).section(QLatin1Char(')'), 0, 0);
    };
    QObject::connect(dialog, &QFileDialog::filterSelected, dialog,
                     [dialog, suffixOf](const QString &filter) {
                         dialog->setDefaultSuffix(suffixOf(filter));
                     });
    dialog->setDefaultSuffix(suffixOf(filters.value(0)));
    QObject::connect(dialog, &QFileDialog::fileSelected, parent,
                     [chosen = std::move(chosen)](const QString &file) {
                         if (!file.isEmpty())
                             chosen({file});
                     });
    dialog->open();
}

} // namespace DreamFoundry
