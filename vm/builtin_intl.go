package vm

import (
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/kilnjs/kiln/gc"
	"github.com/kilnjs/kiln/internal/xtext/language"
)

// The Intl object (ECMA-402) and the abstract operations its services share
// with the locale-sensitive methods of ECMA-262 (localeCompare,
// toLocaleString and friends). The services live in builtin_intl_*.go; each
// instance is an ordinary object whose host data is the Go record of its
// internal slots (*dateTimeFormat, *numberFormat, ...), so that a subclass
// instance made through new.target is recognised too.
//
// Locale data: collation and plural rules come from golang.org/x/text
// (CLDR). Date and number patterns, month and currency names are small
// tables written down here from CLDR for the languages Kiln formats (en, de,
// fr, es, ja); any other locale resolves to the default, en-US, as ECMA-402
// §9.2.7 ResolveLocale does for a locale that is not available.

// defaultLocale is what node reports as its default locale when the
// environment names none.
const defaultLocale = "en-US"

// canonicalizeLocaleList is ECMA-402 §9.2.1 CanonicalizeLocaleList: the
// well-formed language tags of locales in canonical form, without
// duplicates, in order.
func (rt *Runtime) canonicalizeLocaleList(locales Value) []string {
	if locales == Undefined {
		return nil
	}
	var seen []string
	// Each element is read, converted and checked before the next is
	// read (step 7), so a toString that changes the list is seen.
	add := func(v Value) {
		// §9.2.1 step 7.c.iii: an Intl.Locale stands for its [[Locale]].
		c, ok := rt.localeTagOf(v)
		if !ok {
			var err error
			if c, err = canonicalizeLanguageTag(rt.ToGoString(v)); err != nil {
				rt.throwRangeError("%s", err.Error())
			}
		}
		if !slices.Contains(seen, c) {
			seen = append(seen, c)
		}
	}
	if _, isLocale := rt.localeTagOf(locales); isLocale || locales.IsString() {
		add(locales)
		return seen
	}
	o := rt.ToObject(locales)
	rt.Keep(o)
	n := rt.lengthOfArrayLike(o)
	for k := int64(0); k < n; k++ {
		key := rt.arrayIndexKey(k)
		if !rt.hasProperty(o, key) {
			continue
		}
		v := rt.Get(o, key)
		if !v.IsString() && !v.IsObject() {
			rt.throwTypeError("Language ID should be string or object.")
		}
		add(v)
	}
	return seen
}

// optionsObject is ECMA-402 §9.2.12 CoerceOptionsToObject as V8 applies it
// to the ECMA-262 methods (undefined gives no options).
func (rt *Runtime) optionsObject(options Value, method string) Value {
	if options == Undefined {
		return Undefined
	}
	if options.IsNullish() {
		rt.throwTypeError("%s called on null or undefined", method)
	}
	return rt.ToObject(options)
}

// stringOption is ECMA-402 §9.2.13 GetOption for a string option with a
// list of allowed values.
func (rt *Runtime) stringOption(opts Value, name string, allowed []string, fallback, method string) string {
	if opts == Undefined {
		return fallback
	}
	v := rt.Get(opts, rt.atom(name))
	if v == Undefined {
		return fallback
	}
	s := rt.ToGoString(v)
	if allowed != nil && !slices.Contains(allowed, s) {
		rt.throwRangeError("Value %s out of range for %s options property %s", s, method, name)
	}
	return s
}

// boolOption is GetOption for a boolean option.
func (rt *Runtime) boolOption(opts Value, name string, fallback bool) bool {
	if opts == Undefined {
		return fallback
	}
	v := rt.Get(opts, rt.atom(name))
	if v == Undefined {
		return fallback
	}
	return rt.ToBoolean(v)
}

// collatorOptions reads locales and options as ECMA-402 §10.1.2
// InitializeCollator does, in its order of observable reads.
func (rt *Runtime) collatorOptions(locales, options Value) collatorKey {
	return rt.newCollator(locales, options, "String.prototype.localeCompare").key
}

// newCollator is ECMA-402 §10.1.2 InitializeCollator; method names the
// caller in error messages.
func (rt *Runtime) newCollator(locales, options Value, method string) *collator {
	requested := rt.canonicalizeLocaleList(locales)
	c := &collator{}
	var opts Value
	if method == "Intl.Collator" {
		opts = rt.coerceOptions(options)
	} else {
		opts = rt.optionsObject(options, method)
	}
	rt.Keep(opts)
	c.usage = rt.stringOption(opts, "usage", []string{"sort", "search"}, "sort", method)
	rt.stringOption(opts, "localeMatcher", []string{"lookup", "best fit"}, "best fit", method)
	rt.stringOption(opts, "collation", nil, "", method)
	numeric := Undefined
	if opts != Undefined {
		if v := rt.Get(opts, rt.atom("numeric")); v != Undefined {
			numeric = gc.Bool(rt.ToBoolean(v))
		}
	}
	c.caseFirst = rt.stringOption(opts, "caseFirst", []string{"upper", "lower", "false"}, "", method)
	var ext map[string]string
	c.key.locale, ext = resolveLocale(requested, anyAvailable, "kn", "kf")
	c.key.numeric = numeric == True || (numeric == Undefined && (ext["kn"] == "true" || ext["kn"] == ""))
	if _, ok := ext["kn"]; !ok && numeric == Undefined {
		c.key.numeric = false
	}
	if c.caseFirst == "" {
		c.caseFirst = "false"
		if kf := ext["kf"]; kf == "upper" || kf == "lower" {
			c.caseFirst = kf
		}
	}
	c.key.upperFirst = c.caseFirst == "upper"
	c.key.sensitivity = rt.stringOption(opts, "sensitivity", []string{"base", "accent", "case", "variant"}, "variant", method)
	c.key.ignorePunctuation = rt.boolOption(opts, "ignorePunctuation", false)
	return c
}

// canonicalCase is the case convention of BCP 47 §2.1.1: language and
// extensions lower case, script title case, region upper case.
func canonicalCase(tag string) string {
	parts := strings.Split(strings.ToLower(tag), "-")
	for i := 1; i < len(parts); i++ {
		p := parts[i]
		if len(p) == 1 {
			break
		}
		switch {
		case len(p) == 2 && p[0] >= 'a':
			parts[i] = strings.ToUpper(p)
		case len(p) == 4 && p[0] >= 'a':
			parts[i] = strings.ToUpper(p[:1]) + p[1:]
		}
	}
	return strings.Join(parts, "-")
}

// formattingLanguages are the languages with date and number data below.
var formattingLanguages = []string{"en", "de", "fr", "es", "ja"}

// localeParts splits a canonical tag into its base ("de-DE") and the
// values of the Unicode extension keys Kiln honours ("hc", "kn", ...).
func localeParts(tag string) (base string, ext map[string]string) {
	base, rest, _ := strings.Cut(tag, "-u-")
	ext = map[string]string{}
	if rest == "" {
		return base, ext
	}
	// Any later singleton (-x-, -t-) ends the Unicode extension.
	fields := strings.Split(rest, "-")
	key := ""
	for _, f := range fields {
		switch {
		case len(f) == 1:
			return base, ext
		case len(f) == 2:
			key = f
			ext[key] = ""
		case key != "":
			if ext[key] != "" {
				ext[key] += "-"
			}
			ext[key] += f
		}
	}
	return base, ext
}

// language returns the primary language subtag of a tag.
func languageOf(tag string) string {
	lang, _, _ := strings.Cut(tag, "-")
	return lang
}

// resolveLocale is ECMA-402 §9.2.7 ResolveLocale with the lookup matcher
// (§9.2.3) standing in for "best fit": the first requested locale whose
// language is available, keeping the Unicode extension keys the service
// understands (relevant), else the default locale. It returns the locale
// and the extension values that were kept.
func resolveLocale(requested []string, available func(lang string) bool, relevant ...string) (string, map[string]string) {
	for _, tag := range requested {
		base, ext := localeParts(tag)
		if !available(languageOf(base)) {
			continue
		}
		kept := map[string]string{}
		loc := base
		var keys []string
		for k := range ext {
			if slices.Contains(relevant, k) {
				keys = append(keys, k)
			}
		}
		sort.Strings(keys)
		for i, k := range keys {
			if i == 0 {
				loc += "-u"
			}
			loc += "-" + k
			if ext[k] != "" {
				loc += "-" + ext[k]
			}
			kept[k] = ext[k]
		}
		return loc, kept
	}
	return defaultLocale, map[string]string{}
}

// formattingAvailable is the available-locales test of the formatting
// services (DateTimeFormat, NumberFormat, ListFormat, RelativeTimeFormat).
func formattingAvailable(lang string) bool { return slices.Contains(formattingLanguages, lang) }

// anyAvailable is the test of the services whose data x/text has for
// every language (Collator, PluralRules): any tag that names a known
// language.
func anyAvailable(lang string) bool {
	b, err := language.ParseBase(lang)
	return err == nil && b.String() != "und" && b.ISO3() != ""
}

// coerceOptions is ECMA-402 §9.2.11 CoerceOptionsToObject: undefined gives
// an empty options bag (Undefined here), anything else ToObject.
func (rt *Runtime) coerceOptions(options Value) Value {
	if options == Undefined {
		return Undefined
	}
	return rt.ToObject(options)
}

// getOptionsObject is ECMA-402 §9.2.10 GetOptionsObject, used by the newer
// services (PluralRules, ListFormat, RelativeTimeFormat, Segmenter): only
// objects or undefined.
func (rt *Runtime) getOptionsObject(options Value) Value {
	if options == Undefined {
		return Undefined
	}
	if !options.IsObject() {
		rt.throwTypeError("Options must be an object")
	}
	return options
}

// numberOption is ECMA-402 §9.2.15 GetNumberOption: undefined gives
// fallback (which may be -1 for "none"), else a number in [lo, hi] floored,
// or V8's RangeError naming the property.
func (rt *Runtime) numberOption(opts Value, name string, lo, hi, fallback int) int {
	if opts == Undefined {
		return fallback
	}
	return rt.defaultNumberOption(rt.Get(opts, rt.atom(name)), name, lo, hi, fallback)
}

// defaultNumberOption is ECMA-402 §9.2.14 DefaultNumberOption.
func (rt *Runtime) defaultNumberOption(v Value, name string, lo, hi, fallback int) int {
	if v == Undefined {
		return fallback
	}
	n := rt.ToNumber(v)
	if math.IsNaN(n) || n < float64(lo) || n > float64(hi) {
		rt.throwRangeError("%s value is out of range.", name)
	}
	return int(math.Floor(n))
}

// intlThis unwraps the receiver of an Intl service method: an object whose
// host data is a T, or V8's TypeError naming the method.
func intlThis[T any](rt *Runtime, v Value, method string) T {
	if v.IsObject() {
		if o := rt.obj(v); o.class == ClassObject {
			if h, ok := rt.hostOf(o).(T); ok {
				return h
			}
		}
	}
	rt.throwTypeError("Method %s called on incompatible receiver %s", method, rt.inspectShort(v))
	var zero T
	return zero
}

// newIntlObject allocates a service instance with prototype from
// newTarget (§10.1.13 OrdinaryCreateFromConstructor) and attaches its
// record. A call without new behaves as new (ECMA-402 §11.1.1 step 1 and
// the like): the active function is the new target.
func (rt *Runtime) newIntlObject(protoName string, host any) Value {
	nt := rt.NewTarget()
	if nt == Undefined {
		nt = rt.Callee()
	}
	v, o := rt.newObjectCell(ClassObject, rt.prototypeFromCtor(nt, func(r *Realm) Value {
		rt.shp(rt.obj(r.Extra["Intl"])) // the services exist once Intl has been looked at
		return r.Extra[protoName]
	}))
	rt.setHost(o, host)
	return v
}

// intlService defines Intl.<name> with its prototype (@@toStringTag
// "Intl.<name>") and supportedLocalesOf (ECMA-402 §9.2.8
// SupportedLocales), returning the prototype.
func (r *Realm) intlService(intl Value, name string, length int, available func(string) bool, ctor NativeFunc) Value {
	rt := r.rt
	proto := r.NewProto(r.ObjectPrototype)
	r.Extra["Intl."+name] = proto
	c := rt.NewNativeConstructor(name, length, ctor)
	rt.defineData(c, rt.atPrototype, proto, 0)
	rt.defineData(proto, rt.atom("constructor"), c, attrWritable|attrConfigurable)
	r.Value(intl, name, c)
	rt.defineData(proto, rt.wellKnown.toStringTag, rt.atom("Intl."+name), attrConfigurable)
	r.Method(c, "supportedLocalesOf", 1, func(rt *Runtime, _ Value, args []Value) Value {
		requested := rt.canonicalizeLocaleList(Arg(args, 0))
		opts := rt.coerceOptions(Arg(args, 1))
		rt.stringOption(opts, "localeMatcher", []string{"lookup", "best fit"}, "best fit", "Intl.supportedLocalesOf")
		var out []Value
		for _, tag := range requested {
			base, _ := localeParts(tag)
			if available(languageOf(base)) {
				out = append(out, rt.NewString(tag))
			}
		}
		return rt.NewArray(out)
	})
	return proto
}

// supportedValues is the list Intl.supportedValuesOf returns for key: what
// Kiln actually supports, sorted as §6.9 requires ("unit" comes from the
// unit table in builtin_intl_number.go).
func supportedValues(key string) ([]string, bool) {
	switch key {
	case "calendar":
		return []string{"gregory"}, true
	case "collation":
		return []string{"default"}, true
	case "currency":
		return []string{"EUR", "GBP", "JPY", "USD"}, true
	case "numberingSystem":
		return strings.Fields(numberingSystemNames), true
	case "timeZone":
		return supportedTimeZones(), true
	case "unit":
		return unitIdentifiers(), true
	}
	return nil, false
}

// ECMA-402 §8 The Intl Object.
func (r *Realm) initIntl() {
	rt := r.rt
	intl := rt.NewObject()
	r.Value(r.GlobalThis, "Intl", intl)
	r.Extra["Intl"] = intl
	rt.defineData(intl, rt.wellKnown.toStringTag, rt.atom("Intl"), attrConfigurable)
	// ECMA-402 §8.3.1 Intl.getCanonicalLocales
	r.Method(intl, "getCanonicalLocales", 1, func(rt *Runtime, _ Value, args []Value) Value {
		var out []Value
		for _, tag := range rt.canonicalizeLocaleList(Arg(args, 0)) {
			out = append(out, rt.NewString(tag))
		}
		return rt.NewArray(out)
	})
	// ECMA-402 §8.3.2 Intl.supportedValuesOf
	r.Method(intl, "supportedValuesOf", 1, func(rt *Runtime, _ Value, args []Value) Value {
		key := rt.ToGoString(Arg(args, 0))
		list, ok := supportedValues(key)
		if !ok {
			rt.throwRangeError("Invalid key : %s", key)
		}
		out := make([]Value, len(list))
		for i, s := range list {
			out[i] = rt.NewString(s)
		}
		return rt.NewArray(out)
	})
	// The services (eleven constructors with their prototypes) are made when
	// a program first looks at Intl.
	r.Later(intl, func() {
		r.initDateTimeFormat(intl)
		r.initNumberFormat(intl)
		r.initCollator(intl)
		r.initPluralRules(intl)
		r.initSegmenter(intl)
		r.initListFormat(intl)
		r.initRelativeTimeFormat(intl)
		r.initLocale(intl)
		r.initDisplayNames(intl)
	})
}
