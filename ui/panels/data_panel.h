#pragma once
// Where the training data comes from: the embedded sample, MNIST, Fashion-MNIST, or a person's
// own IDX folder, CSV file or image folder. Loads on a worker thread with a progress bar, so the
// window stays responsive; shows counts, shape and a few samples, the dataset's own error when it
// cannot be loaded (it names the install command), and a checkable class list choosing the
// "normal" classes for anomaly detection.
#include "core/data/dataset.h"

#include <QFuture>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace ae {

class ImageGrid;

class DataPanel : public QWidget {
    Q_OBJECT
public:
    explicit DataPanel(QWidget* parent = nullptr);
    ~DataPanel() override;

    // "sample", "mnist", "fashion", an IDX folder, a .csv file, or "images:" + a folder with
    // one subfolder per class. Starts loading it on a worker thread: until loadFinished,
    // isLoading() is true and dataset() null. A later call supersedes a load still running (its
    // result is dropped); a failure is shown in the panel and leaves no data.
    void setSpec(const QString& spec);
    QString spec() const { return spec_; }
    bool isLoading() const { return loadingId_ != 0; }
    int imageSize() const;
    void setImageSize(int size);

    // The loaded data with only the checked classes in its training set; null when nothing is
    // loaded (or while loading). A new pointer whenever the data or the class choice changes.
    std::shared_ptr<const Dataset> dataset() const { return current_; }
    QString errorText() const;

    // Empty: all classes. While loading, the choice waits for the data and applies to it.
    std::vector<int> normalClasses() const;
    void setNormalClasses(const std::vector<int>& classes);

signals:
    void datasetChanged();
    // The load of spec() ended: with dataset() set, or with errorText(). Not emitted for a
    // superseded load.
    void loadFinished(bool ok);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    // The info line and the error are kept as wordings, so a change of language words them anew.
    void setInfo(std::function<QString()> text);
    void setError(std::function<QString()> text);
    struct LoadResult;
    void onSourceChosen();
    void browse();
    void loadFromControls();
    void finishLoad(const LoadResult& result);
    void showLoading();
    void showDataset();
    void showError(std::function<QString()> message);
    void clearSamples();
    void applyClassChoice();

    QComboBox* source_ = nullptr;
    QLineEdit* path_ = nullptr;
    QPushButton* browse_ = nullptr;
    QPushButton* load_ = nullptr;
    QSpinBox* imageSize_ = nullptr;
    QLabel* sizeLabel_ = nullptr;
    QLabel* dataLabel_ = nullptr;
    QLabel* pathLabel_ = nullptr;
    std::function<QString()> infoText_;
    std::function<QString()> errorText_;
    QWidget* pathRow_ = nullptr;
    QLabel* info_ = nullptr;
    QProgressBar* progress_ = nullptr;
    QLabel* error_ = nullptr;
    ImageGrid* thumbnails_ = nullptr;
    QListWidget* classes_ = nullptr;
    QLabel* classHint_ = nullptr;

    QString spec_;
    std::shared_ptr<const Dataset> loaded_;   // as read
    std::shared_ptr<const Dataset> current_;  // with the class choice applied
    bool updatingClasses_ = false;
    std::optional<std::vector<int>> pendingClasses_;  // asked for while loading
    int loadingId_ = 0;                               // the load in progress; 0: none
    int lastLoadId_ = 0;
    QFuture<void> loading_;                           // cancelled when superseded
};

} // namespace ae
