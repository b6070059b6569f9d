#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace troupe {

void installTranslations(const QLocale &locale)
{
    auto *app = QCoreApplication::instance();
    // Switching language: the previous catalogues go first.
    static QList<QTranslator *> installed;
    for (QTranslator *t : std::as_const(installed)) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    installed.clear();
    auto *qt = new QTranslator(app);
    installed << qt;
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(app);
    installed << own;
    if (own->load(locale, QStringLiteral("troupe"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
}

} // namespace troupe
