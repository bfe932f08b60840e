#!/usr/bin/env bash
# Takes the README's screenshots of the real app: `postie demo` in a
# 1200×780 Xvfb screen (the window's own size), driven with xdotool.
#
#   assets/screenshots/take.sh            # builds the release binary first
#   POSTIE=/path/to/postie assets/screenshots/take.sh
#
# Needs: xvfb, xdotool, imagemagick (import). As root they are installed.
# The clicks are at fixed points of the default layout; when the layout
# changes, look at the pictures and move the points.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=assets/screenshots

packages=(xvfb xdotool imagemagick)
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
    if [[ $(id -u) -eq 0 ]]; then
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
    else
        echo "take.sh: install ${missing[*]} first" >&2
        exit 1
    fi
fi

if [[ -z ${POSTIE:-} ]]; then
    cargo build --release --locked --bin postie
    POSTIE=target/release/postie
fi

display=
for n in $(seq 90 199); do
    if [[ ! -e /tmp/.X11-unix/X$n && ! -e /tmp/.X$n-lock ]]; then display=:$n; break; fi
done
[[ -n $display ]] || { echo "take.sh: no free X display" >&2; exit 1; }

Xvfb "$display" -screen 0 1200x780x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
app=
cleanup() {
    [[ -n $app ]] && kill "$app" 2>/dev/null || true
    kill "$xvfb" 2>/dev/null || true
}
trap cleanup EXIT
export DISPLAY=$display
for _ in $(seq 100); do [[ -e /tmp/.X11-unix/X${display#:} ]] && break; sleep 0.1; done

# The sample-mail account in a throw-away data dir; the window follows the
# system theme, which under a bare X server is light.
"$POSTIE" demo >/dev/null 2>&1 &
app=$!
window=$(xdotool search --sync --classname '^io.github.postie.Postie$' | head -1)
xdotool windowfocus --sync "$window"
sleep 4 # the sample mail arrives from the demo server

click() { xdotool mousemove "$1" "$2" click 1; sleep "${3:-0.8}"; }
type_text() { xdotool type --delay 15 "$1"; }
shot() {
    xdotool mousemove 1199 779 # out of the way: no hover highlight
    sleep 0.5
    import -window root "$out/$1"
    echo "take.sh: $out/$1"
}

# 1. The inbox with a German message and its PDF attachment open.
click 420 675 1.5 # "Re: Präsentation für März", eleventh row
shot mailbox.png

# 2. Account setup: an address fills in its provider's settings.
click 83 684      # "Add account" in the sidebar
click 425 112 0.2 # "Your name"
type_text "Sam Demo"
click 773 112 0.2 # "E-mail address"
type_text "sam.demo@gmail.com"
sleep 0.8
shot setup.png
click 301 745 # Cancel

# 3. Dark: the phishing example, whose link shows its real target.
click 70 720  # Settings
click 283 369 # Dark
click 923 50  # Done
click 420 451 1.5 # "Security Awareness Week", seventh row
shot mailbox-dark.png
