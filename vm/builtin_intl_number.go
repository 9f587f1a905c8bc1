package vm

import (
	"math"
	"math/big"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/kilnjs/kiln/gc"
)

// Intl.NumberFormat (ECMA-402 §15) and Number/BigInt.prototype.
// toLocaleString through it (§20.2.1, §20.3.1).
//
// Numbers are formatted as ICU does: from the shortest decimal string that
// round-trips the double (so 1.005 rounds to "1.01" at two digits, not to
// the binary value's "1.00"), rounded in decimal by the rounding mode.

// numberLocale is one locale's number symbols and patterns, written down
// from CLDR.
type numberLocale struct {
	decimal, group string
	minGrouping    int    // CLDR minimumGroupingDigits (Spanish: 2)
	secondaryGroup int    // size of the groups left of the first (Indian "12,34,567": 2); 0 means 3
	percentSpace   string // between the number and "%"
	currencyAfter  bool   // "1.234,50 €" rather than "€1,234.50"
	nameSpace      string // between the number and a currency name
	symbols        table[string]
	// symbolsOver are this locale's symbols where they differ from
	// symbols, which it shares with another locale.
	symbolsOver  table[string]
	names        table[string] // plural currency names
	compactShort []compactForm
	compactLong  []compactForm

	// The generated locales (see generatedNumberLocale) also have these.
	minus, plus, percent           string
	currencyDecimal, currencyGroup string
	// Percents and currency amounts may group otherwise (Bengali, Marathi).
	percentSecondary, currencySecondary int
	// Patterns: numPattern marks the number, the sign, the currency and
	// the percent sign; other text is literal. The hand-written locales
	// have none and are laid out by formatParts itself.
	signPattern, percentPattern, percentNegPattern, currencyPattern, currencyNegPattern string
	accountingPattern                                                                   string
	rangeSeparator, approximately                                                       string
	// symbolKeys are the locales whose currency symbols apply, the most
	// specific first.
	symbolKeys []string
	nu         string // the default numbering system
}

// The marks of a generated pattern (gen_intl_numbers.js writes them).
const (
	numPattern      = '\x02'
	currencyPattern = '\x03'
	signPattern     = '\x04'
	percentPattern  = '\x05'
)

// compactForm is the compact pattern for numbers of at least 10^from:
// divided by 10^div and followed by suffix (div 0: not compacted).
type compactForm struct {
	from, div int
	suffix    string
}

// enCurrencySymbols are CLDR's English symbols for the currencies that have
// one; the rest print as their ISO code.
var enCurrencySymbols = table[string]{{"USD", "$"}, {"EUR", "€"}, {"GBP", "£"}, {"JPY", "¥"}, {"INR", "₹"},
	{"CNY", "CN¥"}, {"KRW", "₩"}, {"CAD", "CA$"}, {"AUD", "A$"}, {"MXN", "MX$"}, {"BRL", "R$"}, {"ILS", "₪"}, {"NZD", "NZ$"},
	{"HKD", "HK$"}, {"TWD", "NT$"}, {"VND", "₫"}, {"PHP", "₱"}, {"XAF", "FCFA"}, {"XOF", "F\u202fCFA"}}

var enCurrencyNames = table[string]{{"USD", "US dollars"}, {"EUR", "euros"}, {"GBP", "British pounds"},
	{"JPY", "Japanese yen"}, {"INR", "Indian rupees"}, {"CNY", "Chinese yuan"}, {"KRW", "South Korean won"},
	{"CAD", "Canadian dollars"}, {"AUD", "Australian dollars"}, {"MXN", "Mexican pesos"}, {"BRL", "Brazilian reals"},
	{"CHF", "Swiss francs"}, {"ILS", "Israeli new shekels"}, {"RUB", "Russian rubles"}, {"SEK", "Swedish kronor"},
	{"NZD", "New Zealand dollars"}, {"HKD", "Hong Kong dollars"}, {"SGD", "Singapore dollars"},
	{"TWD", "New Taiwan dollars"}, {"VND", "Vietnamese dong"}, {"PHP", "Philippine pesos"}, {"THB", "Thai baht"},
	{"ZAR", "South African rand"}, {"TRY", "Turkish Lira"}, {"PLN", "Polish zlotys"}, {"NGN", "Nigerian nairas"},
	{"UAH", "Ukrainian hryvnias"}, {"NOK", "Norwegian kroner"}, {"DKK", "Danish kroner"},
	{"XOF", "West African CFA francs"}, {"XAF", "Central African CFA francs"}}

var enNumbers = &numberLocale{
	decimal: ".", group: ",", minGrouping: 1, nameSpace: " ",
	symbols:      enCurrencySymbols,
	names:        enCurrencyNames,
	compactShort: []compactForm{{3, 3, "K"}, {6, 6, "M"}, {9, 9, "B"}, {12, 12, "T"}},
	compactLong:  enCompactLong,
}

var enCompactLong = []compactForm{{3, 3, " thousand"}, {6, 6, " million"}, {9, 9, " billion"}, {12, 12, " trillion"}}

var enGBNumbers = &numberLocale{
	decimal: ".", group: ",", minGrouping: 1, nameSpace: " ",
	symbols:      enCurrencySymbols,
	symbolsOver:  table[string]{{"USD", "US$"}, {"JPY", "JP¥"}},
	names:        enCurrencyNames,
	compactShort: []compactForm{{3, 3, "k"}, {6, 6, "m"}, {9, 9, "bn"}, {12, 12, "tn"}},
	compactLong:  enCompactLong,
}

// enINNumbers groups in lakhs and crores, and compacts with them.
var enINNumbers = &numberLocale{
	decimal: ".", group: ",", minGrouping: 1, secondaryGroup: 2, nameSpace: " ",
	symbols:      enCurrencySymbols,
	symbolsOver:  table[string]{{"JPY", "JP¥"}},
	names:        enCurrencyNames,
	compactShort: []compactForm{{3, 3, "K"}, {5, 5, "L"}, {7, 7, "Cr"}, {10, 10, "KCr"}, {12, 12, "LCr"}},
	compactLong: []compactForm{{3, 3, " thousand"}, {5, 5, "\u202flakh"}, {7, 7, "\u202fcrore"},
		{12, 12, "\u202flakh\u202fcrore"}},
}

var deNumbers = &numberLocale{
	decimal: ",", group: ".", minGrouping: 1, percentSpace: "\u00a0", currencyAfter: true, nameSpace: " ",
	symbols:      table[string]{{"USD", "$"}, {"EUR", "€"}, {"GBP", "£"}, {"JPY", "¥"}},
	names:        table[string]{{"USD", "US-Dollar"}, {"EUR", "Euro"}, {"GBP", "Britische Pfund"}, {"JPY", "Japanische Yen"}},
	compactShort: []compactForm{{3, 0, ""}, {6, 6, "\u00a0Mio."}, {9, 9, "\u00a0Mrd."}, {12, 12, "\u00a0Bio."}},
	compactLong:  []compactForm{{3, 3, " Tausend"}, {6, 6, " Millionen"}, {9, 9, " Milliarden"}, {12, 12, " Billionen"}},
}

var frNumbers = &numberLocale{
	decimal: ",", group: "\u202f", minGrouping: 1, percentSpace: "\u00a0", currencyAfter: true, nameSpace: " ",
	symbols:      table[string]{{"USD", "$US"}, {"EUR", "€"}, {"GBP", "£GB"}, {"JPY", "JPY"}},
	names:        table[string]{{"USD", "dollars des États-Unis"}, {"EUR", "euros"}, {"GBP", "livres sterling"}, {"JPY", "yens japonais"}},
	compactShort: []compactForm{{3, 3, "\u00a0k"}, {6, 6, "\u00a0M"}, {9, 9, "\u00a0Md"}, {12, 12, "\u00a0Bn"}},
	compactLong:  []compactForm{{3, 3, " mille"}, {6, 6, " millions"}, {9, 9, " milliards"}, {12, 12, " billions"}},
}

var esNumbers = &numberLocale{
	decimal: ",", group: ".", minGrouping: 2, percentSpace: "\u00a0", currencyAfter: true, nameSpace: " ",
	symbols:      table[string]{{"USD", "US$"}, {"EUR", "€"}, {"GBP", "GBP"}, {"JPY", "JPY"}},
	names:        table[string]{{"USD", "dólares estadounidenses"}, {"EUR", "euros"}, {"GBP", "libras esterlinas"}, {"JPY", "yenes"}},
	compactShort: []compactForm{{3, 3, "\u00a0mil"}, {6, 6, "\u00a0M"}, {9, 9, "\u00a0mil\u00a0M"}, {12, 12, "\u00a0B"}},
	compactLong:  []compactForm{{3, 3, " mil"}, {6, 6, " millones"}, {9, 9, " mil millones"}, {12, 12, " billones"}},
}

var jaNumbers = &numberLocale{
	decimal: ".", group: ",", minGrouping: 1,
	symbols:      table[string]{{"USD", "$"}, {"EUR", "€"}, {"GBP", "£"}, {"JPY", "￥"}},
	names:        table[string]{{"USD", "米ドル"}, {"EUR", "ユーロ"}, {"GBP", "英国ポンド"}, {"JPY", "円"}},
	compactShort: []compactForm{{3, 0, ""}, {4, 4, "万"}, {8, 8, "億"}, {12, 12, "兆"}},
	compactLong:  []compactForm{{3, 0, ""}, {4, 4, "万"}, {8, 8, "億"}, {12, 12, "兆"}},
}

// numberLocaleFor picks the data for a resolved locale and numbering
// system ("" for the locale's own): a generated table (intl_numbers_node.go)
// where there is one for the tag, its language, or the numbering system,
// else a hand-written one.
func numberLocaleFor(locale, nu string) *numberLocale {
	base, _ := localeParts(locale)
	key := base + "/" + nu
	if d, ok := numberLocales.Load(key); ok {
		return d.(*numberLocale)
	}
	d := findNumberLocale(base, nu)
	numberLocales.Store(key, d)
	return d
}

// numberLocales keeps numberLocaleFor's answers, which are not changed
// after: toLocaleString would otherwise unpack a row at every call.
var numberLocales sync.Map

func findNumberLocale(base, nu string) *numberLocale {
	keys := numberKeys(base)
	d := handNumberLocale(base)
	for _, k := range keys {
		if row, ok := numberNames.get("n:" + k); ok {
			d = generatedNumberLocale(row, keys)
			break
		}
	}
	if nu == "" || nu == d.system() {
		return d
	}
	for _, k := range keys {
		if row, ok := numberNames.get("n:" + k + "/" + nu); ok {
			return generatedNumberLocale(row, keys)
		}
	}
	row, _ := numberNames.get("n:/" + nu)
	other := generatedNumberLocale(row, keys)
	if other.decimal == "." && other.group == "," && other.minus == "-" {
		// Systems whose symbols are the Latin ones (thai, deva, ...) keep
		// the locale's symbols and change only the digits.
		c := *d
		c.nu = nu
		return &c
	}
	if d.signPattern != "" {
		// The locale's patterns with the system's symbols (it-u-nu-arab).
		c := *d
		c.nu, c.decimal, c.group, c.minus, c.plus, c.percent = nu, other.decimal, other.group, other.minus, other.plus, other.percent
		c.currencyDecimal, c.currencyGroup = other.currencyDecimal, other.currencyGroup
		c.signPattern, c.percentPattern, c.percentNegPattern = other.signPattern, other.percentPattern, other.percentNegPattern
		// The system's sign carries its marks into the currency pattern
		// ("\u061c-" in arab).
		sign, _, _ := strings.Cut(other.signPattern, string(numPattern))
		c.currencyNegPattern = strings.Replace(d.currencyNegPattern, string(signPattern), sign, 1)
		return &c
	}
	return other
}

// system is the locale's default numbering system.
func (d *numberLocale) system() string {
	if d.nu == "" {
		return "latn"
	}
	return d.nu
}

// numberKeys are the generated tables that may hold a locale's data, the
// most specific first: the tag, without its script, without its region.
func numberKeys(base string) []string {
	parts := strings.Split(base, "-")
	keys := []string{base}
	add := func(k string) {
		if !slices.Contains(keys, k) {
			keys = append(keys, k)
		}
	}
	if len(parts) > 2 {
		add(parts[0] + "-" + parts[2])
		add(parts[0] + "-" + parts[1])
	}
	add(parts[0])
	return keys
}

// numberSystemDigits is a numbering system's ten digits, "" for latn or
// one Kiln does not have.
func numberSystemDigits(nu string) string {
	if nu == "latn" {
		return ""
	}
	d, _ := numberNames.get("d:" + nu)
	return d
}

// generatedNumberLocale unpacks a row of numberNames: the numbering
// system, decimal and group separators, minimum grouping digits, the
// secondary group size, the minus, plus and percent signs, the negative,
// percent, negative percent, currency and negative currency patterns, the
// short and long compact forms, the decimal and group separators of
// currency amounts, the secondary group sizes of percents and currency
// amounts, the negative accounting pattern, and formatRange's separator
// and approximately sign.
func generatedNumberLocale(row string, keys []string) *numberLocale {
	f := strings.Split(row, "\x01")
	if len(f) < 22 {
		return enNumbers
	}
	minGroup, _ := strconv.Atoi(f[3])
	secondary, _ := strconv.Atoi(f[4])
	return &numberLocale{
		nu: f[0], decimal: f[1], group: f[2], minGrouping: minGroup, secondaryGroup: secondary, nameSpace: " ",
		minus: f[5], plus: f[6], percent: f[7], signPattern: f[8], percentPattern: f[9], percentNegPattern: f[10],
		currencyPattern: f[11], currencyNegPattern: f[12], compactShort: compactFormsOf(f[13]),
		compactLong: compactFormsOf(f[14]), currencyDecimal: f[15], currencyGroup: f[16], symbolKeys: keys,
		percentSecondary: atoi(f[17]), currencySecondary: atoi(f[18]), accountingPattern: f[19],
		rangeSeparator: f[20], approximately: f[21],
	}
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// compactPlural picks a long compact word for the plural category of the
// number shown (num's parts): forms is "category=suffix" entries joined by
// \x07, for the categories whose word is not main.
func compactPlural(locale string, num []numPart, main, forms string) string {
	var shown strings.Builder
	for _, p := range num {
		switch p.typ {
		case "integer":
			shown.WriteString(p.value)
		case "fraction":
			shown.WriteString("." + p.value)
		}
	}
	cat := (&pluralRules{locale: locale, typ: "cardinal"}).selectString(shown.String())
	for _, form := range strings.Split(forms, "\x07") {
		if c, suffix, _ := strings.Cut(form, "="); c == cat {
			return suffix
		}
	}
	return main
}

// compactFormsOf reads "from div suffix" forms joined by \x03.
func compactFormsOf(s string) []compactForm {
	var out []compactForm
	for _, form := range strings.Split(s, "\x03") {
		from, rest, _ := strings.Cut(form, " ")
		div, suffix, _ := strings.Cut(rest, " ")
		a, _ := strconv.Atoi(from)
		b, _ := strconv.Atoi(div)
		out = append(out, compactForm{a, b, suffix})
	}
	return out
}

// handNumberLocale is the hand-written table for a locale: English outside
// the languages written down.
func handNumberLocale(base string) *numberLocale {
	switch languageOf(base) {
	case "de":
		return deNumbers
	case "fr":
		return frNumbers
	case "es":
		return esNumbers
	case "ja":
		return jaNumbers
	}
	switch base {
	case "en-GB":
		return enGBNumbers
	case "en-IN":
		return enINNumbers
	}
	return enNumbers
}

// currencyDigits is ECMA-402 §15.1.8 CurrencyDigits as V8 answers it,
// from CLDR's currency data rather than ISO 4217's minor units (HUF and
// IDR have none), for the currencies that have none or three.
func currencyDigits(code string) int {
	switch code {
	case "AFN", "ALL", "BIF", "CLP", "COP", "DJF", "GNF", "HUF", "IDR", "IQD", "IRR", "ISK", "JPY", "KMF", "KPW", "KRW",
		"LAK", "LBP", "MGA", "MMK", "PKR", "PYG", "RWF", "SLL", "SOS", "SYP", "UGX", "VND", "VUV", "XAF", "XOF", "XPF", "YER":
		return 0
	case "BHD", "JOD", "KWD", "LYD", "OMR", "TND":
		return 3
	}
	return 2
}

// unitForms are CLDR's English short, long (plural, singular) and narrow
// forms of the sanctioned simple units Kiln formats; "{0}" is the number.
var unitForms = table[[4]string]{
	{"kilometer-per-hour", [4]string{"{0} km/h", "{0} kilometers per hour", "{0} kilometer per hour", "{0}km/h"}},
	{"mile-per-hour", [4]string{"{0} mph", "{0} miles per hour", "{0} mile per hour", "{0}mph"}},
	{"liter", [4]string{"{0} L", "{0} liters", "{0} liter", "{0}L"}},
	{"meter", [4]string{"{0} m", "{0} meters", "{0} meter", "{0}m"}},
	{"kilometer", [4]string{"{0} km", "{0} kilometers", "{0} kilometer", "{0}km"}},
	{"centimeter", [4]string{"{0} cm", "{0} centimeters", "{0} centimeter", "{0}cm"}},
	{"mile", [4]string{"{0} mi", "{0} miles", "{0} mile", "{0}mi"}},
	{"foot", [4]string{"{0} ft", "{0} feet", "{0} foot", "{0}′"}},
	{"inch", [4]string{"{0} in", "{0} inches", "{0} inch", "{0}″"}},
	{"kilogram", [4]string{"{0} kg", "{0} kilograms", "{0} kilogram", "{0}kg"}},
	{"gram", [4]string{"{0} g", "{0} grams", "{0} gram", "{0}g"}},
	{"pound", [4]string{"{0} lb", "{0} pounds", "{0} pound", "{0}#"}},
	{"second", [4]string{"{0} sec", "{0} seconds", "{0} second", "{0}s"}},
	{"minute", [4]string{"{0} min", "{0} minutes", "{0} minute", "{0}m"}},
	{"hour", [4]string{"{0} hr", "{0} hours", "{0} hour", "{0}h"}},
	{"day", [4]string{"{0} days", "{0} days", "{0} day", "{0}d"}},
	{"percent", [4]string{"{0}%", "{0} percent", "{0} percent", "{0}%"}},
	{"byte", [4]string{"{0} byte", "{0} bytes", "{0} byte", "{0}B"}},
	{"kilobyte", [4]string{"{0} kB", "{0} kilobytes", "{0} kilobyte", "{0}kB"}},
	{"megabyte", [4]string{"{0} MB", "{0} megabytes", "{0} megabyte", "{0}MB"}},
	{"gigabyte", [4]string{"{0} GB", "{0} gigabytes", "{0} gigabyte", "{0}GB"}},
	{"celsius", [4]string{"{0}°C", "{0} degrees Celsius", "{0} degree Celsius", "{0}°C"}},
	{"fahrenheit", [4]string{"{0}°F", "{0} degrees Fahrenheit", "{0} degree Fahrenheit", "{0}°"}},
	{"mile-per-gallon", [4]string{"{0} mpg", "{0} miles per gallon", "{0} mile per gallon", "{0}mpg"}},
	{"acre", [4]string{"{0} ac", "{0} acres", "{0} acre", "{0}ac"}},
	{"bit", [4]string{"{0} bit", "{0} bits", "{0} bit", "{0}bit"}},
	{"degree", [4]string{"{0} deg", "{0} degrees", "{0} degree", "{0}°"}},
	{"fluid-ounce", [4]string{"{0} fl oz", "{0} fluid ounces", "{0} fluid ounce", "{0}fl oz"}},
	{"gallon", [4]string{"{0} gal", "{0} gallons", "{0} gallon", "{0}gal"}},
	{"gigabit", [4]string{"{0} Gb", "{0} gigabits", "{0} gigabit", "{0}Gb"}},
	{"hectare", [4]string{"{0} ha", "{0} hectares", "{0} hectare", "{0}ha"}},
	{"kilobit", [4]string{"{0} kb", "{0} kilobits", "{0} kilobit", "{0}kb"}},
	{"megabit", [4]string{"{0} Mb", "{0} megabits", "{0} megabit", "{0}Mb"}},
	{"microsecond", [4]string{"{0} μs", "{0} microseconds", "{0} microsecond", "{0}μs"}},
	{"mile-scandinavian", [4]string{"{0} smi", "{0} miles-scandinavian", "{0} mile-scandinavian", "{0}smi"}},
	{"milliliter", [4]string{"{0} mL", "{0} milliliters", "{0} milliliter", "{0}mL"}},
	{"millimeter", [4]string{"{0} mm", "{0} millimeters", "{0} millimeter", "{0}mm"}},
	{"millisecond", [4]string{"{0} ms", "{0} milliseconds", "{0} millisecond", "{0}ms"}},
	{"month", [4]string{"{0} mths", "{0} months", "{0} month", "{0}m"}},
	{"nanosecond", [4]string{"{0} ns", "{0} nanoseconds", "{0} nanosecond", "{0}ns"}},
	{"ounce", [4]string{"{0} oz", "{0} ounces", "{0} ounce", "{0}oz"}},
	{"petabyte", [4]string{"{0} PB", "{0} petabytes", "{0} petabyte", "{0}PB"}},
	{"stone", [4]string{"{0} st", "{0} stones", "{0} stone", "{0}st"}},
	{"terabit", [4]string{"{0} Tb", "{0} terabits", "{0} terabit", "{0}Tb"}},
	{"terabyte", [4]string{"{0} TB", "{0} terabytes", "{0} terabyte", "{0}TB"}},
	{"week", [4]string{"{0} wks", "{0} weeks", "{0} week", "{0}w"}},
	{"yard", [4]string{"{0} yd", "{0} yards", "{0} yard", "{0}yd"}},
	{"year", [4]string{"{0} yrs", "{0} years", "{0} year", "{0}y"}},
}

// unitShortOne is the short form of 1 where English has a singular one.
var unitShortOne = table[string]{{"day", "{0} day"}, {"week", "{0} wk"}, {"month", "{0} mth"}, {"year", "{0} yr"}}

// perUnitSymbols are the short and narrow forms of a unit after "/" in a
// compound unit ("kB/s"), where they are not the unit's own symbol.
var perUnitSymbols = table[[2]string]{
	{"second", [2]string{"s", "s"}}, {"minute", [2]string{"min", "min"}}, {"hour", [2]string{"h", "h"}}, {"day", [2]string{"d", "d"}}, {"week", [2]string{"w", "w"}},
	{"month", [2]string{"m", "m"}}, {"year", [2]string{"y", "y"}}, {"gallon", [2]string{"gal US", "gal"}}, {"byte", [2]string{"byte", "B"}},
}

// unitFormsFor is a unit's forms: from the table, or built for a compound
// "X-per-Y" of two simple units as CLDR's per-unit patterns do.
func unitFormsFor(unit string) ([4]string, bool) {
	if f, ok := unitForms.get(unit); ok {
		return f, true
	}
	num, den, ok := strings.Cut(unit, "-per-")
	nf, ok1 := unitForms.get(num)
	df, ok2 := unitForms.get(den)
	if !ok || !ok1 || !ok2 || strings.Contains(num, "-per-") || strings.Contains(den, "-per-") {
		return [4]string{}, false
	}
	sym, _ := perUnitSymbols.get(den)
	if sym[0] == "" {
		short := strings.TrimSpace(strings.Replace(df[0], "{0}", "", 1))
		sym = [2]string{short, short}
	}
	name := strings.TrimPrefix(df[2], "{0} ")
	return [4]string{nf[0] + "/" + sym[0], nf[1] + " per " + name, nf[2] + " per " + name, nf[3] + "/" + sym[1]}, true
}

func unitIdentifiers() []string {
	var out []string
	for _, e := range unitForms {
		if !strings.Contains(e.k, "-per-") {
			out = append(out, e.k)
		}
	}
	sort.Strings(out)
	return out
}

// numberFormat holds the internal slots of an Intl.NumberFormat (§15.4).
// The bound format function is in the object's v0 slot.
type numberFormat struct {
	locale                                  string
	data                                    *numberLocale
	style                                   string
	currency, currencyDisplay, currencySign string
	unit, unitDisplay                       string
	notation, compactDisplay                string
	minInt, minFD, maxFD, minSD, maxSD      int
	roundingType                            string // fractionDigits, significantDigits, morePrecision, lessPrecision
	roundingPriority                        string
	roundingMode                            string
	roundingIncrement                       int
	trailingZeroDisplay                     string
	useGrouping                             string // "always", "auto", "min2" or "false"
	signDisplay                             string
	nu, digits                              string // the numbering system and its digits ("" for latn)
	approx                                  bool   // formatRange's equal ends: an approximately sign leads
}

// numberAvailable is the available-locales test of NumberFormat and
// DateTimeFormat: the hand-written languages and the generated ones.
func numberAvailable(lang string) bool {
	if formattingAvailable(lang) {
		return true
	}
	_, ok := numberNames.get("n:" + lang)
	return ok
}

// resolveNumberingSystem is ResolveLocale for a service with a "nu" key:
// the locale keeps -u-nu- when Kiln has its digits and the
// numberingSystem option (opt) does not ask for other ones, which it gets
// instead when Kiln has them. It returns the locale and the numbering
// system asked for ("" for the locale's default).
func resolveNumberingSystem(requested []string, available func(string) bool, opt string, relevant ...string) (string, string) {
	locale, ext := resolveLocale(requested, available, append(relevant, "nu")...)
	nu, asked := ext["nu"]
	if asked && !numberSystemKnown(nu) || opt != "" && opt != nu && numberSystemKnown(opt) {
		locale = dropExtension(locale, "nu", nu)
		nu = ""
	}
	if opt != "" && numberSystemKnown(opt) {
		nu = opt
	}
	return locale, nu
}

func numberSystemKnown(nu string) bool { return nu == "latn" || numberSystemDigits(nu) != "" }

// dropExtension removes a key and its value from a resolved locale's
// Unicode extension (and the extension once it is empty).
func dropExtension(locale, key, value string) string {
	kv := "-" + key
	if value != "" {
		kv += "-" + value
	}
	locale = strings.Replace(locale, kv, "", 1)
	return strings.TrimSuffix(locale, "-u")
}

var roundingModes = []string{"ceil", "floor", "expand", "trunc", "halfCeil", "halfFloor", "halfExpand", "halfTrunc", "halfEven"}

// createNumberFormat is ECMA-402 §15.1.2 InitializeNumberFormat.
func (rt *Runtime) createNumberFormat(locales, options Value) *numberFormat {
	const method = "Intl.NumberFormat"
	requested := rt.canonicalizeLocaleList(locales)
	opts := rt.coerceOptions(options)
	rt.Keep(opts)
	rt.stringOption(opts, "localeMatcher", []string{"lookup", "best fit"}, "best fit", method)
	nu := rt.stringOption(opts, "numberingSystem", nil, "", method)
	if nu != "" && !isUnicodeType(nu) {
		rt.throwRangeError("Invalid numberingSystem : %s", nu)
	}
	f := &numberFormat{}
	f.locale, f.nu = resolveNumberingSystem(requested, numberAvailable, nu)
	f.data = numberLocaleFor(f.locale, f.nu)
	f.nu = f.data.system()
	f.digits = numberSystemDigits(f.nu)

	// §15.1.4 SetNumberFormatUnitOptions
	f.style = rt.stringOption(opts, "style", []string{"decimal", "percent", "currency", "unit"}, "decimal", method)
	currency := rt.stringOption(opts, "currency", nil, "", method)
	if currency != "" && !isCurrencyCode(currency) {
		rt.throwRangeError("Invalid currency code : %s", currency)
	}
	f.currencyDisplay = rt.stringOption(opts, "currencyDisplay", []string{"code", "symbol", "narrowSymbol", "name"}, "symbol", method)
	f.currencySign = rt.stringOption(opts, "currencySign", []string{"standard", "accounting"}, "standard", method)
	unit := rt.stringOption(opts, "unit", nil, "", method)
	if unit != "" {
		if _, ok := unitFormsFor(unit); !ok {
			rt.throwRangeError("Invalid unit argument for Intl.NumberFormat() '%s'", unit)
		}
	}
	f.unitDisplay = rt.stringOption(opts, "unitDisplay", []string{"short", "narrow", "long"}, "short", method)
	switch f.style {
	case "currency":
		if currency == "" {
			rt.throwTypeError("Currency code is required with currency style.")
		}
		f.currency = strings.ToUpper(currency)
	case "unit":
		if unit == "" {
			rt.throwTypeError("Invalid unit argument for Intl.NumberFormat() ''")
		}
		f.unit = unit
	}

	f.notation = rt.stringOption(opts, "notation", []string{"standard", "scientific", "engineering", "compact"}, "standard", method)
	// §15.1.3 SetNumberFormatDigitOptions
	mnfdDefault, mxfdDefault := 0, 3
	switch {
	case f.style == "currency" && f.notation == "standard":
		mnfdDefault = currencyDigits(f.currency)
		mxfdDefault = mnfdDefault
	case f.style == "percent":
		mxfdDefault = 0
	}
	f.minInt = rt.numberOption(opts, "minimumIntegerDigits", 1, 21, 1)
	get := func(name string) Value {
		if opts == Undefined {
			return Undefined
		}
		return rt.Get(opts, rt.atom(name))
	}
	mnfd, mxfd := get("minimumFractionDigits"), get("maximumFractionDigits")
	mnsd, mxsd := get("minimumSignificantDigits"), get("maximumSignificantDigits")
	rt.Keep(mnfd)
	rt.Keep(mxfd)
	rt.Keep(mnsd)
	rt.Keep(mxsd)
	f.roundingIncrement = rt.numberOption(opts, "roundingIncrement", 1, 5000, 1)
	f.roundingMode = rt.stringOption(opts, "roundingMode", roundingModes, "halfExpand", method)
	f.roundingPriority = rt.stringOption(opts, "roundingPriority", []string{"auto", "morePrecision", "lessPrecision"}, "auto", method)
	f.trailingZeroDisplay = rt.stringOption(opts, "trailingZeroDisplay", []string{"auto", "stripIfInteger"}, "auto", method)
	hasSd := mnsd != Undefined || mxsd != Undefined
	hasFd := mnfd != Undefined || mxfd != Undefined
	needSd, needFd := true, true
	if f.roundingPriority == "auto" {
		needSd = hasSd
		if needSd || (!hasFd && f.notation == "compact") {
			needFd = false
		}
	}
	if needSd {
		if hasSd {
			f.minSD = rt.defaultNumberOption(mnsd, "minimumSignificantDigits", 1, 21, 1)
			f.maxSD = rt.defaultNumberOption(mxsd, "maximumSignificantDigits", f.minSD, 21, 21)
		} else {
			f.minSD, f.maxSD = 1, 21
		}
	}
	if needFd {
		if hasFd {
			lo := rt.defaultNumberOption(mnfd, "minimumFractionDigits", 0, 100, -1)
			hi := rt.defaultNumberOption(mxfd, "maximumFractionDigits", 0, 100, -1)
			switch {
			case lo < 0:
				lo = min(mnfdDefault, hi)
			case hi < 0:
				hi = max(mxfdDefault, lo)
			case lo > hi:
				rt.throwRangeError("maximumFractionDigits value is out of range.")
			}
			f.minFD, f.maxFD = lo, hi
		} else {
			f.minFD, f.maxFD = mnfdDefault, mxfdDefault
		}
	}
	switch {
	case !needSd && !needFd:
		f.minFD, f.maxFD, f.minSD, f.maxSD = 0, 0, 1, 2
		f.roundingType = "morePrecision"
		f.roundingPriority = "morePrecision"
	case f.roundingPriority == "auto" && needSd:
		f.roundingType = "significantDigits"
	case f.roundingPriority == "auto":
		f.roundingType = "fractionDigits"
	default:
		f.roundingType = f.roundingPriority
	}

	f.compactDisplay = rt.stringOption(opts, "compactDisplay", []string{"short", "long"}, "short", method)
	defaultGrouping := "auto"
	if f.notation == "compact" {
		defaultGrouping = "min2"
	}
	f.useGrouping = defaultGrouping
	if g := get("useGrouping"); g != Undefined {
		switch {
		case g == True:
			f.useGrouping = "always"
		case !rt.ToBoolean(g):
			f.useGrouping = "false"
		default:
			s := rt.ToGoString(g)
			switch s {
			case "true", "false":
			case "always", "auto", "min2":
				f.useGrouping = s
			default:
				rt.throwRangeError("Value %s out of range for Intl.NumberFormat options property useGrouping", s)
			}
		}
	}
	f.signDisplay = rt.stringOption(opts, "signDisplay", []string{"auto", "never", "always", "exceptZero", "negative"}, "auto", method)
	return f
}

// isCurrencyCode is ECMA-402 §6.3.1 IsWellFormedCurrencyCode.
func isCurrencyCode(s string) bool {
	if len(s) != 3 {
		return false
	}
	for _, c := range s {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			return false
		}
	}
	return true
}

// decimal is a non-negative decimal number: 0.digits × 10^exp, digits
// without leading or trailing zeros (empty for zero).
type decimal struct {
	digits []byte
	exp    int
}

func decimalFromFloat(x float64) decimal {
	if x == 0 {
		return decimal{}
	}
	e := strconv.FormatFloat(math.Abs(x), 'e', -1, 64)
	mant, expS, _ := strings.Cut(e, "e")
	exp, _ := strconv.Atoi(expS)
	d := decimal{digits: []byte(strings.Replace(mant, ".", "", 1)), exp: exp + 1}
	d.trim()
	return d
}

func decimalFromBig(n *big.Int) decimal {
	s := new(big.Int).Abs(n).String()
	if s == "0" {
		return decimal{}
	}
	d := decimal{digits: []byte(s), exp: len(s)}
	d.trim()
	return d
}

func (d *decimal) trim() {
	for len(d.digits) > 0 && d.digits[len(d.digits)-1] == '0' {
		d.digits = d.digits[:len(d.digits)-1]
	}
	for len(d.digits) > 0 && d.digits[0] == '0' {
		d.digits = d.digits[1:]
		d.exp--
	}
	if len(d.digits) == 0 {
		d.exp = 0
	}
}

// roundAt rounds d to keep digits before position 10^-frac (frac may be
// negative), as §15.5.3 ToRawFixed's rounding in the given mode.
func (d decimal) roundAt(frac int, mode string, negative bool) decimal {
	keep := d.exp + frac // digits kept
	if keep >= len(d.digits) {
		return d
	}
	var rest []byte
	kept := []byte{}
	if keep > 0 {
		kept = append(kept, d.digits[:keep]...)
		rest = d.digits[keep:]
	} else {
		rest = append(make([]byte, 0, -keep+len(d.digits)), d.digits...)
		for i := 0; i < -keep; i++ {
			rest = append([]byte{'0'}, rest...)
		}
	}
	// Compare the dropped part with one half.
	half := 0 // -1 below, 0 exactly, 1 above
	switch {
	case rest[0] > '5':
		half = 1
	case rest[0] < '5':
		half = -1
	case len(rest) > 1:
		half = 1
	}
	last := byte('0')
	if len(kept) > 0 {
		last = kept[len(kept)-1]
	}
	up := false
	switch mode {
	case "ceil":
		up = !negative
	case "floor":
		up = negative
	case "expand":
		up = true
	case "trunc":
		up = false
	case "halfCeil":
		up = half > 0 || half == 0 && !negative
	case "halfFloor":
		up = half > 0 || half == 0 && negative
	case "halfTrunc":
		up = half > 0
	case "halfEven":
		up = half > 0 || half == 0 && (last-'0')%2 == 1
	default: // halfExpand
		up = half >= 0
	}
	out := decimal{digits: kept, exp: d.exp}
	if keep < 0 {
		out.exp = -frac
		out.digits = nil
	}
	if up {
		i := len(out.digits) - 1
		for ; i >= 0 && out.digits[i] == '9'; i-- {
			out.digits[i] = '0'
		}
		if i >= 0 {
			out.digits[i]++
		} else {
			out.digits = append([]byte{'1'}, out.digits...)
			out.exp++
		}
	}
	out.trim()
	return out
}

// fracDigits is how many fraction digits d has.
func (d decimal) fracDigits() int { return max(0, len(d.digits)-d.exp) }

// rounded applies the format's rounding (§15.5.3 FormatNumericToString
// steps 1-6) and returns the rounded number and the minimum number of
// fraction digits to show.
func (f *numberFormat) rounded(d decimal, negative bool) (decimal, int) {
	bySig := func() (decimal, int) {
		mag := d.exp
		if len(d.digits) == 0 {
			mag = 1
		}
		r := d.roundAt(f.maxSD-mag, f.roundingMode, negative)
		rmag := r.exp
		if len(r.digits) == 0 {
			rmag = 1
		}
		return r, max(0, f.minSD-rmag)
	}
	byFrac := func() (decimal, int) {
		return d.roundAt(f.maxFD, f.roundingMode, negative), f.minFD
	}
	var r decimal
	var minFrac int
	switch f.roundingType {
	case "significantDigits":
		r, minFrac = bySig()
	case "fractionDigits":
		r, minFrac = byFrac()
	default:
		// §15.5.3 step 5: compare the rounding magnitudes (the power of
		// ten each rounds at); ties go to significant digits.
		sr, smin := bySig()
		fr, fmin := byFrac()
		mag := d.exp - 1
		if len(d.digits) == 0 {
			mag = 0
		}
		sPos, fPos := mag-f.maxSD+1, -f.maxFD
		if (f.roundingType == "morePrecision") == (sPos <= fPos) {
			r, minFrac = sr, smin
		} else {
			r, minFrac = fr, fmin
		}
	}
	if f.trailingZeroDisplay == "stripIfInteger" && r.fracDigits() == 0 {
		minFrac = 0
	}
	return r, minFrac
}

// numPart is one piece of a formatted number (formatToParts).
type numPart = dtPart

// formatParts is §15.5.4 PartitionNumberPattern for a number (big nil) or
// a BigInt.
func (f *numberFormat) formatParts(x float64, big *big.Int) []numPart {
	data := f.data
	negative := math.Signbit(x)
	var d decimal
	switch {
	case big != nil:
		negative = big.Sign() < 0
		d = decimalFromBig(big)
	case math.IsNaN(x):
		negative = false
	case !math.IsInf(x, 0):
		d = decimalFromFloat(x)
	}
	var num []numPart
	isZero := false
	switch {
	case big == nil && math.IsNaN(x):
		num = []numPart{{"nan", "NaN"}}
	case big == nil && math.IsInf(x, 0):
		num = []numPart{{"infinity", "∞"}}
	default:
		if f.style == "percent" && len(d.digits) > 0 {
			d.exp += 2
		}
		suffix, exponent := "", 0
		switch f.notation {
		case "compact":
			d, suffix = f.compact(d, negative)
		case "scientific", "engineering":
			if len(d.digits) > 0 {
				exponent = d.exp - 1
				if f.notation == "engineering" {
					exponent = int(math.Floor(float64(exponent)/3)) * 3
				}
				d.exp -= exponent
			}
		}
		r, minFrac := f.rounded(d, negative)
		if f.notation == "scientific" && r.exp > 1 {
			// Rounding carried into a new digit: 9.9995 is 1E1.
			r.exp--
			exponent++
		}
		isZero = len(r.digits) == 0
		num = f.digitsParts(r, minFrac, f.notation == "compact")
		if f.notation == "scientific" || f.notation == "engineering" {
			num = append(num, numPart{"exponentSeparator", "E"})
			if exponent < 0 {
				num = append(num, numPart{"exponentMinusSign", "-"})
			}
			num = append(num, numPart{"exponentInteger", strconv.Itoa(abs(exponent))})
		}
		if main, forms, ok := strings.Cut(suffix, "\x07"); ok {
			suffix = compactPlural(f.locale, num, main, forms)
		}
		if suffix != "" {
			trimmed := strings.TrimLeft(suffix, " \u00a0")
			if sp := suffix[:len(suffix)-len(trimmed)]; sp != "" {
				num = append(num, numPart{"literal", sp})
			}
			// Bidi marks after the suffix (Hebrew) are a literal of their own.
			body := strings.TrimRight(trimmed, "\u200e\u200f\u061c")
			num = append(num, numPart{"compact", body})
			if marks := trimmed[len(body):]; marks != "" {
				num = append(num, numPart{"literal", marks})
			}
		}
	}
	// Sign (§15.5.4 with §15.5.7 GetNumberFormatPattern's sign display).
	sign := ""
	switch f.signDisplay {
	case "auto":
		if negative {
			sign = "-"
		}
	case "always":
		sign = "+"
		if negative {
			sign = "-"
		}
	case "exceptZero":
		if !isZero && !(big == nil && math.IsNaN(x)) {
			sign = "+"
			if negative {
				sign = "-"
			}
		}
	case "negative":
		if negative && !isZero {
			sign = "-"
		}
	}
	if data.signPattern != "" && f.style != "unit" {
		if f.approx {
			sign = "~" + sign
		}
		return f.localDigits(f.patternParts(num, sign))
	}
	accounting := f.style == "currency" && f.currencySign == "accounting" && sign == "-" && !data.currencyAfter
	var out []numPart
	if sign != "" && !accounting {
		out = append(out, numPart{map[string]string{"-": "minusSign", "+": "plusSign"}[sign], sign})
	}
	if accounting {
		out = append(out, numPart{"literal", "("})
	}
	switch f.style {
	case "percent":
		out = append(out, num...)
		if data.percentSpace != "" {
			out = append(out, numPart{"literal", data.percentSpace})
		}
		out = append(out, numPart{"percentSign", "%"})
	case "currency":
		sym, space := f.currencyString(), "\u00a0"
		switch {
		case f.currencyDisplay == "name":
			out = append(out, num...)
			if data.nameSpace != "" {
				out = append(out, numPart{"literal", data.nameSpace})
			}
			out = append(out, numPart{"currency", sym})
		case data.currencyAfter:
			out = append(out, num...)
			out = append(out, numPart{"literal", space}, numPart{"currency", sym})
		default:
			out = append(out, numPart{"currency", sym})
			// CLDR currency spacing: a symbol that ends in a letter ("CHF",
			// an ISO code) is kept apart from the digits.
			if r, _ := utf8.DecodeLastRuneInString(sym); unicode.IsLetter(r) {
				out = append(out, numPart{"literal", space})
			}
			out = append(out, num...)
		}
	case "unit":
		forms, _ := unitFormsFor(f.unit)
		pat := forms[0]
		switch f.unitDisplay {
		case "long":
			pat = forms[1]
			if len(num) == 1 && num[0].value == "1" {
				pat = forms[2]
			}
		case "narrow":
			pat = forms[3]
		}
		if one, ok := unitShortOne.get(f.unit); ok && f.unitDisplay == "short" && len(num) == 1 && num[0].value == "1" {
			pat = one
		}
		before, after, _ := strings.Cut(pat, "{0}")
		if before != "" {
			out = append(out, numPart{"unit", before})
		}
		out = append(out, num...)
		if trimmed := strings.TrimLeft(after, " "); trimmed != after {
			out = append(out, numPart{"literal", after[:len(after)-len(trimmed)]})
			after = trimmed
		}
		if after != "" {
			out = append(out, numPart{"unit", after})
		}
	default:
		out = append(out, num...)
	}
	if accounting {
		out = append(out, numPart{"literal", ")"})
	}
	if sign != "" && data.minus != "" {
		// A generated locale's own signs ("−" in Swedish).
		if out[0].typ == "minusSign" {
			out[0].value = data.minus
		} else if out[0].typ == "plusSign" {
			out[0].value = data.plus
		}
	}
	return f.localDigits(out)
}

// patternParts lays out a number in a generated locale's pattern for the
// style and sign: num is the number's parts, sign "-", "+" or "", or
// after "~" for an approximate number (written where a minus goes).
func (f *numberFormat) patternParts(num []numPart, sign string) []numPart {
	data := f.data
	pat := string(numPattern)
	approx := strings.HasPrefix(sign, "~")
	if approx {
		sign = strings.TrimPrefix(sign, "~")
	}
	patSign := sign
	if approx {
		patSign = "-"
	}
	name := f.style == "currency" && f.currencyDisplay == "name"
	switch {
	case name && patSign != "":
		pat = data.signPattern
	case name:
	case f.style == "percent" && patSign == "":
		pat = data.percentPattern
	case f.style == "percent":
		pat = data.percentNegPattern
	case f.style == "currency" && patSign == "":
		pat = data.currencyPattern
	case f.style == "currency" && patSign == "-" && !approx && f.currencySign == "accounting":
		pat = data.accountingPattern
	case f.style == "currency":
		pat = data.currencyNegPattern
	case patSign != "":
		pat = data.signPattern
	}
	var out []numPart
	literal := ""
	flush := func() {
		if literal != "" {
			out = append(out, numPart{"literal", literal})
			literal = ""
		}
	}
	sym := ""
	if f.style == "currency" && !name {
		sym = f.currencyString()
	}
	for i, r := range pat {
		switch r {
		case numPattern:
			flush()
			out = append(out, num...)
		case signPattern:
			if approx {
				// The marks before a minus are the minus's own ("\u061c-"):
				// the approximately sign goes before them, and they go
				// with the minus.
				body := strings.TrimRight(literal, "\u200e\u061c")
				marks := literal[len(body):]
				literal = body
				flush()
				out = append(out, numPart{"approximatelySign", data.approximately})
				if sign != "-" {
					continue
				}
				literal = marks
			}
			flush()
			if sign == "+" {
				out = append(out, numPart{"plusSign", data.plus})
			} else {
				out = append(out, numPart{"minusSign", data.minus})
			}
		case percentPattern:
			flush()
			out = append(out, numPart{"percentSign", data.percent})
		case currencyPattern:
			flush()
			// CLDR currency spacing: a symbol whose letter touches the
			// digits is kept apart from them by a no-break space.
			first, _ := utf8.DecodeRuneInString(sym)
			last, _ := utf8.DecodeLastRuneInString(sym)
			if zero, _ := utf8.DecodeRuneInString(f.digits); f.digits != "" && !unicode.IsDigit(zero) {
				first, last = ' ', ' ' // ICU spaces a symbol only from decimal digits (not hanidec)
			}
			if i > 0 && pat[i-1] == numPattern && unicode.IsLetter(first) {
				out = append(out, numPart{"literal", "\u00a0"})
			}
			out = append(out, numPart{"currency", sym})
			if i+1 < len(pat) && pat[i+1] == numPattern && unicode.IsLetter(last) {
				out = append(out, numPart{"literal", "\u00a0"})
			}
		default:
			literal += string(r)
		}
	}
	flush()
	if name {
		// The name follows the number, with the locale's space before it.
		n, ok := f.generatedName()
		if !ok {
			n = " " + f.currencyString()
		}
		text := strings.TrimLeft(n, " \u00a0")
		if space := n[:len(n)-len(text)]; space != "" {
			out = append(out, numPart{"literal", space})
		}
		out = append(out, numPart{"currency", text})
	}
	return out
}

// localDigits writes the digits of the numeric parts in the numbering
// system's own.
func (f *numberFormat) localDigits(parts []numPart) []numPart {
	if f.digits == "" {
		return parts
	}
	digits := []rune(f.digits)
	for i, p := range parts {
		switch p.typ {
		case "integer", "fraction", "exponentInteger":
			var b strings.Builder
			for _, r := range p.value {
				if r >= '0' && r <= '9' {
					r = digits[r-'0']
				}
				b.WriteRune(r)
			}
			parts[i].value = b.String()
		}
	}
	return parts
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// generatedName is a generated locale's name of the currency, with the
// text between it and the number before it.
func (f *numberFormat) generatedName() (string, bool) {
	for _, k := range f.data.symbolKeys {
		if s, ok := numberNames.get("c:" + k + ":" + f.currency + "/l"); ok {
			return s, true
		}
	}
	return "", false
}

// currencyString is the currency as currencyDisplay asks.
func (f *numberFormat) currencyString() string {
	switch f.currencyDisplay {
	case "code":
		return f.currency
	case "name":
		if n, ok := f.data.names.get(f.currency); ok {
			return n
		}
		return f.currency
	case "narrowSymbol":
		base, _ := localeParts(f.locale)
		for _, k := range numberKeys(base) {
			if s, ok := numberNames.get("c:" + k + ":" + f.currency + "/n"); ok {
				return s
			}
		}
		if s, ok := map[string]string{"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"}[f.currency]; ok {
			if f.currency == "JPY" && f.data == jaNumbers {
				return "￥"
			}
			return s
		}
		return f.currency
	}
	for _, k := range f.data.symbolKeys {
		if s, ok := numberNames.get("c:" + k + ":" + f.currency); ok {
			return s
		}
	}
	if s, ok := f.data.symbolsOver.get(f.currency); ok {
		return s
	}
	if s, ok := f.data.symbols.get(f.currency); ok {
		return s
	}
	return f.currency
}

// compact scales d by the locale's compact pattern for its magnitude
// (ICU picks the pattern from the unrounded magnitude, then again if
// rounding carried into the next one: 999,999 is "1M").
func (f *numberFormat) compact(d decimal, negative bool) (decimal, string) {
	forms := f.data.compactShort
	if f.compactDisplay == "long" {
		forms = f.data.compactLong
	}
	pick := func(mag int) compactForm {
		var c compactForm
		for _, form := range forms {
			if mag >= form.from {
				c = form
			}
		}
		return c
	}
	if len(d.digits) == 0 {
		return d, ""
	}
	c := pick(d.exp - 1)
	scaled := d
	scaled.exp -= c.div
	r, _ := f.rounded(scaled, negative)
	if n := pick(r.exp - 1 + c.div); n != c && len(r.digits) > 0 {
		c = n
		scaled = d
		scaled.exp -= c.div
	}
	return scaled, c.suffix
}

// digitsParts writes a rounded number: integer digits (padded to
// minimumIntegerDigits, grouped), then the fraction padded to minFrac.
func (f *numberFormat) digitsParts(r decimal, minFrac int, compact bool) []numPart {
	data := f.data
	group, dec, secondary := data.group, data.decimal, data.secondaryGroup
	if f.style == "currency" && data.currencyDecimal != "" {
		group, dec, secondary = data.currencyGroup, data.currencyDecimal, data.currencySecondary
	}
	if f.style == "percent" && data.signPattern != "" {
		secondary = data.percentSecondary
	}
	var ip, fp string
	switch {
	case len(r.digits) == 0:
		ip = "0"
	case r.exp <= 0:
		ip, fp = "0", strings.Repeat("0", -r.exp)+string(r.digits)
	case r.exp >= len(r.digits):
		ip = string(r.digits) + strings.Repeat("0", r.exp-len(r.digits))
	default:
		ip, fp = string(r.digits[:r.exp]), string(r.digits[r.exp:])
	}
	for len(fp) < minFrac {
		fp += "0"
	}
	for len(ip) < f.minInt {
		ip = "0" + ip
	}
	minGroup := data.minGrouping
	switch f.useGrouping {
	case "always":
		minGroup = 1
	case "min2":
		minGroup = 2
	}
	var out []numPart
	if f.useGrouping != "false" && len(ip)-3 >= minGroup {
		size := 3
		if secondary != 0 {
			size = secondary
		}
		// The last group is always three digits; those before it are size.
		first := (len(ip) - 3) % size
		if first == 0 {
			first = size
		}
		out = append(out, numPart{"integer", ip[:first]})
		for i := first; i < len(ip)-3; i += size {
			out = append(out, numPart{"group", group}, numPart{"integer", ip[i : i+size]})
		}
		out = append(out, numPart{"group", group}, numPart{"integer", ip[len(ip)-3:]})
	} else {
		out = append(out, numPart{"integer", ip})
	}
	if fp != "" {
		out = append(out, numPart{"decimal", dec}, numPart{"fraction", fp})
	}
	return out
}

// formatNumeric is §15.5.6 FormatNumeric for a Number or BigInt value.
func (f *numberFormat) format(v Value, rt *Runtime) string {
	var b strings.Builder
	for _, p := range f.parts(v, rt) {
		b.WriteString(p.value)
	}
	return b.String()
}

func (f *numberFormat) parts(v Value, rt *Runtime) []numPart {
	if v.IsBigInt() {
		return f.formatParts(0, rt.bigint(v))
	}
	return f.formatParts(v.Float(), nil)
}

// toIntlMathematicalValue is §15.5.16 ToIntlMathematicalValue, reduced to
// what Kiln formats: BigInts exactly, everything else as a Number
// (strings go through ToNumber, so digits past a double's precision are
// lost).
func (rt *Runtime) toIntlMathematicalValue(v Value) Value {
	p := rt.ToPrimitive(v, hintNumber)
	if p.IsBigInt() {
		return p
	}
	if p.IsString() {
		s := strings.TrimSpace(rt.GoString(p))
		if n, ok := new(big.Int).SetString(s, 10); ok && len(s) > 15 {
			return rt.NewBigInt(n)
		}
	}
	return gc.Float(rt.ToNumber(p))
}

func (r *Realm) initNumberFormat(intl Value) {
	proto := r.intlService(intl, "NumberFormat", 0, numberAvailable, func(rt *Runtime, _ Value, args []Value) Value {
		f := rt.createNumberFormat(Arg(args, 0), Arg(args, 1))
		return rt.newIntlObject("Intl.NumberFormat", f)
	})
	// ECMA-402 §15.3.3 get Intl.NumberFormat.prototype.format
	r.Getter(proto, "format", func(rt *Runtime, this Value, _ []Value) Value {
		intlThis[*numberFormat](rt, this, "get Intl.NumberFormat.prototype.format")
		if rt.obj(this).v0 == Undefined {
			fn := rt.NewNativeFunction("", 1, func(rt *Runtime, _ Value, args []Value) Value {
				nf := rt.obj(rt.Callee()).v0
				f := rt.hostOf(rt.obj(nf)).(*numberFormat)
				return rt.NewString(f.format(rt.toIntlMathematicalValue(Arg(args, 0)), rt))
			})
			rt.SetData(fn, this)
			rt.obj(this).v0 = fn
		}
		return rt.obj(this).v0
	})
	// ECMA-402 §15.3.4 Intl.NumberFormat.prototype.formatToParts
	r.Method(proto, "formatToParts", 1, func(rt *Runtime, this Value, args []Value) Value {
		f := intlThis[*numberFormat](rt, this, "Intl.NumberFormat.prototype.formatToParts")
		return rt.partsArray(f.parts(rt.toIntlMathematicalValue(Arg(args, 0)), rt))
	})
	// ECMA-402 §15.3.5 Intl.NumberFormat.prototype.resolvedOptions, in
	// node's property order.
	r.Method(proto, "resolvedOptions", 0, func(rt *Runtime, this Value, _ []Value) Value {
		f := intlThis[*numberFormat](rt, this, "Intl.NumberFormat.prototype.resolvedOptions")
		o := rt.NewObject()
		str := func(k, v string) { rt.CreateDataProperty(o, k, rt.NewString(v)) }
		num := func(k string, v int) { rt.CreateDataProperty(o, k, gc.Int(v)) }
		str("locale", f.locale)
		str("numberingSystem", f.nu)
		str("style", f.style)
		if f.style == "currency" {
			str("currency", f.currency)
			str("currencyDisplay", f.currencyDisplay)
			str("currencySign", f.currencySign)
		}
		if f.style == "unit" {
			str("unit", f.unit)
			str("unitDisplay", f.unitDisplay)
		}
		num("minimumIntegerDigits", f.minInt)
		if f.roundingType != "fractionDigits" {
			num("minimumSignificantDigits", f.minSD)
			num("maximumSignificantDigits", f.maxSD)
		}
		if f.roundingType != "significantDigits" {
			num("minimumFractionDigits", f.minFD)
			num("maximumFractionDigits", f.maxFD)
		}
		if f.useGrouping == "false" {
			rt.CreateDataProperty(o, "useGrouping", False)
		} else {
			str("useGrouping", f.useGrouping)
		}
		str("notation", f.notation)
		if f.notation == "compact" {
			str("compactDisplay", f.compactDisplay)
		}
		str("signDisplay", f.signDisplay)
		str("roundingMode", f.roundingMode)
		num("roundingIncrement", f.roundingIncrement)
		str("trailingZeroDisplay", f.trailingZeroDisplay)
		str("roundingPriority", f.roundingPriority)
		return o
	})
	r.initNumberRange(proto)
}

// toLocaleNumber is ECMA-402 §20.2.1 Number.prototype.toLocaleString and
// §20.3.1 BigInt.prototype.toLocaleString.
func (rt *Runtime) toLocaleNumber(v Value, args []Value) Value {
	rt.Keep(v)
	f := rt.createNumberFormat(Arg(args, 0), Arg(args, 1))
	return rt.NewString(f.format(v, rt))
}
