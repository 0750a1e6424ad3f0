#!/bin/sh
# kyr printing a situation beside tealdeer printing a tldr page, measured in one run:
# wall times (hyperfine) and instruction counts (callgrind, which repeat exactly).
#
#   benches/tealdeer.sh PAGE.md
#
# PAGE.md is a tldr page saved from the tldr-pages project (the README's numbers use
# pages/common/tar.md). tealdeer is installed for this comparison only, into
# target/tealdeer; it is not a dependency of kyr.
set -eu
page=${1:?usage: benches/tealdeer.sh PAGE.md}
root=$(cd "$(dirname "$0")/.." && pwd)
tldr=$root/target/tealdeer/bin/tldr
[ -x "$tldr" ] || cargo install tealdeer --root "$root/target/tealdeer"
cargo build --release --quiet --manifest-path "$root/Cargo.toml"
kyr=$root/target/release/kyr
hyperfine -N --warmup 30 --runs 500 \
    "$tldr --render $page" "$kyr show at-home" "$kyr list"
for cmd in "$tldr --render $page" "$kyr show at-home" "$kyr list"; do
    # shellcheck disable=SC2086 # the command's words
    refs=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null $cmd 2>&1 >/dev/null |
        sed -n 's/.*refs: *//p')
    echo "$cmd: $refs instructions"
done
