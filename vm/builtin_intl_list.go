package vm

import (
	"math"
	"strings"

	"github.com/kilnjs/kiln/internal/lazy"
)

// Intl.ListFormat (ECMA-402 §13) and Intl.RelativeTimeFormat (§17) over
// CLDR data written down by hand for the languages Kiln formats (English,
// German, French, Spanish, Japanese); other languages get English.

// listPatterns are CLDR's list patterns for one type and style, reduced
// to the text between the elements: two elements are joined by two; three
// or more by start, middle..., end.
type listPatterns struct{ two, start, middle, end string }

func lp(two, start, middle, end string) listPatterns { return listPatterns{two, start, middle, end} }

// listData is keyed by language (or locale, for en-GB), then type, then
// style. It is built on first use, as it is nested maps.
var listData = lazy.Value[map[string]map[string]map[string]listPatterns]{New: func() map[string]map[string]map[string]listPatterns {
	return map[string]map[string]map[string]listPatterns{
		"en": {
			"conjunction": {"long": lp(" and ", ", ", ", ", ", and "), "short": lp(" & ", ", ", ", ", ", & "), "narrow": lp(", ", ", ", ", ", ", ")},
			"disjunction": {"long": lp(" or ", ", ", ", ", ", or "), "short": lp(" or ", ", ", ", ", ", or "), "narrow": lp(" or ", ", ", ", ", ", or ")},
			"unit":        {"long": lp(", ", ", ", ", ", ", "), "short": lp(", ", ", ", ", ", ", "), "narrow": lp(" ", " ", " ", " ")},
		},
		"en-GB": {
			"conjunction": {"long": lp(" and ", ", ", ", ", " and "), "short": lp(" and ", ", ", ", ", " and "), "narrow": lp(", ", ", ", ", ", ", ")},
			"disjunction": {"long": lp(" or ", ", ", ", ", " or "), "short": lp(" or ", ", ", ", ", " or "), "narrow": lp(" or ", ", ", ", ", " or ")},
			"unit":        {"long": lp(", ", ", ", ", ", ", "), "short": lp(", ", ", ", ", ", ", "), "narrow": lp(" ", " ", " ", " ")},
		},
		"de": {
			"conjunction": {"long": lp(" und ", ", ", ", ", " und "), "short": lp(" und ", ", ", ", ", " und "), "narrow": lp(" und ", ", ", ", ", " und ")},
			"disjunction": {"long": lp(" oder ", ", ", ", ", " oder "), "short": lp(" oder ", ", ", ", ", " oder "), "narrow": lp(" oder ", ", ", ", ", " oder ")},
			"unit":        {"long": lp(", ", ", ", ", ", " und "), "short": lp(", ", ", ", ", ", " und "), "narrow": lp(", ", ", ", ", ", " und ")},
		},
		"fr": {
			"conjunction": {"long": lp(" et ", ", ", ", ", " et "), "short": lp(" et ", ", ", ", ", " et "), "narrow": lp(", ", ", ", ", ", ", ")},
			"disjunction": {"long": lp(" ou ", ", ", ", ", " ou "), "short": lp(" ou ", ", ", ", ", " ou "), "narrow": lp(" ou ", ", ", ", ", " ou ")},
			"unit":        {"long": lp(" et ", ", ", ", ", " et "), "short": lp(" et ", ", ", ", ", " et "), "narrow": lp(" ", " ", " ", " ")},
		},
		"es": {
			"conjunction": {"long": lp(" y ", ", ", ", ", " y "), "short": lp(" y ", ", ", ", ", " y "), "narrow": lp(" y ", ", ", ", ", " y ")},
			"disjunction": {"long": lp(" o ", ", ", ", ", " o "), "short": lp(" o ", ", ", ", ", " o "), "narrow": lp(" o ", ", ", ", ", " o ")},
			"unit":        {"long": lp(" y ", ", ", ", ", " y "), "short": lp(" y ", ", ", ", ", ", "), "narrow": lp(" ", " ", " ", " ")},
		},
		"ja": {
			"conjunction": {"long": lp("、", "、", "、", "、"), "short": lp("、", "、", "、", "、"), "narrow": lp("、", "、", "、", "、")},
			"disjunction": {"long": lp("または", "、", "、", "、または"), "short": lp("または", "、", "、", "、または"), "narrow": lp("または", "、", "、", "、または")},
			"unit":        {"long": lp(" ", " ", " ", " "), "short": lp(" ", " ", " ", " "), "narrow": lp("", "", "", "")},
		},
	}
}}

// listFormat holds the internal slots of an Intl.ListFormat (§13.4).
type listFormat struct {
	locale, typ, style string
	patterns           listPatterns
	spanish            bool // "y" and "o" change before some sounds
}

func (r *Realm) initListFormat(intl Value) {
	proto := r.intlService(intl, "ListFormat", 0, anyAvailable, func(rt *Runtime, _ Value, args []Value) Value {
		// ECMA-402 §13.1.1 step 1.
		if rt.NewTarget() == Undefined {
			rt.throwTypeError("Constructor Intl.ListFormat requires 'new'")
		}
		return rt.newIntlObject("Intl.ListFormat", rt.newListFormat(Arg(args, 0), Arg(args, 1)))
	})
	// ECMA-402 §13.3.3 Intl.ListFormat.prototype.format
	r.Method(proto, "format", 1, func(rt *Runtime, this Value, args []Value) Value {
		f := intlThis[*listFormat](rt, this, "Intl.ListFormat.prototype.format")
		var b strings.Builder
		for _, p := range f.parts(rt.stringListFromIterable(Arg(args, 0))) {
			b.WriteString(p.value)
		}
		return rt.NewString(b.String())
	})
	// ECMA-402 §13.3.4 Intl.ListFormat.prototype.formatToParts
	r.Method(proto, "formatToParts", 1, func(rt *Runtime, this Value, args []Value) Value {
		f := intlThis[*listFormat](rt, this, "Intl.ListFormat.prototype.formatToParts")
		return rt.partsArray(f.parts(rt.stringListFromIterable(Arg(args, 0))))
	})
	// ECMA-402 §13.3.5 Intl.ListFormat.prototype.resolvedOptions
	r.Method(proto, "resolvedOptions", 0, func(rt *Runtime, this Value, _ []Value) Value {
		f := intlThis[*listFormat](rt, this, "Intl.ListFormat.prototype.resolvedOptions")
		o := rt.NewObject()
		rt.CreateDataProperty(o, "locale", rt.NewString(f.locale))
		rt.CreateDataProperty(o, "type", rt.NewString(f.typ))
		rt.CreateDataProperty(o, "style", rt.NewString(f.style))
		return o
	})
}

// newListFormat is the body of the Intl.ListFormat constructor (§13.1.1).
func (rt *Runtime) newListFormat(locales, options Value) *listFormat {
	const method = "Intl.ListFormat"
	requested := rt.canonicalizeLocaleList(locales)
	opts := rt.getOptionsObject(options)
	rt.Keep(opts)
	rt.stringOption(opts, "localeMatcher", []string{"lookup", "best fit"}, "best fit", method)
	f := &listFormat{}
	f.locale, _ = resolveLocale(requested, anyAvailable)
	f.typ = rt.stringOption(opts, "type", []string{"conjunction", "disjunction", "unit"}, "conjunction", method)
	f.style = rt.stringOption(opts, "style", []string{"long", "short", "narrow"}, "long", method)
	base, _ := localeParts(f.locale)
	lang := languageOf(base)
	all := listData.Get()
	data, ok := all[base]
	if !ok {
		data, ok = all[lang]
	}
	if !ok {
		data = all["en"]
	}
	f.patterns = data[f.typ][f.style]
	f.spanish = lang == "es"
	return f
}

// stringListFromIterable is ECMA-402 §13.5.3 StringListFromIterable.
func (rt *Runtime) stringListFromIterable(v Value) []string {
	if v == Undefined {
		return nil
	}
	var out []string
	rt.Iterate(v, func(x Value) bool {
		if !x.IsString() {
			rt.throwTypeError("Iterable yielded %s which is not a string", rt.inspectShort(x))
		}
		out = append(out, rt.GoString(x))
		return true
	})
	return out
}

// parts is ECMA-402 §13.5.2 CreatePartsFromList.
func (f *listFormat) parts(list []string) []dtPart {
	var out []dtPart
	for i, s := range list {
		if i > 0 {
			sep := f.patterns.middle
			switch {
			case len(list) == 2:
				sep = f.patterns.two
			case i == 1:
				sep = f.patterns.start
			case i == len(list)-1:
				sep = f.patterns.end
			}
			if f.spanish && i == len(list)-1 {
				sep = spanishConjunction(sep, s)
			}
			out = append(out, dtPart{"literal", sep})
		}
		out = append(out, dtPart{"element", s})
	}
	return out
}

// spanishConjunction applies CLDR's Spanish rules: "y" is "e" before an
// /i/ sound ("hi", "i" but not "hie"/"hia"), and "o" is "u" before an /o/
// sound ("o", "ho", "8", "11").
func spanishConjunction(sep, next string) string {
	lower := strings.ToLower(next)
	switch strings.TrimSpace(sep) {
	case "y":
		if (strings.HasPrefix(lower, "i") || strings.HasPrefix(lower, "hi")) &&
			!strings.HasPrefix(lower, "hia") && !strings.HasPrefix(lower, "hie") {
			return strings.Replace(sep, "y", "e", 1)
		}
	case "o":
		if strings.HasPrefix(lower, "o") || strings.HasPrefix(lower, "ho") || strings.HasPrefix(lower, "8") ||
			(strings.HasPrefix(lower, "11") && (len(lower) == 2 || lower[2] < '0' || lower[2] > '9')) {
			return strings.Replace(sep, "o", "u", 1)
		}
	}
	return sep
}

// rtfUnit is one unit's relative-time patterns: future and past, each for
// the plural categories "one" and "other" ("{0}" is the number), and the
// phrases numeric: "auto" uses for small offsets (-2 to 2).
type rtfUnit struct {
	futOne, futOther, pastOne, pastOther string
	rel                                  map[int]string
}

func ru(futOne, futOther, pastOne, pastOther string, rel map[int]string) rtfUnit {
	return rtfUnit{futOne, futOther, pastOne, pastOther, rel}
}

// enRelative builds English's units, whose patterns differ only in the
// unit's one and other names.
func enRelative(one, other string, rel map[int]string) rtfUnit {
	return ru("in {0}"+one, "in {0}"+other, "{0}"+one+" ago", "{0}"+other+" ago", rel)
}

// relativeData is keyed by language, then style, then unit. A language
// without a style falls back to its long one. It is built on first use:
// its entries are computed.
var relativeData = lazy.Value[map[string]map[string]map[string]rtfUnit]{New: func() map[string]map[string]map[string]rtfUnit {
	enRelWords := map[string]map[int]string{
		"day":     {-1: "yesterday", 0: "today", 1: "tomorrow"},
		"week":    {-1: "last week", 0: "this week", 1: "next week"},
		"month":   {-1: "last month", 0: "this month", 1: "next month"},
		"quarter": {-1: "last quarter", 0: "this quarter", 1: "next quarter"},
		"year":    {-1: "last year", 0: "this year", 1: "next year"},
		"second":  {0: "now"},
		"minute":  {0: "this minute"},
		"hour":    {0: "this hour"},
	}
	enRelWordsShort := map[string]map[int]string{
		"day":     enRelWords["day"],
		"week":    {-1: "last wk.", 0: "this wk.", 1: "next wk."},
		"month":   {-1: "last mo.", 0: "this mo.", 1: "next mo."},
		"quarter": {-1: "last qtr.", 0: "this qtr.", 1: "next qtr."},
		"year":    {-1: "last yr.", 0: "this yr.", 1: "next yr."},
		"second":  enRelWords["second"],
		"minute":  enRelWords["minute"],
		"hour":    enRelWords["hour"],
	}
	return map[string]map[string]map[string]rtfUnit{
		"en": {
			"long": {
				"second": enRelative(" second", " seconds", enRelWords["second"]), "minute": enRelative(" minute", " minutes", enRelWords["minute"]),
				"hour": enRelative(" hour", " hours", enRelWords["hour"]), "day": enRelative(" day", " days", enRelWords["day"]),
				"week": enRelative(" week", " weeks", enRelWords["week"]), "month": enRelative(" month", " months", enRelWords["month"]),
				"quarter": enRelative(" quarter", " quarters", enRelWords["quarter"]), "year": enRelative(" year", " years", enRelWords["year"]),
			},
			"short": {
				"second": enRelative(" sec.", " sec.", enRelWordsShort["second"]), "minute": enRelative(" min.", " min.", enRelWordsShort["minute"]),
				"hour": enRelative(" hr.", " hr.", enRelWordsShort["hour"]), "day": enRelative(" day", " days", enRelWordsShort["day"]),
				"week": enRelative(" wk.", " wk.", enRelWordsShort["week"]), "month": enRelative(" mo.", " mo.", enRelWordsShort["month"]),
				"quarter": enRelative(" qtr.", " qtrs.", enRelWordsShort["quarter"]), "year": enRelative(" yr.", " yr.", enRelWordsShort["year"]),
			},
			"narrow": {
				"second": enRelative("s", "s", enRelWordsShort["second"]), "minute": enRelative("m", "m", enRelWordsShort["minute"]),
				"hour": enRelative("h", "h", enRelWordsShort["hour"]), "day": enRelative("d", "d", enRelWordsShort["day"]),
				"week": enRelative("w", "w", enRelWordsShort["week"]), "month": enRelative("mo", "mo", enRelWordsShort["month"]),
				"quarter": enRelative("q", "q", enRelWordsShort["quarter"]), "year": enRelative("y", "y", enRelWordsShort["year"]),
			},
		},
		"de": {"long": {
			"second":  ru("in {0} Sekunde", "in {0} Sekunden", "vor {0} Sekunde", "vor {0} Sekunden", map[int]string{0: "jetzt"}),
			"minute":  ru("in {0} Minute", "in {0} Minuten", "vor {0} Minute", "vor {0} Minuten", map[int]string{0: "in dieser Minute"}),
			"hour":    ru("in {0} Stunde", "in {0} Stunden", "vor {0} Stunde", "vor {0} Stunden", map[int]string{0: "in dieser Stunde"}),
			"day":     ru("in {0} Tag", "in {0} Tagen", "vor {0} Tag", "vor {0} Tagen", map[int]string{-2: "vorgestern", -1: "gestern", 0: "heute", 1: "morgen", 2: "übermorgen"}),
			"week":    ru("in {0} Woche", "in {0} Wochen", "vor {0} Woche", "vor {0} Wochen", map[int]string{-1: "letzte Woche", 0: "diese Woche", 1: "nächste Woche"}),
			"month":   ru("in {0} Monat", "in {0} Monaten", "vor {0} Monat", "vor {0} Monaten", map[int]string{-1: "letzten Monat", 0: "diesen Monat", 1: "nächsten Monat"}),
			"quarter": ru("in {0} Quartal", "in {0} Quartalen", "vor {0} Quartal", "vor {0} Quartalen", map[int]string{-1: "letztes Quartal", 0: "dieses Quartal", 1: "nächstes Quartal"}),
			"year":    ru("in {0} Jahr", "in {0} Jahren", "vor {0} Jahr", "vor {0} Jahren", map[int]string{-1: "letztes Jahr", 0: "dieses Jahr", 1: "nächstes Jahr"}),
		}},
		"fr": {"long": {
			"second":  ru("dans {0} seconde", "dans {0} secondes", "il y a {0} seconde", "il y a {0} secondes", map[int]string{0: "maintenant"}),
			"minute":  ru("dans {0} minute", "dans {0} minutes", "il y a {0} minute", "il y a {0} minutes", map[int]string{0: "cette minute-ci"}),
			"hour":    ru("dans {0} heure", "dans {0} heures", "il y a {0} heure", "il y a {0} heures", map[int]string{0: "cette heure-ci"}),
			"day":     ru("dans {0} jour", "dans {0} jours", "il y a {0} jour", "il y a {0} jours", map[int]string{-2: "avant-hier", -1: "hier", 0: "aujourd’hui", 1: "demain", 2: "après-demain"}),
			"week":    ru("dans {0} semaine", "dans {0} semaines", "il y a {0} semaine", "il y a {0} semaines", map[int]string{-1: "la semaine dernière", 0: "cette semaine", 1: "la semaine prochaine"}),
			"month":   ru("dans {0} mois", "dans {0} mois", "il y a {0} mois", "il y a {0} mois", map[int]string{-1: "le mois dernier", 0: "ce mois-ci", 1: "le mois prochain"}),
			"quarter": ru("dans {0} trimestre", "dans {0} trimestres", "il y a {0} trimestre", "il y a {0} trimestres", map[int]string{-1: "le trimestre dernier", 0: "ce trimestre", 1: "le trimestre prochain"}),
			"year":    ru("dans {0} an", "dans {0} ans", "il y a {0} an", "il y a {0} ans", map[int]string{-1: "l’année dernière", 0: "cette année", 1: "l’année prochaine"}),
		}},
		"es": {"long": {
			"second":  ru("dentro de {0} segundo", "dentro de {0} segundos", "hace {0} segundo", "hace {0} segundos", map[int]string{0: "ahora"}),
			"minute":  ru("dentro de {0} minuto", "dentro de {0} minutos", "hace {0} minuto", "hace {0} minutos", map[int]string{0: "este minuto"}),
			"hour":    ru("dentro de {0} hora", "dentro de {0} horas", "hace {0} hora", "hace {0} horas", map[int]string{0: "esta hora"}),
			"day":     ru("dentro de {0} día", "dentro de {0} días", "hace {0} día", "hace {0} días", map[int]string{-2: "anteayer", -1: "ayer", 0: "hoy", 1: "mañana", 2: "pasado mañana"}),
			"week":    ru("dentro de {0} semana", "dentro de {0} semanas", "hace {0} semana", "hace {0} semanas", map[int]string{-1: "la semana pasada", 0: "esta semana", 1: "la próxima semana"}),
			"month":   ru("dentro de {0} mes", "dentro de {0} meses", "hace {0} mes", "hace {0} meses", map[int]string{-1: "el mes pasado", 0: "este mes", 1: "el próximo mes"}),
			"quarter": ru("dentro de {0} trimestre", "dentro de {0} trimestres", "hace {0} trimestre", "hace {0} trimestres", map[int]string{-1: "el trimestre pasado", 0: "este trimestre", 1: "el próximo trimestre"}),
			"year":    ru("dentro de {0} año", "dentro de {0} años", "hace {0} año", "hace {0} años", map[int]string{-1: "el año pasado", 0: "este año", 1: "el próximo año"}),
		}},
		"ja": {"long": {
			"second":  ru("{0} 秒後", "{0} 秒後", "{0} 秒前", "{0} 秒前", map[int]string{0: "今"}),
			"minute":  ru("{0} 分後", "{0} 分後", "{0} 分前", "{0} 分前", map[int]string{0: "1 分以内"}),
			"hour":    ru("{0} 時間後", "{0} 時間後", "{0} 時間前", "{0} 時間前", map[int]string{0: "1 時間以内"}),
			"day":     ru("{0} 日後", "{0} 日後", "{0} 日前", "{0} 日前", map[int]string{-2: "一昨日", -1: "昨日", 0: "今日", 1: "明日", 2: "明後日"}),
			"week":    ru("{0} 週間後", "{0} 週間後", "{0} 週間前", "{0} 週間前", map[int]string{-1: "先週", 0: "今週", 1: "来週"}),
			"month":   ru("{0} か月後", "{0} か月後", "{0} か月前", "{0} か月前", map[int]string{-1: "先月", 0: "今月", 1: "来月"}),
			"quarter": ru("{0} 四半期後", "{0} 四半期後", "{0} 四半期前", "{0} 四半期前", map[int]string{-1: "前四半期", 0: "今四半期", 1: "翌四半期"}),
			"year":    ru("{0} 年後", "{0} 年後", "{0} 年前", "{0} 年前", map[int]string{-1: "昨年", 0: "今年", 1: "来年"}),
		}},
	}
}}

// relativeTimeFormat holds the internal slots of an Intl.RelativeTimeFormat
// (§17.4).
type relativeTimeFormat struct {
	locale, style, numeric string
	units                  map[string]rtfUnit
	number                 *numberFormat
	plural                 *pluralRules
}

func (r *Realm) initRelativeTimeFormat(intl Value) {
	proto := r.intlService(intl, "RelativeTimeFormat", 0, anyAvailable, func(rt *Runtime, _ Value, args []Value) Value {
		// ECMA-402 §17.1.1 step 1.
		if rt.NewTarget() == Undefined {
			rt.throwTypeError("Constructor Intl.RelativeTimeFormat requires 'new'")
		}
		return rt.newIntlObject("Intl.RelativeTimeFormat", rt.newRelativeTimeFormat(Arg(args, 0), Arg(args, 1)))
	})
	// ECMA-402 §17.3.3 Intl.RelativeTimeFormat.prototype.format
	r.Method(proto, "format", 2, func(rt *Runtime, this Value, args []Value) Value {
		f := intlThis[*relativeTimeFormat](rt, this, "Intl.RelativeTimeFormat.prototype.format")
		var b strings.Builder
		for _, p := range f.parts(rt, Arg(args, 0), Arg(args, 1), "format") {
			b.WriteString(p.value)
		}
		return rt.NewString(b.String())
	})
	// ECMA-402 §17.3.4 Intl.RelativeTimeFormat.prototype.formatToParts
	r.Method(proto, "formatToParts", 2, func(rt *Runtime, this Value, args []Value) Value {
		f := intlThis[*relativeTimeFormat](rt, this, "Intl.RelativeTimeFormat.prototype.formatToParts")
		parts := f.parts(rt, Arg(args, 0), Arg(args, 1), "formatToParts")
		out := make([]Value, len(parts))
		for i, p := range parts {
			o := rt.NewObject()
			rt.CreateDataProperty(o, "type", rt.NewString(p.typ))
			rt.CreateDataProperty(o, "value", rt.NewString(p.value))
			if p.typ != "literal" {
				rt.CreateDataProperty(o, "unit", rt.NewString(p.unit))
			}
			out[i] = o
		}
		return rt.NewArray(out)
	})
	// ECMA-402 §17.3.5 Intl.RelativeTimeFormat.prototype.resolvedOptions
	r.Method(proto, "resolvedOptions", 0, func(rt *Runtime, this Value, _ []Value) Value {
		f := intlThis[*relativeTimeFormat](rt, this, "Intl.RelativeTimeFormat.prototype.resolvedOptions")
		o := rt.NewObject()
		rt.CreateDataProperty(o, "locale", rt.NewString(f.locale))
		rt.CreateDataProperty(o, "style", rt.NewString(f.style))
		rt.CreateDataProperty(o, "numeric", rt.NewString(f.numeric))
		rt.CreateDataProperty(o, "numberingSystem", rt.NewString(f.number.nu))
		return o
	})
}

// newRelativeTimeFormat is ECMA-402 §17.1.2 InitializeRelativeTimeFormat.
func (rt *Runtime) newRelativeTimeFormat(locales, options Value) *relativeTimeFormat {
	const method = "Intl.RelativeTimeFormat"
	requested := rt.canonicalizeLocaleList(locales)
	opts := rt.coerceOptions(options)
	rt.Keep(opts)
	rt.stringOption(opts, "localeMatcher", []string{"lookup", "best fit"}, "best fit", method)
	nu := rt.stringOption(opts, "numberingSystem", nil, "", method)
	if nu != "" && !isUnicodeType(nu) {
		rt.throwRangeError("Invalid numberingSystem : %s", nu)
	}
	f := &relativeTimeFormat{}
	f.locale, nu = resolveNumberingSystem(requested, anyAvailable, nu)
	f.style = rt.stringOption(opts, "style", []string{"long", "short", "narrow"}, "long", method)
	f.numeric = rt.stringOption(opts, "numeric", []string{"always", "auto"}, "always", method)
	base, _ := localeParts(f.locale)
	lang := languageOf(base)
	all := relativeData.Get()
	data, ok := all[lang]
	if !ok {
		data = all["en"]
	}
	if f.units, ok = data[f.style]; !ok {
		f.units = data["long"]
	}
	// The numbers are written in the numbering system asked for, which
	// the locale may not name (the numberingSystem option).
	numberOpts := Undefined
	if nu != "" {
		numberOpts = rt.NewObject()
		rt.CreateDataProperty(numberOpts, "numberingSystem", rt.NewString(nu))
	}
	rt.Keep(numberOpts)
	f.number = rt.createNumberFormat(rt.NewString(f.locale), numberOpts)
	f.plural = &pluralRules{locale: f.locale, typ: "cardinal", digits: f.number}
	return f
}

// rtfPart is a formatToParts entry; number parts carry their unit.
type rtfPart struct{ typ, value, unit string }

// parts is ECMA-402 §17.5.2 PartitionRelativeTimePattern.
func (f *relativeTimeFormat) parts(rt *Runtime, value, unitArg Value, method string) []rtfPart {
	x := rt.ToNumber(value)
	unit := rt.ToGoString(unitArg)
	if math.IsNaN(x) || math.IsInf(x, 0) {
		rt.throwRangeError("Value need to be finite number for Intl.RelativeTimeFormat.prototype.%s()", method)
	}
	singular := strings.TrimSuffix(unit, "s")
	u, ok := f.units[singular]
	if !ok {
		rt.throwRangeError("Invalid unit argument for Intl.RelativeTimeFormat.prototype.%s() '%s'", method, unit)
	}
	if f.numeric == "auto" && x == math.Trunc(x) && math.Abs(x) <= 2 {
		if s, ok := u.rel[int(x)]; ok {
			return []rtfPart{{"literal", s, ""}}
		}
	}
	past := x < 0 || (x == 0 && math.Signbit(x))
	num := f.number.formatParts(math.Abs(x), nil)
	var digits strings.Builder
	for _, p := range num {
		switch p.typ {
		case "integer", "fraction":
			digits.WriteString(p.value)
		case "decimal":
			digits.WriteByte('.')
		}
	}
	one := f.plural.selectString(digits.String()) == "one"
	pat := map[[2]bool]string{{false, true}: u.futOne, {false, false}: u.futOther, {true, true}: u.pastOne, {true, false}: u.pastOther}[[2]bool{past, one}]
	before, after, _ := strings.Cut(pat, "{0}")
	var out []rtfPart
	if before != "" {
		out = append(out, rtfPart{"literal", before, ""})
	}
	for _, p := range num {
		out = append(out, rtfPart{p.typ, p.value, singular})
	}
	if after != "" {
		out = append(out, rtfPart{"literal", after, ""})
	}
	return out
}
