#include "pluralforms.h"

#include <QCoreApplication>
#include <QTranslator>

namespace DreamFoundry {

void installPluralForms()
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(QStringLiteral(":/i18n/dreamfoundry_en.qm")))
        QCoreApplication::installTranslator(translator);
    else
        delete translator; // the strings still read, with "(s)"
}

} // namespace DreamFoundry
