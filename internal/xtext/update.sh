#!/bin/sh
# update.sh: copy the golang.org/x/text packages Kiln keeps a copy of (see
# doc.go) from the x/text in go.mod into this folder again, then apply
# Kiln's changes (doc.go lists them; update.py makes them). Run from anywhere;
# check `go build ./... && go test ./vm/... ./internal/xtext/...` and the
# intl402 test262 folders after. A patch that no longer applies stops the
# script: redo it by hand from what doc.go says.
set -e
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here" && go list -m -f '{{.Dir}}' golang.org/x/text)
# Each package keeps its x/text path below this folder. language needs
# internal/language; the packages that take its Tag type (collate, plural)
# must take Kiln's copy, so they come too, with the internals they import.
pkgs="collate internal/colltab language internal/language internal/language/compact internal/tag
feature/plural internal/number internal/stringset"
rm -rf "$here/collate" "$here/colltab" "$here/language" "$here/internal" "$here/feature" "$here/message"
for p in $pkgs; do
	mkdir -p "$here/$p"
	for f in "$src/$p"/*.go; do
		case $f in *_test.go | */feature/plural/message.go) continue ;; esac
		grep -q '^//go:build ignore' "$f" && continue
		cp "$f" "$here/$p/"
	done
done
cp "$src/LICENSE" "$here/LICENSE"
chmod -R u+w "$here"
python3 "$here/update.py" "$here" $pkgs
gofmt -w "$here"
gofmt -l "$here"
