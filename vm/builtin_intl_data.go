package vm

import (
	"strings"
	"sync"
)

// Locale data for Intl.DateTimeFormat and Intl.NumberFormat, written down
// by hand from CLDR (the data ICU gives node) for the languages Kiln
// formats. Patterns use CLDR's date pattern letters (UTS #35 §4.8): G era,
// y year, M month, d day, E weekday, a day period, h/H/K/k hour, m minute,
// s second, S fraction, z/zzzz/O/OOOO zone; quoted text is literal.

// dateLocale is one locale's calendar vocabulary and patterns.
type dateLocale struct {
	months, monthsShort, monthsNarrow [12]string
	// Stand-alone short forms (a month or weekday shown alone), where they
	// differ from the format forms.
	monthsShortAlone *[12]string
	monthsAlone      *[12]string // a long month shown by itself (Russian "январь")
	// The months of pattern letter L in a generated locale, which ICU
	// reads apart from those of a month shown by itself.
	monthsL, monthsShortL *[12]string
	// dayPeriods are a generated locale's flexible day periods (pattern
	// letter B): short, long and narrow joined by \x03, each "hour=name"
	// entries joined by \x02 where the name changes.
	dayPeriods                  string
	days, daysShort, daysNarrow [7]string // Sunday first
	daysShortAlone              *[7]string
	daysAlone                   *[7]string // the long stand-alone forms (Finnish "torstai")
	am, pm                      string
	eras                        [3][2]string // long, short, narrow; BC then AD
	hourCycle                   string       // the locale's default: h12 or h23
	// dateStyles and timeStyles are full, long, medium, short; the time
	// styles are written for the default hour cycle.
	dateStyles, timeStyles [4]string
	// glue joins a date ({1}) and a time ({0}) for full, long, medium and
	// short dates.
	glue [4]string
	// skeletons maps a canonical skeleton (see dateSkeleton) to a pattern
	// for the date fields; times are built by timePattern.
	skeletons table[string]
	// weekdayTime holds CLDR's patterns for a weekday with a time and no
	// other date field, keyed by "h" (12-hour) or "H" then the number of
	// time fields (hour; hour, minute; hour, minute, second); "{0}" is the
	// time. Combinations missing here are joined by the short glue.
	weekdayTime table[string]
	// zonedTime replaces the 24-hour time pattern beside a zone name:
	// "H" for an hour alone, "Hms" for hours, minutes and seconds,
	// "HmsLong" for those with a long zone name.
	zonedTime table[string]
	longZone  string // the long zone name's pattern beside an "HmsLong" time, when not "zzzz"
	// Hour-only patterns, 24- and 12-hour, and where the day period goes
	// in a 12-hour time ("" after the time, "prefix" before it).
	hour24, hour12 string
	periodFirst    bool
	utcLong        string // the long name of UTC
	gmtFormat      string // "GMT" or "UTC": the prefix of offset names
	fraction       string // the separator before fractional seconds
}

var (
	enMonths      = [12]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	enMonthsShort = [12]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
	enDays        = [7]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}
	enDaysShort   = [7]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}
	enEras        = [3][2]string{{"Before Christ", "Anno Domini"}, {"BC", "AD"}, {"B", "A"}}
	narrowMonths  = [12]string{"J", "F", "M", "A", "M", "J", "J", "A", "S", "O", "N", "D"}
	// British and Indian English abbreviate September "Sept".
	enGBMonthsShort = [12]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"}
)

var enUSDates = &dateLocale{
	months: enMonths, monthsShort: enMonthsShort, monthsNarrow: narrowMonths,
	days: enDays, daysShort: enDaysShort, daysNarrow: [7]string{"S", "M", "T", "W", "T", "F", "S"},
	am: "AM", pm: "PM", eras: enEras, hourCycle: "h12",
	dateStyles: [4]string{"EEEE, MMMM d, y", "MMMM d, y", "MMM d, y", "M/d/yy"},
	timeStyles: [4]string{"h:mm:ss\u202fa zzzz", "h:mm:ss\u202fa z", "h:mm:ss\u202fa", "h:mm\u202fa"},
	glue:       [4]string{"{1} 'at' {0}", "{1} 'at' {0}", "{1}, {0}", "{1}, {0}"},
	skeletons: table[string]{
		{"yM", "M/y"}, {"yMMM", "MMM y"}, {"yMMMM", "MMMM y"}, {"Md", "M/d"}, {"MMMd", "MMM d"}, {"MMMMd", "MMMM d"},
		{"yMd", "M/d/y"}, {"yMMMd", "MMM d, y"}, {"yMMMMd", "MMMM d, y"}, {"yMdE", "E, M/d/y"}, {"yMMMdE", "E, MMM d, y"},
		{"yMMMMdE", "E, MMMM d, y"}, {"MdE", "E, M/d"}, {"MMMdE", "E, MMM d"}, {"MMMMdE", "E, MMMM d"}, {"dE", "d E"},
	},
	weekdayTime: table[string]{{"h1", "E {0}"}, {"h2", "E {0}"}, {"h3", "E {0}"}, {"H2", "E {0}"}, {"H3", "E {0}"}},
	hour24:      "HH", hour12: "h\u202fa", utcLong: "Coordinated Universal Time", gmtFormat: "GMT", fraction: ".",
}

var enGBDates = &dateLocale{
	months: enMonths, monthsShort: enGBMonthsShort, monthsNarrow: narrowMonths,
	days: enDays, daysShort: enDaysShort, daysNarrow: [7]string{"S", "M", "T", "W", "T", "F", "S"},
	am: "am", pm: "pm", eras: enEras, hourCycle: "h23",
	dateStyles: [4]string{"EEEE, d MMMM y", "d MMMM y", "d MMM y", "dd/MM/y"},
	timeStyles: [4]string{"HH:mm:ss zzzz", "HH:mm:ss z", "HH:mm:ss", "HH:mm"},
	glue:       [4]string{"{1} 'at' {0}", "{1} 'at' {0}", "{1}, {0}", "{1}, {0}"},
	skeletons: table[string]{
		{"yM", "MM/y"}, {"yMMM", "MMM y"}, {"yMMMM", "MMMM y"}, {"Md", "dd/MM"}, {"MMMd", "d MMM"}, {"MMMMd", "d MMMM"},
		{"yMd", "dd/MM/y"}, {"yMMMd", "d MMM y"}, {"yMMMMd", "d MMMM y"}, {"yMdE", "E, dd/MM/y"}, {"yMMMdE", "E, d MMM y"},
		{"yMMMMdE", "E, d MMMM y"}, {"MdE", "E dd/MM"}, {"MMMdE", "E d MMM"}, {"MMMMdE", "E d MMMM"}, {"dE", "E d"},
	},
	zonedTime:   table[string]{{"H", "HH'h'"}, {"Hms", "H:mm:ss"}, {"HmsLong", "H:mm:ss"}},
	weekdayTime: table[string]{{"h1", "E {0}"}, {"h2", "E {0}"}, {"h3", "E {0}"}, {"H2", "E {0}"}, {"H3", "E {0}"}},
	hour24:      "HH", hour12: "h\u202fa", utcLong: "Coordinated Universal Time", gmtFormat: "GMT", fraction: ".",
}

var deDates = &dateLocale{
	months:           [12]string{"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"},
	monthsShort:      [12]string{"Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."},
	monthsShortAlone: &[12]string{"Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"},
	monthsNarrow:     narrowMonths,
	days:             [7]string{"Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"},
	daysShort:        [7]string{"So.", "Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa."},
	daysShortAlone:   &[7]string{"So", "Mo", "Di", "Mi", "Do", "Fr", "Sa"},
	daysNarrow:       [7]string{"S", "M", "D", "M", "D", "F", "S"},
	am:               "AM", pm: "PM",
	eras:       [3][2]string{{"v. Chr.", "n. Chr."}, {"v. Chr.", "n. Chr."}, {"v. Chr.", "n. Chr."}},
	hourCycle:  "h23",
	dateStyles: [4]string{"EEEE, d. MMMM y", "d. MMMM y", "dd.MM.y", "dd.MM.yy"},
	timeStyles: [4]string{"HH:mm:ss zzzz", "HH:mm:ss z", "HH:mm:ss", "HH:mm"},
	glue:       [4]string{"{1} 'um' {0}", "{1} 'um' {0}", "{1}, {0}", "{1}, {0}"},
	skeletons: table[string]{
		{"yM", "M/y"}, {"yMMM", "MMM y"}, {"yMMMM", "MMMM y"}, {"Md", "d.M."}, {"MMMd", "d. MMM"}, {"MMMMd", "d. MMMM"},
		{"yMd", "d.M.y"}, {"yMMMd", "d. MMM y"}, {"yMMMMd", "d. MMMM y"}, {"yMdE", "E, d.M.y"}, {"yMMMdE", "E, d. MMM y"},
		{"yMMMMdE", "E, d. MMMM y"}, {"MdE", "E, d.M."}, {"MMMdE", "E, d. MMM"}, {"MMMMdE", "E, d. MMMM"}, {"dE", "E, d."},
	},
	weekdayTime: table[string]{{"h2", "E {0}"}},
	zonedTime:   table[string]{{"Hms", "H:mm:ss"}, {"HmsLong", "H:mm:ss"}},
	hour24:      "HH 'Uhr'", hour12: "h\u202fa", utcLong: "Koordinierte Weltzeit", gmtFormat: "GMT", fraction: ",",
}

var frDates = &dateLocale{
	months:       [12]string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
	monthsShort:  [12]string{"janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."},
	monthsNarrow: narrowMonths,
	days:         [7]string{"dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"},
	daysShort:    [7]string{"dim.", "lun.", "mar.", "mer.", "jeu.", "ven.", "sam."},
	daysNarrow:   [7]string{"D", "L", "M", "M", "J", "V", "S"},
	am:           "AM", pm: "PM",
	eras:       [3][2]string{{"avant Jésus-Christ", "après Jésus-Christ"}, {"av. J.-C.", "ap. J.-C."}, {"av. J.-C.", "ap. J.-C."}},
	hourCycle:  "h23",
	dateStyles: [4]string{"EEEE d MMMM y", "d MMMM y", "d MMM y", "dd/MM/y"},
	timeStyles: [4]string{"HH:mm:ss zzzz", "HH:mm:ss z", "HH:mm:ss", "HH:mm"},
	glue:       [4]string{"{1} 'à' {0}", "{1} 'à' {0}", "{1}, {0}", "{1} {0}"},
	skeletons: table[string]{
		{"yM", "MM/y"}, {"yMMM", "MMM y"}, {"yMMMM", "MMMM y"}, {"Md", "dd/MM"}, {"MMMd", "d MMM"}, {"MMMMd", "d MMMM"},
		{"yMd", "dd/MM/y"}, {"yMMMd", "d MMM y"}, {"yMMMMd", "d MMMM y"}, {"yMdE", "E dd/MM/y"}, {"yMMMdE", "E d MMM y"},
		{"yMMMMdE", "E d MMMM y"}, {"MdE", "E dd/MM"}, {"MMMdE", "E d MMM"}, {"MMMMdE", "E d MMMM"}, {"dE", "E d"},
	},
	zonedTime: table[string]{{"Hms", "H:mm:ss"}, {"HmsLong", "H:mm:ss"}},
	hour24:    "HH 'h'", hour12: "h\u202fa", utcLong: "temps universel coordonné", gmtFormat: "UTC", fraction: ",",
}

var esDates = &dateLocale{
	months:       [12]string{"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"},
	monthsShort:  [12]string{"ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"},
	monthsNarrow: [12]string{"E", "F", "M", "A", "M", "J", "J", "A", "S", "O", "N", "D"},
	days:         [7]string{"domingo", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado"},
	daysShort:    [7]string{"dom", "lun", "mar", "mié", "jue", "vie", "sáb"},
	daysNarrow:   [7]string{"D", "L", "M", "X", "J", "V", "S"},
	am:           "a.\u202fm.", pm: "p.\u202fm.",
	eras:       [3][2]string{{"antes de Cristo", "después de Cristo"}, {"a. C.", "d. C."}, {"a. C.", "d. C."}},
	hourCycle:  "h23",
	dateStyles: [4]string{"EEEE, d 'de' MMMM 'de' y", "d 'de' MMMM 'de' y", "d MMM y", "d/M/yy"},
	timeStyles: [4]string{"H:mm:ss '('zzzz')'", "H:mm:ss z", "H:mm:ss", "H:mm"},
	glue:       [4]string{"{1}, {0}", "{1} 'a las' {0}", "{1}, {0}", "{1}, {0}"},
	skeletons: table[string]{
		{"yM", "M/y"}, {"yMMM", "MMM y"}, {"yMMMM", "MMMM 'de' y"}, {"Md", "d/M"}, {"MMMd", "d MMM"}, {"MMMMd", "d 'de' MMMM"},
		{"yMd", "d/M/y"}, {"yMMMd", "d MMM y"}, {"yMMMMd", "d 'de' MMMM 'de' y"}, {"yMdE", "E, d/M/y"}, {"yMMMdE", "E, d MMM y"},
		{"yMMMMdE", "E, d 'de' MMMM 'de' y"}, {"MdE", "E, d/M"}, {"MMMdE", "E, d MMM"}, {"MMMMdE", "E, d 'de' MMMM"}, {"dE", "E d"},
	},
	weekdayTime: table[string]{{"h1", "E {0}"}},
	zonedTime:   table[string]{{"H", "H 'h'"}},
	longZone:    "'('zzzz')'",
	hour24:      "H", hour12: "h\u202fa", utcLong: "tiempo universal coordinado", gmtFormat: "GMT", fraction: ",",
}

var jaDates = &dateLocale{
	months:       [12]string{"1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月"},
	monthsShort:  [12]string{"1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月"},
	monthsNarrow: [12]string{"1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月"},
	days:         [7]string{"日曜日", "月曜日", "火曜日", "水曜日", "木曜日", "金曜日", "土曜日"},
	daysShort:    [7]string{"日", "月", "火", "水", "木", "金", "土"},
	daysNarrow:   [7]string{"日", "月", "火", "水", "木", "金", "土"},
	am:           "午前", pm: "午後",
	eras:       [3][2]string{{"紀元前", "西暦"}, {"紀元前", "西暦"}, {"BC", "AD"}},
	hourCycle:  "h23",
	dateStyles: [4]string{"y年M月d日EEEE", "y年M月d日", "y/MM/dd", "y/MM/dd"},
	timeStyles: [4]string{"H時mm分ss秒 zzzz", "H:mm:ss z", "H:mm:ss", "H:mm"},
	glue:       [4]string{"{1} {0}", "{1} {0}", "{1} {0}", "{1} {0}"},
	skeletons: table[string]{
		{"y", "y年"}, {"M", "M月"}, {"MMM", "M月"}, {"MMMM", "M月"}, {"d", "d日"},
		{"yM", "y/M"}, {"yMMM", "y年M月"}, {"yMMMM", "y年M月"}, {"Md", "M/d"}, {"MMMd", "M月d日"}, {"MMMMd", "M月d日"},
		{"yMd", "y/M/d"}, {"yMMMd", "y年M月d日"}, {"yMMMMd", "y年M月d日"}, {"yMdE", "y/M/d(E)"}, {"yMMMdE", "y年M月d日(E)"},
		{"yMMMMdE", "y年M月d日EEEE"}, {"MdE", "M/d(E)"}, {"MMMdE", "M月d日(E)"}, {"MMMMdE", "M月d日EEEE"}, {"dE", "d日(E)"},
		{"dEEEE", "d日EEEE"}, {"MdEEEE", "M/dEEEE"}, {"yMdEEEE", "y/M/dEEEE"}, {"MMMdEEEE", "M月d日EEEE"}, {"yMMMdEEEE", "y年M月d日EEEE"},
		{"Gy", "Gy年"}, {"GyMd", "Gy/M/d"}, {"GyMMMd", "Gy年M月d日"}, {"GyMMMMd", "Gy年M月d日"},
	},
	weekdayTime: table[string]{{"h1", "{0} (E)"}, {"h2", "{0} (E)"}, {"h3", "{0} (E)"}, {"H2", "{0} (E)"}, {"H3", "{0} (E)"}},
	zonedTime:   table[string]{{"HmsLong", "H時mm分ss秒"}},
	hour24:      "H時", hour12: "aK時", periodFirst: true, utcLong: "協定世界時", gmtFormat: "GMT", fraction: ".",
}

var enWeekdayTime = table[string]{{"h1", "E {0}"}, {"h2", "E {0}"}, {"h3", "E {0}"}, {"H2", "E {0}"}, {"H3", "E {0}"}}

// enCADates is Canadian English: ISO-style numeric dates, "a.m."/"p.m.".
var enCADates = &dateLocale{
	months: enMonths, monthsShort: enMonthsShort, monthsNarrow: narrowMonths,
	days: enDays, daysShort: enDaysShort, daysNarrow: [7]string{"S", "M", "T", "W", "T", "F", "S"},
	am: "a.m.", pm: "p.m.", eras: enEras, hourCycle: "h12",
	dateStyles: [4]string{"EEEE, MMMM d, y", "MMMM d, y", "MMM d, y", "y-MM-dd"},
	timeStyles: [4]string{"h:mm:ss\u202fa zzzz", "h:mm:ss\u202fa z", "h:mm:ss\u202fa", "h:mm\u202fa"},
	glue:       [4]string{"{1} 'at' {0}", "{1} 'at' {0}", "{1}, {0}", "{1}, {0}"},
	skeletons: table[string]{
		{"yM", "y-MM"}, {"yMMM", "MMM y"}, {"yMMMM", "MMMM y"}, {"Md", "MM-dd"}, {"MMMd", "MMM d"}, {"MMMMd", "MMMM d"},
		{"yMd", "y-MM-dd"}, {"yMMMd", "MMM d, y"}, {"yMMMMd", "MMMM d, y"}, {"yMdE", "E, y-MM-dd"}, {"yMMMdE", "E, MMM d, y"},
		{"yMMMMdE", "E, MMMM d, y"}, {"MdE", "E, MM-dd"}, {"MMMdE", "E, MMM d"}, {"MMMMdE", "E, MMMM d"}, {"dE", "E d"},
		{"GyMd", "M/d/y G"},
	},
	weekdayTime: enWeekdayTime,
	hour24:      "HH", hour12: "h\u202fa", utcLong: "Coordinated Universal Time", gmtFormat: "GMT", fraction: ".",
}

// enAUDates is Australian English: day-first dates, "June", "July" and
// "Sept" as the abbreviations inside a date.
var enAUDates = &dateLocale{
	months:           enMonths,
	monthsShort:      [12]string{"Jan", "Feb", "Mar", "Apr", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"},
	monthsShortAlone: &enMonthsShort, monthsNarrow: narrowMonths,
	days: enDays, daysShort: enDaysShort, daysNarrow: [7]string{"S", "M", "T", "W", "T", "F", "S"},
	am: "am", pm: "pm", eras: enEras, hourCycle: "h12",
	dateStyles: [4]string{"EEEE, d MMMM y", "d MMMM y", "d MMM y", "d/M/yy"},
	timeStyles: [4]string{"h:mm:ss\u202fa zzzz", "h:mm:ss\u202fa z", "h:mm:ss\u202fa", "h:mm\u202fa"},
	glue:       [4]string{"{1} 'at' {0}", "{1} 'at' {0}", "{1}, {0}", "{1}, {0}"},
	skeletons: table[string]{
		{"yM", "MM/y"}, {"yMMM", "MMM y"}, {"yMMMM", "MMMM y"}, {"Md", "d/M"}, {"MMMd", "d MMM"}, {"MMMMd", "d MMMM"},
		{"yMd", "dd/MM/y"}, {"yMMMd", "d MMM y"}, {"yMMMMd", "d MMMM y"}, {"yMdE", "E, dd/MM/y"}, {"yMMMdE", "E, d MMM y"},
		{"yMMMMdE", "E d MMMM y"}, {"MdE", "E, d/M"}, {"MMMdE", "E, d MMM"}, {"MMMMdE", "E d MMMM"}, {"dE", "E d"},
		{"yMMMdEEEE", "EEEE d MMM y"}, {"yMMMMdEEEE", "EEEE d MMMM y"}, {"GyMd", "dd/MM/y G"},
	},
	weekdayTime: enWeekdayTime,
	hour24:      "HH", hour12: "h\u202fa", utcLong: "Coordinated Universal Time", gmtFormat: "GMT", fraction: ".",
}

// enINDates is Indian English: day-first dates, 12-hour times.
var enINDates = &dateLocale{
	months: enMonths, monthsShort: enGBMonthsShort, monthsNarrow: narrowMonths,
	days: enDays, daysShort: enDaysShort, daysNarrow: [7]string{"S", "M", "T", "W", "T", "F", "S"},
	am: "am", pm: "pm", eras: enEras, hourCycle: "h12",
	dateStyles: [4]string{"EEEE, d MMMM y", "d MMMM y", "d MMM y", "dd/MM/yy"},
	timeStyles: [4]string{"h:mm:ss\u202fa zzzz", "h:mm:ss\u202fa z", "h:mm:ss\u202fa", "h:mm\u202fa"},
	glue:       [4]string{"{1} 'at' {0}", "{1} 'at' {0}", "{1}, {0}", "{1}, {0}"},
	skeletons: table[string]{
		{"yM", "MM/y"}, {"yMMM", "MMM y"}, {"yMMMM", "MMMM y"}, {"Md", "dd/MM"}, {"MMMd", "d MMM"}, {"MMMMd", "d MMMM"},
		{"yMd", "d/M/y"}, {"yMMMd", "d MMM y"}, {"yMMMMd", "d MMMM y"}, {"yMdE", "E, d/M/y"}, {"yMMMdE", "E, d MMM, y"},
		{"yMMMMdE", "E, d MMMM y"}, {"MdE", "E, dd/MM"}, {"MMMdE", "E, d MMM"}, {"MMMMdE", "E, d MMMM"}, {"dE", "E d"},
		{"yMMMdEEEE", "EEEE, d MMM y"}, {"GyMd", "dd/MM/y G"},
	},
	weekdayTime: enWeekdayTime,
	hour24:      "HH", hour12: "h\u202fa", utcLong: "Coordinated Universal Time", gmtFormat: "GMT", fraction: ".",
}

// dateLocaleFor picks the table for a resolved locale: English outside
// Britain follows en-US (close enough for the regions Kiln is asked
// about), the other languages have one table each.
func dateLocaleFor(locale string) *dateLocale {
	base, _ := localeParts(locale)
	switch base {
	case "en-GB", "en-CA", "en-AU", "en-IN":
		return handDateLocale(base)
	}
	for _, k := range numberKeys(base) {
		if formattingAvailable(k) {
			break // a hand-written language
		}
		if d := generatedDateLocale(k); d != nil {
			return d
		}
	}
	return handDateLocale(base)
}

// dateAvailable is the available-locales test of DateTimeFormat: the
// hand-written languages and the generated ones.
func dateAvailable(lang string) bool {
	if formattingAvailable(lang) {
		return true
	}
	_, ok := dateNames.get("t:" + lang)
	return ok
}

// generatedDateLocale unpacks the row of dateNames for a locale (nil
// when there is none), filling a region's inherited fields from its
// language's row. The fields: long, short and narrow months, long and
// short stand-alone months ("" when the same), long, short and narrow
// weekdays, short stand-alone weekdays, am, pm, the eras (long, short,
// narrow; BC then AD), the hour cycle, the date and time styles, the glue,
// the skeletons, the weekday-with-time patterns, the 24- and 12-hour hour
// patterns, whether the period comes first, the long name of UTC, the
// offset prefix, the fraction separator, the long stand-alone weekdays
// ("" when the same), the flexible day periods (see dayPeriods), and the
// long and short months shown by themselves.
func generatedDateLocale(key string) *dateLocale {
	if d, ok := generatedDates.Load(key); ok {
		c := *d.(*dateLocale)
		return &c
	}
	d := unpackDateLocale(key)
	if d == nil {
		return nil
	}
	generatedDates.Store(key, d)
	c := *d
	return &c
}

// generatedDates keeps the unpacked rows, which toLocaleString would
// otherwise unpack at every call; callers get a copy they may change.
var generatedDates sync.Map

func unpackDateLocale(key string) *dateLocale {
	f := dateRow(key)
	if len(f) < 28 {
		return nil
	}
	list := func(s string) []string { return strings.Split(s, "\x02") }
	d := &dateLocale{am: f[9], pm: f[10], hourCycle: f[12], hour24: f[18], hour12: f[19], periodFirst: f[20] == "1",
		utcLong: f[21], gmtFormat: f[22], fraction: f[23]}
	copy(d.months[:], list(f[0]))
	copy(d.monthsShort[:], list(f[1]))
	copy(d.monthsNarrow[:], list(f[2]))
	months := func(i int) *[12]string {
		if f[i] == "" {
			return nil
		}
		m := new([12]string)
		copy(m[:], list(f[i]))
		return m
	}
	d.monthsL, d.monthsShortL = months(3), months(4)
	d.monthsAlone, d.monthsShortAlone = months(26), months(27)
	d.dayPeriods = f[25]
	copy(d.days[:], list(f[5]))
	copy(d.daysShort[:], list(f[6]))
	copy(d.daysNarrow[:], list(f[7]))
	if f[8] != "" {
		d.daysShortAlone = new([7]string)
		copy(d.daysShortAlone[:], list(f[8]))
	}
	if f[24] != "" {
		d.daysAlone = new([7]string)
		copy(d.daysAlone[:], list(f[24]))
	}
	eras := list(f[11])
	for i := 0; i < 3 && 2*i+1 < len(eras); i++ {
		d.eras[i] = [2]string{eras[2*i], eras[2*i+1]}
	}
	copy(d.dateStyles[:], list(f[13]))
	copy(d.timeStyles[:], list(f[14]))
	copy(d.glue[:], list(f[15]))
	d.skeletons = pairs(f[16])
	d.weekdayTime = pairs(f[17])
	return d
}

// dateRow is the fields of a locale's row, those it inherits filled in
// from its parent's: "zh-Hant-HK" from "zh-Hant", that from "zh".
func dateRow(key string) []string {
	row, ok := dateNames.get("t:" + key)
	if !ok {
		return nil
	}
	f := strings.Split(row, "\x01")
	if !strings.Contains(row, "\x06") {
		return f
	}
	parts := strings.Split(key, "-")
	parent := parts[0]
	if len(parts) > 2 {
		if _, ok := dateNames.get("t:" + parts[0] + "-" + parts[1]); ok {
			parent = parts[0] + "-" + parts[1]
		}
	}
	pf := dateRow(parent)
	for i := range f {
		if f[i] == "\x06" && i < len(pf) {
			f[i] = pf[i]
		}
	}
	return f
}

// pairs reads "key\x03value" entries joined by \x02.
func pairs(s string) table[string] {
	var t table[string]
	for _, e := range strings.Split(s, "\x02") {
		if k, v, ok := strings.Cut(e, "\x03"); ok {
			t = append(t, entry[string]{k, v})
		}
	}
	return t
}

// handDateLocale is the hand-written table for a locale: English outside
// the languages written down.
func handDateLocale(base string) *dateLocale {
	switch languageOf(base) {
	case "de":
		return deDates
	case "fr":
		return frDates
	case "es":
		return esDates
	case "ja":
		return jaDates
	}
	switch base {
	case "en-GB":
		return enGBDates
	case "en-CA":
		return enCADates
	case "en-AU":
		return enAUDates
	case "en-IN":
		return enINDates
	}
	return enUSDates
}
