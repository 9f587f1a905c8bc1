package jsdate

import "math"

const (
	msPerSecond = 1000.0
	msPerMinute = 60000.0
	msPerHour   = 3600000.0
	msPerDay    = 86400000.0

	// maxTime is the largest magnitude of a valid time value, 10^8 days
	// (ECMA-262 §21.4.1.1).
	maxTime = 8.64e15
)

// floorMod is x modulo m with the sign of m, the spec's "modulo", exact for
// every finite double and never -0 (math.Mod keeps the sign of x, zero too).
func floorMod(x, m float64) float64 {
	r := math.Mod(x, m)
	if r < 0 {
		r += m
	}
	return r + 0
}

// toInteger is ToIntegerOrInfinity (§7.1.5) for an already numeric value.
func toInteger(x float64) float64 {
	if math.IsNaN(x) {
		return 0
	}
	return math.Trunc(x) + 0 // + 0 turns -0 into +0
}

func finite(xs ...float64) bool {
	for _, x := range xs {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return false
		}
	}
	return true
}

// Day is ECMA-262 §21.4.1.3: the number of the day containing time value t.
func Day(t float64) float64 { return math.Floor(t / msPerDay) }

// TimeWithinDay is ECMA-262 §21.4.1.4: milliseconds since the start of t's
// day, always in 0..msPerDay-1.
func TimeWithinDay(t float64) float64 { return floorMod(t, msPerDay) }

// DaysInYear is ECMA-262 §21.4.1.5 for an integral year y.
func DaysInYear(y float64) float64 {
	switch {
	case floorMod(y, 4) != 0:
		return 365
	case floorMod(y, 100) != 0:
		return 366
	case floorMod(y, 400) != 0:
		return 365
	}
	return 366
}

// DayFromYear is ECMA-262 §21.4.1.6: the day number of January 1 of year y.
func DayFromYear(y float64) float64 {
	return 365*(y-1970) + math.Floor((y-1969)/4) - math.Floor((y-1901)/100) + math.Floor((y-1601)/400)
}

func timeFromYear(y float64) float64 { return msPerDay * DayFromYear(y) }

// YearFromTime is ECMA-262 §21.4.1.8: the largest integral year y with
// timeFromYear(y) <= t. The average Gregorian year length gives a guess at
// most one year off, which the loops correct.
func YearFromTime(t float64) float64 {
	if !finite(t) {
		return math.NaN()
	}
	// The loops are bounded because past 2^53 years y-- stops changing y;
	// such t are far outside the valid range anyway.
	y := math.Floor(t/(msPerDay*365.2425)) + 1970
	for i := 0; i < 3 && timeFromYear(y) > t; i++ {
		y--
	}
	for i := 0; i < 3 && timeFromYear(y+1) <= t; i++ {
		y++
	}
	return y
}

// monthStarts[leap][m] is the day within the year on which month m starts
// (ECMA-262 §21.4.1.11's table, with month 12 as the end of the year).
var monthStarts = [2][13]float64{
	{0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365},
	{0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335, 366},
}

// yearMonthDay splits t into year, month (0-11) and day within the month
// (1-31).
func yearMonthDay(t float64) (year, month, date float64) {
	year = YearFromTime(t)
	inYear := Day(t) - DayFromYear(year)
	starts := &monthStarts[0]
	if DaysInYear(year) == 366 {
		starts = &monthStarts[1]
	}
	m := 0
	for m < 11 && inYear >= starts[m+1] {
		m++
	}
	return year, float64(m), inYear - starts[m] + 1
}

// MonthFromTime is ECMA-262 §21.4.1.11, months numbered 0-11.
func MonthFromTime(t float64) float64 {
	if !finite(t) {
		return math.NaN()
	}
	_, m, _ := yearMonthDay(t)
	return m
}

// DateFromTime is ECMA-262 §21.4.1.12: the day of the month, 1-31.
func DateFromTime(t float64) float64 {
	if !finite(t) {
		return math.NaN()
	}
	_, _, d := yearMonthDay(t)
	return d
}

// WeekDay is ECMA-262 §21.4.1.13: 0 is Sunday; day 0 was a Thursday.
func WeekDay(t float64) float64 { return floorMod(Day(t)+4, 7) }

// HourFromTime is ECMA-262 §21.4.1.14.
func HourFromTime(t float64) float64 { return floorMod(math.Floor(t/msPerHour), 24) }

// MinFromTime is ECMA-262 §21.4.1.15.
func MinFromTime(t float64) float64 { return floorMod(math.Floor(t/msPerMinute), 60) }

// SecFromTime is ECMA-262 §21.4.1.16.
func SecFromTime(t float64) float64 { return floorMod(math.Floor(t/msPerSecond), 60) }

// MsFromTime is ECMA-262 §21.4.1.17.
func MsFromTime(t float64) float64 { return floorMod(t, msPerSecond) }

// MakeTime is ECMA-262 §21.4.1.27. The explicit float64 conversions keep
// every product and sum rounded on its own, as the spec's IEEE 754 arithmetic
// requires, even on platforms where Go could fuse a multiply-add.
func MakeTime(hour, min, sec, ms float64) float64 {
	if !finite(hour, min, sec, ms) {
		return math.NaN()
	}
	t := float64(toInteger(hour)*msPerHour) + float64(toInteger(min)*msPerMinute)
	t += float64(toInteger(sec) * msPerSecond)
	return t + toInteger(ms)
}

// V8 refuses years and months outside these ranges before doing any
// arithmetic; the specification would accept a huge year cancelled by a huge
// negative month, but Node answers NaN, so Kiln does too.
const (
	maxMakeDayYear  = 1e6
	maxMakeDayMonth = 1e7
)

// MakeDay is ECMA-262 §21.4.1.28: the day number of date (1-based, may
// overflow into later months) in month (0-based, may overflow into later
// years) of year.
func MakeDay(year, month, date float64) float64 {
	if !finite(year, month, date) {
		return math.NaN()
	}
	y, m, dt := toInteger(year), toInteger(month), toInteger(date)
	if math.Abs(y) > maxMakeDayYear || math.Abs(m) > maxMakeDayMonth {
		return math.NaN()
	}
	ym := y + math.Floor(m/12)
	mn := int(floorMod(m, 12))
	leap := 0
	if DaysInYear(ym) == 366 {
		leap = 1
	}
	return DayFromYear(ym) + monthStarts[leap][mn] + dt - 1
}

// MakeDate is ECMA-262 §21.4.1.29.
func MakeDate(day, time float64) float64 {
	if !finite(day, time) {
		return math.NaN()
	}
	tv := float64(day*msPerDay) + time
	if !finite(tv) {
		return math.NaN()
	}
	return tv
}

// TimeClip is ECMA-262 §21.4.1.31: NaN outside ±8.64e15, integral otherwise
// (and never -0).
func TimeClip(t float64) float64 {
	if !finite(t) || math.Abs(t) > maxTime {
		return math.NaN()
	}
	return toInteger(t)
}
