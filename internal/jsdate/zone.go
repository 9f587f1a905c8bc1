package jsdate

import (
	"math"
	"os"
	"strings"
	"sync/atomic"
	"time"
)

// zone is the system time zone of ECMA-262 §21.4.1.20 for every local time
// computation in this package once SetZone has set it; until then Go's
// time.Local, made from TZ as the process started.
var zone atomic.Pointer[time.Location]

// Zone returns the local time zone.
func Zone() *time.Location {
	if loc := zone.Load(); loc != nil {
		return loc
	}
	return time.Local
}

// SetZone makes loc the local time zone of every runtime in the process,
// as assigning process.env.TZ does in Node; nil goes back to time.Local.
func SetZone(loc *time.Location) { zone.Store(loc) }

// zoneAt returns the offset in milliseconds and the abbreviation of Zone()
// at UTC time value t. Times far outside the valid range are clamped so that
// conversion to Go time cannot overflow; their offset is the zone's rule at
// the edge, which is all a NaN-bound computation needs.
func zoneAt(t float64) (float64, string) {
	t = math.Max(-maxTime-2*msPerDay, math.Min(maxTime+2*msPerDay, t))
	sec := int64(math.Floor(t / msPerSecond))
	name, offset := time.Unix(sec, 0).In(Zone()).Zone()
	return float64(offset) * msPerSecond, name
}

// LocalOffset is the offset of local time from UTC in milliseconds, at UTC
// time t when isUTC, or at local time t otherwise — the two uses in
// ECMA-262 §21.4.1.25 LocalTime and §21.4.1.26 UTC. NaN or infinite t gives 0.
//
// A local time can be ambiguous (clocks set back: it happens twice) or
// skipped (clocks set forward). §21.4.1.26 picks the earlier instant for the
// first and the offset from before the transition for the second; V8 does
// the same, so 02:30 on a spring-forward night in New York reads as 03:30 EDT
// and 01:30 on the fall-back night as EDT.
func LocalOffset(t float64, isUTC bool) float64 {
	if !finite(t) {
		return 0
	}
	if isUTC {
		off, _ := zoneAt(t)
		return off
	}
	// A day either side brackets any one transition near t; zones do not
	// change twice within a day.
	before, _ := zoneAt(t - msPerDay)
	after, _ := zoneAt(t + msPerDay)
	best, found := 0.0, false
	for _, off := range [2]float64{before, after} {
		if got, _ := zoneAt(t - off); got == off && (!found || t-off < t-best) {
			best, found = off, true
		}
	}
	if !found {
		return before
	}
	return best
}

// LocalTime is ECMA-262 §21.4.1.25: UTC time value t as local time.
func LocalTime(t float64) float64 { return t + LocalOffset(t, true) }

// UTC is ECMA-262 §21.4.1.26: local time value tLocal as a UTC time value.
func UTC(tLocal float64) float64 {
	if !finite(tLocal) {
		return math.NaN()
	}
	return tLocal - LocalOffset(tLocal, false)
}

// longZoneName maps the abbreviations in the IANA database to the long names
// ICU gives Node's Date.prototype.toString. Abbreviations used by several
// regions are resolved by zoneLongName.
func longZoneName(abbr string) (string, bool) {
	switch abbr {
	case "UTC":
		return "Coordinated Universal Time", true
	case "GMT":
		return "Greenwich Mean Time", true
	case "BST":
		return "British Summer Time", true
	case "IST":
		return "India Standard Time", true
	case "CET":
		return "Central European Standard Time", true
	case "CEST":
		return "Central European Summer Time", true
	case "EET":
		return "Eastern European Standard Time", true
	case "EEST":
		return "Eastern European Summer Time", true
	case "WET":
		return "Western European Standard Time", true
	case "WEST":
		return "Western European Summer Time", true
	case "MSK":
		return "Moscow Standard Time", true
	case "EST":
		return "Eastern Standard Time", true
	case "EDT":
		return "Eastern Daylight Time", true
	case "CST":
		return "Central Standard Time", true
	case "CDT":
		return "Central Daylight Time", true
	case "MST":
		return "Mountain Standard Time", true
	case "MDT":
		return "Mountain Daylight Time", true
	case "PST":
		return "Pacific Standard Time", true
	case "PDT":
		return "Pacific Daylight Time", true
	case "AKST":
		return "Alaska Standard Time", true
	case "AKDT":
		return "Alaska Daylight Time", true
	case "HST":
		return "Hawaii-Aleutian Standard Time", true
	case "HDT":
		return "Hawaii-Aleutian Daylight Time", true
	case "AST":
		return "Atlantic Standard Time", true
	case "ADT":
		return "Atlantic Daylight Time", true
	case "NST":
		return "Newfoundland Standard Time", true
	case "NDT":
		return "Newfoundland Daylight Time", true
	case "JST":
		return "Japan Standard Time", true
	case "KST":
		return "Korean Standard Time", true
	case "HKT":
		return "Hong Kong Standard Time", true
	case "PKT":
		return "Pakistan Standard Time", true
	case "WIB":
		return "Western Indonesia Time", true
	case "SAST":
		return "South Africa Standard Time", true
	case "WAT":
		return "West Africa Standard Time", true
	case "CAT":
		return "Central Africa Time", true
	case "EAT":
		return "East Africa Time", true
	case "AEST":
		return "Australian Eastern Standard Time", true
	case "AEDT":
		return "Australian Eastern Daylight Time", true
	case "ACST":
		return "Australian Central Standard Time", true
	case "ACDT":
		return "Australian Central Daylight Time", true
	case "AWST":
		return "Australian Western Standard Time", true
	case "NZST":
		return "New Zealand Standard Time", true
	case "NZDT":
		return "New Zealand Daylight Time", true
	}
	return "", false
}

// zoneIdentifier is the IANA name of Zone() when known. time.Local is
// named "Local" whatever zone it holds, so the TZ variable it came from is
// the best remaining clue.
func zoneIdentifier() string {
	if name := Zone().String(); name != "Local" {
		return name
	}
	return os.Getenv("TZ")
}

// zoneLongName is the name toString prints in parentheses for UTC time t:
// ICU's long name where the abbreviation identifies one, else the
// abbreviation itself (many zones only have numeric ones such as "+04").
//
// V8 does not name historical zones: it asks ICU for the zone's present-day
// standard or daylight name, deciding which from whether daylight saving
// time is in force — and outside 1970..2038 it decides that in an
// equivalent recent year (see equivalentTime). So 1945's "EPT" prints as
// "Eastern Daylight Time", New York's local mean time of 1800 as "Eastern
// Standard Time", and an April day in 1891 as "Eastern Daylight Time".
func zoneLongName(t float64) string {
	if t < 0 || t > maxEpochTime {
		t = equivalentTime(t)
	}
	_, abbr := zoneAt(t)
	id := zoneIdentifier()
	switch {
	case abbr == "IST" && strings.Contains(id, "Dublin"):
		return "Irish Standard Time"
	case abbr == "IST" && (strings.Contains(id, "Jerusalem") || strings.Contains(id, "Tel_Aviv")):
		return "Israel Standard Time"
	case abbr == "CST" && (strings.HasPrefix(id, "Asia/") || id == "PRC"):
		return "China Standard Time"
	case abbr == "CST" && strings.Contains(id, "Havana"):
		return "Cuba Standard Time"
	}
	if long, ok := longZoneName(abbr); ok {
		return long
	}
	return abbr
}

// maxEpochTime is the last time value V8 trusts the zone database with for
// deciding daylight saving time: 2^31-1 seconds after the epoch.
const maxEpochTime = 2147483647000

// equivalentTime moves t into a year of 2008..2035 with the same leap-ness
// and the same weekday on January 1, keeping month, day and time of day —
// the equivalent year of ES5.1 §15.9.1.8 that V8 still uses for zone names.
func equivalentTime(t float64) float64 {
	year, month, date := yearMonthDay(t)
	weekday := WeekDay(MakeDate(DayFromYear(year), 0))
	recent := 1967.0
	if DaysInYear(year) == 366 {
		recent = 1956
	}
	recent += floorMod(weekday*12, 28)
	equivalent := 2008 + floorMod(recent+3*28-2008, 28)
	return MakeDate(MakeDay(equivalent, month, date), TimeWithinDay(t))
}
