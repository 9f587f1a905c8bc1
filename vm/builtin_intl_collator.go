package vm

import (
	"sort"
	"strconv"
	"strings"

	"github.com/kilnjs/kiln/gc"
	"github.com/kilnjs/kiln/internal/xtext/feature/plural"
	"github.com/kilnjs/kiln/internal/xtext/language"
)

// Intl.Collator (ECMA-402 §10) over the x/text collation that
// String.prototype.localeCompare uses, and Intl.PluralRules (§16) over
// x/text's CLDR plural rules.

// collator holds the internal slots of an Intl.Collator (§10.4); the
// bound compare function is in the object's v0 slot.
type collator struct {
	key              collatorKey
	usage, caseFirst string
}

func (r *Realm) initCollator(intl Value) {
	proto := r.intlService(intl, "Collator", 0, anyAvailable, func(rt *Runtime, _ Value, args []Value) Value {
		return rt.newIntlObject("Intl.Collator", rt.newCollator(Arg(args, 0), Arg(args, 1), "Intl.Collator"))
	})
	// ECMA-402 §10.3.3 get Intl.Collator.prototype.compare
	r.Getter(proto, "compare", func(rt *Runtime, this Value, _ []Value) Value {
		intlThis[*collator](rt, this, "get Intl.Collator.prototype.compare")
		if rt.obj(this).v0 == Undefined {
			fn := rt.NewNativeFunction("", 2, func(rt *Runtime, _ Value, args []Value) Value {
				c := rt.hostOf(rt.obj(rt.obj(rt.Callee()).v0)).(*collator)
				x := rt.ToGoString(Arg(args, 0))
				y := rt.ToGoString(Arg(args, 1))
				return gc.Int(strCollate(x, y, c.key))
			})
			rt.SetData(fn, this)
			rt.obj(this).v0 = fn
		}
		return rt.obj(this).v0
	})
	// ECMA-402 §10.3.4 Intl.Collator.prototype.resolvedOptions
	r.Method(proto, "resolvedOptions", 0, func(rt *Runtime, this Value, _ []Value) Value {
		c := intlThis[*collator](rt, this, "Intl.Collator.prototype.resolvedOptions")
		o := rt.NewObject()
		str := func(k, v string) { rt.CreateDataProperty(o, k, rt.NewString(v)) }
		str("locale", c.key.locale)
		str("usage", c.usage)
		str("sensitivity", c.key.sensitivity)
		rt.CreateDataProperty(o, "ignorePunctuation", gc.Bool(c.key.ignorePunctuation))
		str("collation", "default")
		rt.CreateDataProperty(o, "numeric", gc.Bool(c.key.numeric))
		str("caseFirst", c.caseFirst)
		return o
	})
}

// pluralRules holds the internal slots of an Intl.PluralRules (§16.4):
// the type and the digit options that decide which operands a number has.
type pluralRules struct {
	locale string
	typ    string
	digits *numberFormat
}

func (r *Realm) initPluralRules(intl Value) {
	proto := r.intlService(intl, "PluralRules", 0, anyAvailable, func(rt *Runtime, _ Value, args []Value) Value {
		// ECMA-402 §16.1.1: PluralRules alone must be called with new.
		if rt.NewTarget() == Undefined {
			rt.throwTypeError("Constructor Intl.PluralRules requires 'new'")
		}
		return rt.newIntlObject("Intl.PluralRules", rt.newPluralRules(Arg(args, 0), Arg(args, 1)))
	})
	// ECMA-402 §16.3.3 Intl.PluralRules.prototype.select
	r.Method(proto, "select", 1, func(rt *Runtime, this Value, args []Value) Value {
		p := intlThis[*pluralRules](rt, this, "Intl.PluralRules.prototype.select")
		return rt.NewString(p.selectFloat(rt.ToNumber(Arg(args, 0))))
	})
	// ECMA-402 §16.3.5 Intl.PluralRules.prototype.resolvedOptions
	r.Method(proto, "resolvedOptions", 0, func(rt *Runtime, this Value, _ []Value) Value {
		p := intlThis[*pluralRules](rt, this, "Intl.PluralRules.prototype.resolvedOptions")
		o := rt.NewObject()
		rt.CreateDataProperty(o, "locale", rt.NewString(p.locale))
		rt.CreateDataProperty(o, "type", rt.NewString(p.typ))
		d := p.digits
		rt.CreateDataProperty(o, "minimumIntegerDigits", gc.Int(d.minInt))
		if d.roundingType != "fractionDigits" {
			rt.CreateDataProperty(o, "minimumSignificantDigits", gc.Int(d.minSD))
			rt.CreateDataProperty(o, "maximumSignificantDigits", gc.Int(d.maxSD))
		}
		if d.roundingType != "significantDigits" {
			rt.CreateDataProperty(o, "minimumFractionDigits", gc.Int(d.minFD))
			rt.CreateDataProperty(o, "maximumFractionDigits", gc.Int(d.maxFD))
		}
		var cats []Value
		for _, c := range p.categories() {
			cats = append(cats, rt.NewString(c))
		}
		rt.CreateDataProperty(o, "pluralCategories", rt.NewArray(cats))
		return o
	})
	r.initPluralRange(proto)
}

// newPluralRules is ECMA-402 §16.1.2 InitializePluralRules.
func (rt *Runtime) newPluralRules(locales, options Value) *pluralRules {
	const method = "Intl.PluralRules"
	requested := rt.canonicalizeLocaleList(locales)
	opts := rt.getOptionsObject(options)
	rt.Keep(opts)
	rt.stringOption(opts, "localeMatcher", []string{"lookup", "best fit"}, "best fit", method)
	p := &pluralRules{typ: rt.stringOption(opts, "type", []string{"cardinal", "ordinal"}, "cardinal", method)}
	// The digit options are NumberFormat's, read in the same order
	// (§15.1.3 SetNumberFormatDigitOptions).
	p.digits = rt.createNumberFormat(Undefined, opts)
	p.locale, _ = resolveLocale(requested, anyAvailable)
	p.digits.useGrouping = "false"
	return p
}

var pluralFormNames = [...]string{plural.Other: "other", plural.Zero: "zero", plural.One: "one",
	plural.Two: "two", plural.Few: "few", plural.Many: "many"}

// selectFloat is ECMA-402 §16.5.3 ResolvePlural: the number is formatted
// with the digit options first, and the CLDR operands (i, v, w, f, t) are
// read off that string, so 1 with minimumFractionDigits 1 ("1.0") is
// "other" in English.
func (p *pluralRules) selectFloat(x float64) string {
	if x != x || x > 1e300 || x < -1e300 {
		return "other"
	}
	var s strings.Builder
	for _, part := range p.digits.formatParts(x, nil) {
		switch part.typ {
		case "integer":
			s.WriteString(part.value)
		case "decimal":
			s.WriteByte('.')
		case "fraction":
			s.WriteString(part.value)
		}
	}
	return p.selectString(s.String())
}

func (p *pluralRules) selectString(s string) string {
	ip, fp, _ := strings.Cut(s, ".")
	i, _ := strconv.Atoi(strings.TrimLeft(ip, "0"))
	if len(ip) > 9 {
		// Only i mod 10^k matters to CLDR's rules; keep it in range.
		i, _ = strconv.Atoi(ip[len(ip)-9:])
	}
	v := len(fp)
	ft := strings.TrimRight(fp, "0")
	w := len(ft)
	f, _ := strconv.Atoi("0" + fp)
	t, _ := strconv.Atoi("0" + ft)
	tag := language.Make(p.locale)
	rules := plural.Cardinal
	if p.typ == "ordinal" {
		rules = plural.Ordinal
	}
	return pluralFormNames[rules.MatchPlural(tag, i, v, w, f, t)]
}

// categories is the pluralCategories list: every form the rules can give,
// found by trying integers and decimals, sorted with "other" last as node
// lists them.
func (p *pluralRules) categories() []string {
	seen := map[string]bool{}
	for i := 0; i <= 1000; i++ {
		seen[p.selectString(strconv.Itoa(i))] = true
		if p.typ == "cardinal" {
			seen[p.selectString(strconv.Itoa(i)+".5")] = true
			seen[p.selectString(strconv.Itoa(i)+".0")] = true
		}
	}
	seen[p.selectString("1000000")] = true
	var out []string
	for c := range seen {
		if c != "other" {
			out = append(out, c)
		}
	}
	sort.Strings(out)
	return append(out, "other")
}
