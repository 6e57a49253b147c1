#pragma once

namespace DreamFoundry {

// Makes "%n second(s)" read "1 second" and "5 seconds": tr() keeps "(s)" as written unless a
// translation gives the forms, so the English ones are loaded here
// (translations/dreamfoundry_en.ts). Call once the application object exists.
void installPluralForms();

} // namespace DreamFoundry
