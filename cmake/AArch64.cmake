# The AArch64 component and `reportkit`, cross-built beside the x86-64 ones by a build of this same
# tree in build/aarch64, when Debian's cross compiler and the arm64 sysroot are there
# (bash scripts/install-deps.sh --arm64; bash scripts/arm64-sysroot.sh build/arm64-sysroot).
# Sets REPORTKIT_AARCH64 and, when it is ON, the paths of what it builds.
set(REPORTKIT_AARCH64_SYSROOT "${PROJECT_BINARY_DIR}/arm64-sysroot" CACHE PATH
    "The arm64 sysroot that scripts/arm64-sysroot.sh makes: LibreOffice's arm64 URE and SDK")
find_program(REPORTKIT_AARCH64_CXX aarch64-linux-gnu-g++)
find_program(REPORTKIT_AARCH64_STRIP aarch64-linux-gnu-strip)

set(REPORTKIT_AARCH64 OFF)
if(NOT CMAKE_SYSTEM_PROCESSOR STREQUAL "x86_64")
  set(why "this build is for ${CMAKE_SYSTEM_PROCESSOR} already")
elseif(NOT REPORTKIT_AARCH64_CXX OR NOT REPORTKIT_AARCH64_STRIP)
  set(why "no aarch64-linux-gnu-g++ (bash scripts/install-deps.sh --arm64 installs it)")
elseif(NOT EXISTS "${REPORTKIT_AARCH64_SYSROOT}/.reportkit-sysroot")
  set(why "no arm64 sysroot at ${REPORTKIT_AARCH64_SYSROOT} (bash scripts/arm64-sysroot.sh makes it)")
else()
  set(REPORTKIT_AARCH64 ON)
endif()
if(NOT REPORTKIT_AARCH64)
  message(STATUS "ReportKit: building for ${CMAKE_SYSTEM_PROCESSOR} only, not AArch64: ${why}")
  return()
endif()
message(STATUS "ReportKit: building for AArch64 too, in ${PROJECT_BINARY_DIR}/aarch64")

include(ExternalProject)
set(AARCH64_BUILD "${PROJECT_BINARY_DIR}/aarch64")
set(AARCH64_COMPONENT "${AARCH64_BUILD}/src/reportkit.so")
set(AARCH64_FOLDER "linux_aarch64")  # the component's folder in the .oxt
set(AARCH64_REPORTKIT "${AARCH64_BUILD}/reportkit")
ExternalProject_Add(aarch64
  SOURCE_DIR "${PROJECT_SOURCE_DIR}"
  BINARY_DIR "${AARCH64_BUILD}"
  CMAKE_ARGS
    "-DCMAKE_TOOLCHAIN_FILE=${PROJECT_SOURCE_DIR}/cmake/aarch64-linux-gnu.toolchain.cmake"
    "-DREPORTKIT_AARCH64_SYSROOT=${REPORTKIT_AARCH64_SYSROOT}"
    "-DREPORTKIT_HOST_BUILD=${PROJECT_BINARY_DIR}"
    "-DCMAKE_BUILD_TYPE=${CMAKE_BUILD_TYPE}"
    -DREPORTKIT_TESTS=OFF
  INSTALL_COMMAND ""
  # Its sources are this tree's: its own build knows what changed.
  BUILD_ALWAYS ON
  BUILD_BYPRODUCTS "${AARCH64_COMPONENT}" "${AARCH64_REPORTKIT}"
  DEPENDS uno_headers)
