#include "ui/views/common/plot_export.h"

#include <qcustomplot.h>

#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
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

QString suffixOf(Format format) {
    return format == Format::Svg ? QStringLiteral(".svg") : format == Format::Pdf ? QStringLiteral(".pdf") : QStringLiteral(".png");
}

// The plots `view` shows (itself, if it is one); hidden ones do not count.
QList<QCustomPlot*> plotsOf(QWidget* view) {
    if (auto* plot = qobject_cast<QCustomPlot*>(view))
        return {plot};
    QList<QCustomPlot*> shown;
    for (QCustomPlot* plot : view->findChildren<QCustomPlot*>())
        if (plot->isVisibleTo(view))
            shown << plot;
    return shown;
}

// The one plot to export on its own (not the checkboxes around it), or null: the whole view.
QCustomPlot* soloPlot(QWidget* view) {
    const QList<QCustomPlot*> plots = plotsOf(view);
    return plots.size() == 1 ? plots.front() : nullptr;
}

// A view in a hidden dock has never been laid out: size its children first.
void layOut(QWidget* view) {
    if (view->layout())
        view->layout()->activate();
}

// Draws the view onto an opened vector painter of `size`. Plots are drawn vectorised,
// without cached layers, so SVG/PDF stay vector; a whole view is rendered first and its plots
// drawn afresh over their places (a plot's on-screen buffer may predate the last resize).
void paintVector(QWidget* view, QCPPainter& painter, QSize size) {
    painter.setMode(QCPPainter::pmVectorized);
    painter.setMode(QCPPainter::pmNoCaching);
    if (QCustomPlot* plot = soloPlot(view)) {
        plot->toPainter(&painter, size.width(), size.height());
        return;
    }
    view->render(&painter);
    for (QCustomPlot* plot : plotsOf(view)) {
        if (plot->width() <= 0 || plot->height() <= 0)
            continue;
        painter.save();
        painter.translate(plot->mapTo(view, QPoint(0, 0)));
        painter.setClipRect(QRect(QPoint(0, 0), plot->size()));
        plot->toPainter(&painter, plot->width(), plot->height());
        painter.restore();
    }
}

QWidget* sourceOf(QWidget* view) {
    QCustomPlot* plot = soloPlot(view);
    return plot ? static_cast<QWidget*>(plot) : view;
}

// The menu's per-view part (the view's own actions), kept on the view itself.
class MenuHook : public QObject {
public:
    MenuHook(QWidget* view, std::function<void(QMenu&)> extra) : QObject(view), extra(std::move(extra)) {}
    std::function<void(QMenu&)> extra;
};

MenuHook* hookOf(QWidget* view) {
    for (QObject* child : view->children())
        if (auto* hook = dynamic_cast<MenuHook*>(child))
            return hook;
    return nullptr;
}

void exportWithDialog(QWidget* view, Format format) {
    const QString filter = format == Format::Svg   ? QObject::tr("SVG drawing (*.svg)")
                           : format == Format::Pdf ? QObject::tr("PDF document (*.pdf)")
                                                   : QObject::tr("PNG image (*.png)");
    QString path = QFileDialog::getSaveFileName(view, QObject::tr("Export view"), QString(), filter);
    if (path.isEmpty())
        return;
    if (formatOf(path) != format)
        path += suffixOf(format);  // the action chosen names the format
    QString error;
    if (!exportView(view, path, &error))
        QMessageBox::warning(view, QObject::tr("Export failed"), error);
}

} // namespace

QImage viewImage(QWidget* view) {
    if (!view)
        return {};
    layOut(view);
    // Raster at the screen's device pixel ratio, so a high-DPI screen gives a sharp image.
    if (QCustomPlot* plot = soloPlot(view)) {
        const QSize size = plot->size().expandedTo(QSize(64, 64));
        return plot->toPixmap(size.width(), size.height(), plot->devicePixelRatioF()).toImage();
    }
    QPixmap pixmap = view->grab();
    QPainter painter(&pixmap);
    for (QCustomPlot* plot : plotsOf(view))
        if (plot->width() > 0 && plot->height() > 0)
            painter.drawPixmap(QRect(plot->mapTo(view, QPoint(0, 0)), plot->size()),
                               plot->toPixmap(plot->width(), plot->height(), pixmap.devicePixelRatio()));
    painter.end();
    return pixmap.toImage();
}

void copyViewImage(QWidget* view) {
    const QImage image = viewImage(view);
    if (!image.isNull())
        QGuiApplication::clipboard()->setImage(image);
}

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

    layOut(view);
    QWidget* source = sourceOf(view);
    const QSize size = source->size().expandedTo(QSize(64, 64));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(QObject::tr("Cannot write \"%1\": %2").arg(path, file.errorString()));

    bool painted = true;
    if (format == Format::Png) {
        const QImage image = viewImage(view);
        painted = !image.isNull() && image.save(&file, "PNG");
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
            paintVector(view, painter, size);
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
            paintVector(view, painter, size);
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

std::unique_ptr<QMenu> viewContextMenu(QWidget* view) {
    MenuHook* hook = view ? hookOf(view) : nullptr;
    if (!hook)
        return nullptr;
    auto menu = std::make_unique<QMenu>(view);
    if (hook->extra) {
        hook->extra(*menu);
        if (!menu->isEmpty())
            menu->addSeparator();
    }
    const auto add = [&](const QString& text, const char* name, std::function<void()> run) {
        QAction* action = menu->addAction(text);
        action->setObjectName(QLatin1String(name));
        QObject::connect(action, &QAction::triggered, view, std::move(run));
    };
    add(QObject::tr("Export as PNG..."), "exportPng", [view] { exportWithDialog(view, Format::Png); });
    add(QObject::tr("Export as SVG..."), "exportSvg", [view] { exportWithDialog(view, Format::Svg); });
    add(QObject::tr("Export as PDF..."), "exportPdf", [view] { exportWithDialog(view, Format::Pdf); });
    menu->addSeparator();
    add(QObject::tr("Copy image"), "copyImage", [view] { copyViewImage(view); });
    return menu;
}

void installExportMenu(QWidget* view, std::function<void(QMenu&)> extra) {
    if (MenuHook* hook = hookOf(view)) {
        hook->extra = std::move(extra);  // installed before: the newest extra actions count
        return;
    }
    new MenuHook(view, std::move(extra));
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(view, &QWidget::customContextMenuRequested, view, [view](const QPoint& pos) {
        if (const std::unique_ptr<QMenu> menu = viewContextMenu(view))
            menu->exec(view->mapToGlobal(pos));
    });
}

} // namespace ae
