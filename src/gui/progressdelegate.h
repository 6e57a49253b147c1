#pragma once

#include <QStyledItemDelegate>

namespace DreamFoundry {

// Paints the runtime cell of a running candidate as a progress bar towards its timeout, with
// the runtime as its text: painted, not an embedded widget, so a large table stays cheap.
class ProgressDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};

// The sandbox id cell opens as a read-only line edit: the id can be selected and copied.
class CopyableTextDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setModelData(QWidget *, QAbstractItemModel *, const QModelIndex &) const override {}
};

// The run table's other cells, in rows as tall as the rows of a table: the run table is a tree
// (a candidate's attempts are its children), and a tree's rows would otherwise be tighter.
class TableRowDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace DreamFoundry
