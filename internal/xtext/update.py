# update.py HERE PKG...: Kiln's changes to its copy of golang.org/x/text,
# run by update.sh after the copy. Every change is an exact replacement of
# upstream text; one that no longer matches stops with the file's name.
import os
import re
import sys

here, pkgs = sys.argv[1], sys.argv[2:]
prefix = "github.com/kilnjs/kiln/internal/xtext/"


def path(pkg, name):
    return os.path.join(here, pkg, name)


def read(pkg, name):
    with open(path(pkg, name)) as f:
        return f.read()


def write(pkg, name, s):
    with open(path(pkg, name), "w") as f:
        f.write(s)


def replace(pkg, name, old, new, count=1):
    s = read(pkg, name)
    if s.count(old) != count:
        sys.exit(f"update.py: {pkg}/{name} changed upstream ({old.splitlines()[0]!r}); redo Kiln's change by hand")
    write(pkg, name, s.replace(old, new))


def add_import(s, imp):
    if f'"{imp}"' in s:
        return s
    if "\nimport (\n" in s:
        return s.replace("\nimport (\n", f'\nimport (\n\t"{imp}"\n', 1)
    m = re.search(r'^import ("[^"]+")$', s, flags=re.M)
    if m:
        return s[: m.start()] + f'import (\n\t"{imp}"\n\t{m.group(1)}\n)' + s[m.end():]
    m = re.search(r"^package \w+\n", s, flags=re.M)
    return s[: m.end()] + f'\nimport "{imp}"\n' + s[m.end():]


# Import paths: the copied packages import each other here. Only whole
# import lines change; x/text paths inside strings (handler names) stay.
copied = set(pkgs)
for pkg in pkgs:
    for name in os.listdir(os.path.join(here, pkg)):
        if not name.endswith(".go"):
            continue
        s = read(pkg, name)

        def repl(m):
            target = m.group(2)
            if target not in copied:
                return m.group(0)
            return f'{m.group(1)}"{prefix}{target}"'

        s = re.sub(r'^(\t(?:\w+ )?|import (?:\w+ )?)"golang.org/x/text/([^"]+)"$', repl, s, flags=re.M)
        s = re.sub(r'^(package \w+) // import "[^"]+"$', r"\1", s, flags=re.M)
        s = re.sub(r"^//go:generate .*\n", "", s, flags=re.M)
        write(pkg, name, s)

NOTE = "built on first use, not in package initialisation (Kiln's change: see internal/xtext/doc.go)"


def doc(text, indent=""):
    """text as a Go comment wrapped at 80 columns."""
    import textwrap
    return "\n".join(textwrap.wrap(text, 77 - len(indent), initial_indent=indent + "// ",
                                     subsequent_indent=indent + "// ")) + "\n"


def lazy_map(pkg, name, var, accessor):
    """Moves the map literal that initialises var into accessor, which builds
    it once, and makes every read of var in the package call accessor."""
    s = read(pkg, name)
    m = re.search(r"^(\t?)(var )?" + var + r" = (map\[[^\n]*?\][\w.]+)\{\n(.*?)^\1\}\n", s, flags=re.M | re.S)
    if not m:
        sys.exit(f"update.py: {pkg}/{name}: no map literal for {var}; redo Kiln's change by hand")
    typ, body = m.group(3), m.group(4)
    if m.group(1):
        # Inside a var ( ... ) block: drop the spec and the comment above it.
        start = m.start()
        lines = s[:start].split("\n")
        while lines and lines[-2].strip().startswith("//"):
            lines.pop(-2)
        s = "\n".join(lines) + s[m.end():]
    else:
        s = s[: m.start()] + s[m.end():]
    s = add_import(s, "sync")
    s += (
        "\n" + doc(f"{accessor} returns {var}, {NOTE}.") +
        f"func {accessor}() {typ} {{\n\t{var}Once.Do(func() {{\n\t\t{var} = {typ}{{\n{body}\t\t}}\n\t}})\n\treturn {var}\n}}\n\n"
        f"var (\n\t{var}Once sync.Once\n\t{var}     {typ}\n)\n"
    )
    write(pkg, name, s)
    for other in os.listdir(os.path.join(here, pkg)):
        if other.endswith(".go"):
            t = read(pkg, other)
            u = re.sub(r"\b" + var + r"\[", accessor + "()[", t)
            if u != t:
                write(pkg, other, u)


lazy_map("internal/language", "tables.go", "variantIndex", "variantIndexTable")
lazy_map("internal/language", "lookup.go", "grandfatheredMap", "grandfatheredTable")
lazy_map("internal/number", "tables.go", "systemMap", "systemTable")

# compact: the special tags are parsed the first time one is asked for.
replace("internal/language/compact", "compact.go", """var specialTags []language.Tag

func init() {
	tags := strings.Split(specialTagsStr, " ")
	specialTags = make([]language.Tag, len(tags))
	for i, t := range tags {
		specialTags[i] = language.MustParse(t)
	}
}""", doc(f"specialTagList returns the parsed special tags, {NOTE}.") + f"""func specialTagList() []language.Tag {{
	specialTagsOnce.Do(func() {{
		tags := strings.Split(specialTagsStr, " ")
		specialTags = make([]language.Tag, len(tags))
		for i, t := range tags {{
			specialTags[i] = language.MustParse(t)
		}}
	}})
	return specialTags
}}

var (
	specialTagsOnce sync.Once
	specialTags     []language.Tag
)""")
replace("internal/language/compact", "compact.go", "return specialTags[int(id)-len(coreTags)]",
        "return specialTagList()[int(id)-len(coreTags)]")
write("internal/language/compact", "compact.go", add_import(read("internal/language/compact", "compact.go"), "sync"))
replace("internal/language/compact", "language.go", "for i, s := range specialTags {",
        "for i, s := range specialTagList() {")

# language: the matcher's tables are completed before the first match.
replace("language", "match.go", """var notEquivalent []language.Language

func init() {""", f"""var (
	matchTablesOnce sync.Once
	notEquivalent   []language.Language
)

""" + doc(f"initMatchTables fills notEquivalent and completes paradigmLocales, {NOTE}.") + f"""func initMatchTables() {{
	matchTablesOnce.Do(completeMatchTables)
}}

func completeMatchTables() {{""")
replace("language", "match.go", """func isExactEquivalent(l language.Language) bool {
""", """func isExactEquivalent(l language.Language) bool {
	initMatchTables()
""")
replace("language", "match.go", """func isParadigmLocale(lang language.Language, r language.Region) bool {
""", """func isParadigmLocale(lang language.Language, r language.Region) bool {
	initMatchTables()
""")
write("language", "match.go", add_import(read("language", "match.go"), "sync"))

# number: the powers of ten are computed on first use.
replace("internal/number", "decimal.go", """var scales [70]float64

func init() {
	x := 1.0
	for i := range scales {
		scales[i] = x
		x *= 10
	}
}""", f"""var (
	scalesOnce sync.Once
	scales     [70]float64
)

""" + doc(f"initScales fills scales, {NOTE}.") + f"""func initScales() {{
	scalesOnce.Do(func() {{
		x := 1.0
		for i := range scales {{
			scales[i] = x
			x *= 10
		}}
	}})
}}""")
replace("internal/number", "decimal.go", """		scale := int(r.IncrementScale)
		mult := 1.0
""", """		scale := int(r.IncrementScale)
		mult := 1.0
		initScales()
""")
write("internal/number", "decimal.go", add_import(read("internal/number", "decimal.go"), "sync"))

# plural: its Rules are laid out by the linker. Slicing a slice variable
# (`ordinalInclusionMasks[:]`, a no-op) made the compiler build them in
# package initialisation instead. message.go (Selectf, plural messages for
# x/text's message catalogue, which Kiln does not use) is not copied, and
# countMap, which only it read, goes with it.
replace("feature/plural", "plural.go", "\t\tordinalInclusionMasks[:],", "\t\tordinalInclusionMasks,")
replace("feature/plural", "plural.go", "\t\tcardinalInclusionMasks[:],", "\t\tcardinalInclusionMasks,")
s = read("feature/plural", "common.go")
m = re.search(r"^var countMap = map\[string\]Form\{\n.*?^\}\n\n", s, flags=re.M | re.S)
if not m:
    sys.exit("update.py: feature/plural/common.go changed upstream (countMap); redo Kiln's change by hand")
write("feature/plural", "common.go", s[: m.start()] + s[m.end():])

# language: its named tags (English, ...) copy compact's in package
# initialisation, one by one; Kiln uses none of them.
s = read("language", "tags.go")
m = re.search(r"^var \(\n\tund = Tag\{\}\n\n\tUnd Tag = Tag\{\}\n\n(\t\w+ +Tag = Tag\(compact\.\w+\)\n)+\)\n", s, flags=re.M)
if not m:
    sys.exit("update.py: language/tags.go changed upstream (the named tags); redo Kiln's change by hand")
s = s[: m.start()] + "var (\n\tund = Tag{}\n\n\tUnd Tag = Tag{}\n)\n" + s[m.end():]
if "compact." not in s:
    s = re.sub(r'^import "github.com/kilnjs/kiln/internal/xtext/internal/language/compact"\n\n', "", s, flags=re.M)
write("language", "tags.go", s)
lazy_map("language", "parse.go", "acceptFallback", "acceptFallbackTable")

# collate: its ~100 locale tags are parsed the first time a collator is made.
replace("collate", "collate.go", """	t := make([]language.Tag, len(tags))
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
""", f"""	t := make([]language.Tag, len(localeTags()))
	copy(t, tags)
	return t
}}

""" + doc(f"localeTags returns the locales that have tables, parsed on first use: {NOTE}. A sync.Once, not sync.OnceValue: making that closure is itself package initialisation.") + f"""func localeTags() []language.Tag {{
	tagsOnce.Do(func() {{
		ids := strings.Split(availableLocales, ",")
		tags = make([]language.Tag, len(ids))
		for i, s := range ids {{
			tags[i] = language.Raw.MustParse(s)
		}}
	}})
	return tags
}}

var (
	tagsOnce sync.Once
	tags     []language.Tag
)
""")
replace("collate", "collate.go", "\tindex := colltab.MatchLang(t, tags)", "\tindex := colltab.MatchLang(t, localeTags())")
write("collate", "collate.go", add_import(read("collate", "collate.go"), "sync"))
