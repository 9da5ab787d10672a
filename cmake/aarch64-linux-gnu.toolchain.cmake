# Cross-compiling for ARM64 Linux with Debian's g++-aarch64-linux-gnu, against the sysroot that
# scripts/arm64-sysroot.sh makes (REPORTKIT_AARCH64_SYSROOT). cmake/AArch64.cmake passes both.
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR aarch64)
set(CMAKE_C_COMPILER aarch64-linux-gnu-gcc)
set(CMAKE_CXX_COMPILER aarch64-linux-gnu-g++)
set(CMAKE_SYSROOT "${REPORTKIT_AARCH64_SYSROOT}")
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES REPORTKIT_AARCH64_SYSROOT)

# Libraries, headers and packages from the sysroot only; programs (cppumaker) are the host's.
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
