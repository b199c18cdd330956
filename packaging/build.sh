#!/usr/bin/env bash
# Build the frozen Linux app: packaging/build.sh [DIST_DIR] → DIST_DIR/coopclient/coopclient (default dist/).
# PyInstaller lives in its own venv (packaging/.venv-build, or $COOPCLIENT_BUILD_VENV), pinned by
# constraints/packaging.txt beside the app's own pins: it is a build tool, never a dependency of the app.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dist="$(realpath -m "${1:-$root/dist}")"
venv="${COOPCLIENT_BUILD_VENV:-$root/packaging/.venv-build}"
work="${COOPCLIENT_BUILD_WORK:-$root/build}"

# Qt's xcb platform plugin links these; when the build host lacks them PyInstaller silently leaves them out
# and the frozen app aborts with "Could not load the Qt platform plugin xcb". Install them (root only).
need=(libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0
      libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 libxkbcommon0 libegl1 libgl1 libfontconfig1 libdbus-1-3)
missing=()
for pkg in "${need[@]}"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then echo "build.sh: install first: apt-get install ${missing[*]}" >&2; exit 1; fi
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
pip() { "$venv/bin/pip" "$@" 2>&1 | { grep -v "^WARNING: Location" || true; }; return "${PIPESTATUS[0]}"; }
# A regular (not editable) install, so the bundle holds the package as a wheel would; the ledger extra too.
pip install -q --disable-pip-version-check -c "$root/constraints/test.txt" -c "$root/constraints/packaging.txt" \
  "$root[ledger]" pyinstaller
"$venv/bin/pyinstaller" --noconfirm --log-level WARN --distpath "$dist" --workpath "$work" "$root/packaging/coopclient.spec"
echo "$dist/coopclient/coopclient"
