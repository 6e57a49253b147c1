# dreamfoundry_add_test(<name> SOURCES <files...> [LIBS <targets...>] [LABELS <labels...>]
#                       [TIMEOUT <seconds>] [WRAPPER <command...>])
# WRAPPER runs the test through a command, e.g. support/with-keyring.sh for a private keychain.
# Labels used: unit (fast, no processes), integration (real bwrap, real servers), gui, keychain.
function(dreamfoundry_add_test name)
    cmake_parse_arguments(T "" "TIMEOUT" "SOURCES;LIBS;LABELS;WRAPPER" ${ARGN})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 120)
    endif()
    add_executable(${name} ${T_SOURCES})
    target_link_libraries(${name} PRIVATE dreamfoundry_options dreamfoundry_core Qt6::Test ${T_LIBS})
    # Header-only helpers (namedchild.h) need no library of their own.
    target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests/support)
    target_compile_definitions(${name} PRIVATE
        DREAMFOUNDRY_BINARY="$<TARGET_FILE:dreamfoundry>"
        TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
        SAMPLES_SOURCE_DIR="${PROJECT_SOURCE_DIR}/resources/candidates")
    add_test(NAME ${name} COMMAND ${T_WRAPPER} $<TARGET_FILE:${name}>)
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${T_TIMEOUT}
        LABELS "${T_LABELS}"
        # In English whatever the developer's language, as the tests read the English strings.
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_FORCE_STDERR_LOGGING=1;LANGUAGE=en")
endfunction()
