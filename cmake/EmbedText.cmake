# Writes a header that holds a text file of the repository as a string constant, so that the
# program carries it and reads no file at run time:
#   cmake -DINPUT=file -DOUTPUT=header.hpp -DNAME=kConstant -DNAMESPACE=ns -P EmbedText.cmake
file(READ "${INPUT}" content)
if(content MATCHES "\\)embedded\"")
  message(FATAL_ERROR "${INPUT} holds )embedded\", which would end the string")
endif()
get_filename_component(source "${INPUT}" NAME)
file(WRITE "${OUTPUT}.new"
  "#pragma once\n// Generated from ${source} by cmake/EmbedText.cmake: edit that file instead.\n"
  "#include <string_view>\nnamespace ${NAMESPACE} {\n"
  "inline constexpr std::string_view ${NAME} = R\"embedded(${content})embedded\";\n}\n")
# Only a changed header is replaced, so that what includes it is not compiled again for nothing.
file(COPY_FILE "${OUTPUT}.new" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.new")
