# One INTERFACE target carries the language standard, warnings and Qt macros for every target.
add_library(dreamfoundry_options INTERFACE)
target_compile_features(dreamfoundry_options INTERFACE cxx_std_20)
target_compile_options(dreamfoundry_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Woverloaded-virtual)
target_compile_definitions(dreamfoundry_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CAST_FROM_BYTEARRAY
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    DREAMFOUNDRY_VERSION="${PROJECT_VERSION}")
