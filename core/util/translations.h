#pragma once

#include <QLocale>

namespace troupe {

/** Installs Troupe's and Qt's catalogues for `locale` into the running application. */
void installTranslations(const QLocale &locale = QLocale());

} // namespace troupe
