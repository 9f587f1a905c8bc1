#!/bin/sh
# update.sh VERSION: copy golang.org/x/net VERSION's http2/hpack into this
# folder again and apply Kiln's change (doc.go says what it is). Run from
# anywhere; check `go build ./... && go test ./stdlib -run TestCoreModules`
# (the http2 fixtures) after.
set -e
version=${1:?usage: update.sh VERSION (e.g. v0.62.0)}
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here" && GOFLAGS=-mod=mod go mod download -json "golang.org/x/net@$version" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
[ -d "$src" ] || { echo "update.sh: cannot download golang.org/x/net $version" >&2; exit 1; }
rm -rf "$here/http2"
mkdir -p "$here/http2/hpack"
for f in encode.go hpack.go huffman.go static_table.go tables.go; do
	cp "$src/http2/hpack/$f" "$here/http2/hpack/"
done
cp "$src/LICENSE" "$here/LICENSE"
chmod -R u+w "$here"
python3 - "$here/http2/hpack" <<'PY'
import os, re, sys
d = sys.argv[1]
# The static table is built the first time a header block is encoded or
# decoded, not in package initialisation.
p = os.path.join(d, "static_table.go")
s = open(p).read()
old = "var staticTable = &headerFieldTable{\n"
if old not in s or not s.endswith("}\n"):
    sys.exit("update.sh: static_table.go changed upstream; redo Kiln's change by hand")
body = s[s.index(old) + len(old):]
s = s[: s.index(old)] + (
    "import \"sync\"\n\n"
    "// staticTab returns HPACK's static table, built on first use rather than in\n"
    "// package initialisation, which every kiln process would pay for (Kiln's\n"
    "// change: see ../../doc.go).\n"
    "func staticTab() *headerFieldTable {\n"
    "\tstaticTableOnce.Do(func() {\n"
    "\t\tstaticTable = &headerFieldTable{\n" + body + "\t})\n\treturn staticTable\n}\n\n"
    "var (\n\tstaticTableOnce sync.Once\n\tstaticTable     *headerFieldTable\n)\n")
open(p, "w").write(s)
for name in ("encode.go", "hpack.go", "tables.go"):
    p = os.path.join(d, name)
    s = open(p).read()
    s = re.sub(r"\bstaticTable\.", "staticTab().", s)
    s = s.replace("t != staticTable", "t != staticTab()")
    s = re.sub(r'^(package \w+) // import "[^"]+"$', r"\1", s, flags=re.M)
    open(p, "w").write(s)
PY
gofmt -w "$here"
