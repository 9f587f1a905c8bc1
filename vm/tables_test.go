package vm

import (
	"slices"
	"testing"
)

// upperSpecialOf binary-searches upperSpecial, which is written by hand.
func TestUpperSpecialIsSortedByCodePoint(t *testing.T) {
	if !slices.IsSortedFunc(upperSpecial, func(a, b specialUpper) int { return int(a.r - b.r) }) {
		t.Fatal("upperSpecial is not sorted by code point")
	}
	for i := 1; i < len(upperSpecial); i++ {
		if upperSpecial[i].r == upperSpecial[i-1].r {
			t.Errorf("upperSpecial lists U+%04X twice", upperSpecial[i].r)
		}
	}
	for _, e := range upperSpecial {
		if got, ok := upperSpecialOf(e.r); !ok || got != e.up {
			t.Errorf("upperSpecialOf(U+%04X) = %q, %v; want %q", e.r, got, ok, e.up)
		}
	}
}

// A table is searched front to back, so a key written twice would hide its
// second value (a map literal refuses duplicate keys at compile time).
func TestTablesHaveNoDuplicateKeys(t *testing.T) {
	check := func(name string, keys []string) {
		seen := map[string]bool{}
		for _, k := range keys {
			if seen[k] {
				t.Errorf("%s lists %q twice", name, k)
			}
			seen[k] = true
		}
	}
	keysOf := func(t table[string]) []string {
		var ks []string
		for _, e := range t {
			ks = append(ks, e.k)
		}
		return ks
	}
	check("icuZoneNames", keysOf(icuZoneNames))
	check("englishZoneNames", keysOf(englishZoneNames))
	check("enCurrencySymbols", keysOf(enCurrencySymbols))
	check("enCurrencyNames", keysOf(enCurrencyNames))
	check("unitShortOne", keysOf(unitShortOne))
	var units, per []string
	for _, e := range unitForms {
		units = append(units, e.k)
	}
	for _, e := range perUnitSymbols {
		per = append(per, e.k)
	}
	check("unitForms", units)
	check("perUnitSymbols", per)
	for _, d := range []*dateLocale{enUSDates, enGBDates, deDates, frDates, esDates, jaDates, enCADates, enAUDates, enINDates} {
		check("skeletons", keysOf(d.skeletons))
		check("weekdayTime", keysOf(d.weekdayTime))
		check("zonedTime", keysOf(d.zonedTime))
	}
	for _, n := range []*numberLocale{enNumbers, enGBNumbers, enINNumbers, deNumbers, frNumbers, esNumbers, jaNumbers} {
		check("symbols", keysOf(n.symbols))
		check("symbolsOver", keysOf(n.symbolsOver))
		check("names", keysOf(n.names))
	}
}
