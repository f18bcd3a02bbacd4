#!/usr/bin/env bash
# tools/setup.sh: sets up a fresh Debian bookworm machine for llgo-lite and builds it.
#
# 1. installs the Debian packages the build and the tests need (apt-get, as root or through sudo),
#    skipped when they are all present;
# 2. configures and builds into build/ (cmake, Release with debug info).
# Set LLGO_SETUP_NO_APT=1 to skip step 1.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(build-essential cmake pkg-config llvm-19-dev clang-19 libclang-rt-19-dev libgc-dev libgmp-dev check
          libzstd-dev golang-1.19-go diffutils time valgrind
          gcc-aarch64-linux-gnu libc6-dev-arm64-cross qemu-user libgc-dev:arm64)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ "${LLGO_SETUP_NO_APT:-0}" != 1 ] && [ ${#missing[@]} -gt 0 ]; then
  sudo=
  [ "$(id -u)" = 0 ] || sudo=sudo
  export DEBIAN_FRONTEND=noninteractive
  # AArch64 cross-linking needs Boehm GC for arm64 from Debian's multiarch archive.
  dpkg --print-foreign-architectures | grep -qx arm64 || $sudo dpkg --add-architecture arm64
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j"$(nproc)"
