#pragma once
// What the window remembers between sessions in QSettings ("aelab"/"aelab"): the Model panel's
// configuration, the dataset with its image size and normal classes, and the window's geometry
// and dock layout.
class QMainWindow;

namespace ae {

class DataPanel;
class ModelPanel;

// Puts the remembered choices back; a window never saved gets its default size. `layoutVersion`
// is QMainWindow::saveState()'s: a layout saved under another version is ignored.
void restoreWindowSettings(QMainWindow& window, ModelPanel& model, DataPanel& data, int layoutVersion);
void saveWindowSettings(const QMainWindow& window, const ModelPanel& model, const DataPanel& data, int layoutVersion);

} // namespace ae
