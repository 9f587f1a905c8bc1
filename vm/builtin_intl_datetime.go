package vm

import (
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/kilnjs/kiln/gc"
	"github.com/kilnjs/kiln/internal/jsdate"
)

// Intl.DateTimeFormat (ECMA-402 §11) and the Date.prototype.toLocale*String
// methods built on it (ECMA-402 §20.4).
//
// ICU turns the requested fields into a "skeleton" and asks CLDR's
// availableFormats for the best pattern; Kiln does the same with the few
// skeletons each locale's table lists (builtin_intl_data.go), then widens
// numeric fields to what was asked for, as ICU's pattern generator does.
// resolvedOptions reads the fields back from the final pattern, which is
// how node reports, for instance, hour "2-digit" for a 24-hour locale.

// dateTimeFormat holds the internal slots of an Intl.DateTimeFormat
// (§11.4). The bound format function is kept in the object's v0 slot, so
// the collector sees it.
type dateTimeFormat struct {
	locale               string
	data                 *dateLocale
	timeZone             string
	loc                  *time.Location
	hourCycle            string // set when the pattern has an hour
	dateStyle, timeStyle string
	pattern              []patToken
	nu, digits           string // the numbering system and its digits ("" for latn)
	hcFromTag            bool   // the hour cycle is the locale's -u-hc-
}

// patToken is a pattern field (letter repeated n times) or a literal.
type patToken struct {
	letter  byte // 0 for a literal
	n       int
	literal string
	alone   bool // a month or weekday shown by itself (stand-alone form)
}

// parsePattern splits a CLDR date pattern into fields and literals.
func parsePattern(p string) []patToken {
	var out []patToken
	lit := func(s string) {
		if n := len(out); n > 0 && out[n-1].letter == 0 {
			out[n-1].literal += s
			return
		}
		out = append(out, patToken{literal: s})
	}
	for i := 0; i < len(p); {
		c := p[i]
		switch {
		case c == '\'':
			// A quoted run; '' is a quote, inside or outside one.
			if strings.HasPrefix(p[i:], "''") {
				lit("'")
				i += 2
				continue
			}
			i++
			for i < len(p) {
				j := strings.IndexByte(p[i:], '\'')
				if j < 0 {
					lit(p[i:])
					return out
				}
				lit(p[i : i+j])
				i += j + 1
				if i < len(p) && p[i] == '\'' {
					lit("'")
					i++
					continue
				}
				break
			}
		case (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'):
			j := i
			for j < len(p) && p[j] == c {
				j++
			}
			out = append(out, patToken{letter: c, n: j - i})
			i = j
		default:
			_, w := decodeRune(p[i:])
			lit(p[i : i+w])
			i += w
		}
	}
	return out
}

func decodeRune(s string) (rune, int) {
	for i, r := range s {
		if i > 0 {
			return r, i
		}
	}
	return 0, len(s)
}

// dtOptions are the component options after defaults, "" when absent.
type dtOptions struct {
	weekday, era, year, month, day, dayPeriod, hour, minute, second, tzName string
	fsd                                                                     int
}

// dateComponentOptions is ECMA-402 Table 7 (the components of date and
// time formats) in its order of reads.
var dateComponentOptions = []struct {
	name   string
	values []string
}{
	{"weekday", []string{"narrow", "short", "long"}},
	{"era", []string{"narrow", "short", "long"}},
	{"year", []string{"2-digit", "numeric"}},
	{"month", []string{"2-digit", "numeric", "narrow", "short", "long"}},
	{"day", []string{"2-digit", "numeric"}},
	{"dayPeriod", []string{"narrow", "short", "long"}},
	{"hour", []string{"2-digit", "numeric"}},
	{"minute", []string{"2-digit", "numeric"}},
	{"second", []string{"2-digit", "numeric"}},
	{"fractionalSecondDigits", nil},
	{"timeZoneName", []string{"short", "long", "shortOffset", "longOffset", "shortGeneric", "longGeneric"}},
}

func (o *dtOptions) field(name string) *string {
	switch name {
	case "weekday":
		return &o.weekday
	case "era":
		return &o.era
	case "year":
		return &o.year
	case "month":
		return &o.month
	case "day":
		return &o.day
	case "dayPeriod":
		return &o.dayPeriod
	case "hour":
		return &o.hour
	case "minute":
		return &o.minute
	case "second":
		return &o.second
	}
	return &o.tzName
}

var dateStyleNames = []string{"full", "long", "medium", "short"}

// createDateTimeFormat is ECMA-402 §11.1.2 CreateDateTimeFormat with the
// required/defaults arguments of §11.1.3 ToDateTimeOptions folded in
// ("date"/"time"/"any" and "date"/"time"/"all").
func (rt *Runtime) createDateTimeFormat(locales, options Value, required, defaults string) *dateTimeFormat {
	const method = "Intl.DateTimeFormat"
	requested := rt.canonicalizeLocaleList(locales)
	opts := rt.coerceOptions(options)
	rt.Keep(opts)
	rt.stringOption(opts, "localeMatcher", []string{"lookup", "best fit"}, "best fit", method)
	if cal := rt.stringOption(opts, "calendar", nil, "", method); cal != "" && !isUnicodeType(cal) {
		rt.throwRangeError("Invalid calendar : %s", cal)
	}
	nu := rt.stringOption(opts, "numberingSystem", nil, "", method)
	if nu != "" && !isUnicodeType(nu) {
		rt.throwRangeError("Invalid numberingSystem : %s", nu)
	}
	hour12 := Undefined
	if opts != Undefined {
		if v := rt.Get(opts, rt.atom("hour12")); v != Undefined {
			hour12 = gc.Bool(rt.ToBoolean(v))
		}
	}
	hourCycle := rt.stringOption(opts, "hourCycle", []string{"h11", "h12", "h23", "h24"}, "", method)
	if hour12 != Undefined {
		hourCycle = ""
	}
	f := &dateTimeFormat{}
	tzv := Undefined
	if opts != Undefined {
		tzv = rt.Get(opts, rt.atom("timeZone"))
	}
	if tzv == Undefined {
		f.timeZone, f.loc = defaultTimeZone(), jsdate.Zone()
	} else {
		name := rt.ToGoString(tzv)
		f.timeZone, f.loc = canonicalTimeZone(name)
		if f.loc == nil {
			rt.throwRangeError("Invalid time zone specified: %s", name)
		}
	}
	var o dtOptions
	explicit := ""
	for _, c := range dateComponentOptions {
		if c.values == nil {
			o.fsd = rt.numberOption(opts, c.name, 1, 3, 0)
			if o.fsd != 0 && explicit == "" {
				explicit = c.name
			}
			continue
		}
		v := rt.stringOption(opts, c.name, c.values, "", method)
		*o.field(c.name) = v
		if v != "" && explicit == "" {
			explicit = c.name
		}
	}
	rt.stringOption(opts, "formatMatcher", []string{"basic", "best fit"}, "best fit", method)
	f.dateStyle = rt.stringOption(opts, "dateStyle", dateStyleNames, "", method)
	f.timeStyle = rt.stringOption(opts, "timeStyle", dateStyleNames, "", method)

	var ext map[string]string
	f.locale, f.nu = resolveNumberingSystem(requested, dateAvailable, nu, "hc")
	_, ext = localeParts(f.locale)
	f.data = dateLocaleFor(f.locale)
	// Dates are written in the digits numbers are (ar-EG's arab), and
	// a generated locale's fractional seconds follow the decimal symbol.
	numbers := numberLocaleFor(f.locale, f.nu)
	f.nu = numbers.system()
	f.digits = numberSystemDigits(f.nu)
	if f.data.hasTimeSkeletons() {
		f.data.fraction = numbers.decimal
	}
	if hourCycle == "" && hour12 == Undefined {
		switch hc := ext["hc"]; hc {
		case "h11", "h12", "h23", "h24":
			hourCycle = hc
			f.hcFromTag = true
		}
	}
	// The hour cycle: hour12 picks the 12- or 24-hour cycle that fits the
	// locale's default (§11.1.2 step 42, as V8 implements it).
	dflt := f.data.hourCycle
	switch hour12 {
	case True:
		hourCycle = "h12"
		if dflt == "h11" || dflt == "h23" {
			hourCycle = "h11"
		}
	case False:
		hourCycle = "h24"
		if dflt == "h11" || dflt == "h23" {
			hourCycle = "h23"
		}
	}
	if hourCycle == "" {
		hourCycle = dflt
	}

	if f.dateStyle != "" || f.timeStyle != "" {
		if explicit != "" {
			style := "dateStyle"
			if f.dateStyle == "" {
				style = "timeStyle"
			}
			rt.throwTypeError("Can't set option %s when %s is used", explicit, style)
		}
		if required == "date" && f.timeStyle != "" {
			rt.throwTypeError("Invalid option : timeStyle")
		}
		if required == "time" && f.dateStyle != "" {
			rt.throwTypeError("Invalid option : dateStyle")
		}
		f.pattern = parsePattern(f.stylePattern(hourCycle))
	} else {
		// §11.1.3 ToDateTimeOptions: fill in defaults when none of the
		// required kind was given (era and timeZoneName do not count).
		need := true
		if required != "time" && (o.weekday != "" || o.year != "" || o.month != "" || o.day != "") {
			need = false
		}
		if required != "date" && (o.dayPeriod != "" || o.hour != "" || o.minute != "" || o.second != "" || o.fsd != 0) {
			need = false
		}
		if need && (defaults == "date" || defaults == "all") {
			o.year, o.month, o.day = "numeric", "numeric", "numeric"
		}
		if need && (defaults == "time" || defaults == "all") {
			o.hour, o.minute, o.second = "numeric", "numeric", "numeric"
		}
		f.pattern = f.componentPattern(o, hourCycle)
	}
	for _, t := range f.pattern {
		if strings.IndexByte("hHKk", t.letter) >= 0 && t.letter != 0 {
			f.hourCycle = hourCycle
		}
	}
	return f
}

// isUnicodeType is the "type" production of UTS #35: 3-8 alphanumerics,
// in hyphen-separated pieces.
func isUnicodeType(s string) bool {
	for _, p := range strings.Split(s, "-") {
		if len(p) < 3 || len(p) > 8 {
			return false
		}
		for _, c := range p {
			if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
				return false
			}
		}
	}
	return true
}

// hourLetter is the pattern letter of an hour cycle.
func hourLetter(hc string) byte {
	switch hc {
	case "h11":
		return 'K'
	case "h12":
		return 'h'
	case "h24":
		return 'k'
	}
	return 'H'
}

func is12Hour(hc string) bool { return hc == "h11" || hc == "h12" }

// withHourCycle rewrites a time pattern written for the locale's default
// cycle into hc: the hour letter changes (keeping its width, as ICU does
// for the style patterns) and the day period is added or dropped.
func (d *dateLocale) withHourCycle(p, hc string) string { return d.withHourCycleFrom(p, hc, false) }

// withHourCycleFrom is withHourCycle, for an hour cycle the locale's -u-hc-
// asked for when fromTag: ICU then loads the patterns of that cycle, whose
// 12-hour hour has one digit, where the hourCycle option keeps the width.
func (d *dateLocale) withHourCycleFrom(p, hc string, fromTag bool) string {
	toks := parsePattern(p)
	was12 := is12Hour(d.hourCycle)
	now12 := is12Hour(hc)
	var out []patToken
	trimNext := false
	for _, t := range toks {
		if trimNext && t.letter == 0 {
			// The space after a dropped leading period (Korean "a h:mm").
			t.literal = strings.TrimLeft(t.literal, " \u202f")
			trimNext = false
			if t.literal == "" {
				continue
			}
		}
		trimNext = false
		switch {
		case t.letter == 'a' && !now12:
			// Drop the period and the space that joined it.
			if n := len(out); n > 0 && out[n-1].letter == 0 {
				out[n-1].literal = strings.TrimRight(out[n-1].literal, " \u202f")
				if out[n-1].literal == "" {
					out = out[:n-1]
				}
			} else {
				trimNext = true
			}
			continue
		case strings.IndexByte("hHKk", t.letter) >= 0 && t.letter != 0:
			if !was12 && now12 && d.periodFirst {
				out = append(out, patToken{letter: 'a', n: 1})
			}
			t.letter = hourLetter(hc)
			switch {
			case was12 && !now12:
				t.n = 2
			case !was12 && now12 && fromTag:
				t.n = 1
			}
		}
		out = append(out, t)
	}
	if !was12 && now12 && !d.periodFirst {
		// The period follows the time, before any zone name.
		for i, t := range out {
			if t.letter == 'z' && i > 0 && out[i-1].letter == 0 {
				rest := append([]patToken{{literal: "\u202f"}, {letter: 'a', n: 1}}, out[i-1:]...)
				return tokensString(append(out[:i-1:i-1], rest...))
			}
		}
		out = append(out, patToken{literal: "\u202f"}, patToken{letter: 'a', n: 1})
	}
	return tokensString(out)
}

// tokensString writes tokens back as a pattern.
func tokensString(toks []patToken) string {
	var b strings.Builder
	for _, t := range toks {
		if t.letter == 0 {
			b.WriteByte('\'')
			b.WriteString(strings.ReplaceAll(t.literal, "'", "''"))
			b.WriteByte('\'')
			continue
		}
		b.WriteString(strings.Repeat(string(t.letter), t.n))
	}
	return b.String()
}

// stylePattern is the pattern for dateStyle/timeStyle (§11.1.2 step 44,
// DateTimeStyleFormat).
func (f *dateTimeFormat) stylePattern(hc string) string {
	d := f.data
	var date, tm string
	di := 0
	if f.dateStyle != "" {
		di = indexOf(dateStyleNames, f.dateStyle)
		date = d.dateStyles[di]
	}
	if f.timeStyle != "" {
		tm = d.withHourCycleFrom(d.timeStyles[indexOf(dateStyleNames, f.timeStyle)], hc, f.hcFromTag)
	}
	switch {
	case date == "":
		return tm
	case tm == "":
		return date
	}
	return strings.Replace(strings.Replace(d.glue[di], "{1}", date, 1), "{0}", tm, 1)
}

func indexOf(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return -1
}

// componentPattern builds the pattern for explicit components: the best
// date skeleton of the locale, a time pattern, joined as CLDR joins a date
// of that length with a time.
func (f *dateTimeFormat) componentPattern(o dtOptions, hc string) []patToken {
	d := f.data
	date := d.datePattern(o)
	tm := d.timePattern(o, hc)
	if o.tzName != "" {
		z := map[string]string{"short": "z", "long": "zzzz", "shortOffset": "O", "longOffset": "OOOO",
			"shortGeneric": "v", "longGeneric": "vvvv"}[o.tzName]
		// Some locales write a 24-hour time differently beside a zone
		// name (CLDR's "Hmsv"-style skeletons).
		if !is12Hour(hc) && o.fsd == 0 {
			key := ""
			switch {
			case o.hour != "" && o.minute == "" && o.second == "":
				key = "H"
			case o.hour != "" && o.minute != "" && o.second != "":
				key = "Hms"
				if z == "zzzz" {
					key = "HmsLong"
					if d.longZone != "" {
						z = d.longZone
					}
				}
			}
			if p, ok := d.zonedTime.get(key); ok {
				tm = p
			}
		}
		if tm != "" {
			tm += " " + z
		} else {
			tm = z
		}
	}
	var p string
	wt, _ := d.weekdayTime.get(weekdayTimeKey(o, hc))
	switch {
	case date == "":
		p = tm
	case tm == "":
		p = date
	case wt != "":
		p = strings.Replace(wt, "{0}", tm, 1)
	default:
		gi := 3
		switch {
		case strings.Contains(date, "MMMM") && o.weekday == "long":
			gi = 0
		case strings.Contains(date, "MMMM"):
			gi = 1
		case strings.Contains(date, "MMM"):
			gi = 2
		}
		p = strings.Replace(strings.Replace(d.glue[gi], "{1}", date, 1), "{0}", tm, 1)
	}
	toks := parsePattern(p)
	// Widen or restyle each field to what was asked for.
	fields := 0
	for i := range toks {
		t := &toks[i]
		switch t.letter {
		case 0:
			continue
		case 'y':
			if o.year == "2-digit" {
				t.n = 2
			}
		case 'M', 'L':
			// Only within the same kind: a numeric month in a pattern
			// chosen for a textual one (Japanese "M月") stays numeric.
			switch {
			case o.month == "2-digit" && t.n <= 2:
				t.n = 2
			case t.n >= 3:
				t.n = map[string]int{"short": 3, "long": 4, "narrow": 5}[o.month]
			}
		case 'd':
			if o.day == "2-digit" {
				t.n = 2
			}
		case 'E', 'c':
			t.n = map[string]int{"short": 3, "long": 4, "narrow": 5}[o.weekday]
		case 'G':
			t.n = map[string]int{"short": 1, "long": 4, "narrow": 5}[o.era]
		case 'h', 'H', 'K', 'k':
			if o.hour == "2-digit" {
				t.n = 2
			}
		case 'B':
			t.n = map[string]int{"short": 1, "long": 4, "narrow": 5}[o.dayPeriod]
		case 'm':
			// A minute or second shown alone is numeric whatever was
			// asked for (ICU's "m" and "s" skeletons).
			if (o.minute == "2-digit" && (o.hour != "" || o.second != "")) || o.hour != "" && !d.hasTimeSkeletons() {
				t.n = 2
			}
		case 's':
			if (o.second == "2-digit" && (o.hour != "" || o.minute != "")) || (o.hour != "" || o.minute != "") && !d.hasTimeSkeletons() {
				t.n = 2
			}
		}
		fields++
	}
	if fields == 1 {
		for i := range toks {
			if strings.IndexByte("MLEc", toks[i].letter) >= 0 {
				toks[i].alone = true
			}
		}
	}
	return toks
}

// weekdayTimeKey is o's key into dateLocale.weekdayTime, or "" when o
// asks for more than a weekday and plain hours, minutes and seconds.
func weekdayTimeKey(o dtOptions, hc string) string {
	if o.weekday == "" || o.era != "" || o.year != "" || o.month != "" || o.day != "" || o.tzName != "" ||
		o.fsd != 0 || o.dayPeriod != "" || o.hour == "" || (o.second != "" && o.minute == "") {
		return ""
	}
	n := 1
	if o.minute != "" {
		n++
	}
	if o.second != "" {
		n++
	}
	letter := "H"
	if is12Hour(hc) {
		letter = "h"
	}
	return letter + strconv.Itoa(n)
}

// datePattern finds the pattern for the date fields of o ("" for none).
func (d *dateLocale) datePattern(o dtOptions) string {
	key := ""
	if o.year != "" {
		key += "y"
	}
	switch o.month {
	case "numeric", "2-digit":
		key += "M"
	case "short", "narrow":
		key += "MMM"
	case "long":
		key += "MMMM"
	}
	if o.day != "" {
		key += "d"
	}
	if o.weekday != "" {
		key += "E"
		// A long weekday may have a pattern of its own (Japanese drops
		// the parentheses around it).
		if p, ok := d.skeletons.get(key + "EEE"); ok && o.weekday == "long" && o.era == "" {
			return p
		}
	}
	if key == "" && o.era == "" {
		return ""
	}
	if o.era != "" {
		if p, ok := d.skeletons.get("G" + key); ok {
			return p
		}
		if key == "" {
			return "G"
		}
		if d.periodFirst {
			return "G" + d.skeletonPattern(key)
		}
		return d.skeletonPattern(key) + " G"
	}
	return d.skeletonPattern(key)
}

// skeletonPattern looks a skeleton up, falling back to a single field or
// to the fields joined by spaces for combinations CLDR has no pattern for.
func (d *dateLocale) skeletonPattern(key string) string {
	if p, ok := d.skeletons.get(key); ok {
		return p
	}
	switch key {
	case "y", "M", "MMM", "MMMM", "d":
		return key
	case "E":
		return "EEEE"
	}
	if strings.HasSuffix(key, "E") {
		return "E " + d.skeletonPattern(strings.TrimSuffix(key, "E"))
	}
	var parts []string
	for _, f := range []string{"MMMM", "MMM", "M", "y", "d"} {
		if strings.Contains(key, f) {
			parts = append(parts, f)
			key = strings.Replace(key, f, "", 1)
		}
	}
	return strings.Join(parts, " ")
}

// timePattern builds the time fields of o in hour cycle hc ("" for none).
func (d *dateLocale) timePattern(o dtOptions, hc string) string {
	h := string(hourLetter(hc))
	var p string
	switch {
	case o.hour != "" && o.minute == "" && o.second == "":
		if is12Hour(hc) {
			p = strings.Replace(d.hour12, "h", h, 1)
			if strings.Contains(d.hour12, "K") {
				p = strings.Replace(d.hour12, "K", h, 1)
			}
		} else {
			p = strings.Replace(strings.Replace(d.hour24, "HH", h+h, 1), "H", h, 1)
			if hc == "h24" && d.hourCycle == "h23" {
				p = strings.Replace(p, "kk", "k", 1)
			}
		}
	case o.hour != "" && d.hasTimeSkeletons():
		// A generated locale's own time pattern (Indonesian "HH.mm").
		key := "Hm"
		if is12Hour(hc) {
			key = "hm"
		}
		if o.second != "" {
			key += "s"
		}
		p, _ = d.skeletons.get(key)
		toks := parsePattern(p)
		for i, t := range toks {
			if t.letter == 'h' || t.letter == 'H' {
				toks[i].letter = h[0]
				// ICU's "Hmm" skeleton: an hour beside a two-digit minute
				// keeps one digit.
				if o.hour == "numeric" && o.minute == "2-digit" && o.second == "" {
					toks[i].n = 1
				}
			}
		}
		if o.fsd > 0 {
			for i, t := range toks {
				if t.letter == 's' {
					frac := []patToken{{literal: d.fraction}, {letter: 'S', n: o.fsd}}
					toks = append(toks[:i+1:i+1], append(frac, toks[i+1:]...)...)
					break
				}
			}
		}
		p = tokensString(toks)
	case o.hour != "":
		w := h
		// A 24-hour clock is written with two digits where the locale's
		// own is, and with one for the cycle it does not use (h24).
		if !is12Hour(hc) && (strings.HasPrefix(d.hour24, "HH") && !(hc == "h24" && d.hourCycle == "h23")) {
			w = h + h
		}
		p = w + ":mm"
		if o.second != "" {
			p += ":ss"
		}
	case o.minute != "" && o.second != "":
		p = "mm:ss"
	case o.minute != "":
		p = "m"
	case o.second != "":
		p = "s"
	}
	if o.fsd > 0 && !(o.hour != "" && d.hasTimeSkeletons()) {
		frac := strings.Repeat("S", o.fsd)
		if strings.HasSuffix(p, "s") {
			p += "'" + d.fraction + "'" + frac
		} else if p == "" {
			p = frac
		} else {
			p += " " + frac
		}
	}
	if o.hour != "" && is12Hour(hc) && o.minute != "" && !d.hasTimeSkeletons() {
		if d.periodFirst {
			p = "a" + p
		} else {
			p += "\u202fa"
		}
	}
	if o.dayPeriod != "" {
		switch {
		case strings.Contains(p, "a"):
			p = strings.Replace(p, "a", "B", 1)
		case p == "":
			p = "B"
		}
	}
	return p
}

// hasTimeSkeletons tells a generated locale, which has its own time
// patterns, from a hand-written one, whose times are built here.
func (d *dateLocale) hasTimeSkeletons() bool {
	_, ok := d.skeletons.get("Hm")
	return ok
}

// defaultTimeZone is §21.4.1.19 SystemTimeZoneIdentifier as node reports
// it: the TZ variable when it names a zone, else the zone /etc/localtime
// links to, else UTC.
func defaultTimeZone() string {
	if tz, ok := os.LookupEnv("TZ"); ok {
		if name, loc := canonicalTimeZone(strings.TrimPrefix(tz, ":")); loc != nil {
			return name
		}
		return "UTC"
	}
	if target, err := filepath.EvalSymlinks("/etc/localtime"); err == nil {
		if _, rest, ok := strings.Cut(target, "zoneinfo/"); ok {
			if name, loc := canonicalTimeZone(rest); loc != nil {
				return name
			}
		}
	}
	return "UTC"
}

// utcAliases are the zone names ICU canonicalises to "UTC".
var utcAliases = []string{"utc", "etc/utc", "gmt", "etc/gmt", "etc/uct", "uct", "etc/universal", "universal",
	"etc/zulu", "zulu", "etc/gmt0", "gmt0", "etc/greenwich", "greenwich", "gmt+0", "gmt-0", "etc/gmt+0", "etc/gmt-0"}

// canonicalTimeZone is ECMA-402 §6.5.1 IsValidTimeZoneName and §6.5.2
// CanonicalizeTimeZoneName over Go's zone database: the name in the
// database's own case (zone names are case-insensitive), or a nil location.
func canonicalTimeZone(name string) (string, *time.Location) {
	if indexOf(utcAliases, strings.ToLower(name)) >= 0 {
		return "UTC", time.UTC
	}
	if name == "" || name == "Local" || strings.Contains(name, "..") || strings.HasPrefix(name, "/") {
		return "", nil
	}
	if loc, err := time.LoadLocation(name); err == nil {
		if c, ok := icuZoneNames.get(name); ok {
			return c, loc
		}
		return name, loc
	}
	// Retry in the database's usual case: "america/new_york" is
	// "America/New_York", "etc/gmt+5" is "Etc/GMT+5".
	var b strings.Builder
	up := true
	for _, c := range strings.ToLower(name) {
		if up && c >= 'a' && c <= 'z' {
			c -= 'a' - 'A'
		}
		up = c == '/' || c == '_' || c == '-'
		b.WriteRune(c)
	}
	fixed := b.String()
	if strings.HasPrefix(fixed, "Etc/Gmt") {
		fixed = "Etc/GMT" + fixed[len("Etc/Gmt"):]
	}
	if loc, err := time.LoadLocation(fixed); err == nil {
		if c, ok := icuZoneNames.get(fixed); ok {
			return c, loc
		}
		return fixed, loc
	}
	return "", nil
}

// icuZoneNames maps zone names to the one ICU (and so node) reports: links
// to the zone they link to, and the zones IANA renamed to the name ICU
// still keeps as canonical ("Asia/Kolkata" is "Asia/Calcutta").
var icuZoneNames = table[string]{
	{"Asia/Kolkata", "Asia/Calcutta"}, {"Asia/Kathmandu", "Asia/Katmandu"}, {"Asia/Ho_Chi_Minh", "Asia/Saigon"},
	{"Europe/Kyiv", "Europe/Kiev"}, {"Asia/Yangon", "Asia/Rangoon"}, {"America/Nuuk", "America/Godthab"},
	{"Atlantic/Faroe", "Atlantic/Faeroe"}, {"Pacific/Chuuk", "Pacific/Truk"}, {"Pacific/Pohnpei", "Pacific/Ponape"},
	{"Pacific/Kanton", "Pacific/Enderbury"}, {"Africa/Asmara", "Africa/Asmera"},
	{"America/Argentina/Buenos_Aires", "America/Buenos_Aires"}, {"America/Argentina/Cordoba", "America/Cordoba"},
	{"America/Argentina/Catamarca", "America/Catamarca"}, {"America/Argentina/Jujuy", "America/Jujuy"},
	{"America/Argentina/Mendoza", "America/Mendoza"}, {"America/Indiana/Indianapolis", "America/Indianapolis"},
	{"America/Kentucky/Louisville", "America/Louisville"}, {"America/Atikokan", "America/Coral_Harbour"},
	{"Europe/Uzhgorod", "Europe/Kiev"}, {"Europe/Zaporozhye", "Europe/Kiev"}, {"America/Fort_Wayne", "America/Indianapolis"},
	{"US/Eastern", "America/New_York"}, {"US/Central", "America/Chicago"}, {"US/Mountain", "America/Denver"},
	{"US/Pacific", "America/Los_Angeles"}, {"US/Alaska", "America/Anchorage"}, {"US/Hawaii", "Pacific/Honolulu"},
	{"US/Arizona", "America/Phoenix"}, {"Canada/Eastern", "America/Toronto"}, {"Canada/Pacific", "America/Vancouver"},
	{"Canada/Central", "America/Winnipeg"}, {"Canada/Mountain", "America/Edmonton"}, {"Canada/Atlantic", "America/Halifax"},
	{"Japan", "Asia/Tokyo"}, {"Singapore", "Asia/Singapore"}, {"Hongkong", "Asia/Hong_Kong"}, {"PRC", "Asia/Shanghai"},
	{"ROC", "Asia/Taipei"}, {"ROK", "Asia/Seoul"}, {"Israel", "Asia/Jerusalem"}, {"Egypt", "Africa/Cairo"},
	{"Turkey", "Europe/Istanbul"}, {"Asia/Istanbul", "Europe/Istanbul"}, {"Iran", "Asia/Tehran"}, {"Poland", "Europe/Warsaw"},
	{"Portugal", "Europe/Lisbon"}, {"Eire", "Europe/Dublin"}, {"GB", "Europe/London"}, {"Europe/Belfast", "Europe/London"},
	{"NZ", "Pacific/Auckland"}, {"Cuba", "America/Havana"}, {"Brazil/East", "America/Sao_Paulo"},
	{"Mexico/General", "America/Mexico_City"}, {"Chile/Continental", "America/Santiago"},
	{"Australia/ACT", "Australia/Sydney"}, {"Australia/NSW", "Australia/Sydney"}, {"Australia/Canberra", "Australia/Sydney"},
	{"Australia/Victoria", "Australia/Melbourne"}, {"Australia/Queensland", "Australia/Brisbane"},
	{"Australia/West", "Australia/Perth"}, {"Australia/South", "Australia/Adelaide"}, {"EST", "America/Panama"},
	{"MST", "America/Phoenix"}, {"HST", "Pacific/Honolulu"}, {"EST5EDT", "America/New_York"}, {"CST6CDT", "America/Chicago"},
	{"PST8PDT", "America/Los_Angeles"}, {"MST7MDT", "America/Denver"}, {"Navajo", "America/Denver"}, {"W-SU", "Europe/Moscow"},
	{"Asia/Chongqing", "Asia/Shanghai"}, {"Asia/Kashgar", "Asia/Urumqi"}, {"Pacific/Samoa", "Pacific/Pago_Pago"},
	{"Asia/Tel_Aviv", "Asia/Jerusalem"}, {"Europe/Nicosia", "Asia/Nicosia"},
}

// dtPart is one piece of a formatted date, as formatToParts reports it.
type dtPart struct{ typ, value string }

// format is ECMA-402 §11.5.5 FormatDateTimePattern for time value x
// (already TimeClipped and finite).
func (f *dateTimeFormat) formatParts(x float64) []dtPart {
	d := f.data
	ms := int64(x)
	t := time.UnixMilli(ms).In(f.loc)
	year := t.Year()
	era := 1
	if year <= 0 {
		year, era = 1-year, 0
	}
	_, offset := t.Zone()
	var parts []dtPart
	add := func(typ, v string) {
		if typ == "literal" {
			if n := len(parts); n > 0 && parts[n-1].typ == "literal" {
				parts[n-1].value += v
				return
			}
		}
		parts = append(parts, dtPart{typ, v})
	}
	num := func(v, width int) string {
		s := strconv.Itoa(v)
		for len(s) < width {
			s = "0" + s
		}
		return s
	}
	for _, tok := range f.pattern {
		n := tok.n
		switch tok.letter {
		case 0:
			add("literal", tok.literal)
		case 'G':
			add("era", d.eras[map[int]int{4: 0, 5: 2}[n]+boolIndex(n < 4)][era])
		case 'y':
			if n == 2 {
				add("year", num(year%100, 2))
			} else {
				add("year", num(year, n))
			}
		case 'M', 'L':
			m := int(t.Month()) - 1
			switch {
			case n <= 2:
				add("month", num(m+1, n))
			case n == 4 && tok.alone && d.monthsAlone != nil:
				add("month", d.monthsAlone[m])
			case n == 4 && tok.letter == 'L' && d.monthsL != nil:
				add("month", d.monthsL[m])
			case n == 3 && tok.letter == 'L' && !tok.alone && d.monthsShortL != nil:
				add("month", d.monthsShortL[m])
			case n == 3 && tok.alone && d.monthsShortAlone != nil:
				add("month", d.monthsShortAlone[m])
			case n == 3:
				add("month", d.monthsShort[m])
			case n == 4:
				add("month", d.months[m])
			default:
				add("month", d.monthsNarrow[m])
			}
		case 'd':
			add("day", num(t.Day(), n))
		case 'E', 'c':
			w := int(t.Weekday())
			switch {
			case n == 4 && (tok.alone || tok.letter == 'c') && d.daysAlone != nil:
				add("weekday", d.daysAlone[w])
			case n == 4:
				add("weekday", d.days[w])
			case n == 5:
				add("weekday", d.daysNarrow[w])
			case tok.alone && d.daysShortAlone != nil:
				add("weekday", d.daysShortAlone[w])
			default:
				add("weekday", d.daysShort[w])
			}
		case 'a':
			if t.Hour() < 12 {
				add("dayPeriod", d.am)
			} else {
				add("dayPeriod", d.pm)
			}
		case 'B':
			add("dayPeriod", flexibleDayPeriod(d, t.Hour(), n))
		case 'h':
			h := t.Hour() % 12
			if h == 0 {
				h = 12
			}
			add("hour", num(h, n))
		case 'K':
			add("hour", num(t.Hour()%12, n))
		case 'H':
			add("hour", num(t.Hour(), n))
		case 'k':
			h := t.Hour()
			if h == 0 {
				h = 24
			}
			add("hour", num(h, n))
		case 'm':
			add("minute", num(t.Minute(), n))
		case 's':
			add("second", num(t.Second(), n))
		case 'S':
			frac := num(int(math.Mod(math.Mod(x, 1000)+1000, 1000)), 3)
			add("fractionalSecond", frac[:n])
		case 'z', 'v', 'O':
			add("timeZoneName", f.zoneName(tok, t, offset))
		}
	}
	if f.digits != "" {
		digits := []rune(f.digits)
		for i, p := range parts {
			if p.typ == "literal" || p.typ == "dayPeriod" || p.typ == "era" || p.typ == "weekday" {
				continue
			}
			parts[i].value = strings.Map(func(r rune) rune {
				if r >= '0' && r <= '9' {
					return digits[r-'0']
				}
				return r
			}, p.value)
		}
	}
	return parts
}

func boolIndex(b bool) int {
	if b {
		return 1
	}
	return 0
}

// flexibleDayPeriod is CLDR's dayPeriods "format" for pattern letter B
// as node's ICU applies the English rules (the whole hour of noon is
// "noon"); only English has its own words here, other languages show
// AM/PM.
func flexibleDayPeriod(d *dateLocale, h, width int) string {
	if d.dayPeriods != "" {
		widths := strings.Split(d.dayPeriods, "\x03")
		w := widths[0]
		switch {
		case width == 4 && len(widths) > 1:
			w = widths[1]
		case width == 5 && len(widths) > 2:
			w = widths[2]
		}
		name := ""
		for _, e := range strings.Split(w, "\x02") {
			from, n, _ := strings.Cut(e, "=")
			if atoi(from) > h {
				break
			}
			name = n
		}
		return name
	}
	if d != enUSDates && d != enGBDates && d != enCADates && d != enAUDates && d != enINDates {
		if h < 12 {
			return d.am
		}
		return d.pm
	}
	if d == enCADates && width == 5 && h != 12 {
		// Canadian English has narrow words of its own.
		switch {
		case h < 12:
			return "mor"
		case h < 18:
			return "aft"
		case h < 21:
			return "eve"
		}
		return "night"
	}
	switch {
	case h == 12 && width == 5:
		return "n"
	case h == 12:
		return "noon"
	case h < 12:
		return "in the morning"
	case h < 18:
		return "in the afternoon"
	case h < 21:
		return "in the evening"
	}
	return "at night"
}

// usZoneAbbrs are the metazone abbreviations CLDR's en-US data shows for
// short zone names; elsewhere English shows an offset.
var usZoneAbbrs = []string{"EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "AKST", "AKDT", "HST", "HDT"}

// englishZoneNames are CLDR's English long metazone names for the
// abbreviations Go's zone database uses.
var englishZoneNames = table[string]{
	{"EST", "Eastern Standard Time"}, {"EDT", "Eastern Daylight Time"}, {"CST", "Central Standard Time"},
	{"CDT", "Central Daylight Time"}, {"MST", "Mountain Standard Time"}, {"MDT", "Mountain Daylight Time"},
	{"PST", "Pacific Standard Time"}, {"PDT", "Pacific Daylight Time"}, {"AKST", "Alaska Standard Time"},
	{"AKDT", "Alaska Daylight Time"}, {"HST", "Hawaii-Aleutian Standard Time"}, {"HDT", "Hawaii-Aleutian Daylight Time"},
	{"CET", "Central European Standard Time"}, {"CEST", "Central European Summer Time"},
	{"EET", "Eastern European Standard Time"}, {"EEST", "Eastern European Summer Time"},
	{"WET", "Western European Standard Time"}, {"WEST", "Western European Summer Time"},
	{"BST", "British Summer Time"}, {"IST", "India Standard Time"}, {"JST", "Japan Standard Time"},
	{"AEST", "Australian Eastern Standard Time"}, {"AEDT", "Australian Eastern Daylight Time"},
	{"ACST", "Australian Central Standard Time"}, {"ACDT", "Australian Central Daylight Time"},
	{"AWST", "Australian Western Standard Time"}, {"NZST", "New Zealand Standard Time"},
	{"NZDT", "New Zealand Daylight Time"}, {"MSK", "Moscow Standard Time"},
}

// zoneName formats a zone field: z (short), zzzz (long), v (short
// generic), vvvv (long generic), O (short offset), OOOO (long offset).
// ICU's names come from the generated table (zoneNames); a zone or offset
// it does not list is named here, generic names as specific ones.
func (f *dateTimeFormat) zoneName(tok patToken, t time.Time, offset int) string {
	d := f.data
	long := tok.n == 4
	if tok.letter != 'O' {
		style := map[bool]int{false: zoneShort, true: zoneLong}[long]
		if tok.letter == 'v' {
			style += zoneShortGeneric
		}
		if name, ok := zoneNames(f.locale, f.timeZone, offset, style); ok {
			if name != "" {
				return name
			}
			return gmtOffset(d, offset, long)
		}
		tok.letter = 'z'
	}
	abbr, _ := t.Zone()
	if f.timeZone == "UTC" && tok.letter == 'z' {
		if tok.n == 4 {
			return d.utcLong
		}
		return "UTC"
	}
	if tok.letter == 'z' {
		english := d == enUSDates || d == enGBDates || d == enCADates || d == enAUDates || d == enINDates
		if tok.n == 4 && english {
			if f.timeZone == "Europe/London" && abbr == "GMT" {
				return "Greenwich Mean Time"
			}
			if long, ok := englishZoneNames.get(abbr); ok && !(abbr == "IST" && f.timeZone != "Asia/Kolkata" && f.timeZone != "Asia/Calcutta") {
				return long
			}
		}
		if tok.n < 4 {
			switch {
			case (d == enUSDates || d == enCADates) && indexOf(usZoneAbbrs, abbr) >= 0:
				return abbr
			case d == enAUDates && strings.HasPrefix(abbr, "A") && strings.HasSuffix(abbr, "T") && len(abbr) == 4:
				return abbr // AEST, ACDT, AWST...
			case d == enINDates && abbr == "IST" && (f.timeZone == "Asia/Kolkata" || f.timeZone == "Asia/Calcutta"):
				return abbr
			case d == enGBDates && (abbr == "BST" || abbr == "CET" || abbr == "CEST" || f.timeZone == "Europe/London"):
				return abbr
			case d == deDates && (abbr == "CET" || abbr == "CEST"):
				return map[string]string{"CET": "MEZ", "CEST": "MESZ"}[abbr]
			case d == esDates && (abbr == "CET" || abbr == "CEST"):
				return abbr
			}
			if offset == 0 {
				return d.gmtFormat
			}
		}
		return gmtOffset(d, offset, tok.n == 4)
	}
	return gmtOffset(d, offset, tok.n == 4)
}

// gmtOffset is CLDR's localized GMT format: "GMT+1", "GMT+5:30" short,
// "GMT+01:00" long; French writes UTC and a real minus sign.
func gmtOffset(d *dateLocale, offset int, long bool) string {
	sign := "+"
	if offset < 0 {
		sign, offset = "-", -offset
		if d == frDates {
			sign = "\u2212"
		}
	}
	h, m := offset/3600, offset/60%60
	if long {
		return d.gmtFormat + sign + twoDigits(h) + ":" + twoDigits(m)
	}
	s := d.gmtFormat + sign + strconv.Itoa(h)
	if m != 0 {
		s += ":" + twoDigits(m)
	}
	return s
}

func twoDigits(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// formatDateTime is §11.5.6 FormatDateTime: x is the date argument after
// ToNumber. CLDR puts a narrow no-break space before "AM"; V8 turns it into
// a plain space in format() (not in formatToParts) because too many pages
// parsed the old output, and node shows that.
func (rt *Runtime) formatDateTime(f *dateTimeFormat, x float64) string {
	var b strings.Builder
	for _, p := range rt.dateTimeParts(f, x) {
		b.WriteString(p.value)
	}
	return strings.ReplaceAll(b.String(), "\u202f", " ")
}

func (rt *Runtime) dateTimeParts(f *dateTimeFormat, x float64) []dtPart {
	x = jsdate.TimeClip(x)
	if math.IsNaN(x) {
		rt.throwRangeError("Invalid time value")
	}
	return f.formatParts(x)
}

// dateArg is the date argument of format and formatToParts: undefined is
// now (§11.5.4 step 4), anything else ToNumber.
func (rt *Runtime) dateArg(v Value) float64 {
	if v == Undefined {
		return dateNow()
	}
	return rt.ToNumber(v)
}

// toLocaleDateTime is ECMA-402 §20.4.1-3: the Date.prototype.toLocale*
// methods through a fresh DateTimeFormat.
func (rt *Runtime) toLocaleDateTime(this Value, args []Value, method, required, defaults string) Value {
	x := rt.thisTimeValue(this, method)
	if math.IsNaN(x) {
		return rt.NewString("Invalid Date")
	}
	f := rt.createDateTimeFormat(Arg(args, 0), Arg(args, 1), required, defaults)
	return rt.NewString(rt.formatDateTime(f, x))
}

func (r *Realm) initDateTimeFormat(intl Value) {
	proto := r.intlService(intl, "DateTimeFormat", 0, dateAvailable, func(rt *Runtime, _ Value, args []Value) Value {
		f := rt.createDateTimeFormat(Arg(args, 0), Arg(args, 1), "any", "date")
		return rt.newIntlObject("Intl.DateTimeFormat", f)
	})
	// ECMA-402 §11.3.3 get Intl.DateTimeFormat.prototype.format: a bound
	// function made once per instance.
	r.Getter(proto, "format", func(rt *Runtime, this Value, _ []Value) Value {
		intlThis[*dateTimeFormat](rt, this, "UnwrapDateTimeFormat")
		o := rt.obj(this)
		if o.v0 == Undefined {
			fn := rt.NewNativeFunction("", 1, func(rt *Runtime, _ Value, args []Value) Value {
				dtf := rt.obj(rt.Callee()).v0
				f := rt.hostOf(rt.obj(dtf)).(*dateTimeFormat)
				return rt.NewString(rt.formatDateTime(f, rt.dateArg(Arg(args, 0))))
			})
			rt.SetData(fn, this)
			rt.obj(this).v0 = fn
		}
		return rt.obj(this).v0
	})
	// ECMA-402 §11.3.4 Intl.DateTimeFormat.prototype.formatToParts
	r.Method(proto, "formatToParts", 1, func(rt *Runtime, this Value, args []Value) Value {
		f := intlThis[*dateTimeFormat](rt, this, "Intl.DateTimeFormat.prototype.formatToParts")
		return rt.partsArray(rt.dateTimeParts(f, rt.dateArg(Arg(args, 0))))
	})
	// ECMA-402 §11.3.7 Intl.DateTimeFormat.prototype.resolvedOptions
	r.Method(proto, "resolvedOptions", 0, func(rt *Runtime, this Value, _ []Value) Value {
		f := intlThis[*dateTimeFormat](rt, this, "Intl.DateTimeFormat.prototype.resolvedOptions")
		o := rt.NewObject()
		set := func(k string, v Value) { rt.CreateDataProperty(o, k, v) }
		str := func(k, v string) { set(k, rt.NewString(v)) }
		str("locale", f.locale)
		str("calendar", "gregory")
		str("numberingSystem", f.nu)
		str("timeZone", f.timeZone)
		if f.hourCycle != "" {
			str("hourCycle", f.hourCycle)
			set("hour12", gc.Bool(is12Hour(f.hourCycle)))
		}
		if f.dateStyle == "" && f.timeStyle == "" {
			for _, name := range []string{"weekday", "era", "year", "month", "day", "dayPeriod", "hour", "minute", "second", "fractionalSecondDigits", "timeZoneName"} {
				if v := f.resolvedField(name); v != "" {
					if name == "fractionalSecondDigits" {
						set(name, gc.Int(len(v)))
						continue
					}
					str(name, v)
				}
			}
		}
		if f.dateStyle != "" {
			str("dateStyle", f.dateStyle)
		}
		if f.timeStyle != "" {
			str("timeStyle", f.timeStyle)
		}
		return o
	})
	r.initDateTimeRange(proto)
}

// resolvedField reads a component's width back from the pattern
// (§11.3.7 step 5, via the [[Pattern]] ICU chose).
func (f *dateTimeFormat) resolvedField(name string) string {
	letters := map[string]string{"weekday": "E", "era": "G", "year": "y", "month": "ML", "day": "d", "dayPeriod": "B",
		"hour": "hHKk", "minute": "m", "second": "s", "fractionalSecondDigits": "S", "timeZoneName": "zvO"}[name]
	for _, t := range f.pattern {
		if t.letter == 0 || strings.IndexByte(letters, t.letter) < 0 {
			continue
		}
		n := t.n
		switch name {
		case "weekday", "era", "dayPeriod":
			return map[int]string{4: "long", 5: "narrow"}[n] + map[bool]string{true: "short"}[n < 4]
		case "month":
			return [...]string{"", "numeric", "2-digit", "short", "long", "narrow"}[min(n, 5)]
		case "fractionalSecondDigits":
			return strings.Repeat("S", n)
		case "timeZoneName":
			switch t.letter {
			case 'O':
				return map[bool]string{true: "longOffset", false: "shortOffset"}[n == 4]
			case 'v':
				return map[bool]string{true: "longGeneric", false: "shortGeneric"}[n == 4]
			}
			return map[bool]string{true: "long", false: "short"}[n == 4]
		}
		if n == 2 {
			return "2-digit"
		}
		return "numeric"
	}
	return ""
}

// partsArray makes the array of {type, value} records formatToParts
// returns.
func (rt *Runtime) partsArray(parts []dtPart) Value {
	out := make([]Value, len(parts))
	for i, p := range parts {
		o := rt.NewObject()
		rt.CreateDataProperty(o, "type", rt.NewString(p.typ))
		rt.CreateDataProperty(o, "value", rt.NewString(p.value))
		out[i] = o
	}
	return rt.NewArray(out)
}
