#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace DreamFoundry {

namespace {

// The translator stays with the application; one that finds no file is dropped.
bool install(QTranslator *translator, bool loaded)
{
    if (loaded && !translator->isEmpty())
        return QCoreApplication::installTranslator(translator);
    delete translator;
    return false;
}

} // namespace

void installTranslations()
{
    QCoreApplication *app = QCoreApplication::instance();
    // Qt asks the translator installed last first, so English goes in first and answers only
    // what the user's language leaves open.
    auto *english = new QTranslator(app);
    install(english, english->load(QStringLiteral(":/i18n/dreamfoundry_en.qm")));

    const QLocale locale = QLocale::system();
    auto *qtbase = new QTranslator(app);
    install(qtbase,
            qtbase->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                         QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
    auto *own = new QTranslator(app);
    const bool found = own->load(locale, QStringLiteral("dreamfoundry"), QStringLiteral("_"),
                                 QStringLiteral(":/i18n"));
    // English again would only repeat the file loaded above.
    install(own, found && own->language() != QLatin1String("en"));
}

} // namespace DreamFoundry
