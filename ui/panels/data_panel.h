#pragma once
// Where the training data comes from: the embedded sample, MNIST, Fashion-MNIST, or a person's
// own IDX folder, CSV file or image folder. Shows counts, shape and a few samples, the
// dataset's own error when it cannot be loaded (it names the install command), and a
// checkable class list choosing the "normal" classes for anomaly detection.
#include "core/data/dataset.h"

#include <QWidget>

#include <memory>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace ae {

class ImageGrid;

class DataPanel : public QWidget {
    Q_OBJECT
public:
    explicit DataPanel(QWidget* parent = nullptr);

    // "sample", "mnist", "fashion", an IDX folder, a .csv file, or "images:" + a folder with
    // one subfolder per class. Loads at once; a failure is shown in the panel and leaves no data.
    void setSpec(const QString& spec);
    QString spec() const { return spec_; }
    int imageSize() const;
    void setImageSize(int size);

    // The loaded data with only the checked classes in its training set; null when nothing is
    // loaded. A new pointer whenever the data or the class choice changes.
    std::shared_ptr<const Dataset> dataset() const { return current_; }
    QString errorText() const;

    std::vector<int> normalClasses() const;   // empty: all classes
    void setNormalClasses(const std::vector<int>& classes);

signals:
    void datasetChanged();

private:
    void onSourceChosen();
    void browse();
    void loadFromControls();
    void showDataset();
    void showError(const QString& message);
    void applyClassChoice();

    QComboBox* source_ = nullptr;
    QLineEdit* path_ = nullptr;
    QPushButton* browse_ = nullptr;
    QPushButton* load_ = nullptr;
    QSpinBox* imageSize_ = nullptr;
    QLabel* sizeLabel_ = nullptr;
    QWidget* pathRow_ = nullptr;
    QLabel* info_ = nullptr;
    QLabel* error_ = nullptr;
    ImageGrid* thumbnails_ = nullptr;
    QListWidget* classes_ = nullptr;
    QLabel* classHint_ = nullptr;

    QString spec_;
    std::shared_ptr<const Dataset> loaded_;   // as read
    std::shared_ptr<const Dataset> current_;  // with the class choice applied
    bool updatingClasses_ = false;
};

} // namespace ae
