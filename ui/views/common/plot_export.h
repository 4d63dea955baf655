#pragma once
// Export of any view to PNG, SVG or PDF or to the clipboard, and the one context menu every
// view offers for it. A view holding a single QCustomPlot exports just that plot, through
// QCustomPlot's own painter (vector output for SVG/PDF); any other view is drawn whole, its
// plots redrawn fresh (and as vectors in SVG/PDF) over it. Files are written through
// QSaveFile, so a failed export leaves nothing half-written behind.
#include <QImage>
#include <QString>

#include <functional>
#include <memory>

class QMenu;
class QWidget;

namespace ae {

// Writes what `view` shows to `path`; the format follows the suffix (.png, .svg, .pdf).
// Returns false and, if `error` is given, says why.
bool exportView(QWidget* view, const QString& path, QString* error = nullptr);

// What `view` shows as a raster at its device pixel ratio: the PNG file, and what Copy puts
// on the clipboard.
QImage viewImage(QWidget* view);
void copyViewImage(QWidget* view);

// Gives `view` its context menu: the actions `extra` adds (may be empty), then Export as PNG,
// SVG, PDF (each asks for a file name and calls exportView) and Copy image. The actions are
// named exportPng, exportSvg, exportPdf and copyImage.
void installExportMenu(QWidget* view, std::function<void(QMenu&)> extra = {});

// The menu installExportMenu shows for `view`, built afresh; null when it has none.
std::unique_ptr<QMenu> viewContextMenu(QWidget* view);

} // namespace ae
