package jsdate

import (
	"fmt"
	"strconv"
)

var (
	weekdayNames = [7]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}
	monthNames   = [12]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
)

const invalidDate = "Invalid Date"

// fields is a time value split into calendar fields.
type fields struct {
	year, month, date, weekday, hour, min, sec, ms int
}

func split(t float64) fields {
	y, m, d := yearMonthDay(t)
	return fields{int(y), int(m), int(d), int(WeekDay(t)), int(HourFromTime(t)), int(MinFromTime(t)),
		int(SecFromTime(t)), int(MsFromTime(t))}
}

// yearString is the year as toString and toUTCString print it (ECMA-262
// §21.4.4.41.2 DateString): at least four digits, a minus sign before
// negative years.
func yearString(y int) string {
	if y < 0 {
		return fmt.Sprintf("-%04d", -y)
	}
	return fmt.Sprintf("%04d", y)
}

// dateString is ECMA-262 §21.4.4.41.2 DateString: "Tue Mar 01 2022".
func dateString(f fields) string {
	return fmt.Sprintf("%s %s %02d %s", weekdayNames[f.weekday], monthNames[f.month], f.date, yearString(f.year))
}

// timeZoneString is ECMA-262 §21.4.4.41.3 TimeZoneString for UTC time t:
// "GMT-0500 (Eastern Standard Time)". An offset with seconds (local mean
// time, as New York before 1883) prints its whole minutes, truncated.
func timeZoneString(t float64) string {
	offset := LocalOffset(t, true)
	sign := '+'
	if offset < 0 {
		sign, offset = '-', -offset
	}
	minutes := int(offset / msPerMinute)
	return fmt.Sprintf("GMT%c%02d%02d (%s)", sign, minutes/60, minutes%60, zoneLongName(t))
}

func timeString(f fields) string { return fmt.Sprintf("%02d:%02d:%02d", f.hour, f.min, f.sec) }

// ToString is Date.prototype.toString, ECMA-262 §21.4.4.41:
// "Tue Mar 01 2022 10:00:00 GMT+0000 (Coordinated Universal Time)".
func ToString(t float64) string {
	if !finite(t) {
		return invalidDate
	}
	f := split(LocalTime(t))
	return dateString(f) + " " + timeString(f) + " " + timeZoneString(t)
}

// ToDateString is Date.prototype.toDateString, ECMA-262 §21.4.4.35.
func ToDateString(t float64) string {
	if !finite(t) {
		return invalidDate
	}
	return dateString(split(LocalTime(t)))
}

// ToTimeString is Date.prototype.toTimeString, ECMA-262 §21.4.4.42.
func ToTimeString(t float64) string {
	if !finite(t) {
		return invalidDate
	}
	return timeString(split(LocalTime(t))) + " " + timeZoneString(t)
}

// ToUTCString is Date.prototype.toUTCString, ECMA-262 §21.4.4.43:
// "Tue, 01 Mar 2022 10:00:00 GMT".
func ToUTCString(t float64) string {
	if !finite(t) {
		return invalidDate
	}
	f := split(t)
	return fmt.Sprintf("%s, %02d %s %s %s GMT", weekdayNames[f.weekday], f.date, monthNames[f.month],
		yearString(f.year), timeString(f))
}

// ToISOString is Date.prototype.toISOString, ECMA-262 §21.4.4.36, in the
// format of §21.4.1.32 with six-digit signed years outside 0..9999. ok is
// false for an invalid date, where JavaScript throws a RangeError.
func ToISOString(t float64) (string, bool) {
	if !finite(t) {
		return "", false
	}
	f := split(t)
	var year string
	switch {
	case f.year < 0:
		year = fmt.Sprintf("-%06d", -f.year)
	case f.year > 9999:
		year = fmt.Sprintf("+%06d", f.year)
	default:
		year = fmt.Sprintf("%04d", f.year)
	}
	return fmt.Sprintf("%s-%02d-%02dT%s.%03dZ", year, f.month+1, f.date, timeString(f), f.ms), true
}

// The toLocale*String forms are what Node with its default ICU prints for
// the en-US locale. Years are era years without the era: 1 BC (year 0) is
// printed as 1, as ICU does with a numeric year.

func localeDate(f fields) string {
	year := f.year
	if year <= 0 {
		year = 1 - year
	}
	return strconv.Itoa(f.month+1) + "/" + strconv.Itoa(f.date) + "/" + strconv.Itoa(year)
}

func localeTime(f fields) string {
	hour, half := f.hour%12, "AM"
	if f.hour >= 12 {
		half = "PM"
	}
	if hour == 0 {
		hour = 12
	}
	return fmt.Sprintf("%d:%02d:%02d %s", hour, f.min, f.sec, half)
}

// ToLocaleString is Date.prototype.toLocaleString for en-US:
// "3/1/2022, 10:00:00 AM".
func ToLocaleString(t float64) string {
	if !finite(t) {
		return invalidDate
	}
	f := split(LocalTime(t))
	return localeDate(f) + ", " + localeTime(f)
}

// ToLocaleDateString is Date.prototype.toLocaleDateString for en-US:
// "3/1/2022".
func ToLocaleDateString(t float64) string {
	if !finite(t) {
		return invalidDate
	}
	return localeDate(split(LocalTime(t)))
}

// ToLocaleTimeString is Date.prototype.toLocaleTimeString for en-US:
// "10:00:00 AM".
func ToLocaleTimeString(t float64) string {
	if !finite(t) {
		return invalidDate
	}
	return localeTime(split(LocalTime(t)))
}
