#pragma once

#include <QTextBrowser>

namespace DreamFoundry {

// A rendered Markdown artifact. Artifacts are untrusted: the document may name images or
// other resources anywhere, and QTextDocument would fetch them. This view loads only image
// files inside the artifact's own folder (after resolving symbolic links) and nothing from the
// network or elsewhere on disk; links open in the browser only when a person clicks an http(s)
// one.
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

private:
    QString allowedFile(const QUrl &name) const;

    QString m_folder; // canonical
    QList<QUrl> m_refused;
};

} // namespace DreamFoundry
