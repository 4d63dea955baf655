#pragma once
// Export of any view to PNG, SVG or PDF, and the context menu that offers it. Plots go
// through QCustomPlot's own painter (vector output for SVG/PDF); image views through
// QWidget::render. Files are written through QSaveFile, so a failed export leaves nothing
// half-written behind.
#include <QString>

#include <functional>

class QMenu;
class QWidget;

namespace ae {

// Writes what `view` shows to `path`; the format follows the suffix (.png, .svg, .pdf).
// When `view` is or contains a QCustomPlot, only the plot is written (not the checkboxes
// around it). Returns false and, if `error` is given, says why.
bool exportView(QWidget* view, const QString& path, QString* error = nullptr);

// Gives `view` a context menu: the actions `extra` adds (may be empty), then
// "Export as PNG / SVG / PDF...", which asks for a file name and calls exportView.
void installExportMenu(QWidget* view, std::function<void(QMenu&)> extra = {});

} // namespace ae
