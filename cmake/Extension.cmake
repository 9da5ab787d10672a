# Stages the extension's files under build/oxt and packs build/reportkit.oxt with CMake's own zip.
set(OXT_STAGE "${PROJECT_BINARY_DIR}/oxt")
set(OXT_FILE "${PROJECT_BINARY_DIR}/reportkit.oxt")

# Each component is declared for its platform: the manifest's platform= is compared with
# LibreOffice's $_OS_$_ARCH ignoring case, description.xml's tokens are lower case. The host's
# component stays at the top of the package; the AArch64 one (cmake/AArch64.cmake) is in its folder.
set(REPORTKIT_COMPONENT_ENTRIES "")
set(REPORTKIT_OXT_PLATFORMS "")
function(declare_component folder processor)
  string(TOUPPER "${processor}" arch)
  if(REPORTKIT_COMPONENT_ENTRIES)
    string(APPEND REPORTKIT_COMPONENT_ENTRIES "\n")
  endif()
  string(APPEND REPORTKIT_COMPONENT_ENTRIES
         "  <manifest:file-entry manifest:full-path=\"${folder}reportkit.components\"\n"
         "                       manifest:media-type=\"application/vnd.sun.star.uno-components;platform=Linux_${arch}\"/>")
  list(APPEND REPORTKIT_OXT_PLATFORMS "linux_${processor}")
  set(REPORTKIT_COMPONENT_ENTRIES "${REPORTKIT_COMPONENT_ENTRIES}" PARENT_SCOPE)
  set(REPORTKIT_OXT_PLATFORMS "${REPORTKIT_OXT_PLATFORMS}" PARENT_SCOPE)
endfunction()
declare_component("" "${CMAKE_SYSTEM_PROCESSOR}")
if(REPORTKIT_AARCH64)
  declare_component("${AARCH64_FOLDER}/" aarch64)
endif()
list(JOIN REPORTKIT_OXT_PLATFORMS "," REPORTKIT_OXT_PLATFORMS)
configure_file("${PROJECT_SOURCE_DIR}/description.xml" "${PROJECT_BINARY_DIR}/description.xml" @ONLY)
configure_file("${PROJECT_SOURCE_DIR}/extension/META-INF/manifest.xml" "${PROJECT_BINARY_DIR}/manifest.xml" @ONLY)

file(GLOB_RECURSE OXT_SOURCES CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/extension/*")
file(GLOB DIALOG_XDL CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/dialogs/*.xdl")
file(GLOB DIALOG_STRINGS CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/dialogs/*.properties")

set(stage_commands
  COMMAND "${CMAKE_COMMAND}" -E rm -rf "${OXT_STAGE}" "${OXT_FILE}"
  COMMAND "${CMAKE_COMMAND}" -E copy_directory "${PROJECT_SOURCE_DIR}/extension" "${OXT_STAGE}"
  COMMAND "${CMAKE_COMMAND}" -E copy "${PROJECT_BINARY_DIR}/description.xml" "${REPORTKIT_RDB}"
          "$<TARGET_FILE:reportkit_component>" "${OXT_STAGE}/"
  # Debug information stays in the build tree; users get the smaller library.
  COMMAND "${CMAKE_STRIP}" --strip-debug "${OXT_STAGE}/reportkit.so"
  COMMAND "${CMAKE_COMMAND}" -E copy "${PROJECT_BINARY_DIR}/manifest.xml" "${OXT_STAGE}/META-INF/"
  COMMAND "${CMAKE_COMMAND}" -E make_directory "${OXT_STAGE}/dialogs"
  COMMAND "${CMAKE_COMMAND}" -E copy ${DIALOG_XDL} "${OXT_STAGE}/dialogs/")
foreach(strings IN LISTS DIALOG_STRINGS)
  get_filename_component(name "${strings}" NAME)
  list(APPEND stage_commands COMMAND escape_properties "${strings}" "${OXT_STAGE}/dialogs/${name}")
endforeach()
# An empty <Dialog>_en_US.default marks English as the fallback when the interface language has no file.
foreach(xdl IN LISTS DIALOG_XDL)
  get_filename_component(dialog "${xdl}" NAME_WE)
  list(APPEND stage_commands COMMAND "${CMAKE_COMMAND}" -E touch "${OXT_STAGE}/dialogs/${dialog}_en_US.default")
endforeach()

set(oxt_depends reportkit_component escape_properties)
if(REPORTKIT_AARCH64)
  list(APPEND stage_commands
    COMMAND "${CMAKE_COMMAND}" -E make_directory "${OXT_STAGE}/${AARCH64_FOLDER}"
    COMMAND "${CMAKE_COMMAND}" -E copy "${PROJECT_SOURCE_DIR}/extension/reportkit.components" "${AARCH64_COMPONENT}"
            "${OXT_STAGE}/${AARCH64_FOLDER}/"
    COMMAND "${REPORTKIT_AARCH64_STRIP}" --strip-debug "${OXT_STAGE}/${AARCH64_FOLDER}/reportkit.so")
  list(APPEND oxt_depends aarch64 "${AARCH64_COMPONENT}")
endif()

add_custom_command(
  OUTPUT "${OXT_FILE}"
  ${stage_commands}
  COMMAND "${CMAKE_COMMAND}" -E chdir "${OXT_STAGE}" "${CMAKE_COMMAND}" -E tar cf "${OXT_FILE}" --format=zip .
  # The configured copies too: they change when the AArch64 component comes or goes.
  DEPENDS ${OXT_SOURCES} ${DIALOG_XDL} ${DIALOG_STRINGS} "${PROJECT_SOURCE_DIR}/description.xml"
          "${PROJECT_BINARY_DIR}/description.xml" "${PROJECT_BINARY_DIR}/manifest.xml"
          "${REPORTKIT_RDB}" ${oxt_depends}
  COMMENT "Packing reportkit.oxt")
add_custom_target(oxt ALL DEPENDS "${OXT_FILE}")

# The ARM64 command line for a release, beside the .oxt: `reportkit` with the files it reads
# beside it (the build tree's layout, which it looks for first).
if(REPORTKIT_AARCH64)
  set(AARCH64_ARCHIVE_NAME "reportkit-${PROJECT_VERSION}-linux-aarch64")
  set(AARCH64_ARCHIVE "${PROJECT_BINARY_DIR}/${AARCH64_ARCHIVE_NAME}.tar.gz")
  set(archive_stage "${PROJECT_BINARY_DIR}/release/${AARCH64_ARCHIVE_NAME}")
  add_custom_command(
    OUTPUT "${AARCH64_ARCHIVE}"
    COMMAND "${CMAKE_COMMAND}" -E rm -rf "${archive_stage}"
    COMMAND "${CMAKE_COMMAND}" -E make_directory "${archive_stage}/oxt"
    COMMAND "${CMAKE_COMMAND}" -E copy "${AARCH64_REPORTKIT}" "${OXT_FILE}" "${REPORTKIT_RDB}" "${archive_stage}/"
    COMMAND "${REPORTKIT_AARCH64_STRIP}" --strip-debug "${archive_stage}/reportkit"
    COMMAND "${CMAKE_COMMAND}" -E copy_directory "${OXT_STAGE}/messages" "${archive_stage}/oxt/messages"
    COMMAND "${CMAKE_COMMAND}" -E copy_directory "${OXT_STAGE}/templates" "${archive_stage}/oxt/templates"
    COMMAND "${CMAKE_COMMAND}" -E chdir "${PROJECT_BINARY_DIR}/release"
            "${CMAKE_COMMAND}" -E tar czf "${AARCH64_ARCHIVE}" "${AARCH64_ARCHIVE_NAME}"
    DEPENDS aarch64 "${AARCH64_REPORTKIT}" oxt "${OXT_FILE}"
    COMMENT "Packing ${AARCH64_ARCHIVE_NAME}.tar.gz")
  add_custom_target(aarch64_archive ALL DEPENDS "${AARCH64_ARCHIVE}")
endif()

# The example office policy (examples/office-policy), packed for the tests that lock settings.
set(POLICY_SOURCE "${PROJECT_SOURCE_DIR}/examples/office-policy")
set(POLICY_FILE "${PROJECT_BINARY_DIR}/office-policy.oxt")
file(GLOB_RECURSE POLICY_FILES CONFIGURE_DEPENDS "${POLICY_SOURCE}/*")
add_custom_command(
  OUTPUT "${POLICY_FILE}"
  COMMAND "${CMAKE_COMMAND}" -E chdir "${POLICY_SOURCE}" "${CMAKE_COMMAND}" -E tar cf "${POLICY_FILE}" --format=zip .
  DEPENDS ${POLICY_FILES}
  COMMENT "Packing office-policy.oxt")
add_custom_target(office_policy_oxt ALL DEPENDS "${POLICY_FILE}")
