package vm

import (
	"slices"
	"strings"

	"golang.org/x/text/language"
)

// ECMA-402 abstract operations shared by the locale-sensitive methods of
// ECMA-262 (String.prototype.localeCompare and friends). The locale data is
// golang.org/x/text's (CLDR), standing in for the ICU that node links.

// defaultLocale is what node reports as its default locale when the
// environment names none.
const defaultLocale = "en-US"

// requestedLocale is ECMA-402 §9.2.1 CanonicalizeLocaleList followed by
// taking the first entry, which is the locale the lookup matcher would pick
// for the data x/text carries: "" when locales is undefined or empty.
func (rt *Runtime) requestedLocale(locales Value) string {
	if locales == Undefined {
		return ""
	}
	var list []Value
	if locales.IsString() {
		list = []Value{locales}
	} else {
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
			rt.Keep(v)
			list = append(list, v)
		}
	}
	for _, v := range list {
		s := rt.ToGoString(v)
		// x/text also accepts "_" separators, which BCP 47 does not.
		tag, err := language.Parse(s)
		if err != nil || strings.ContainsRune(s, '_') {
			rt.throwRangeError("Incorrect locale information provided")
		}
		return tag.String()
	}
	return ""
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
	const method = "String.prototype.localeCompare"
	k := collatorKey{locale: rt.requestedLocale(locales)}
	if k.locale == "" {
		k.locale = defaultLocale
	}
	opts := rt.optionsObject(options, method)
	rt.Keep(opts)
	rt.stringOption(opts, "usage", []string{"sort", "search"}, "sort", method)
	rt.stringOption(opts, "localeMatcher", []string{"lookup", "best fit"}, "best fit", method)
	rt.stringOption(opts, "collation", nil, "", method)
	k.numeric = rt.boolOption(opts, "numeric", false)
	rt.stringOption(opts, "caseFirst", []string{"upper", "lower", "false"}, "false", method)
	k.sensitivity = rt.stringOption(opts, "sensitivity", []string{"base", "accent", "case", "variant"}, "variant", method)
	k.ignorePunctuation = rt.boolOption(opts, "ignorePunctuation", false)
	return k
}
