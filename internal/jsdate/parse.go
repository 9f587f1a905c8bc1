package jsdate

import (
	"math"
	"unicode"
)

// Date.parse. ECMA-262 §21.4.3.2 requires the Date Time String Format of
// §21.4.1.32 and leaves every other format to the implementation. Programs
// depend on the formats V8 accepts ("Mar 1 2022", "2022/03/01", the output of
// toString), so this file reproduces V8's behaviour:
//
//  1. The string is first read as an ISO date-time. Date-only forms are UTC,
//     date-time forms without an offset are local time. V8 also allows a
//     lowercase "t"/"z", any number of fraction digits (only the first three
//     count), "24:00" as the end of the day, and "+hhmm" offsets.
//  2. If the ISO reading stops early (but was not definitely malformed), the
//     fields read so far stay and the rest of the string is read by a
//     forgiving "legacy" grammar: numbers followed by ':' are times, other
//     numbers are date fields, words are month names, am/pm, zone names or
//     (before the first number only) ignored, text in parentheses is ignored,
//     and a sign after a time or "GMT" starts an offset. Date fields are
//     month/day/year unless the first is not a valid day, in which case they
//     are year/month/day; with a month name, day and year are told apart the
//     same way. Years 0-49 mean 2000-2049 and 50-99 mean 1950-1999.
//
// Both readings work on one token stream, since the ISO reader hands its
// unconsumed token to the legacy reader.

type tokenKind uint8

const (
	tokEnd tokenKind = iota
	tokNumber
	tokSymbol // one of : - + . )
	tokWord
	tokSpace
	tokUnknown // anything else, including a parenthesised comment
	tokInvalid // the ISO reader found a malformed date-time: Parse fails
)

type wordKind uint8

const (
	wordOther wordKind = iota
	wordMonth          // value is the month, 1-12
	wordAMPM           // value is the hours to add: 0 or 12
	wordZone           // value is the offset in hours
	wordT              // the ISO date/time separator
)

type token struct {
	kind   tokenKind
	value  int  // number value (first nine significant digits) or word value
	length int  // characters the token spans, counted in UTF-16 units
	symbol rune // for tokSymbol
	word   wordKind
}

func (t token) isNumber(length int) bool { return t.kind == tokNumber && t.length == length }
func (t token) isSymbol(c rune) bool     { return t.kind == tokSymbol && t.symbol == c }
func (t token) isSign() bool             { return t.isSymbol('+') || t.isSymbol('-') }
func (t token) isWord(k wordKind) bool   { return t.kind == tokWord && t.word == k }
func (t token) isZ() bool                { return t.isWord(wordZone) && t.length == 1 && t.value == 0 }

// keywords match a word on its first three letters (lowercased). Only
// month names may be longer than their entry ("March", "Sept").
var keywords = []struct {
	prefix string
	kind   wordKind
	value  int
}{
	{"jan", wordMonth, 1}, {"feb", wordMonth, 2}, {"mar", wordMonth, 3}, {"apr", wordMonth, 4},
	{"may", wordMonth, 5}, {"jun", wordMonth, 6}, {"jul", wordMonth, 7}, {"aug", wordMonth, 8},
	{"sep", wordMonth, 9}, {"oct", wordMonth, 10}, {"nov", wordMonth, 11}, {"dec", wordMonth, 12},
	{"am", wordAMPM, 0}, {"pm", wordAMPM, 12},
	{"ut", wordZone, 0}, {"utc", wordZone, 0}, {"z", wordZone, 0}, {"gmt", wordZone, 0},
	{"cdt", wordZone, -5}, {"cst", wordZone, -6}, {"edt", wordZone, -4}, {"est", wordZone, -5},
	{"mdt", wordZone, -6}, {"mst", wordZone, -7}, {"pdt", wordZone, -7}, {"pst", wordZone, -8},
	{"t", wordT, 0},
}

func isDateSpace(r rune) bool {
	switch r {
	case '\t', '\v', '\f', '\uFEFF', '\n', '\r', '\u2028', '\u2029':
		return true
	}
	return unicode.Is(unicode.Zs, r)
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

// scanner splits a date string into tokens with one token of lookahead.
type scanner struct {
	src  []rune
	pos  int
	next token
}

func newScanner(s string) *scanner {
	sc := &scanner{src: []rune(s)}
	sc.next = sc.scan()
	return sc
}

func (sc *scanner) peek() token { return sc.next }

func (sc *scanner) take() token {
	t := sc.next
	sc.next = sc.scan()
	return t
}

// skipSymbol consumes the next token if it is the symbol c.
func (sc *scanner) skipSymbol(c rune) bool {
	if sc.next.isSymbol(c) {
		sc.take()
		return true
	}
	return false
}

func (sc *scanner) at() rune {
	if sc.pos < len(sc.src) {
		return sc.src[sc.pos]
	}
	return 0
}

func (sc *scanner) scan() token {
	start := sc.pos
	c := sc.at()
	switch {
	case sc.pos >= len(sc.src):
		return token{kind: tokEnd}
	case isDigit(c):
		// Leading zeros do not count as significant, and digits past the
		// ninth significant one are dropped (not scaled): "0000000001" is 1.
		for sc.at() == '0' {
			sc.pos++
		}
		n, digits := 0, 0
		for isDigit(sc.at()) {
			if digits < 9 {
				n = n*10 + int(sc.at()-'0')
			}
			digits++
			sc.pos++
		}
		return token{kind: tokNumber, value: n, length: sc.pos - start}
	case c == ':' || c == '-' || c == '+' || c == '.' || c == ')':
		sc.pos++
		return token{kind: tokSymbol, symbol: c, length: 1}
	case c >= 'A' && !isDateSpace(c):
		return sc.scanWord()
	case isDateSpace(c):
		for sc.pos < len(sc.src) && isDateSpace(sc.at()) {
			sc.pos++
		}
		return token{kind: tokSpace, length: sc.pos - start}
	case c == '(':
		for depth := 0; ; {
			switch sc.at() {
			case '(':
				depth++
			case ')':
				depth--
			}
			sc.pos++
			if depth <= 0 || sc.pos >= len(sc.src) {
				break
			}
		}
		return token{kind: tokUnknown}
	}
	sc.pos++
	return token{kind: tokUnknown}
}

// scanWord reads a word: any run of characters from 'A' up that are not
// white space. Punctuation below 'A' ends it, so "Tue," is the word "Tue"
// followed by an ignored ",".
func (sc *scanner) scanWord() token {
	var prefix []rune
	length := 0
	for c := sc.at(); sc.pos < len(sc.src) && c >= 'A' && !isDateSpace(c); c = sc.at() {
		if len(prefix) < 3 {
			prefix = append(prefix, c|0x20) // lowercases ASCII letters, keeps others distinct
		}
		length++
		if c > 0xFFFF {
			length++
		}
		sc.pos++
	}
	t := token{kind: tokWord, length: length}
	for _, k := range keywords {
		if string(prefix) == k.prefix && (length <= 3 || k.kind == wordMonth) {
			t.word, t.value = k.kind, k.value
			break
		}
	}
	return t
}

const none = math.MinInt32 // an unset field

func between(x, lo, hi int) bool { return lo <= x && x <= hi }

// dayFields collects up to three date numbers and a named month.
type dayFields struct {
	comp       [3]int
	n          int
	namedMonth int
	iso        bool // fields are year, month, day in that order, years taken literally
}

func (d *dayFields) add(v int) bool {
	if d.n == len(d.comp) {
		return false
	}
	d.comp[d.n] = v
	d.n++
	return true
}

// resolve orders the collected numbers into year, month (1-12) and day.
func (d *dayFields) resolve() (year, month, day int, ok bool) {
	if d.n == 0 {
		return 0, 0, 0, false
	}
	for d.n < len(d.comp) {
		d.comp[d.n] = 1 // a missing month or day is 1, and a missing third field counts as the year 1
		d.n++
	}
	c := d.comp
	switch {
	case d.namedMonth == none && (d.iso || !between(c[0], 1, 31)):
		year, month, day = c[0], c[1], c[2]
	case d.namedMonth == none:
		month, day, year = c[0], c[1], c[2]
	case !between(c[0], 1, 31):
		month, year, day = d.namedMonth, c[0], c[1]
	default:
		month, day, year = d.namedMonth, c[0], c[1]
	}
	if !d.iso {
		switch {
		case between(year, 0, 49):
			year += 2000
		case between(year, 50, 99):
			year += 1900
		}
	}
	return year, month, day, between(month, 1, 12) && between(day, 1, 31)
}

// timeFields collects hour, minute, second and millisecond.
type timeFields struct {
	comp       [4]int
	n          int
	hourOffset int // 0 for am, 12 for pm, none without either
}

func (t *timeFields) empty() bool { return t.n == 0 }

func (t *timeFields) add(v int) bool {
	if t.n == len(t.comp) {
		return false
	}
	t.comp[t.n] = v
	t.n++
	return true
}

// addFinal adds the last field given and zeroes the rest.
func (t *timeFields) addFinal(v int) bool {
	if !t.add(v) {
		return false
	}
	for t.n < len(t.comp) {
		t.add(0)
	}
	return true
}

// expects reports whether v fits as the next field after the hour.
func (t *timeFields) expects(v int) bool {
	return (t.n == 1 && between(v, 0, 59)) || (t.n == 2 && between(v, 0, 59)) || (t.n == 3 && between(v, 0, 999))
}

func (t *timeFields) resolve() (h, m, s, ms int, ok bool) {
	for t.n < len(t.comp) {
		t.add(0)
	}
	h, m, s, ms = t.comp[0], t.comp[1], t.comp[2], t.comp[3]
	if t.hourOffset != none {
		if !between(h, 0, 12) {
			return 0, 0, 0, 0, false
		}
		h = h%12 + t.hourOffset
	}
	valid := between(h, 0, 23) && between(m, 0, 59) && between(s, 0, 59) && between(ms, 0, 999)
	endOfDay := h == 24 && m == 0 && s == 0 && ms == 0
	return h, m, s, ms, valid || endOfDay
}

// zoneFields collects an explicit UTC offset; sign none means local time.
type zoneFields struct {
	sign, hour, minute int
}

func (z *zoneFields) set(hours int) {
	z.sign = 1
	if hours < 0 {
		z.sign = -1
	}
	z.hour, z.minute = hours*z.sign, 0
}

func (z *zoneFields) isUTC() bool { return z.hour == 0 && z.minute == 0 }
func (z *zoneFields) empty() bool { return z.sign == none }
func (z *zoneFields) expects(v int) bool {
	return z.hour != none && z.minute == none && between(v, 0, 59)
}

// millis turns a fraction token into milliseconds from its first three
// digits, counting the leading zeros the token's length reveals.
func millis(t token) int {
	n, length := t.value, t.length
	switch {
	case length == 1:
		return n * 100
	case length == 2:
		return n * 10
	}
	for length = min(length, 9); length > 3; length-- {
		n /= 10
	}
	return n
}

// readISO reads the Date Time String Format (§21.4.1.32) with V8's
// extensions. It returns tokEnd on success, tokInvalid if the string is
// definitely malformed, or else the first token it did not handle, which the
// legacy reader continues from.
func readISO(sc *scanner, day *dayFields, tm *timeFields, zone *zoneFields) token {
	switch p := sc.peek(); {
	case p.isSign():
		sign := sc.take()
		if !sc.peek().isNumber(6) {
			return sign
		}
		year := sc.take().value
		if sign.symbol == '-' && year == 0 {
			return sign // "-000000" is not a year
		}
		if sign.symbol == '-' {
			year = -year
		}
		day.add(year)
	case p.isNumber(4):
		day.add(sc.take().value)
	default:
		return sc.take()
	}
	if sc.skipSymbol('-') {
		if p := sc.peek(); !p.isNumber(2) || !between(p.value, 1, 12) {
			return sc.take()
		}
		day.add(sc.take().value)
		if sc.skipSymbol('-') {
			if p := sc.peek(); !p.isNumber(2) || !between(p.value, 1, 31) {
				return sc.take()
			}
			day.add(sc.take().value)
		}
	}
	if !sc.peek().isWord(wordT) {
		if sc.peek().kind != tokEnd {
			return sc.take()
		}
	} else if !readISOTime(sc, tm, zone) {
		return token{kind: tokInvalid}
	}
	if zone.empty() && tm.empty() {
		zone.set(0) // date-only forms are UTC
	}
	day.iso = true
	return token{kind: tokEnd}
}

// readISOTime reads "THH:mm[:ss[.sss]][Z|±HH:mm|±HHmm]" to the end of input.
func readISOTime(sc *scanner, tm *timeFields, zone *zoneFields) bool {
	sc.take() // the T
	p := sc.peek()
	if !p.isNumber(2) || !between(p.value, 0, 24) {
		return false
	}
	endOfDay := p.value == 24
	tm.add(sc.take().value)
	if !sc.skipSymbol(':') {
		return false
	}
	if p := sc.peek(); !p.isNumber(2) || !between(p.value, 0, 59) || (endOfDay && p.value > 0) {
		return false
	}
	tm.add(sc.take().value)
	if sc.skipSymbol(':') {
		if p := sc.peek(); !p.isNumber(2) || !between(p.value, 0, 59) || (endOfDay && p.value > 0) {
			return false
		}
		tm.add(sc.take().value)
		if sc.skipSymbol('.') {
			if p := sc.peek(); p.kind != tokNumber || (endOfDay && p.value > 0) {
				return false
			}
			tm.add(millis(sc.take()))
		}
	}
	switch p := sc.peek(); {
	case p.isZ():
		sc.take()
		zone.set(0)
	case p.isSign():
		zone.sign = 1
		if sc.take().symbol == '-' {
			zone.sign = -1
		}
		if p := sc.peek(); p.isNumber(4) {
			h, m := p.value/100, p.value%100
			if !between(h, 0, 23) || !between(m, 0, 59) {
				return false
			}
			sc.take()
			zone.hour, zone.minute = h, m
			break
		}
		if p := sc.peek(); !p.isNumber(2) || !between(p.value, 0, 23) {
			return false
		}
		zone.hour = sc.take().value
		if !sc.skipSymbol(':') {
			return false
		}
		if p := sc.peek(); !p.isNumber(2) || !between(p.value, 0, 59) {
			return false
		}
		zone.minute = sc.take().value
	}
	return sc.peek().kind == tokEnd
}

// readLegacy continues after readISO with the forgiving grammar described at
// the top of this file, starting from token first.
func readLegacy(sc *scanner, first token, day *dayFields, tm *timeFields, zone *zoneFields) bool {
	sawNumber := day.n > 0
	for t := first; t.kind != tokEnd; t = sc.take() {
		switch {
		case t.kind == tokNumber:
			sawNumber = true
			n := t.value
			switch {
			case sc.skipSymbol(':'):
				if sc.skipSymbol(':') { // "10::" is 10:00
					if !tm.empty() {
						return false
					}
					tm.add(n)
					tm.add(0)
					break
				}
				if !tm.add(n) {
					return false
				}
				sc.skipSymbol('.')
			// The '.' is consumed even when the time does not want it.
			case sc.skipSymbol('.') && tm.expects(n):
				tm.add(n)
				if sc.peek().kind != tokNumber {
					return false
				}
				tm.addFinal(millis(sc.take()))
			case zone.expects(n):
				zone.minute = n
			case tm.expects(n):
				tm.addFinal(n)
				// A completed time must be followed by the end, a space,
				// "Z" or a sign.
				if p := sc.peek(); p.kind != tokEnd && p.kind != tokSpace && !p.isZ() && !p.isSign() {
					return false
				}
			default:
				if !day.add(n) {
					return false
				}
				sc.skipSymbol('-')
			}
		case t.kind == tokWord:
			switch {
			case t.word == wordAMPM && !tm.empty():
				tm.hourOffset = t.value
			case t.word == wordMonth:
				day.namedMonth = t.value
				sc.skipSymbol('-')
			case t.word == wordZone && sawNumber:
				zone.set(t.value)
			case sawNumber:
				return false // words after the first number must mean something
			case sc.peek().kind == tokNumber:
				return false // a leading word must be separated from the first number
			}
		case t.isSign() && (zone.isUTC() || !tm.empty()):
			if !readLegacyOffset(sc, t, zone) {
				return false
			}
			sawNumber = true
		case (t.isSign() || t.isSymbol(')')) && sawNumber:
			return false
		}
	}
	return true
}

// readLegacyOffset reads the hours and minutes after the sign of an offset
// such as "GMT+0100", "-5" or "+01:00" (whose minutes come later as a
// number the zone expects).
func readLegacyOffset(sc *scanner, sign token, zone *zoneFields) bool {
	zone.sign = 1
	if sign.symbol == '-' {
		zone.sign = -1
	}
	n, length := 0, 0
	if sc.peek().kind == tokNumber {
		t := sc.take()
		n, length = t.value, t.length
	}
	switch {
	case sc.peek().isSymbol(':'):
		zone.hour, zone.minute = n, none
	case length == 1 || length == 2:
		zone.hour, zone.minute = n, 0
	case length == 3 || length == 4:
		zone.hour, zone.minute = n/100, n%100
	default:
		return false
	}
	return true
}

// maxLocalTime bounds a local time value that can still convert to a valid
// UTC one: a zone offset is far less than the ten days V8 allows.
const maxLocalTime = maxTime + 10*msPerDay

// Parse is Date.parse (ECMA-262 §21.4.3.2): the time value s denotes, or NaN.
// See the top of this file for the formats accepted.
func Parse(s string) float64 {
	sc := newScanner(s)
	day := dayFields{namedMonth: none}
	tm := timeFields{hourOffset: none}
	zone := zoneFields{sign: none, hour: none, minute: none}
	next := readISO(sc, &day, &tm, &zone)
	if next.kind == tokInvalid || !readLegacy(sc, next, &day, &tm, &zone) {
		return math.NaN()
	}
	year, month, date, ok := day.resolve()
	if !ok {
		return math.NaN()
	}
	h, m, sec, ms, ok := tm.resolve()
	if !ok {
		return math.NaN()
	}
	t := MakeDate(MakeDay(float64(year), float64(month-1), float64(date)),
		MakeTime(float64(h), float64(m), float64(sec), float64(ms)))
	if zone.empty() {
		if math.Abs(t) > maxLocalTime {
			return math.NaN()
		}
		t = UTC(t)
	} else {
		hour, minute := max(zone.hour, 0), max(zone.minute, 0) // an unset part counts as 0
		t -= float64(zone.sign) * float64(hour*3600+minute*60) * msPerSecond
		if math.Abs(t) > maxTime {
			return math.NaN()
		}
	}
	return TimeClip(t)
}
