#include "ui/panels/data_panel.h"

#include "core/data/idx.h"
#include "resources/embedded_data.h"
#include "ui/panels/image_folder_loader.h"
#include "ui/session/core_message.h"
#include "ui/views/common/image_grid.h"
#include "ui/views/common/tile_image.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace ae {

namespace {

constexpr int kThumbnailRows = 2, kThumbnailColumns = 5;
constexpr int kThumbnailSide = 46;  // logical pixels of each sample image
const QString kImagesPrefix = QStringLiteral("images:");

enum Source { Sample, Mnist, Fashion, IdxFolder, CsvFile, ImageFolder };

// A core error in the language of the moment: kept as the exception, so a change of language
// words it again.
QString failureMessage(const std::exception_ptr& failure) {
    try {
        std::rethrow_exception(failure);
    } catch (const std::exception& e) {
        return localisedMessage(e);
    }
    return {};  // not reached: the loads catch std::exception only
}

} // namespace

// What a load hands back from its worker thread: the data, or why there is none.
struct DataPanel::LoadResult {
    std::shared_ptr<const Dataset> data;
    std::exception_ptr failure;  // null without data: the load was cancelled
};

DataPanel::DataPanel(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    layout->addLayout(form);

    source_ = new QComboBox(this);
    for (Source kind : {Sample, Mnist, Fashion, IdxFolder, CsvFile, ImageFolder}) source_->addItem(QString(), kind);
    dataLabel_ = new QLabel(this);
    form->addRow(dataLabel_, source_);

    pathRow_ = new QWidget(this);
    auto* pathLayout = new QHBoxLayout(pathRow_);
    pathLayout->setContentsMargins(0, 0, 0, 0);
    path_ = new QLineEdit(pathRow_);
    browse_ = new QPushButton(pathRow_);
    load_ = new QPushButton(pathRow_);
    pathLayout->addWidget(path_, 1);
    pathLayout->addWidget(browse_);
    pathLayout->addWidget(load_);
    pathLabel_ = new QLabel(this);
    form->addRow(pathLabel_, pathRow_);

    imageSize_ = new QSpinBox(this);
    imageSize_->setRange(8, 128);
    imageSize_->setValue(28);
    sizeLabel_ = new QLabel(this);
    form->addRow(sizeLabel_, imageSize_);

    info_ = new QLabel(this);
    info_->setWordWrap(true);
    info_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(info_);

    progress_ = new QProgressBar(this);
    progress_->hide();
    layout->addWidget(progress_);

    error_ = new QLabel(this);
    error_->setWordWrap(true);
    error_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    error_->setStyleSheet(QStringLiteral("QLabel { color: #b00020; background: #fdecea; border: 1px solid #f5c2c0; "
                                         "border-radius: 3px; padding: 4px; }"));
    error_->hide();
    layout->addWidget(error_);

    thumbnails_ = new ImageGrid(this);
    ImageGrid::Style framed;
    framed.gap = 2;
    framed.margin = 1;
    framed.frames = true;
    thumbnails_->setStyle(framed);
    thumbnails_->setFixedSize(2 * framed.margin + kThumbnailColumns * (kThumbnailSide + framed.gap) - framed.gap,
                              2 * framed.margin + kThumbnailRows * (kThumbnailSide + framed.gap) - framed.gap);
    thumbnails_->hide();
    layout->addWidget(thumbnails_);

    classHint_ = new QLabel(this);
    classHint_->setWordWrap(true);
    layout->addWidget(classHint_);
    classes_ = new QListWidget(this);
    classes_->setMinimumHeight(80);
    layout->addWidget(classes_, 1);

    connect(source_, &QComboBox::activated, this, &DataPanel::onSourceChosen);
    connect(browse_, &QPushButton::clicked, this, &DataPanel::browse);
    connect(load_, &QPushButton::clicked, this, &DataPanel::loadFromControls);
    connect(path_, &QLineEdit::returnPressed, this, &DataPanel::loadFromControls);
    connect(classes_, &QListWidget::itemChanged, this, [this] {
        if (!updatingClasses_) applyClassChoice();
    });

    pathRow_->setVisible(false);
    form->setRowVisible(pathRow_, false);
    form->setRowVisible(imageSize_, false);
    retranslateUi();
}

void DataPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QWidget::changeEvent(event);
}

void DataPanel::retranslateUi() {
    const QString sources[] = {tr("Embedded sample (MNIST, 5,000 + 1,000)"), tr("MNIST (60,000 + 10,000)"),
                               tr("Fashion-MNIST (60,000 + 10,000)"),        tr("IDX folder…"),
                               tr("CSV file…"),                              tr("Image folder…")};
    for (int i = 0; i < source_->count(); ++i) source_->setItemText(i, sources[source_->itemData(i).toInt()]);
    source_->setToolTip(tr("The embedded sample needs no download. MNIST and Fashion-MNIST are found where the set-up "
                           "command installs them. Your own data: the four IDX files in a folder, a CSV file (one "
                           "sample a row, a 'label' column), or a folder with one subfolder of images per class."));
    dataLabel_->setText(tr("Data"));
    path_->setPlaceholderText(tr("path"));
    browse_->setText(tr("Browse…"));
    load_->setText(tr("Load"));
    pathLabel_->setText(tr("Path"));
    imageSize_->setSuffix(tr(" px"));
    imageSize_->setToolTip(tr("Images are converted to grayscale and scaled to this width and height."));
    sizeLabel_->setText(tr("Image size"));
    classHint_->setText(tr("Normal classes — training uses only the checked ones; at test time the others are "
                           "the anomalies."));
    classes_->setToolTip(tr("Uncheck classes to hold them out of training (anomaly detection). One checked class is "
                            "the one-class set-up."));
    progress_->setFormat(tr("%v of %m images"));
    if (infoText_) info_->setText(infoText_());
    if (errorText_) error_->setText(errorText_());
}

void DataPanel::setInfo(std::function<QString()> text) {
    infoText_ = std::move(text);
    info_->setText(infoText_ ? infoText_() : QString());
}

void DataPanel::setError(std::function<QString()> text) {
    errorText_ = std::move(text);
    error_->setText(errorText_ ? errorText_() : QString());
}

DataPanel::~DataPanel() {
    // An image folder stops between two images; MNIST's inflation runs out, and is dropped.
    if (isLoading()) loading_.cancel();
}

int DataPanel::imageSize() const { return imageSize_->value(); }
void DataPanel::setImageSize(int size) { imageSize_->setValue(size); }

QString DataPanel::errorText() const {
    return !isLoading() && (error_->isVisible() || !loaded_) ? error_->text() : QString();
}

void DataPanel::onSourceChosen() {
    const int kind = source_->currentData().toInt();
    auto* form = qobject_cast<QFormLayout*>(layout()->itemAt(0)->layout());
    const bool needsPath = kind == IdxFolder || kind == CsvFile || kind == ImageFolder;
    form->setRowVisible(pathRow_, needsPath);
    form->setRowVisible(imageSize_, kind == ImageFolder);
    if (!needsPath) {
        loadFromControls();
    } else if (path_->text().isEmpty()) {
        browse();
    }
}

void DataPanel::browse() {
    const int kind = source_->currentData().toInt();
    const QString start = path_->text().isEmpty() ? QDir::homePath() : path_->text();
    const QString chosen = kind == CsvFile
                               ? QFileDialog::getOpenFileName(this, tr("Open a CSV file"), start, tr("CSV files (*.csv);;All files (*)"))
                               : QFileDialog::getExistingDirectory(this, kind == ImageFolder ? tr("Folder with one subfolder per class")
                                                                                             : tr("Folder with the four IDX files"),
                                                                   start);
    if (chosen.isEmpty()) return;
    path_->setText(chosen);
    loadFromControls();
}

void DataPanel::loadFromControls() {
    switch (source_->currentData().toInt()) {
    case Sample: setSpec(QStringLiteral("sample")); break;
    case Mnist: setSpec(QStringLiteral("mnist")); break;
    case Fashion: setSpec(QStringLiteral("fashion")); break;
    case ImageFolder: setSpec(kImagesPrefix + path_->text()); break;
    default: setSpec(path_->text()); break;
    }
}

void DataPanel::setSpec(const QString& spec) {
    // Reflect the spec in the controls, so --data and the saved setting look chosen.
    Source kind = IdxFolder;
    QString path;
    if (spec.isEmpty() || spec == QLatin1String("sample")) kind = Sample;
    else if (spec == QLatin1String("mnist")) kind = Mnist;
    else if (spec == QLatin1String("fashion") || spec == QLatin1String("fashion-mnist")) kind = Fashion;
    else if (spec.startsWith(kImagesPrefix)) {
        kind = ImageFolder;
        path = spec.mid(kImagesPrefix.size());
    } else if (spec.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) {
        kind = CsvFile;
        path = spec;
    } else {
        path = spec;
        // A folder without IDX files but with subfolders is taken to be an image folder.
        const QDir dir(path);
        if (dir.exists() && findIdxFile(path.toStdString(), "train-images-idx3-ubyte").empty() &&
            !dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty())
            kind = ImageFolder;
    }
    source_->setCurrentIndex(source_->findData(kind));
    auto* form = qobject_cast<QFormLayout*>(layout()->itemAt(0)->layout());
    form->setRowVisible(pathRow_, !path.isEmpty() || kind == IdxFolder || kind == CsvFile || kind == ImageFolder);
    form->setRowVisible(imageSize_, kind == ImageFolder);
    if (!path.isEmpty()) path_->setText(QDir::toNativeSeparators(path));

    spec_ = kind == ImageFolder ? kImagesPrefix + path : (kind == Sample ? QStringLiteral("sample") : spec);
    pendingClasses_.reset();  // a class choice belongs to the data it was made for
    if (isLoading()) loading_.cancel();
    const int id = ++lastLoadId_;
    loadingId_ = id;
    loaded_.reset();
    current_.reset();
    showLoading();
    emit datasetChanged();

    // MNIST takes a second to inflate, an image folder as long as its images take to decode.
    QFuture<LoadResult> future =
        QtConcurrent::run([kind, spec = spec_, path, size = imageSize_->value()](QPromise<LoadResult>& promise) {
            LoadResult result;
            try {
                if (kind == ImageFolder) {
                    ImageFolderOptions options;
                    options.size = size;
                    result.data = std::make_shared<const Dataset>(
                        loadImageFolder(path, options, [&promise](qsizetype done, qsizetype total) {
                            if (done == 0) promise.setProgressRange(0, static_cast<int>(total));
                            promise.setProgressValue(static_cast<int>(done));
                            return !promise.isCanceled();
                        }));
                } else {
                    result.data = std::make_shared<const Dataset>(openDataset(spec.toStdString()));
                }
            } catch (const std::exception&) {
                result.failure = std::current_exception();
            }
            promise.addResult(std::move(result));
        });
    loading_ = future;
    auto* watcher = new QFutureWatcher<LoadResult>(this);
    connect(watcher, &QFutureWatcherBase::progressRangeChanged, this, [this, id](int minimum, int maximum) {
        if (id != loadingId_) return;
        progress_->setRange(minimum, maximum);
    });
    connect(watcher, &QFutureWatcherBase::progressValueChanged, this, [this, id](int value) {
        if (id == loadingId_) progress_->setValue(value);
    });
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, id] {
        watcher->deleteLater();
        if (id != loadingId_) return;  // superseded by a later choice
        loadingId_ = 0;
        const QFuture<LoadResult> done = watcher->future();
        finishLoad(done.resultCount() > 0 ? done.result() : LoadResult{});
    });
    watcher->setFuture(future);
}

void DataPanel::finishLoad(const LoadResult& result) {
    progress_->hide();
    if (!result.data) {
        pendingClasses_.reset();
        // Worded when shown, so the message follows a change of language.
        showError([failure = result.failure] { return failure ? failureMessage(failure) : tr("Loading was cancelled."); });
        emit loadFinished(false);
        return;
    }
    loaded_ = result.data;
    error_->hide();
    showDataset();
    emit loadFinished(true);
}

void DataPanel::showLoading() {
    setError({});
    error_->hide();
    setInfo([spec = spec_] { return tr("Loading %1…").arg(spec.toHtmlEscaped()); });
    info_->setToolTip(QString());
    progress_->setRange(0, 0);  // busy until an image folder says how many images it holds
    progress_->setValue(0);
    progress_->show();
    clearSamples();
}

void DataPanel::clearSamples() {
    thumbnails_->clearImages();
    thumbnails_->hide();  // empty frames would look like a dataset of blank images
    updatingClasses_ = true;
    classes_->clear();
    updatingClasses_ = false;
}

void DataPanel::showError(std::function<QString()> message) {
    loaded_.reset();
    current_.reset();
    setError(std::move(message));
    error_->show();
    setInfo([] { return tr("No data loaded."); });
    clearSamples();
    emit datasetChanged();
}

void DataPanel::showDataset() {
    const Dataset& d = *loaded_;
    QStringList files;
    for (const auto& f : d.files) files << QString::fromStdString(f);
    setInfo([data = loaded_] {
        const QLocale locale;
        return tr("<b>%1</b><br>%2 training · %3 test samples<br>shape %4 · %5 classes")
            .arg(QString::fromStdString(data->name).toHtmlEscaped())
            .arg(locale.toString(static_cast<qlonglong>(data->trainX.rows())))
            .arg(locale.toString(static_cast<qlonglong>(data->testX.rows())))
            .arg(QString::fromStdString(data->shape.str()))
            .arg(data->classCount());
    });
    info_->setToolTip(files.join(QLatin1Char('\n')));

    const bool images = d.shape.h > 1 && d.shape.w > 1;
    const Matrix& source = d.testX.rows() > 0 ? d.testX : d.trainX;
    ImageGrid::Content samples;
    samples.rows = kThumbnailRows;
    samples.columns = kThumbnailColumns;
    for (int i = 0; i < kThumbnailRows * kThumbnailColumns; ++i)
        samples.images.push_back(images && i < source.rows() ? sampleImage(source.row(i).data(), d.shape) : QImage());
    thumbnails_->setContent(std::move(samples));
    thumbnails_->setVisible(images);

    updatingClasses_ = true;
    classes_->clear();
    for (int c = 0; c < d.classCount(); ++c) {
        auto* item = new QListWidgetItem(QStringLiteral("%1  %2").arg(c).arg(QString::fromStdString(d.classNames[c])), classes_);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        const bool normal = !pendingClasses_ || pendingClasses_->empty() ||
                            std::find(pendingClasses_->begin(), pendingClasses_->end(), c) != pendingClasses_->end();
        item->setCheckState(normal ? Qt::Checked : Qt::Unchecked);
    }
    pendingClasses_.reset();
    updatingClasses_ = false;
    classes_->setEnabled(d.classCount() > 1);
    applyClassChoice();
}

std::vector<int> DataPanel::normalClasses() const {
    if (pendingClasses_) return *pendingClasses_;
    std::vector<int> checked;
    for (int i = 0; i < classes_->count(); ++i)
        if (classes_->item(i)->checkState() == Qt::Checked) checked.push_back(i);
    if (static_cast<int>(checked.size()) == classes_->count()) checked.clear();  // all = no choice
    return checked;
}

void DataPanel::setNormalClasses(const std::vector<int>& classes) {
    if (isLoading()) {
        pendingClasses_ = classes;
        return;
    }
    updatingClasses_ = true;
    for (int i = 0; i < classes_->count(); ++i) {
        const bool on = classes.empty() || std::find(classes.begin(), classes.end(), i) != classes.end();
        classes_->item(i)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
    updatingClasses_ = false;
    applyClassChoice();
}

void DataPanel::applyClassChoice() {
    if (!loaded_) return;
    const std::vector<int> normal = normalClasses();
    int checked = 0;
    for (int i = 0; i < classes_->count(); ++i) checked += classes_->item(i)->checkState() == Qt::Checked;
    if (classes_->count() > 0 && checked == 0) {
        current_.reset();
        setError([] { return tr("Check at least one normal class to train on."); });
        error_->show();
    } else if (normal.empty()) {
        current_ = loaded_;
        error_->hide();
    } else {
        try {
            auto subset = std::make_shared<Dataset>(*loaded_);
            keepTrainingClasses(*subset, normal);
            current_ = std::move(subset);
            error_->hide();
        } catch (const std::exception&) {
            current_.reset();
            setError([failure = std::current_exception()] { return failureMessage(failure); });
            error_->show();
        }
    }
    emit datasetChanged();
}

} // namespace ae
