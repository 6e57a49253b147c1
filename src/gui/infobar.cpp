#include "infobar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace DreamFoundry {

InfoBar::InfoBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_action(new QPushButton(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("infoBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    m_icon->setAlignment(Qt::AlignTop);
    m_text->setObjectName(QStringLiteral("infoBarText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText); // messages may quote paths and outside text
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_action->setObjectName(QStringLiteral("infoBarActionButton"));
    m_close->setObjectName(QStringLiteral("infoBarCloseButton"));
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Close this message"));
    m_close->setAccessibleName(tr("Close this message")); // an icon alone names nothing

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 4, 4);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action, 0, Qt::AlignVCenter);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    connect(m_close, &QToolButton::clicked, this, &InfoBar::dismiss);
    connect(m_action, &QPushButton::clicked, this, [this] {
        const std::function<void()> action = m_onAction; // the action may show a new message
        dismiss();
        if (action)
            action();
    });
    hide();
}

void InfoBar::showMessage(Kind kind, const QString &text, const QString &topic,
                          const QString &actionText, std::function<void()> action)
{
    m_kind = kind;
    m_topic = topic;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(kind == Kind::Warning
                                                    ? QStyle::SP_MessageBoxWarning
                                                    : QStyle::SP_MessageBoxInformation)
                              .pixmap(size, size));
    m_text->setText(text);
    m_onAction = std::move(action);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty() && m_onAction);
    show();
}

void InfoBar::clear(const QString &topic)
{
    if (!isHidden() && topic == m_topic)
        dismiss();
}

void InfoBar::dismiss()
{
    hide();
    m_text->clear();
    m_topic.clear();
    m_onAction = nullptr;
}

QString InfoBar::text() const
{
    return m_text->text();
}

} // namespace DreamFoundry
