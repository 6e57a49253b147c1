#pragma once

#include <QPointer>
#include <QTextBrowser>

#include <functional>

class QMessageBox;

namespace DreamFoundry {

// A rendered Markdown artifact. Artifacts are untrusted: the document may name images or
// other resources anywhere, and QTextDocument would fetch them. This view loads only image
// files inside the artifact's own folder (after resolving symbolic links) and nothing from the
// network or elsewhere on disk. A link opens in the browser only when a person clicks an
// http(s) one and then confirms, in a dialog showing the whole URL, that it is the one they
// meant: the text of a link need not say where it goes.
class SafeMarkdownView final : public QTextBrowser
{
    Q_OBJECT
public:
    // Images bigger than this are not loaded, even from the artifact's folder.
    static constexpr qint64 maxImageBytes = 16 * 1024 * 1024;
    static constexpr qsizetype maxRefusedKept = 100;

    explicit SafeMarkdownView(QWidget *parent = nullptr);

    // The artifact's folder: the only place resources may come from. Empty: none at all.
    void setResourceFolder(const QString &folder);
    // The first URLs the document asked for and was refused (for tests).
    const QList<QUrl> &refusedResources() const { return m_refused; }

    QVariant loadResource(int type, const QUrl &name) override;

    // What opens a confirmed link; QDesktopServices::openUrl unless a test replaces it.
    using UrlOpener = std::function<void(const QUrl &)>;
    void setUrlOpener(UrlOpener opener) { m_opener = std::move(opener); }
    // The open confirmation, if one is showing (for tests).
    QMessageBox *linkConfirmation() const;

private:
    QString allowedFile(const QUrl &name) const;
    void confirmLink(const QUrl &url);

    QString m_folder; // canonical
    QList<QUrl> m_refused;
    UrlOpener m_opener;
    QPointer<QMessageBox> m_confirmation;
};

} // namespace DreamFoundry
