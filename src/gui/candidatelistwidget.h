#pragma once

#include <QListWidget>

namespace DreamFoundry {

// The candidate scripts of the next run: one item per script, its full path in the tooltip
// and in Qt::UserRole. Python files, and folders with a main.py (one candidate each), can be
// dropped in from a file manager.
class CandidateListWidget final : public QListWidget
{
    Q_OBJECT
public:
    explicit CandidateListWidget(QWidget *parent = nullptr);

    QStringList scripts() const;
    // Adds the Python scripts and candidate folders not already listed and returns how many
    // were added; anything else (a folder without main.py) is refused through rejected().
    int addScripts(const QStringList &paths);
    void removeSelected();

Q_SIGNALS:
    void scriptsChanged();
    // Dropped files that are not Python scripts, for a message.
    void rejected(const QStringList &names);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
};

} // namespace DreamFoundry
