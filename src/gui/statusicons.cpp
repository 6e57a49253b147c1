#include "statusicons.h"

#include <QCoreApplication>
#include <QHash>
#include <QPainter>
#include <QPixmap>
#include <QPolygonF>

#include <cmath>
#include <numbers>

namespace DreamFoundry {

namespace {

// Free functions have no tr() of their own: this class gives their strings the context
// DreamFoundry::State, which lupdate can read.
class StateText
{
    Q_DECLARE_TR_FUNCTIONS(DreamFoundry::State)
};

} // namespace

QString stateTitle(CandidateState state)
{
    switch (state) {
    case CandidateState::Queued:
        return StateText::tr("Queued");
    case CandidateState::Preparing:
        return StateText::tr("Preparing");
    case CandidateState::Installing:
        return StateText::tr("Installing");
    case CandidateState::Running:
        return StateText::tr("Running");
    case CandidateState::Collecting:
        return StateText::tr("Collecting");
    case CandidateState::Succeeded:
        return StateText::tr("Succeeded");
    case CandidateState::Failed:
        return StateText::tr("Failed");
    case CandidateState::TimedOut:
        return StateText::tr("Timed out");
    case CandidateState::Cancelled:
        return StateText::tr("Cancelled");
    case CandidateState::Error:
        return StateText::tr("Error");
    }
    return {};
}

namespace {

QColor stateColor(CandidateState state)
{
    switch (state) {
    case CandidateState::Queued:
        return QColor(0x9e, 0x9e, 0x9e);
    case CandidateState::Preparing:
    case CandidateState::Installing:
    case CandidateState::Collecting:
        return QColor(0x42, 0xa5, 0xf5);
    case CandidateState::Running:
        return QColor(0x1e, 0x88, 0xe5);
    case CandidateState::Succeeded:
        return QColor(0x43, 0xa0, 0x47);
    case CandidateState::Failed:
    case CandidateState::Error:
        return QColor(0xe5, 0x39, 0x35);
    case CandidateState::TimedOut:
        return QColor(0xfb, 0x8c, 0x00);
    case CandidateState::Cancelled:
        return QColor(0x75, 0x75, 0x75);
    }
    return Qt::gray;
}

QIcon drawDot(const QColor &color)
{
    QIcon icon;
    for (int size : {16, 32, 64}) { // sharp on high-DPI screens too
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal margin = size * 0.2;
        // A light ring around the dot keeps it visible on a selected row's highlight, which
        // may be the very blue of a running candidate.
        const qreal ring = size * 0.12;
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(255, 255, 255, 235));
        painter.drawEllipse(QRectF(margin - ring, margin - ring, size - 2 * (margin - ring),
                                   size - 2 * (margin - ring)));
        painter.setPen(QPen(color.darker(130), size / 16.0));
        painter.setBrush(color);
        painter.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin));
        icon.addPixmap(pixmap);
    }
    return icon;
}

QIcon drawStar()
{
    QIcon icon;
    for (int size : {16, 32, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const QColor gold(0xff, 0xb3, 0x00);
        painter.setPen(QPen(gold.darker(160), size / 16.0));
        painter.setBrush(gold);
        QPolygonF star;
        const QPointF centre(size / 2.0, size / 2.0);
        for (int point = 0; point < 10; ++point) {
            const double radius = (point % 2 == 0 ? 0.46 : 0.2) * size;
            const double angle = -std::numbers::pi / 2 + point * std::numbers::pi / 5;
            star << centre + QPointF(radius * std::cos(angle), radius * std::sin(angle));
        }
        painter.drawPolygon(star);
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

QIcon winnerIcon()
{
    static const QIcon icon = drawStar();
    return icon;
}

QIcon stateIcon(CandidateState state)
{
    static QHash<int, QIcon> cache;
    auto it = cache.find(int(state));
    if (it == cache.end())
        it = cache.insert(int(state), drawDot(stateColor(state)));
    return *it;
}

} // namespace DreamFoundry
