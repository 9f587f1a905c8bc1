package vm

import (
	"math"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/kilnjs/kiln/gc"
	"github.com/kilnjs/kiln/internal/jsdate"
)

// Ranges: Intl.NumberFormat.prototype.formatRange and formatRangeToParts
// (ECMA-402 §15.3.6-7), Intl.PluralRules.prototype.selectRange (§16.3.4)
// and Intl.DateTimeFormat.prototype.formatRange and formatRangeToParts
// (§11.3.5-6). ECMA-402 leaves the shape of a range to the implementation;
// Kiln follows ICU's, which node shows.

//go:generate sh -c "node gen_intl_plural.js > intl_plural_node.go && gofmt -w intl_plural_node.go"

// rangePart is a formatted part with the end of the range it comes from:
// "startRange", "endRange" or "shared".
type rangePart struct {
	dtPart
	source string
}

func (rt *Runtime) rangePartsArray(parts []rangePart) Value {
	out := make([]Value, len(parts))
	for i, p := range parts {
		o := rt.NewObject()
		rt.CreateDataProperty(o, "type", rt.NewString(p.typ))
		rt.CreateDataProperty(o, "value", rt.NewString(p.value))
		rt.CreateDataProperty(o, "source", rt.NewString(p.source))
		out[i] = o
	}
	return rt.NewArray(out)
}

func rangeString(parts []rangePart) string {
	var b strings.Builder
	for _, p := range parts {
		b.WriteString(p.value)
	}
	return b.String()
}

// numberRangeSymbols are CLDR's range separator and approximately sign for
// the languages Kiln formats.
func numberRangeSymbols(locale string) (sep, approx string) {
	switch languageOf(locale) {
	case "de":
		return "–", "≈"
	case "fr":
		return "–", "≃"
	case "es":
		return "-", "~"
	case "ja":
		return "～", "約"
	}
	return "–", "~"
}

// rangeArgs reads formatRange's two arguments as §15.3.6 steps 3-6 do,
// with V8's messages (names are "start" and "end", or PluralRules'
// "startRange" and "endRange").
func (rt *Runtime) rangeArgs(args []Value, startName, endName string, read func(Value) Value) (Value, Value) {
	start, end := Arg(args, 0), Arg(args, 1)
	if start == Undefined {
		rt.throwTypeError("Invalid %s : undefined", startName)
	}
	if end == Undefined {
		rt.throwTypeError("Invalid %s : undefined", endName)
	}
	x := read(start)
	rt.Keep(x)
	y := read(end)
	rt.Keep(y)
	if x.IsNumber() && x.Float() != x.Float() {
		rt.throwRangeError("Invalid %s : NaN", startName)
	}
	if y.IsNumber() && y.Float() != y.Float() {
		rt.throwRangeError("Invalid %s : NaN", endName)
	}
	return x, y
}

// numberRange is §15.5.22 PartitionNumberRangePattern as ICU's number
// range formatter shapes it. Equal formatted ends give the approximate
// form ("~3"). Otherwise the ends' affixes (sign, currency, percent, unit)
// are written once when both ends have the same ones and they are longer
// than one character ("3–5 km", "3,00–5,00 €", but "$3.00 – $5.00"); the
// separator gets spaces when the start keeps an affix of its own or has a
// compact or exponent suffix.
func (f *numberFormat) numberRange(x, y Value, rt *Runtime) []rangePart {
	p1, p2 := f.parts(x, rt), f.parts(y, rt)
	sep, approx := numberRangeSymbols(f.locale)
	if f.data.rangeSeparator != "" {
		sep, approx = f.data.rangeSeparator, f.data.approximately
	}
	if partsString(p1) == partsString(p2) && f.data.signPattern != "" {
		// A generated locale puts the sign where its pattern puts a minus
		// ("€ ~3,00" in Dutch).
		f.approx = true
		p1 = f.parts(x, rt)
		f.approx = false
		var out []rangePart
		for _, p := range p1 {
			out = append(out, rangePart{p, "shared"})
		}
		return out
	}
	if partsString(p1) == partsString(p2) {
		out := []rangePart{{dtPart{"approximatelySign", approx}, "shared"}}
		for _, p := range p1 {
			out = append(out, rangePart{p, "shared"})
		}
		return out
	}
	pre1, core1, suf1 := splitAffixes(p1)
	pre2, core2, suf2 := splitAffixes(p2)
	affix1 := partsString(pre1) + partsString(suf1)
	collapse := partsString(pre1) == partsString(pre2) && partsString(suf1) == partsString(suf2) &&
		utf8.RuneCountInString(affix1) > 1
	inner := false
	for _, p := range core1 {
		if p.typ == "compact" || strings.HasPrefix(p.typ, "exponent") {
			inner = true
		}
	}
	if inner || (!collapse && affix1 != "") {
		sep = " " + sep + " "
	}
	var out []rangePart
	add := func(parts []numPart, source string) {
		for _, p := range parts {
			out = append(out, rangePart{p, source})
		}
	}
	if collapse {
		add(pre1, "shared")
		add(core1, "startRange")
		add([]numPart{{"literal", sep}}, "shared")
		add(core2, "endRange")
		add(suf1, "shared")
		return out
	}
	add(p1, "startRange")
	add([]numPart{{"literal", sep}}, "shared")
	add(p2, "endRange")
	return out
}

func partsString(parts []numPart) string {
	var b strings.Builder
	for _, p := range parts {
		b.WriteString(p.value)
	}
	return b.String()
}

// splitAffixes splits a formatted number into the parts before its digits
// (sign, currency...), the digits with their separators and any compact or
// exponent suffix, and the parts after.
func splitAffixes(parts []numPart) (prefix, core, suffix []numPart) {
	isCore := func(t string) bool {
		switch t {
		case "integer", "group", "decimal", "fraction", "compact", "nan", "infinity",
			"exponentSeparator", "exponentMinusSign", "exponentInteger":
			return true
		}
		return false
	}
	first, last := -1, -1
	for i, p := range parts {
		if isCore(p.typ) {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return parts, nil, nil
	}
	return parts[:first], parts[first : last+1], parts[last+1:]
}

// selectRange is §16.5.5 ResolvePluralRange: the category CLDR's plural
// ranges give the categories of the two ends, "other" where they give
// none.
func (p *pluralRules) selectRange(x, y float64) string {
	start, end := p.selectFloat(x), p.selectFloat(y)
	key := languageOf(p.locale)
	if p.typ == "ordinal" {
		key += "/ordinal"
	}
	ranges, _ := pluralRanges.get(key)
	for _, r := range strings.Fields(ranges) {
		if pair, cat, _ := strings.Cut(r, "="); pair == start+"+"+end {
			return cat
		}
	}
	return "other"
}

func (r *Realm) initNumberRange(proto Value) {
	// ECMA-402 §15.3.6 Intl.NumberFormat.prototype.formatRange
	r.Method(proto, "formatRange", 2, func(rt *Runtime, this Value, args []Value) Value {
		f := intlThis[*numberFormat](rt, this, "Intl.NumberFormat.prototype.formatRange")
		x, y := rt.rangeArgs(args, "start", "end", rt.toIntlMathematicalValue)
		return rt.NewString(rangeString(f.numberRange(x, y, rt)))
	})
	// ECMA-402 §15.3.7 Intl.NumberFormat.prototype.formatRangeToParts
	r.Method(proto, "formatRangeToParts", 2, func(rt *Runtime, this Value, args []Value) Value {
		f := intlThis[*numberFormat](rt, this, "Intl.NumberFormat.prototype.formatRangeToParts")
		x, y := rt.rangeArgs(args, "start", "end", rt.toIntlMathematicalValue)
		return rt.rangePartsArray(f.numberRange(x, y, rt))
	})
}

func (r *Realm) initPluralRange(proto Value) {
	// ECMA-402 §16.3.4 Intl.PluralRules.prototype.selectRange
	r.Method(proto, "selectRange", 2, func(rt *Runtime, this Value, args []Value) Value {
		p := intlThis[*pluralRules](rt, this, "Intl.PluralRules.prototype.selectRange")
		x, y := rt.rangeArgs(args, "startRange", "endRange", func(v Value) Value { return gc.Float(rt.ToNumber(v)) })
		return rt.NewString(p.selectRange(x.Float(), y.Float()))
	})
}

// Calendar field levels of a date range, largest first: the range's
// greatest difference is the first level at which its ends differ.
const (
	levelEra = iota
	levelYear
	levelMonth
	levelDay
	levelPeriod
	levelHour
	levelMinute
	levelSecond
	levelFraction
	levelNone // zone names, literals, or no difference at all
)

func letterLevel(c byte) int {
	switch c {
	case 'G':
		return levelEra
	case 'y', 'Y', 'u':
		return levelYear
	case 'M', 'L':
		return levelMonth
	case 'd', 'E', 'c':
		return levelDay
	case 'a', 'b', 'B':
		return levelPeriod
	case 'h', 'H', 'K', 'k':
		return levelHour
	case 'm':
		return levelMinute
	case 's':
		return levelSecond
	case 'S':
		return levelFraction
	}
	return levelNone
}

// greatestDifference is the first level at which two instants differ in
// the formatter's time zone.
func (f *dateTimeFormat) greatestDifference(x, y float64) int {
	a, b := time.UnixMilli(int64(x)).In(f.loc), time.UnixMilli(int64(y)).In(f.loc)
	switch {
	case (a.Year() <= 0) != (b.Year() <= 0):
		return levelEra
	case a.Year() != b.Year():
		return levelYear
	case a.Month() != b.Month():
		return levelMonth
	case a.Day() != b.Day():
		return levelDay
	case (a.Hour() < 12) != (b.Hour() < 12):
		return levelPeriod
	case a.Hour() != b.Hour():
		return levelHour
	case a.Minute() != b.Minute():
		return levelMinute
	case a.Second() != b.Second():
		return levelSecond
	case a.Nanosecond() != b.Nanosecond():
		return levelFraction
	}
	return levelNone
}

// dateRange is ECMA-402 §11.5.9 PartitionDateTimeRangePattern with CLDR's
// interval formats as ICU applies them, worked out from the single-date
// pattern: ends that look the same give the single date; ends that differ
// only below the date give the date once and a time range; a date range
// writes once the fields both ends share next to the differing ones
// ("Jan 10 – 20, 2024"); anything else is the two dates joined by the
// fallback "{0} – {1}". Japanese writes its own numeric patterns
// (japaneseInterval).
func (f *dateTimeFormat) dateRange(x, y float64) []rangePart {
	diff := f.greatestDifference(x, y)
	has := [levelNone + 1]bool{}
	finest := levelEra
	for _, t := range f.pattern {
		if l := letterLevel(t.letter); l != levelNone {
			has[l] = true
			finest = max(finest, l)
		}
	}
	if diff == levelPeriod && !has[levelPeriod] {
		diff = levelHour
	}
	if diff > finest {
		return f.sharedRange(f.pattern, x)
	}
	first := len(f.pattern)
	last := -1
	for i, t := range f.pattern {
		if l := letterLevel(t.letter); l != levelNone && l >= levelPeriod {
			first = min(first, i)
		} else if l != levelNone {
			last = i
		}
	}
	hasDate, hasTime := last >= 0, first < len(f.pattern)
	switch {
	case diff <= levelDay && !hasDate:
		// A time range across days shows the days too.
		d := f.data
		date := parsePattern(d.skeletonPattern("yMd"))
		glue := strings.NewReplacer("{1}", tokensString(date), "{0}", tokensString(f.pattern)).Replace(d.glue[3])
		return f.fallbackRange(parsePattern(glue), x, y)
	case diff <= levelDay && hasTime:
		return f.fallbackRange(f.pattern, x, y)
	case hasDate && hasTime:
		// The date and the glue after it are shared.
		out := f.sharedRange(f.pattern[:first], x)
		return append(out, f.timeRange(f.pattern[first:], diff, x, y)...)
	case hasTime:
		return f.timeRange(f.pattern, diff, x, y)
	}
	return f.spanRange(f.pattern, diff, x, y)
}

// rangeSeparator is the interval separator: CLDR's "–" between thin
// spaces, written close up in some languages between numbers, or
// Japanese's "～".
func (f *dateTimeFormat) rangeSeparator(closeUp bool) string {
	if languageOf(f.locale) == "ja" {
		return "～"
	}
	if closeUp {
		return "–"
	}
	return "\u2009–\u2009"
}

func (f *dateTimeFormat) partsOf(toks []patToken, x float64, source string) []rangePart {
	g := *f
	g.pattern = toks
	var out []rangePart
	for _, p := range g.formatParts(x) {
		out = append(out, rangePart{p, source})
	}
	return out
}

func (f *dateTimeFormat) sharedRange(toks []patToken, x float64) []rangePart {
	return f.partsOf(toks, x, "shared")
}

func (f *dateTimeFormat) fallbackRange(toks []patToken, x, y float64) []rangePart {
	out := f.partsOf(toks, x, "startRange")
	out = append(out, rangePart{dtPart{"literal", f.rangeSeparator(false)}, "shared"})
	return append(out, f.partsOf(toks, y, "endRange")...)
}

// timeRange is a range of times on one day: with a day period both ends
// share ("10:30 – 10:45 AM"), the period is written once.
func (f *dateTimeFormat) timeRange(toks []patToken, diff int, x, y float64) []rangePart {
	lang := languageOf(f.locale)
	if lang == "ja" && has(toks, 'H') && has(toks, 'm') && !has(toks, 's') {
		// Japanese writes hours and minutes out in a range: 10時30分～10時45分.
		return f.fallbackRange(parsePattern("H時mm分"), x, y)
	}
	if lang == "ja" || diff == levelPeriod {
		return f.fallbackRange(toks, x, y)
	}
	period := -1
	for i, t := range toks {
		if letterLevel(t.letter) == levelPeriod {
			period = i
		}
	}
	if period < 0 {
		// 24-hour times are joined close up in German, Spanish and
		// British English. Text after the time ("10 Uhr") is written
		// once; German adds it to hours and minutes too, and French
		// drops its "h".
		base, _ := localeParts(f.locale)
		closeUp := lang == "de" || lang == "es" || base == "en-GB"
		var suffix []patToken
		if n := len(toks); n > 1 && toks[n-1].letter == 0 {
			toks, suffix = toks[:n-1], toks[n-1:]
		}
		switch {
		case lang == "fr":
			suffix = nil
		case lang == "de" && suffix == nil && !has(toks, 's'):
			suffix = []patToken{{literal: " Uhr"}}
		}
		out := f.partsOf(toks, x, "startRange")
		out = append(out, rangePart{dtPart{"literal", f.rangeSeparator(closeUp)}, "shared"})
		out = append(out, f.partsOf(toks, y, "endRange")...)
		return append(out, f.partsOf(suffix, y, "shared")...)
	}
	// The period and the literal that joins it to the time.
	start, end := period, period+1
	if period > 0 && toks[period-1].letter == 0 {
		start = period - 1
	} else if end < len(toks) && toks[end].letter == 0 {
		end++
	}
	bare := append(append([]patToken(nil), toks[:start]...), toks[end:]...)
	out := f.partsOf(bare, x, "startRange")
	out = append(out, rangePart{dtPart{"literal", f.rangeSeparator(false)}, "shared"})
	out = append(out, f.partsOf(bare, y, "endRange")...)
	return append(out, f.partsOf(toks[start:end], y, "shared")...)
}

func has(toks []patToken, letter byte) bool {
	for _, t := range toks {
		if t.letter == letter {
			return true
		}
	}
	return false
}

// spanRange is a range of dates in one year (or month): the run of
// fields from the first to the last that differ (or belong with them) is
// written for each end, the fields around it once.
func (f *dateTimeFormat) spanRange(toks []patToken, diff int, x, y float64) []rangePart {
	lang := languageOf(f.locale)
	textMonth := false
	for _, t := range toks {
		if (t.letter == 'M' || t.letter == 'L') && t.n >= 3 {
			textMonth = true
		}
	}
	if !textMonth && lang == "de" {
		// German numeric intervals write day and month with two digits:
		// "10.–20.01.2024".
		toks = append([]patToken(nil), toks...)
		for i, t := range toks {
			if t.letter == 'd' || t.letter == 'M' {
				toks[i].n = 2
			}
		}
	}
	if lang == "ja" {
		return f.fallbackRange(japaneseInterval(toks, diff), x, y)
	}
	if base, _ := localeParts(f.locale); base == "en-GB" && len(toks) > 1 && toks[0].letter == 'E' && toks[0].n == 4 && toks[1].literal == ", " {
		// British full dates lose the comma after the weekday in a range.
		// (ICU also moves a space of a range within one year, which
		// Kiln does not copy.)
		toks = append([]patToken{toks[0], {literal: " "}}, toks[2:]...)
	}
	if diff <= levelYear {
		return f.fallbackRange(f.withYear(toks), x, y)
	}
	if !textMonth && lang != "de" {
		return f.fallbackRange(toks, x, y)
	}
	inSpan := func(t patToken) bool {
		l := letterLevel(t.letter)
		return l != levelNone && l >= diff && l <= levelDay
	}
	weekday := false
	for _, t := range toks {
		if t.letter == 'E' || t.letter == 'c' {
			weekday = true
		}
	}
	first, last := -1, -1
	for i, t := range toks {
		// A weekday takes its month along, except in German and French,
		// where the month follows the day.
		if inSpan(t) || weekday && lang != "de" && lang != "fr" && letterLevel(t.letter) == levelMonth {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	spanToks := toks[first : last+1]
	suffix := toks[last+1:]
	// German writes the day's ordinal dot after the first day too, as
	// part of the separator: "10.–20. Januar".
	dot := ""
	if len(suffix) > 0 && suffix[0].letter == 0 && strings.HasPrefix(suffix[0].literal, ".") {
		dot = "."
	}
	// German, Spanish and French write a range of days close up
	// ("10–20 janvier"), and German and Spanish one of month names too.
	var fields []patToken
	for _, t := range spanToks {
		if t.letter != 0 {
			fields = append(fields, t)
		}
	}
	closeUp := false
	if len(fields) == 1 && (lang == "de" || lang == "es" || lang == "fr") {
		closeUp = fields[0].letter == 'd' || lang != "fr" && (fields[0].letter == 'M' || fields[0].letter == 'L')
	}
	out := f.sharedRange(toks[:first], x)
	out = append(out, f.partsOf(spanToks, x, "startRange")...)
	out = append(out, rangePart{dtPart{"literal", dot + f.rangeSeparator(closeUp)}, "shared"})
	out = append(out, f.partsOf(spanToks, y, "endRange")...)
	return append(out, f.sharedRange(suffix, y)...)
}

func (r *Realm) initDateTimeRange(proto Value) {
	// ECMA-402 §11.3.5 Intl.DateTimeFormat.prototype.formatRange
	r.Method(proto, "formatRange", 2, func(rt *Runtime, this Value, args []Value) Value {
		f := intlThis[*dateTimeFormat](rt, this, "Intl.DateTimeFormat.prototype.formatRange")
		x, y := rt.dateRangeArgs(args)
		parts := f.dateRange(x, y)
		if !slices.ContainsFunc(parts, func(p rangePart) bool { return p.source != "shared" }) {
			// Ends that look the same are one date, written as format
			// writes it (§11.5.9 step 11).
			return rt.NewString(rt.formatDateTime(f, x))
		}
		return rt.NewString(rangeString(parts))
	})
	// ECMA-402 §11.3.6 Intl.DateTimeFormat.prototype.formatRangeToParts
	r.Method(proto, "formatRangeToParts", 2, func(rt *Runtime, this Value, args []Value) Value {
		f := intlThis[*dateTimeFormat](rt, this, "Intl.DateTimeFormat.prototype.formatRangeToParts")
		x, y := rt.dateRangeArgs(args)
		return rt.rangePartsArray(f.dateRange(x, y))
	})
}

// dateRangeArgs is §11.3.5 steps 3-6: both dates are required, and each
// must be a valid time value.
func (rt *Runtime) dateRangeArgs(args []Value) (float64, float64) {
	start, end := Arg(args, 0), Arg(args, 1)
	if start == Undefined || end == Undefined {
		rt.throwTypeError("Invalid time value")
	}
	x := jsdate.TimeClip(rt.ToNumber(start))
	y := jsdate.TimeClip(rt.ToNumber(end))
	if math.IsNaN(x) || math.IsNaN(y) {
		rt.throwRangeError("Invalid time value")
	}
	return x, y
}

// withYear is a date pattern without a year given one, as ICU shows a
// range across years: the locale's pattern for the same fields and the
// year ("January 10, 2024 – June 1, 2025").
func (f *dateTimeFormat) withYear(toks []patToken) []patToken {
	// The skeleton's letters go in CLDR's order: year, month, day, weekday.
	month, day, weekday := "", "", 0
	for _, t := range toks {
		switch t.letter {
		case 0:
		case 'M', 'L':
			month = strings.Repeat("M", t.n)
		case 'd':
			day = "d"
		case 'E', 'c':
			weekday = t.n
		default:
			return toks
		}
	}
	key := "y" + month + day
	if weekday > 0 {
		key += "E"
	}
	p, ok := f.data.skeletons.get(key)
	if !ok {
		return toks
	}
	out := parsePattern(p)
	for i, t := range out {
		if t.letter == 'E' {
			out[i].n = weekday
		}
	}
	return out
}

// japaneseInterval is the pattern of a Japanese date range: numeric and
// zero-padded whatever the single date's widths ("2024/01/10(水)"), with
// the year when the ends' years differ and the month when their months
// do. A range of years, of months in one year without a day, or of days
// without a month keeps the single pattern ("1月～3月", "10日～20日").
func japaneseInterval(toks []patToken, diff int) []patToken {
	hasYear, hasMonth, hasDay := has(toks, 'y'), has(toks, 'M') || has(toks, 'L'), has(toks, 'd')
	weekday := 0
	for _, t := range toks {
		if t.letter == 'E' || t.letter == 'c' {
			weekday = t.n
		}
	}
	year := hasYear || diff <= levelYear
	switch {
	case hasDay && !hasMonth && diff == levelDay:
		return toks
	case hasDay:
		p := "MM/dd"
		if year {
			p = "y/" + p
		}
		if weekday > 0 {
			p += "(" + strings.Repeat("E", weekday) + ")"
		}
		return parsePattern(p)
	case hasMonth && year && (hasYear || diff <= levelYear):
		return parsePattern("y/MM")
	}
	return toks
}
