#include "ui/session/core_message.h"

#include "core/common.h"

#include <QCoreApplication>

namespace ae {

QString localisedMessage(const std::exception& e) {
    const auto* error = dynamic_cast<const Error*>(&e);
    if (!error || !error->wording()) return QString::fromStdString(e.what());
    const QString wording = QCoreApplication::translate("ae::Error", error->wording());
    // Core's one-pass fill, so an argument holding "%1" reads the same in both languages.
    return QString::fromStdString(fillWording(wording.toStdString(), error->arguments()));
}

} // namespace ae
