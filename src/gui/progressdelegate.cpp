#include "progressdelegate.h"

#include "runtablemodel.h"

#include <QApplication>
#include <QLineEdit>
#include <QPainter>

#include <algorithm>

namespace DreamFoundry {

void ProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    const double progress = index.data(RunTableModel::ProgressRole).toDouble();
    if (progress < 0) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionProgressBar bar;
    bar.initFrom(option.widget);
    bar.rect = option.rect.adjusted(2, 2, -2, -2);
    bar.state = option.state | QStyle::State_Horizontal;
    bar.minimum = 0;
    bar.maximum = 1000;
    bar.progress = int(progress * 1000);
    bar.text = index.data(Qt::DisplayRole).toString();
    bar.textVisible = true;
    bar.textAlignment = Qt::AlignCenter;
    const QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    if (option.state & QStyle::State_Selected)
        painter->fillRect(option.rect, option.palette.highlight());
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, option.widget);
}

QWidget *CopyableTextDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                            const QModelIndex &) const
{
    auto *editor = new QLineEdit(parent);
    editor->setReadOnly(true);
    editor->setFrame(false);
    return editor;
}

QSize TableRowDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    // What a table's vertical header gives each row by default.
    const QWidget *view = option.widget;
    const QStyle *style = view ? view->style() : QApplication::style();
    size.setHeight(std::max(
            size.height(),
            style->pixelMetric(QStyle::PM_HeaderDefaultSectionSizeVertical, nullptr, view)));
    return size;
}

} // namespace DreamFoundry
