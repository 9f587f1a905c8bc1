package vm

import (
	"slices"
	"sort"
	"strings"
	"sync"
)

// Intl.DisplayNames (ECMA-402 §12) over the names read from node's ICU
// into intl_names_node.go, in the languages Kiln formats (English, German,
// French, Spanish, Japanese); any other locale resolves to the default,
// en-US, as ResolveLocale does for a locale without data.

//go:generate sh -c "node gen_intl_names.js > intl_names_node.go && gofmt -w intl_names_node.go"

// displayNames holds the internal slots of an Intl.DisplayNames (§12.4).
type displayNames struct {
	locale, style, typ, fallback, languageDisplay string
}

func displayNamesAvailable(lang string) bool { return formattingAvailable(lang) }

// errInvalidArgument is V8's message for a DisplayNames argument ICU
// rejects.
const errInvalidArgument = "invalid_argument"

func (r *Realm) initDisplayNames(intl Value) {
	proto := r.intlService(intl, "DisplayNames", 2, displayNamesAvailable, func(rt *Runtime, _ Value, args []Value) Value {
		// ECMA-402 §12.1.1 step 1.
		if rt.NewTarget() == Undefined {
			rt.throwTypeError("Constructor Intl.DisplayNames requires 'new'")
		}
		// The object comes first (§12.1.1 step 2), so that a poisoned
		// prototype getter throws before the options are looked at.
		d := &displayNames{}
		v := rt.newIntlObject("Intl.DisplayNames", d)
		rt.Keep(v)
		rt.initDisplayNamesRecord(d, Arg(args, 0), Arg(args, 1))
		return v
	})
	// ECMA-402 §12.3.4 Intl.DisplayNames.prototype.resolvedOptions
	r.Method(proto, "resolvedOptions", 0, func(rt *Runtime, this Value, _ []Value) Value {
		d := intlThis[*displayNames](rt, this, "Intl.DisplayNames.prototype.resolvedOptions")
		o := rt.NewObject()
		str := func(k, v string) { rt.CreateDataProperty(o, k, rt.NewString(v)) }
		str("locale", d.locale)
		str("style", d.style)
		str("type", d.typ)
		str("fallback", d.fallback)
		if d.typ == "language" {
			str("languageDisplay", d.languageDisplay)
		}
		return o
	})
	// ECMA-402 §12.3.3 Intl.DisplayNames.prototype.of
	r.Method(proto, "of", 1, func(rt *Runtime, this Value, args []Value) Value {
		d := intlThis[*displayNames](rt, this, "Intl.DisplayNames.prototype.of")
		code := rt.ToGoString(Arg(args, 0))
		name, ok := d.of(code)
		if !ok {
			rt.throwRangeError(errInvalidArgument)
		}
		if name == "" {
			if d.fallback == "none" {
				return Undefined
			}
			// §12.3.3 step 7: the code as V8 has it, which for the types
			// other than language (always named) is the code as written.
			name = code
			if d.typ == "language" {
				name = "root"
			}
		}
		return rt.NewString(name)
	})
}

// initDisplayNamesRecord is the body of the Intl.DisplayNames constructor
// (§12.1.1 steps 3-30).
func (rt *Runtime) initDisplayNamesRecord(d *displayNames, locales, options Value) {
	const method = "Intl.DisplayNames"
	requested := rt.canonicalizeLocaleList(locales)
	// V8 wants an options object here (type is required), and says so
	// with ICU's error name.
	if !options.IsObject() {
		rt.throwTypeError(errInvalidArgument)
	}
	rt.stringOption(options, "localeMatcher", []string{"lookup", "best fit"}, "best fit", method)
	d.locale, _ = resolveLocale(requested, displayNamesAvailable)
	d.style = rt.stringOption(options, "style", []string{"narrow", "short", "long"}, "long", method)
	d.typ = rt.stringOption(options, "type", []string{"language", "region", "script", "currency", "calendar", "dateTimeField"}, "", method)
	if d.typ == "" {
		rt.throwTypeError(errInvalidArgument)
	}
	d.fallback = rt.stringOption(options, "fallback", []string{"code", "none"}, "code", method)
	d.languageDisplay = rt.stringOption(options, "languageDisplay", []string{"dialect", "standard"}, "dialect", method)
}

// name looks up the name of code of one type ("l", "r", ...) in the
// style, falling back from narrow to short to long as CLDR does.
func (d *displayNames) name(typ, code string) string {
	key := typ + ":" + code
	suffixes := []string{""}
	switch d.style {
	case "short":
		suffixes = []string{"/s", ""}
	case "narrow":
		suffixes = []string{"/n", "/s", ""}
	}
	names := namesIn(languageOf(d.locale))
	for _, s := range suffixes {
		if name, ok := names.get(key + s); ok {
			return name
		}
	}
	return ""
}

// namesIn is the sorted table of names in a language.
func namesIn(lang string) *packedNames {
	switch lang {
	case "de":
		return &deNames
	case "fr":
		return &frNames
	case "es":
		return &esNames
	case "ja":
		return &jaNames
	}
	return &enNames
}

// packedNames is a table of names sorted by key and packed into one
// string, "key\x00name\x00" an entry. Five languages' names as a slice of
// string pairs put some 250 KB of pointers into the binary's data segment,
// which the Go runtime walks at every start-up to map it for the collector
// (about 3% of a hello world's instructions), and which every collection
// scans.
type packedNames struct {
	s     string
	once  sync.Once
	start []uint32 // where each entry begins in s, made on the first lookup
}

// get returns the name under key.
func (p *packedNames) get(key string) (string, bool) {
	p.once.Do(func() {
		for i := 0; i < len(p.s); {
			p.start = append(p.start, uint32(i))
			i += strings.IndexByte(p.s[i:], 0) + 1
			i += strings.IndexByte(p.s[i:], 0) + 1
		}
	})
	entry := func(i int) (string, string) {
		e := p.s[p.start[i]:]
		k, rest, _ := strings.Cut(e, "\x00")
		v, _, _ := strings.Cut(rest, "\x00")
		return k, v
	}
	i := sort.Search(len(p.start), func(i int) bool { k, _ := entry(i); return k >= key })
	if i < len(p.start) {
		if k, v := entry(i); k == key {
			return v, true
		}
	}
	return "", false
}

// of is §12.3.3 steps 4-6: the name of a code, "" when there is none, and
// false when the code is not well-formed for the type (a RangeError).
// Like V8, only the language's tag is canonicalised; the other codes are
// looked up as they were written.
func (d *displayNames) of(code string) (string, bool) {
	lower := asciiLower(code)
	switch d.typ {
	case "language":
		if code == "" {
			// V8 hands ICU the empty tag, which is its root locale.
			return "", true
		}
		tag, err := canonicalizeLanguageTag(code)
		if err != nil || !isLanguageSubtag(languageOf(asciiLower(tag))) {
			return "", false
		}
		base, _ := splitBaseName(tag)
		if base == "und" {
			// ICU names the root locale after nothing: only the fallback
			// gives "root".
			return "", true
		}
		name, complete := d.languageName(base)
		if !complete && d.fallback == "none" {
			name = ""
		}
		return name, true
	case "region":
		if !isRegionSubtag(lower) {
			return "", false
		}
		return d.name("r", code), true
	case "script":
		if !isScriptSubtag(lower) {
			return "", false
		}
		return d.name("s", code), true
	case "currency":
		if len(code) != 3 || !isAlpha(lower) {
			return "", false
		}
		return d.name("c", strings.ToUpper(code)), true
	case "calendar":
		for _, p := range strings.Split(lower, "-") {
			if len(p) < 3 || len(p) > 8 || !isAlnum(p) {
				return "", false
			}
		}
		return d.name("k", code), true
	}
	if !slices.Contains([]string{"era", "year", "quarter", "month", "weekOfYear", "weekday", "day", "dayPeriod",
		"hour", "minute", "second", "timeZoneName"}, code) {
		return "", false
	}
	return d.name("f", code), true
}

// languageName names a canonical base name as ICU's locale display names
// do: the language, with a script or a region folded into a dialect name
// when it has one ("American English"), else with the script, region and
// variants in parentheses ("English (Latin, United States)"). A part
// without a name shows its code, and makes the name incomplete, which
// fallback "none" turns into undefined.
func (d *displayNames) languageName(base string) (string, bool) {
	lang := languageOf(base)
	script, region := baseSubtags(base)
	variants := strings.TrimPrefix(variantsOf(base), "-")
	complete := true
	named := func(typ, code string) string {
		if n := d.name(typ, code); n != "" {
			return n
		}
		complete = false
		return code
	}
	name := ""
	if d.languageDisplay == "dialect" && (script == "") != (region == "") {
		if name = d.name("d", lang+"-"+script+region); name != "" {
			script, region = "", ""
		}
	}
	if name == "" {
		name = named("l", lang)
	}
	var qualifiers []string
	if script != "" {
		qualifiers = append(qualifiers, named("s", script))
	}
	if region != "" {
		qualifiers = append(qualifiers, named("r", region))
	}
	if variants != "" {
		for _, v := range strings.Split(variants, "-") {
			// ICU shows an unnamed variant's code in upper case.
			if n := named("v", v); n != v {
				qualifiers = append(qualifiers, n)
			} else {
				qualifiers = append(qualifiers, strings.ToUpper(v))
			}
		}
	}
	if len(qualifiers) > 0 {
		sep := ", "
		if languageOf(d.locale) == "ja" {
			sep = "、"
		}
		name += " (" + strings.Join(qualifiers, sep) + ")"
	}
	return name, complete
}
