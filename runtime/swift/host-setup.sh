#!/usr/bin/env bash
# Debian has no Swift, so the image gets the parts of the toolchain that builds CloneCode (the one on
# this machine's PATH) that compiling and linking a program needs: the driver, the frontend, clang and
# lld as the linker, the Linux standard library and Foundation, their module maps and headers. About
# 950 MB. Usage: host-setup.sh ROOTFS, or host-setup.sh --fingerprint (what the image depends on).
set -euo pipefail
toolchain=$(dirname "$(dirname "$(readlink -f "$(command -v swiftc)")")")
[ -x "$toolchain/bin/swift-frontend" ] || { echo "error: no Swift toolchain found for the swift runner" >&2; exit 1; }
if [ "$1" = --fingerprint ]; then "$toolchain/bin/swiftc" --version; exit 0; fi
rootfs=$1
install -d "$rootfs/opt/swift/usr/bin" "$rootfs/opt/swift/usr/lib/swift/host"
cd "$toolchain"
cp -a bin/swift-frontend bin/swift-driver bin/swiftc bin/swift-autolink-extract bin/clang bin/clang-21 \
  bin/clang++ bin/lld bin/ld.lld "$rootfs/opt/swift/usr/bin/"
cp -a lib/clang "$rootfs/opt/swift/usr/lib/"
cp -a lib/swift/linux lib/swift/shims lib/swift/clang lib/swift/dispatch lib/swift/os lib/swift/Block lib/swift/CoreFoundation \
  lib/swift/_FoundationCShims lib/swift/_foundation_unicode lib/swift/apinotes "$rootfs/opt/swift/usr/lib/swift/"
cp -a lib/swift/host/compiler lib/swift/host/lib_InternalSwiftScan.so "$rootfs/opt/swift/usr/lib/swift/host/"
