# Finds the LibreOffice SDK (Debian's libreoffice-dev by default), compiles idl/ into a type
# library and generates the C++ headers of every UNO type with cppumaker.
set(LIBREOFFICE_SDK_DIR "/usr/lib/libreoffice/sdk" CACHE PATH "LibreOffice SDK folder (bin/, lib/, include/)")
set(LIBREOFFICE_PROGRAM_DIR "/usr/lib/libreoffice/program" CACHE PATH "LibreOffice program folder (types.rdb, soffice)")
set(REPORTKIT_HOST_BUILD "" CACHE PATH
    "Cross builds only: the host's build folder, whose type library and UNO headers serve every platform")

find_program(LO_CPPUMAKER cppumaker HINTS "${LIBREOFFICE_SDK_DIR}/bin" NO_DEFAULT_PATH)
find_program(LO_UNOIDL_WRITE unoidl-write HINTS "${LIBREOFFICE_SDK_DIR}/bin" NO_DEFAULT_PATH)
find_path(LO_INCLUDE_DIR sal/config.h HINTS "${LIBREOFFICE_SDK_DIR}/include" /usr/include/libreoffice)
find_file(LO_TYPES_RDB types.rdb HINTS "${LIBREOFFICE_PROGRAM_DIR}" NO_DEFAULT_PATH)
find_file(LO_OFFAPI_RDB offapi.rdb HINTS "${LIBREOFFICE_PROGRAM_DIR}/types" NO_DEFAULT_PATH)
foreach(lib uno_cppu uno_cppuhelpergcc3 uno_sal uno_salhelpergcc3)
  find_library(LO_LIB_${lib} ${lib} HINTS "${LIBREOFFICE_SDK_DIR}/lib" "${LIBREOFFICE_PROGRAM_DIR}" NO_DEFAULT_PATH)
  list(APPEND LO_LIBRARIES "${LO_LIB_${lib}}")
endforeach()
set(lo_required LO_INCLUDE_DIR LO_LIB_uno_cppu LO_LIB_uno_cppuhelpergcc3 LO_LIB_uno_sal LO_LIB_uno_salhelpergcc3)
if(NOT REPORTKIT_HOST_BUILD)
  list(APPEND lo_required LO_CPPUMAKER LO_UNOIDL_WRITE LO_TYPES_RDB LO_OFFAPI_RDB)
endif()
foreach(var IN LISTS lo_required)
  if(NOT ${var})
    message(FATAL_ERROR "LibreOffice SDK not found (${var}): install libreoffice-dev and libreoffice-dev-common "
                        "(bash scripts/install-deps.sh), or set LIBREOFFICE_SDK_DIR and LIBREOFFICE_PROGRAM_DIR.")
  endif()
endforeach()

if(REPORTKIT_HOST_BUILD)
  set(REPORTKIT_RDB "${REPORTKIT_HOST_BUILD}/reportkit.rdb")
  set(LO_GENERATED_INCLUDE "${REPORTKIT_HOST_BUILD}/generated/include")
  add_custom_target(uno_headers)  # the host build made them before it started this one
else()
  # The project's own types.
  file(GLOB_RECURSE REPORTKIT_IDL CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/idl/*.idl")
  set(REPORTKIT_RDB "${PROJECT_BINARY_DIR}/reportkit.rdb")
  add_custom_command(
    OUTPUT "${REPORTKIT_RDB}"
    COMMAND "${LO_UNOIDL_WRITE}" "${LO_TYPES_RDB}" "${LO_OFFAPI_RDB}" "${PROJECT_SOURCE_DIR}/idl" "${REPORTKIT_RDB}"
    DEPENDS ${REPORTKIT_IDL}
    COMMENT "Compiling idl/ into reportkit.rdb")

  # Headers of every UDK and office type plus ours: a few seconds, once per build tree.
  set(LO_GENERATED_INCLUDE "${PROJECT_BINARY_DIR}/generated/include")
  set(LO_GENERATED_STAMP "${PROJECT_BINARY_DIR}/generated/cppumaker.stamp")
  add_custom_command(
    OUTPUT "${LO_GENERATED_STAMP}"
    COMMAND "${CMAKE_COMMAND}" -E rm -rf "${LO_GENERATED_INCLUDE}"
    COMMAND "${LO_CPPUMAKER}" "-O${LO_GENERATED_INCLUDE}" "${LO_TYPES_RDB}" "${LO_OFFAPI_RDB}" "${REPORTKIT_RDB}"
    COMMAND "${CMAKE_COMMAND}" -E touch "${LO_GENERATED_STAMP}"
    DEPENDS "${REPORTKIT_RDB}"
    COMMENT "Generating UNO headers with cppumaker")
  add_custom_target(uno_headers DEPENDS "${LO_GENERATED_STAMP}")
endif()

add_library(libreoffice_uno INTERFACE)
target_include_directories(libreoffice_uno SYSTEM INTERFACE "${LO_INCLUDE_DIR}" "${LO_GENERATED_INCLUDE}")
target_compile_definitions(libreoffice_uno INTERFACE LINUX UNX CPPU_ENV=gcc3)
target_link_libraries(libreoffice_uno INTERFACE ${LO_LIBRARIES})
add_dependencies(libreoffice_uno uno_headers)
