#!/bin/sh
# update.sh: copy collate and internal/colltab from the golang.org/x/text in
# go.mod into this folder again, then apply Kiln's change (see doc.go):
# import paths, and the locale tags parsed on first use instead of in init.
# Run from anywhere; check `go test ./vm/...` and the Intl test262 folders
# after.
set -e
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here" && go list -m -f '{{.Dir}}' golang.org/x/text)
for f in collate.go index.go option.go sort.go tables.go; do cp "$src/collate/$f" "$here/collate/"; done
for f in collelem.go colltab.go contract.go iter.go numeric.go table.go trie.go weighter.go; do
	cp "$src/internal/colltab/$f" "$here/colltab/"
done
cp "$src/LICENSE" "$here/LICENSE"
chmod -R u+w "$here"
python3 - "$here" <<'PY'
import glob, re, sys
here = sys.argv[1]
for p in glob.glob(here + "/collate/*.go") + glob.glob(here + "/colltab/*.go"):
    s = open(p).read()
    s = s.replace('"golang.org/x/text/internal/colltab"', '"github.com/kilnjs/kiln/internal/xtext/colltab"')
    s = re.sub(r'^(package \w+) // import "[^"]+"$', r"\1", s, flags=re.M)
    s = re.sub(r"^//go:generate .*\n", "", s, flags=re.M)
    open(p, "w").write(s)
p = here + "/collate/collate.go"
s = open(p).read()
old = """	t := make([]language.Tag, len(tags))
	copy(t, tags)
	return t
}

func init() {
	ids := strings.Split(availableLocales, ",")
	tags = make([]language.Tag, len(ids))
	for i, s := range ids {
		tags[i] = language.Raw.MustParse(s)
	}
}

var tags []language.Tag
"""
new = """	t := make([]language.Tag, len(localeTags()))
	copy(t, tags)
	return t
}

// localeTags returns the locales that have tables, parsed on first use.
// Upstream parses them in an init function, which every process linking
// the package pays for at start-up (see ../doc.go). A sync.Once, not
// sync.OnceValue: making that closure is itself package initialisation.
func localeTags() []language.Tag {
	tagsOnce.Do(func() {
		ids := strings.Split(availableLocales, ",")
		tags = make([]language.Tag, len(ids))
		for i, s := range ids {
			tags[i] = language.Raw.MustParse(s)
		}
	})
	return tags
}

var (
	tagsOnce sync.Once
	tags     []language.Tag
)
"""
if old not in s:
    sys.exit("update.sh: collate.go changed upstream; redo Kiln's change by hand (doc.go says what it is)")
s = s.replace(old, new)
s = s.replace("\tindex := colltab.MatchLang(t, tags)", "\tindex := colltab.MatchLang(t, localeTags())")
s = s.replace('import (\n\t"bytes"\n\t"strings"\n', 'import (\n\t"bytes"\n\t"strings"\n\t"sync"\n')
open(p, "w").write(s)
PY
gofmt -l "$here"
