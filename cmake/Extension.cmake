# Stages the extension's files under build/oxt and packs build/reportkit.oxt with CMake's own zip.
set(OXT_STAGE "${PROJECT_BINARY_DIR}/oxt")
set(OXT_FILE "${PROJECT_BINARY_DIR}/reportkit.oxt")

configure_file("${PROJECT_SOURCE_DIR}/description.xml" "${PROJECT_BINARY_DIR}/description.xml" @ONLY)

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

add_custom_command(
  OUTPUT "${OXT_FILE}"
  ${stage_commands}
  COMMAND "${CMAKE_COMMAND}" -E chdir "${OXT_STAGE}" "${CMAKE_COMMAND}" -E tar cf "${OXT_FILE}" --format=zip .
  DEPENDS ${OXT_SOURCES} ${DIALOG_XDL} ${DIALOG_STRINGS} "${PROJECT_SOURCE_DIR}/description.xml"
          "${REPORTKIT_RDB}" reportkit_component escape_properties
  COMMENT "Packing reportkit.oxt")
add_custom_target(oxt ALL DEPENDS "${OXT_FILE}")

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
