#include "ui/views/common/plot_export.h"

#include <qcustomplot.h>

#include <QFileDialog>
#include <QFileInfo>
#include <QLayout>
#include <QMenu>
#include <QMessageBox>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QWidget>

namespace ae {
namespace {

enum class Format { Png, Svg, Pdf, Unknown };

Format formatOf(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return Format::Png;
    if (suffix == QLatin1String("svg"))
        return Format::Svg;
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    return Format::Unknown;
}

QCustomPlot* plotOf(QWidget* view) {
    if (auto* plot = qobject_cast<QCustomPlot*>(view))
        return plot;
    return view->findChild<QCustomPlot*>();
}

// Draws the plot (vectorised, no cached layers, so SVG/PDF stay vector) or the widget onto
// an already opened painter of `size` device units.
void paintView(QWidget* view, QCustomPlot* plot, QCPPainter& painter, QSize size) {
    if (plot) {
        painter.setMode(QCPPainter::pmVectorized);
        painter.setMode(QCPPainter::pmNoCaching);
        plot->toPainter(&painter, size.width(), size.height());
    } else {
        view->render(&painter);
    }
}

} // namespace

bool exportView(QWidget* view, const QString& path, QString* error) {
    auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    if (!view)
        return fail(QObject::tr("There is no view to export."));
    const Format format = formatOf(path);
    if (format == Format::Unknown)
        return fail(QObject::tr("Cannot export to \"%1\": choose a name ending in .png, .svg or .pdf.").arg(path));

    // A view in a hidden dock has never been laid out: size its children first.
    if (view->layout())
        view->layout()->activate();
    QCustomPlot* plot = plotOf(view);
    QWidget* source = plot ? static_cast<QWidget*>(plot) : view;
    const QSize size = source->size().expandedTo(QSize(64, 64));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(QObject::tr("Cannot write \"%1\": %2").arg(path, file.errorString()));

    bool painted = true;
    if (format == Format::Png) {
        // Raster at the screen's device pixel ratio, so a high-DPI screen gives a sharp file.
        const qreal dpr = source->devicePixelRatioF();
        const QPixmap pixmap = plot ? plot->toPixmap(size.width(), size.height(), dpr) : view->grab();
        painted = !pixmap.isNull() && pixmap.save(&file, "PNG");
    } else if (format == Format::Svg) {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setResolution(96);  // CSS pixels: the file opens at the view's size, not 1.25x
        svg.setTitle(source->windowTitle());
        svg.setDescription(QObject::tr("Exported from aelab"));
        QCPPainter painter;
        painted = painter.begin(&svg);
        if (painted) {
            paintView(view, plot, painter, size);
            painter.end();
        }
    } else {
        // One page exactly the view's size, 1 pt per pixel, no margins.
        QPdfWriter pdf(&file);
        pdf.setCreator(QStringLiteral("aelab"));
        pdf.setPageLayout(QPageLayout(QPageSize(QSizeF(size), QPageSize::Point, QString(), QPageSize::ExactMatch),
                                      QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        pdf.setResolution(72);
        QCPPainter painter;
        painted = painter.begin(&pdf);
        if (painted) {
            paintView(view, plot, painter, size);
            painter.end();
        }
    }
    if (!painted) {
        file.cancelWriting();
        return fail(QObject::tr("Could not draw the view into \"%1\".").arg(path));
    }
    if (!file.commit())
        return fail(QObject::tr("Cannot write \"%1\": %2").arg(path, file.errorString()));
    return true;
}

void installExportMenu(QWidget* view, std::function<void(QMenu&)> extra) {
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(view, &QWidget::customContextMenuRequested, view, [view, extra](const QPoint& pos) {
        QMenu menu(view);
        if (extra) {
            extra(menu);
            if (!menu.isEmpty())
                menu.addSeparator();
        }
        QAction* exportAction = menu.addAction(QObject::tr("Export as PNG / SVG / PDF..."));
        if (menu.exec(view->mapToGlobal(pos)) != exportAction)
            return;
        QString selected;
        const QString png = QObject::tr("PNG image (*.png)");
        QString path = QFileDialog::getSaveFileName(view, QObject::tr("Export view"), QString(),
                                                    png + QStringLiteral(";;") + QObject::tr("SVG drawing (*.svg)") +
                                                        QStringLiteral(";;") + QObject::tr("PDF document (*.pdf)"),
                                                    &selected);
        if (path.isEmpty())
            return;
        if (QFileInfo(path).suffix().isEmpty()) {
            // The filter chosen names the format when the person typed no suffix.
            path += selected.contains(QLatin1String("*.svg"))   ? QStringLiteral(".svg")
                    : selected.contains(QLatin1String("*.pdf")) ? QStringLiteral(".pdf")
                                                                : QStringLiteral(".png");
        }
        QString error;
        if (!exportView(view, path, &error))
            QMessageBox::warning(view, QObject::tr("Export failed"), error);
    });
}

} // namespace ae
