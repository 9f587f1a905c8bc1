#!/bin/sh
# update-esbuild.sh VERSION: copy esbuild VERSION's packages that Kiln links
# into third_party/esbuild again and apply Kiln's four changes (see
# third_party/esbuild/README.kiln.md): the serve API left out, MIME sniffing
# without net/http, emitDecoratorMetadata, and the package-level tables
# built on first use (go run ./third_party/lazyinit).
# Then set the version in go.mod's require and replace lines, and run
# `go build ./... && go test ./parser/... ./cmd/kiln` (TypeScript, JSX and
# --bundle go through esbuild).
set -e
version=${1:?usage: update-esbuild.sh VERSION (e.g. v0.28.2)}
root=$(cd "$(dirname "$0")/.." && pwd)
dst=$root/third_party/esbuild
src=$(cd "$root" && GOFLAGS=-mod=mod go mod download -json "github.com/evanw/esbuild@$version" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
[ -d "$src" ] || { echo "update-esbuild.sh: cannot download esbuild $version" >&2; exit 1; }
# The packages pkg/api reaches (go list -deps ./cmd/kiln | grep esbuild, for
# every GOOS); a new esbuild that imports another fails the build until it
# is added here.
pkgs="pkg/api internal/api_helpers internal/ast internal/bundler internal/cache internal/compat internal/config
internal/css_ast internal/css_lexer internal/css_parser internal/css_printer internal/fs internal/graph
internal/helpers internal/js_ast internal/js_lexer internal/js_parser internal/js_printer internal/linker
internal/logger internal/renamer internal/resolver internal/runtime internal/sourcemap internal/xxhash"
rm -rf "$dst/internal" "$dst/pkg"
for p in $pkgs; do
	mkdir -p "$dst/$p"
	for f in "$src/$p"/*.go; do
		case $f in *_test.go) ;; *) cp "$f" "$dst/$p/" ;; esac
	done
done
cp "$src/go.mod" "$src/LICENSE.md" "$dst/"
chmod -R u+w "$dst"
# The serve API is esbuild's HTTP server, which Kiln never starts; leaving it
# out keeps net/http out of Kiln (esbuild's WebAssembly build does the same).
# The file's name changes because a _wasm suffix is itself a build constraint.
rm "$dst/pkg/api/serve_other.go" "$dst/pkg/api/favicon.go"
sed -e '/^\/\/go:build js && wasm$/d' -e '/^\/\/ +build js,wasm$/d' \
	-e 's/not supported when using WebAssembly/not supported in Kiln/' \
	-e 's/^\/\/ Remove the serve API in the WebAssembly build.*$/\/\/ Kiln leaves the serve API out (third_party\/esbuild\/README.kiln.md)./' \
	"$dst/pkg/api/serve_wasm.go" >"$dst/pkg/api/serve_kiln.go"
rm "$dst/pkg/api/serve_wasm.go"
gofmt -w "$dst/pkg/api/serve_kiln.go"
# The dataurl loader's one call to http.DetectContentType linked net/http and
# some twenty packages behind it, all initialised in every process; it goes
# to third_party/sniff's copy of the same rules instead (sniff_test.go checks
# it against net/http). The script fails if esbuild uses net/http otherwise.
{
	echo "// Kiln's: update-esbuild.sh copies this file from third_party/sniff/sniff.go."
	echo
	sed -e 's/^package sniff$/package helpers/' -e '/^\/\/ Package sniff /,/^\/\/ points the call at it/d' \
		"$root/third_party/sniff/sniff.go"
} >"$dst/internal/helpers/sniff_kiln.go"
sed -i.orig -e 's/http\.DetectContentType(/helpers.DetectContentType(/' -e '/^\t"net\/http"$/d' \
	"$dst/internal/bundler/bundler.go"
rm "$dst/internal/bundler/bundler.go.orig"
if grep -rlq '"net/http"' "$dst"; then
	echo "update-esbuild.sh: esbuild $version imports net/http somewhere new" >&2
	exit 1
fi
# TypeScript's emitDecoratorMetadata, which esbuild leaves out: the parser
# keeps where type annotations are and the class lowering adds tsc's
# __metadata decorators (third_party/esbuild-kiln).
patch -s -p1 -d "$dst" <"$root/third_party/esbuild-kiln/emit-decorator-metadata.patch"
cp "$root/third_party/esbuild-kiln/ts_metadata.go.in" "$dst/internal/js_parser/ts_metadata_kiln.go"
(cd "$root" && go run ./third_party/lazyinit "$dst")
