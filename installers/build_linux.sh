#!/usr/bin/env bash
# Builds the Linux package of Mentor Desk: a PyInstaller one-folder bundle, packed as a .deb
# (installs to /opt/mentor-desk, a launcher /usr/bin/mentor-desk, a menu entry in Thai and
# English, the icon), then unpacks the .deb and runs the packaged program's --self-test.
#
#   installers/build_linux.sh                  build in a fresh virtual environment
#   installers/build_linux.sh --venv .venv     build with an existing one (PyInstaller is added)
#
# Output: build/installers/linux/mentor-desk_<version>_<arch>.deb (and the bundle beside it).
# Needs: python3 (3.11+) with venv, dpkg-deb (Debian/Ubuntu), network access to PyPI or a
# mirror for the fresh environment. Nothing is downloaded from anywhere else.
# Environment: DEB_COMPRESSION (xz, zstd, gzip, none; default zstd) trades size for speed;
# MAX_BUNDLE_MB (default 250) fails the build when the unpacked bundle grows past it.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
OUT="$ROOT/build/installers/linux"
VENV=""
while (($#)); do
    case "$1" in
        --venv) VENV="$2"; shift 2 ;;
        -h | --help) sed -n '2,14p' "$0"; exit 0 ;;
        *) echo "unknown option: $1" >&2; exit 2 ;;
    esac
done

started=$(date +%s)
step() { printf '\n== %s (%ss)\n' "$1" "$(($(date +%s) - started))"; }

rm -rf "$OUT"
mkdir -p "$OUT"

step "Python environment"
if [[ -z "$VENV" ]]; then
    VENV="$OUT/venv"
    python3 -m venv "$VENV"
    "$VENV/bin/python" -m pip install -q --upgrade pip
    "$VENV/bin/python" -m pip install -q "$ROOT[build]"
else
    VENV="$(cd "$VENV" && pwd)"
    "$VENV/bin/python" -m pip install -q "pyinstaller>=6.10"
fi
PYTHON="$VENV/bin/python"

step "PyInstaller one-folder bundle"
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$OUT/dist" --workpath "$OUT/work" "$ROOT/installers/mentor-desk.spec"
BUNDLE="$OUT/dist/mentor-desk"
test -x "$BUNDLE/mentor-desk"
# The build machine's Python may carry ~25 MB of debug symbols (libpython, its extension
# modules). Only those and cryptography's binding are stripped: PyInstaller's strip=True
# would also strip the wheels' patched libraries (numpy's OpenBLAS), which then fail to load.
if command -v strip >/dev/null; then
    strip --strip-unneeded "$BUNDLE"/_internal/libpython3*.so* \
        "$BUNDLE"/_internal/python3*/lib-dynload/*.so \
        "$BUNDLE"/_internal/cryptography/hazmat/bindings/*.so 2>/dev/null || true
fi

BUNDLE_MB="$(du -sm "$BUNDLE" | cut -f1)"
echo "bundle: ${BUNDLE_MB} MiB (limit ${MAX_BUNDLE_MB:-250})"
if ((BUNDLE_MB > ${MAX_BUNDLE_MB:-250})); then
    echo "the bundle grew past ${MAX_BUNDLE_MB:-250} MiB: see 'What is left out' in installers/README.md" >&2
    exit 1
fi

step "Debian package"
VERSION="$("$PYTHON" -c 'from importlib.metadata import version; print(version("mentor-desk"))')"
ARCH="$(dpkg --print-architecture)"
DEB="$OUT/mentor-desk_${VERSION}_${ARCH}.deb"
STAGE="$OUT/deb"
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications"
cp -a "$BUNDLE" "$STAGE/opt/mentor-desk"
cat >"$STAGE/usr/bin/mentor-desk" <<'EOF'
#!/bin/sh
exec /opt/mentor-desk/mentor-desk "$@"
EOF
chmod 755 "$STAGE/usr/bin/mentor-desk"
cp "$ROOT/installers/linux/mentor-desk.desktop" "$STAGE/usr/share/applications/"
for size in 16 24 32 48 64 128 256 512; do
    folder="$STAGE/usr/share/icons/hicolor/${size}x${size}/apps"
    mkdir -p "$folder"
    cp "$ROOT/assets/icons/mentor-desk-$size.png" "$folder/mentor-desk.png"
done
mkdir -p "$STAGE/usr/share/icons/hicolor/scalable/apps"
cp "$ROOT/assets/icons/mentor-desk.svg" "$STAGE/usr/share/icons/hicolor/scalable/apps/"
INSTALLED_KB="$(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)"
sed -e "s/@VERSION@/$VERSION/" -e "s/@ARCH@/$ARCH/" -e "s/@INSTALLED_KB@/$INSTALLED_KB/" \
    "$ROOT/installers/linux/control.in" >"$STAGE/DEBIAN/control"
find "$STAGE" -type d -exec chmod 755 {} +
dpkg-deb --root-owner-group -Z"${DEB_COMPRESSION:-zstd}" --build "$STAGE" "$DEB" >/dev/null

step "Self-test of the packaged program"
CHECK="$OUT/unpacked"
dpkg-deb -x "$DEB" "$CHECK"
QT_QPA_PLATFORM=offscreen "$CHECK/opt/mentor-desk/mentor-desk" --self-test

step "Done"
echo "package:        $DEB ($(du -h "$DEB" | cut -f1))"
echo "unpacked size:  $(du -sh "$CHECK/opt/mentor-desk" | cut -f1) (bundle), ${INSTALLED_KB} KiB installed"
echo "build time:     $(($(date +%s) - started)) s"
