#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;
class QToolButton;

namespace DreamFoundry {

// A message above the results that is too long or too important for the status bar: an icon,
// the whole text wrapped, an optional button that acts on it, and a close button. One message
// at a time; the newest replaces the one shown. Hidden while it has nothing to say.
class InfoBar final : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Information, Warning };

    explicit InfoBar(QWidget *parent = nullptr);

    // `topic` names what the message is about, so that clear(topic) takes it away once it no
    // longer holds without taking away another message shown since.
    void showMessage(Kind kind, const QString &text, const QString &topic = {},
                     const QString &actionText = {}, std::function<void()> action = {});
    void clear(const QString &topic);
    void dismiss();

    QString text() const;
    QString topic() const { return m_topic; }
    Kind kind() const { return m_kind; }

private:
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_action;
    QToolButton *m_close;
    std::function<void()> m_onAction;
    QString m_topic;
    Kind m_kind = Kind::Information;
};

} // namespace DreamFoundry
