# CMake toolchain for building the kiosk for arm64 (Debian's aarch64-linux-gnu
# cross compilers) against the arm64 root made by make-arm64-root.sh, whose path
# is in the environment variable KIOSK_ARM64_ROOT. build-arm64-deb.sh hands it
# to the package build through the CMAKE_TOOLCHAIN_FILE environment variable.
# Libraries, headers, CMake packages and pkg-config modules come from the root
# only; programs from this machine.
if(NOT DEFINED ENV{KIOSK_ARM64_ROOT} OR NOT IS_DIRECTORY "$ENV{KIOSK_ARM64_ROOT}")
  message(FATAL_ERROR "KIOSK_ARM64_ROOT names no folder (see platform/cross/make-arm64-root.sh)")
endif()
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR aarch64)
set(CMAKE_C_COMPILER aarch64-linux-gnu-gcc)
set(CMAKE_CXX_COMPILER aarch64-linux-gnu-g++)
set(CMAKE_SYSROOT "$ENV{KIOSK_ARM64_ROOT}")
set(CMAKE_FIND_ROOT_PATH "$ENV{KIOSK_ARM64_ROOT}")
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
# The root's own paths (/usr/include/...) in the debug information, not where the
# root happens to be on this machine: the package is then the same wherever it is.
set(CMAKE_C_FLAGS_INIT "-ffile-prefix-map=$ENV{KIOSK_ARM64_ROOT}=")
set(CMAKE_CXX_FLAGS_INIT "-ffile-prefix-map=$ENV{KIOSK_ARM64_ROOT}=")
# debhelper names /usr/bin/aarch64-linux-gnu-pkg-config, which only arm64
# multiarch would install; this wrapper reads the root's modules instead.
set(PKG_CONFIG_EXECUTABLE "${CMAKE_CURRENT_LIST_DIR}/bin/aarch64-pkg-config" CACHE FILEPATH
    "pkg-config for the arm64 root" FORCE)
