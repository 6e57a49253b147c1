#include "safemarkdownview.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QTextDocument>

namespace DreamFoundry {

SafeMarkdownView::SafeMarkdownView(QWidget *parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    m_opener = [](const QUrl &url) {
        QDesktopServices::openUrl(url);
    };
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
            confirmLink(url);
    });
}

QMessageBox *SafeMarkdownView::linkConfirmation() const
{
    return m_confirmation;
}

void SafeMarkdownView::confirmLink(const QUrl &url)
{
    if (m_confirmation)
        m_confirmation->close(); // the newest click is the one asked about
    // The encoded form: an internationalised host shows as its xn-- name, so a look-alike
    // letter cannot pass for the real one, and plain text, so the URL cannot format itself.
    auto *box = new QMessageBox(QMessageBox::Question, tr("Open link"),
                                tr("This artifact was written by a candidate. Open this link in "
                                   "your browser?\n\n%1")
                                        .arg(QString::fromLatin1(url.toEncoded())),
                                QMessageBox::Open | QMessageBox::Cancel, this);
    box->setTextFormat(Qt::PlainText);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, url] {
        if (box->clickedButton() == box->button(QMessageBox::Open))
            m_opener(url);
    });
    m_confirmation = box;
    box->open();
}

void SafeMarkdownView::setResourceFolder(const QString &folder)
{
    m_folder = folder.isEmpty() ? QString() : QFileInfo(folder).canonicalFilePath();
}

QString SafeMarkdownView::allowedFile(const QUrl &name) const
{
    if (m_folder.isEmpty())
        return {};
    QString path;
    if (name.isRelative() && name.host().isEmpty())
        path = QDir(m_folder).filePath(name.path());
    else if (name.isLocalFile())
        path = name.toLocalFile();
    else
        return {}; // http, https, ftp, qrc, data and the rest: never
    const QFileInfo file(path);
    const QString canonical = file.canonicalFilePath(); // empty when it does not exist
    if (canonical.isEmpty() || !canonical.startsWith(m_folder + QLatin1Char('/')) || !file.isFile()
        || file.size() > maxImageBytes)
        return {};
    return canonical;
}

QVariant SafeMarkdownView::loadResource(int type, const QUrl &name)
{
    // Never a null QVariant: given one, QTextDocument reads the file itself, from any folder
    // (relative names from the working folder). An empty answer shows a broken image instead.
    const QVariant refused = QVariant::fromValue(QByteArray());
    const QString file = type == QTextDocument::ImageResource ? allowedFile(name) : QString();
    if (file.isEmpty()) {
        if (m_refused.size() < maxRefusedKept) // a document may name thousands
            m_refused.append(name);
        return refused;
    }
    QFile image(file);
    if (!image.open(QIODevice::ReadOnly))
        return refused;
    return image.readAll();
}

} // namespace DreamFoundry
