#!/bin/sh
# update-brotli.sh VERSION makes third_party/brotli again from
# github.com/andybalholm/brotli at VERSION (see third_party/brotli/README.kiln.md):
# the module's Go files without tests, test data and http.go.
set -eu
version=${1:?usage: update-brotli.sh VERSION}
root=$(cd "$(dirname "$0")/.." && pwd)
src=$(cd "$root" && go mod download -json "github.com/andybalholm/brotli@$version" | sed -n 's/^\t"Dir": "\(.*\)",$/\1/p')
dst=$root/third_party/brotli
kept=$(sed -n '/^## Kiln/,$p' "$dst/README.kiln.md" 2>/dev/null || true)
rm -rf "$dst"
mkdir -p "$dst/matchfinder"
cp "$src/LICENSE" "$src/go.mod" "$dst/"
for f in "$src"/*.go "$src"/matchfinder/*.go; do
	case $f in
	*_test.go | */http.go) continue ;;
	esac
	cp "$f" "$dst/${f#"$src"/}"
done
chmod -R u+w "$dst"
[ -z "$kept" ] || printf '%s\n' "$kept" >"$dst/README.kiln.md"
