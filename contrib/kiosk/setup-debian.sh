#!/bin/sh
# Sets up a fresh Debian 13 machine as a kyr kiosk. Run as root, with kyr installed first: the
# .deb (apt install ./kyr_*.deb; then this script is /usr/share/kyr/kiosk/setup-debian.sh), or
# a build copied to /usr/local/bin/kyr (cargo build --release; cp target/release/kyr
# /usr/local/bin/).
set -eu
here=$(dirname "$0")

apt-get update
# cage: the kiosk compositor. foot: the terminal. Fonts for every language of the pack.
apt-get install -y --no-install-recommends cage foot \
  fonts-noto-core fonts-noto-mono fonts-noto-cjk fonts-noto-color-emoji dbus

# A user with no password and no shell: the kiosk runs as it.
id kiosk >/dev/null 2>&1 || useradd --create-home --shell /usr/sbin/nologin kiosk

install -D -m 0644 "$here/foot.ini" /etc/kyr/foot.ini
install -D -m 0644 "$here/kyr-kiosk.service" /etc/systemd/system/kyr-kiosk.service
systemctl daemon-reload
systemctl enable kyr-kiosk.service
systemctl set-default graphical.target
echo "kyr kiosk installed. Reboot to start it; see 'journalctl -u kyr-kiosk' for its log."
