#pragma once

namespace DreamFoundry {

// Loads the translations for the user's language (QLocale::system().uiLanguages(), which
// follows LANGUAGE, LC_ALL, LC_MESSAGES and LANG): Dream Foundry's own, embedded under
// :/i18n (translations/dreamfoundry_<language>.ts), and Qt's qtbase_<language>.qm from Qt's
// translations folder. English is the fallback and is always loaded: it carries the plural
// forms ("1 second", "5 seconds") that tr() would otherwise show as "%n second(s)".
// Call once the application object exists.
void installTranslations();

} // namespace DreamFoundry
