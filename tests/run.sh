#!/usr/bin/env bash
# The one test command (README, .ci/run): installs the Debian packages the
# tests need when they are missing, then runs the whole suite.
#
# As root, missing packages are installed with apt-get. Otherwise the exact
# apt-get line is printed and the script fails: a test is never skipped for
# want of a dependency.
set -euo pipefail
cd "$(dirname "$0")/.."

# What the tests use, and why:
#   dovecot-core, dovecot-pop3d  real POP3 server for interop tests
#   dbus, gnome-keyring          a Secret Service for the keyring tests
#   perl, make, gcc              build the vendored OpenSSL
#   xvfb, xauth                  a real X server for the window smoke test
#   x11-apps, x11-utils          xwd (its screenshot), xwininfo (its class)
#   libxkbcommon-x11-0, libx11-xcb1, mesa-vulkan-drivers, libgl1-mesa-dri
#                                what winit/wgpu load at run time to open
#                                and draw a window (software rendering)
#   desktop-file-utils, appstream  validate the installed menu entry and
#                                metainfo (desktop-file-validate, appstreamcli)
#   dpkg-dev                     dpkg-shlibdeps: cargo-deb's Depends from the
#                                libraries the binary links
#   binutils                     strip: cargo-deb strips the packed binary
packages=(dovecot-core dovecot-pop3d dbus gnome-keyring perl make gcc
    xvfb xauth x11-apps x11-utils libxkbcommon-x11-0 libx11-xcb1 mesa-vulkan-drivers libgl1-mesa-dri
    desktop-file-utils appstream dpkg-dev binutils)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done

if ((${#missing[@]})); then
    if [[ $(id -u) -eq 0 ]]; then
        echo "tests/run.sh: installing ${missing[*]}"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        apt-get install -y -qq --no-install-recommends "${missing[@]}"
    else
        echo "tests/run.sh: these packages are missing; install them with:" >&2
        echo "  sudo apt-get install -y ${missing[*]}" >&2
        exit 1
    fi
fi

# Temporary directories, removed however the script ends.
temporary=()
trap 'rm -rf "${temporary[@]}"' EXIT

# cargo-deb makes the Debian package (tests/sync/package.rs), at this exact
# version: the test packs the dev binary, which cargo-deb says later versions
# may refuse. It is built in a target dir of its own, so that it neither
# mixes with nor waits for the project's (CARGO_TARGET_DIR applies to
# installs).
cargo_deb_version=3.8.0
if [[ $(cargo deb --version 2>/dev/null) != "cargo-deb $cargo_deb_version" ]]; then
    echo "tests/run.sh: installing cargo-deb $cargo_deb_version"
    cargo_deb_build=$(mktemp -d)
    temporary+=("$cargo_deb_build")
    cargo install --locked --force --target-dir "$cargo_deb_build" "cargo-deb@$cargo_deb_version"
fi

# Dovecot's package starts a system instance on the standard ports; the
# tests start their own on free loopback ports and do not need it.

cargo fmt --check
cargo clippy --locked --all-targets -- -D warnings
# The GUI tests draw with tiny-skia, the same on every machine.
export ICED_TEST_BACKEND=tiny-skia
# The apps the tests start log here, not into the user's own logs.
POSTIE_LOG_DIR="$(mktemp -d)"
export POSTIE_LOG_DIR
temporary+=("$POSTIE_LOG_DIR")
# The keyring tests need a Secret Service: a private D-Bus session with a
# GNOME Keyring unlocked by a throw-away password (an empty one would wait
# for a GUI prompt). Both end with the tests.
dbus-run-session -- sh -c \
    'printf ci-pass | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec cargo test --locked'
# Benchmarks are run by hand (see README); here they must at least build.
cargo build --locked --benches
