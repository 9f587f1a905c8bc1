package vm

import (
	"slices"
	"strconv"
	"strings"

	"github.com/kilnjs/kiln/gc"
	"github.com/kilnjs/kiln/internal/xtext/language"
)

// Intl.Locale (ECMA-402 §14) with node 20's prototype: besides the spec's
// accessors, V8 11 has the Intl Locale Info proposal's getters (calendars,
// collations, hourCycles, numberingSystems, textInfo, timeZones, weekInfo),
// whose facts are read from node's ICU into intl_locale_node.go. Likely
// subtags (maximize, minimize) come from x/text's CLDR data.

//go:generate sh -c "node gen_intl_locale.js > intl_locale_node.go && gofmt -w intl_locale_node.go"

// intlLocale holds the internal slots of an Intl.Locale: its canonical tag,
// from which every accessor reads.
type intlLocale struct{ tag string }

const errLocaleArgument = "First argument to Intl.Locale constructor can't be empty or missing"

func (r *Realm) initLocale(intl Value) {
	rt := r.rt
	proto := r.NewProto(r.ObjectPrototype)
	r.Extra["Intl.Locale"] = proto
	c := rt.NewNativeConstructor("Locale", 1, func(rt *Runtime, _ Value, args []Value) Value {
		// ECMA-402 §14.1.1 step 1.
		if rt.NewTarget() == Undefined {
			rt.throwTypeError("Constructor Intl.Locale requires 'new'")
		}
		// The object comes first (step 6): its prototype is read before
		// the tag and the options.
		l := &intlLocale{}
		v := rt.newIntlObject("Intl.Locale", l)
		rt.Keep(v)
		l.tag = rt.newLocaleTag(Arg(args, 0), Arg(args, 1))
		return v
	})
	rt.defineData(c, rt.atPrototype, proto, 0)
	rt.defineData(proto, rt.atom("constructor"), c, attrWritable|attrConfigurable)
	r.Value(intl, "Locale", c)
	rt.defineData(proto, rt.wellKnown.toStringTag, rt.atom("Intl.Locale"), attrConfigurable)

	method := func(name string, fn func(rt *Runtime, l *intlLocale) Value) {
		r.Method(proto, name, 0, func(rt *Runtime, this Value, _ []Value) Value {
			return fn(rt, intlThis[*intlLocale](rt, this, "Intl.Locale.prototype."+name))
		})
	}
	getter := func(name string, fn func(rt *Runtime, l *intlLocale) Value) {
		r.Getter(proto, name, func(rt *Runtime, this Value, _ []Value) Value {
			return fn(rt, intlThis[*intlLocale](rt, this, "Intl.Locale.prototype."+name))
		})
	}
	newLocale := func(rt *Runtime, tag string) Value {
		v, o := rt.newObjectCell(ClassObject, proto)
		rt.setHost(o, &intlLocale{tag: tag})
		return v
	}
	str := func(rt *Runtime, s string, ok bool) Value {
		if !ok {
			return Undefined
		}
		return rt.NewString(s)
	}
	list := func(rt *Runtime, items string) Value {
		var out []Value
		for _, s := range strings.Fields(items) {
			out = append(out, rt.NewString(s))
		}
		return rt.NewArray(out)
	}
	// keyword is the value of a -u- keyword, or of a fact when the tag
	// names none.
	keyword := func(l *intlLocale, key string, fact func(*intlLocale) string) string {
		if v, ok := unicodeKeyword(l.tag, key); ok {
			return v
		}
		return fact(l)
	}

	method("toString", func(rt *Runtime, l *intlLocale) Value { return rt.NewString(l.tag) })
	method("maximize", func(rt *Runtime, l *intlLocale) Value {
		base, rest := splitBaseName(l.tag)
		return newLocale(rt, maximizeBaseName(base)+rest)
	})
	method("minimize", func(rt *Runtime, l *intlLocale) Value {
		base, rest := splitBaseName(l.tag)
		return newLocale(rt, minimizeBaseName(base)+rest)
	})
	getter("language", func(rt *Runtime, l *intlLocale) Value {
		return rt.NewString(languageOf(l.tag))
	})
	getter("script", func(rt *Runtime, l *intlLocale) Value {
		s, _ := baseSubtags(l.tag)
		return str(rt, s, s != "")
	})
	getter("region", func(rt *Runtime, l *intlLocale) Value {
		_, reg := baseSubtags(l.tag)
		return str(rt, reg, reg != "")
	})
	getter("baseName", func(rt *Runtime, l *intlLocale) Value {
		base, _ := splitBaseName(l.tag)
		return rt.NewString(base)
	})
	for _, k := range [...]struct{ name, key string }{
		{"calendar", "ca"}, {"caseFirst", "kf"}, {"collation", "co"}, {"hourCycle", "hc"},
	} {
		getter(k.name, func(rt *Runtime, l *intlLocale) Value {
			v, ok := unicodeKeyword(l.tag, k.key)
			return str(rt, v, ok)
		})
	}
	getter("numeric", func(rt *Runtime, l *intlLocale) Value {
		v, ok := unicodeKeyword(l.tag, "kn")
		return gc.Bool(ok && (v == "" || v == "true"))
	})
	getter("numberingSystem", func(rt *Runtime, l *intlLocale) Value {
		v, ok := unicodeKeyword(l.tag, "nu")
		return str(rt, v, ok)
	})
	getter("calendars", func(rt *Runtime, l *intlLocale) Value {
		return list(rt, keyword(l, "ca", func(l *intlLocale) string {
			return regionFact(l.tag, localeCalendars, regionCalendars, "gregory")
		}))
	})
	getter("collations", func(rt *Runtime, l *intlLocale) Value {
		return list(rt, keyword(l, "co", func(l *intlLocale) string {
			if v, ok := languageCollations.get(languageOf(l.tag)); ok {
				return v
			}
			return "emoji eor"
		}))
	})
	getter("hourCycles", func(rt *Runtime, l *intlLocale) Value {
		return list(rt, keyword(l, "hc", func(l *intlLocale) string {
			return regionFact(l.tag, localeHourCycles, regionHourCycles, "h23")
		}))
	})
	getter("numberingSystems", func(rt *Runtime, l *intlLocale) Value {
		return list(rt, keyword(l, "nu", func(l *intlLocale) string {
			// Only a script or region the tag names changes the digits.
			lang := languageOf(l.tag)
			script, region := baseSubtags(l.tag)
			if v, ok := localeNumberingSystems.get(lang + "-" + region); ok && region != "" {
				return v
			}
			if script != "" {
				if v, ok := localeNumberingSystems.get(lang + "-" + script); ok {
					return v
				}
				if _, likely, _ := likelySubtags(lang); script != likely {
					return "latn"
				}
			}
			if v, ok := languageNumberingSystems.get(lang); ok {
				return v
			}
			return "latn"
		}))
	})
	getter("textInfo", func(rt *Runtime, l *intlLocale) Value {
		o := rt.NewObject()
		dir := "ltr"
		if strings.Contains(rtlLocales, " "+languageOf(l.tag)+"-"+likelyScript(l.tag)+" ") {
			dir = "rtl"
		}
		rt.CreateDataProperty(o, "direction", rt.NewString(dir))
		return o
	})
	getter("timeZones", func(rt *Runtime, l *intlLocale) Value {
		// Only a region the tag names has time zones; a likely one does not.
		if _, reg := baseSubtags(l.tag); reg == "" {
			return Undefined
		}
		return list(rt, regionFact(l.tag, localeTimeZones, regionTimeZones, ""))
	})
	getter("weekInfo", func(rt *Runtime, l *intlLocale) Value {
		w := strings.Fields(regionFact(l.tag, localeWeeks, regionWeeks, defaultWeek))
		o := rt.NewObject()
		first, _ := strconv.Atoi(w[0])
		rt.CreateDataProperty(o, "firstDay", gc.Int(first))
		var weekend []Value
		for _, d := range w[1] {
			weekend = append(weekend, gc.Int(int(d-'0')))
		}
		rt.CreateDataProperty(o, "weekend", rt.NewArray(weekend))
		minimal, _ := strconv.Atoi(w[2])
		rt.CreateDataProperty(o, "minimalDays", gc.Int(minimal))
		return o
	})
}

// localeTagOf returns the [[Locale]] of an Intl.Locale object.
func (rt *Runtime) localeTagOf(v Value) (string, bool) {
	if !v.IsObject() {
		return "", false
	}
	o := rt.obj(v)
	if o.class != ClassObject {
		return "", false
	}
	l, ok := rt.hostOf(o).(*intlLocale)
	if !ok {
		return "", false
	}
	return l.tag, true
}

// newLocaleTag is the body of ECMA-402 §14.1.1 Intl.Locale (steps 7-36):
// the tag, with the options' subtags (ApplyOptionsToTag, §14.1.2) and
// Unicode extension keywords (ApplyUnicodeExtensionToTag, §14.1.3) applied.
func (rt *Runtime) newLocaleTag(tagArg, options Value) string {
	if !tagArg.IsString() && !tagArg.IsObject() {
		rt.throwTypeError(errLocaleArgument)
	}
	tag, ok := rt.localeTagOf(tagArg)
	if !ok {
		tag = rt.ToGoString(tagArg)
	}
	if tag == "" {
		rt.throwRangeError(errLocaleArgument)
	}
	opts := rt.optionsObject(options, "Intl.Locale")
	rt.Keep(opts)
	canonical, err := canonicalizeLanguageTag(tag)
	if err != nil {
		rt.throwRangeError("%s", errLocaleInformation)
	}
	option := func(name string, valid func(string) bool) (string, bool) {
		if opts == Undefined {
			return "", false
		}
		v := rt.Get(opts, rt.atom(name))
		if v == Undefined {
			return "", false
		}
		s := rt.ToGoString(v)
		if valid != nil && !valid(asciiLower(s)) {
			rt.throwRangeError("%s", errLocaleInformation)
		}
		return s, true
	}
	lang, hasLang := option("language", func(s string) bool { return isLanguageSubtag(s) })
	script, hasScript := option("script", isScriptSubtag)
	region, hasRegion := option("region", isRegionSubtag)
	if hasLang || hasScript || hasRegion {
		subtags := strings.Split(canonical, "-")
		end, _ := languageID(strings.Split(asciiLower(canonical), "-"), 0)
		base, rest := subtags[:end], subtags[end:]
		oldScript, oldRegion := baseSubtags(canonical)
		variants := base[1:]
		if oldScript != "" {
			variants = variants[1:]
		}
		if oldRegion != "" {
			variants = variants[1:]
		}
		newBase := []string{base[0]}
		if hasLang {
			newBase[0] = lang
		}
		if hasScript {
			oldScript = script
		}
		if oldScript != "" {
			newBase = append(newBase, oldScript)
		}
		if hasRegion {
			oldRegion = region
		}
		if oldRegion != "" {
			newBase = append(newBase, oldRegion)
		}
		newBase = append(newBase, variants...)
		canonical, err = canonicalizeLanguageTag(strings.Join(append(newBase, rest...), "-"))
		if err != nil {
			rt.throwRangeError("%s", errLocaleInformation)
		}
	}
	var keywords [][2]string
	set := func(key, value string, ok bool) {
		if ok {
			keywords = append(keywords, [2]string{key, asciiLower(value)})
		}
	}
	isType := func(s string) bool {
		for _, p := range strings.Split(s, "-") {
			if len(p) < 3 || len(p) > 8 || !isAlnum(p) {
				return false
			}
		}
		return true
	}
	v, ok := option("calendar", isType)
	set("ca", v, ok)
	v, ok = option("collation", isType)
	set("co", v, ok)
	if opts != Undefined {
		if hc := rt.stringOption(opts, "hourCycle", []string{"h11", "h12", "h23", "h24"}, "", "locale"); hc != "" {
			set("hc", hc, true)
		}
		if kf := rt.stringOption(opts, "caseFirst", []string{"upper", "lower", "false"}, "", "locale"); kf != "" {
			set("kf", kf, true)
		}
		if kn := rt.Get(opts, rt.atom("numeric")); kn != Undefined {
			set("kn", strconv.FormatBool(rt.ToBoolean(kn)), true)
		}
	}
	v, ok = option("numberingSystem", isType)
	set("nu", v, ok)
	if len(keywords) == 0 {
		return canonical
	}
	canonical, err = canonicalizeLanguageTag(withUnicodeKeywords(canonical, keywords))
	if err != nil {
		rt.throwRangeError("%s", errLocaleInformation)
	}
	return canonical
}

// canonicalizeLanguageTag is ECMA-402 §6.2.3 CanonicalizeUnicodeLocaleId
// for a tag that must be well-formed: the error is V8's message when it is
// not.
func canonicalizeLanguageTag(tag string) (string, error) {
	s, err := checkLanguageTag(tag)
	if err != nil {
		return "", err
	}
	s = canonicalKeywords(s)
	c := canonicalCase(s)
	// A well-formed tag that x/text cannot read (a 5-8 letter language
	// subtag such as "generic") or does not know is still valid for
	// ECMA-402; it just will not be available.
	if t, err := language.Parse(s); err == nil {
		c = t.String()
	}
	return sortVariants(c), nil
}

// sortVariants puts a canonical tag's variants in alphabetical order, as
// UTS #35 §3.2.1 canonical form has them (x/text orders them by its own
// registry).
func sortVariants(tag string) string {
	base, rest := splitBaseName(tag)
	v := variantsOf(base)
	if strings.Count(v, "-") < 2 {
		return tag
	}
	variants := strings.Split(v[1:], "-")
	slices.Sort(variants)
	return strings.TrimSuffix(base, v) + "-" + strings.Join(variants, "-") + rest
}

// splitBaseName splits a canonical tag into its unicode_language_id and
// the extensions after it ("-u-ca-gregory", with the leading "-").
func splitBaseName(tag string) (base, rest string) {
	subtags := strings.Split(tag, "-")
	for i, s := range subtags {
		if i > 0 && len(s) == 1 {
			return strings.Join(subtags[:i], "-"), "-" + strings.Join(subtags[i:], "-")
		}
	}
	return tag, ""
}

// baseSubtags returns a canonical tag's script and region subtags ("" for
// those it lacks).
func baseSubtags(tag string) (script, region string) {
	base, _ := splitBaseName(tag)
	subtags := strings.Split(base, "-")[1:]
	if len(subtags) > 0 && isScriptSubtag(asciiLower(subtags[0])) {
		script, subtags = subtags[0], subtags[1:]
	}
	if len(subtags) > 0 && isRegionSubtag(asciiLower(subtags[0])) {
		region = subtags[0]
	}
	return script, region
}

// unicodeKeyword returns the type of key in a canonical tag's -u-
// extension ("" for a key without one), and whether the key is there.
func unicodeKeyword(tag, key string) (string, bool) {
	subtags := strings.Split(tag, "-")
	inU := false
	for i := 1; i < len(subtags); i++ {
		s := subtags[i]
		if len(s) == 1 {
			if inU || s == "x" {
				break
			}
			inU = s == "u"
			continue
		}
		if !inU || s != key {
			continue
		}
		j := i + 1
		for j < len(subtags) && len(subtags[j]) > 2 {
			j++
		}
		return strings.Join(subtags[i+1:j], "-"), true
	}
	return "", false
}

// withUnicodeKeywords sets keywords (key, type) in a canonical tag's -u-
// extension, adding the extension if it has none; the caller puts the
// result back in canonical order.
func withUnicodeKeywords(tag string, keywords [][2]string) string {
	subtags := strings.Split(tag, "-")
	var out []string
	var uExt []string
	i := 1
	out = append(out, subtags[0])
	for ; i < len(subtags) && len(subtags[i]) > 1; i++ {
		out = append(out, subtags[i])
	}
	// Extensions before u, then u, then the ones after it.
	var after []string
	for i < len(subtags) {
		j := i + 1
		for j < len(subtags) && (len(subtags[j]) > 1 || subtags[i] == "x") {
			j++
		}
		switch {
		case subtags[i] == "u":
			uExt = subtags[i+1 : j]
		case subtags[i] < "u":
			out = append(out, subtags[i:j]...)
		default:
			after = append(after, subtags[i:j]...)
		}
		i = j
	}
	for _, kw := range keywords {
		found := -1
		for k := 0; k < len(uExt); k++ {
			if uExt[k] == kw[0] {
				found = k
				break
			}
		}
		if found < 0 {
			uExt = append(uExt, kw[0], kw[1])
			continue
		}
		end := found + 1
		for end < len(uExt) && len(uExt[end]) > 2 {
			end++
		}
		uExt = slices.Concat(uExt[:found+1], []string{kw[1]}, uExt[end:])
	}
	out = append(out, "u")
	out = append(out, uExt...)
	return strings.Join(append(out, after...), "-")
}

// likelySubtags is UTS #35 §4.3 Add Likely Subtags on a base name as
// x/text's CLDR data gives them: the language, script and region, "" where
// none can be inferred.
func likelySubtags(base string) (lang, script, region string) {
	t, err := language.Raw.Parse(base)
	if err != nil {
		return languageOf(base), "", ""
	}
	if b, c := t.Base(); c != language.No {
		lang = b.String()
	}
	if s, c := t.Script(); c != language.No {
		script = s.String()
	}
	if r, c := t.Region(); c != language.No && r.String() != "ZZ" {
		region = r.String()
	}
	if lang == "und" || lang == "" {
		lang = languageOf(base)
	}
	return lang, script, region
}

// maximizeBaseName is Intl.Locale.prototype.maximize on a base name: the
// likely script and region filled in, variants kept.
func maximizeBaseName(base string) string {
	lang, script, region := likelySubtags(base)
	oldScript, oldRegion := baseSubtags(base)
	if oldScript != "" {
		script = oldScript
	}
	if oldRegion != "" {
		region = oldRegion
	}
	out := lang
	if script != "" {
		out += "-" + script
	}
	if region != "" {
		out += "-" + region
	}
	return out + variantsOf(base)
}

// variantsOf returns the variant subtags of a base name, with a leading
// "-".
func variantsOf(base string) string {
	subtags := strings.Split(base, "-")
	for i := 1; i < len(subtags); i++ {
		if isVariantSubtag(asciiLower(subtags[i])) {
			return "-" + strings.Join(subtags[i:], "-")
		}
	}
	return ""
}

// minimizeBaseName is UTS #35 §4.4 Remove Likely Subtags, favouring the
// region over the script as CLDR does: the shortest of language,
// language-region and language-script that maximizes to the same tag.
func minimizeBaseName(base string) string {
	variants := variantsOf(base)
	max := maximizeBaseName(strings.TrimSuffix(base, variants))
	lang, script, region := likelySubtags(max)
	if _, r := baseSubtags(max); r == "" {
		region = ""
	}
	for _, try := range []string{lang, lang + "-" + region, lang + "-" + script} {
		if !strings.HasSuffix(try, "-") && maximizeBaseName(try) == max {
			return try + variants
		}
	}
	return max + variants
}

// likelyScript and likelyRegion are the script and region a tag names or,
// failing that, its likely ones.
func likelyScript(tag string) string {
	base, _ := splitBaseName(tag)
	if s, _ := baseSubtags(base); s != "" {
		return s
	}
	_, s, _ := likelySubtags(base)
	return s
}

func likelyRegion(tag string) string {
	base, _ := splitBaseName(tag)
	if _, r := baseSubtags(base); r != "" {
		return r
	}
	_, _, r := likelySubtags(base)
	return r
}

// regionFact looks a fact up for a locale's language and region (named or
// likely), then for the region alone, then gives the default.
func regionFact(tag string, byLocale, byRegion table[string], fallback string) string {
	region := likelyRegion(tag)
	if v, ok := byLocale.get(languageOf(tag) + "-" + region); ok {
		return v
	}
	if v, ok := byRegion.get(region); ok {
		return v
	}
	return fallback
}
