#!/usr/bin/env bash
# Renders the main window in every sync state (and the Preferences, Set Up Sync, Share Budget
# and no-keychain dialogs; those from a fixed public test key, never a real secret), and the
# budget workspace with a realistic household budget (tests/budgetui/RealisticBudget.h), to
# docs/screenshots/*.png, driving the real SignalingService against local servers.
# Usage: scripts/screenshots.sh [build-dir]   (default: $VV_BUILD_DIR or ./build)
# Runs under xvfb-run when available (real X11 font rendering), else the offscreen platform.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-${VV_BUILD_DIR:-$ROOT/build}}
OUT=${VV_SCREENSHOT_DIR:-$ROOT/docs/screenshots}

if [ ! -f "$BUILD/CMakeCache.txt" ]; then
  cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=${VV_BUILD_TYPE:-RelWithDebInfo}
fi
cmake --build "$BUILD" -j "${VV_JOBS:-2}" --target tst_mainwindow tst_sharing tst_appsync tst_budgetshots
mkdir -p "$OUT"

export VV_SCREENSHOT_DIR="$OUT"
# The synced-budget shot syncs against the real server when it is built (else a relay without a store).
if [ -x "$BUILD/bin/violetvault-server" ]; then export VV_SERVER_BIN="$BUILD/bin/violetvault-server"; fi
if command -v xvfb-run >/dev/null 2>&1; then
  for t in tst_mainwindow tst_sharing tst_appsync; do
    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x800x24" "$BUILD/bin/$t" screenshots
  done
  QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x800x24" "$BUILD/bin/tst_budgetshots"

else
  for t in tst_mainwindow tst_sharing tst_appsync; do
    QT_QPA_PLATFORM=offscreen "$BUILD/bin/$t" screenshots
  done
  QT_QPA_PLATFORM=offscreen "$BUILD/bin/tst_budgetshots"

fi
ls -1 "$OUT"/*.png
