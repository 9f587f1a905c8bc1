package vm

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// The fixtures under testdata/builtins/intl compare whole programs with
// node; these tables pin the pure-Go pieces they rest on.

func TestDecimalRoundingFollowsTheModeOnTheShortestDecimal(t *testing.T) {
	tests := []struct {
		x    float64
		frac int
		mode string
		want string
	}{
		{1.005, 2, "halfExpand", "1.01"},
		{2.5, 0, "halfEven", "2"},
		{3.5, 0, "halfEven", "4"},
		{2.5, 0, "halfTrunc", "2"},
		{-2.5, 0, "halfCeil", "-2"},
		{1.1, 0, "ceil", "2"},
		{-1.1, 0, "ceil", "-1"},
		{999.9, 0, "halfExpand", "1000"},
		{0.0004, 3, "halfExpand", "0"},
		{1234, -2, "halfExpand", "1200"},
	}
	for _, tc := range tests {
		f := &numberFormat{data: enNumbers, minInt: 1, maxFD: max(tc.frac, 0), roundingType: "fractionDigits",
			roundingMode: tc.mode, useGrouping: "false", signDisplay: "auto"}
		d := decimalFromFloat(tc.x)
		r := d.roundAt(tc.frac, tc.mode, tc.x < 0)
		var got string
		for _, p := range f.digitsParts(r, 0, false) {
			got += p.value
		}
		if tc.x < 0 && got != "0" {
			got = "-" + got
		}
		if got != tc.want {
			t.Errorf("%v rounded at %d (%s) = %s, want %s", tc.x, tc.frac, tc.mode, got, tc.want)
		}
	}
}

func TestPatternsParseIntoFieldsAndLiterals(t *testing.T) {
	tests := []struct {
		pattern string
		want    []patToken
	}{
		{"M/d/y", []patToken{{letter: 'M', n: 1}, {literal: "/"}, {letter: 'd', n: 1}, {literal: "/"}, {letter: 'y', n: 1}}},
		{"HH 'Uhr'", []patToken{{letter: 'H', n: 2}, {literal: " Uhr"}}},
		{"y年M月", []patToken{{letter: 'y', n: 1}, {literal: "年"}, {letter: 'M', n: 1}, {literal: "月"}}},
		{"h 'o''clock'", []patToken{{letter: 'h', n: 1}, {literal: " o'clock"}}},
	}
	for _, tc := range tests {
		if diff := cmp.Diff(tc.want, parsePattern(tc.pattern), cmp.AllowUnexported(patToken{})); diff != "" {
			t.Errorf("parsePattern(%q) (-want +got):\n%s", tc.pattern, diff)
		}
	}
}

func TestHourCycleRewritesStylePatterns(t *testing.T) {
	tests := []struct {
		d       *dateLocale
		pattern string
		hc      string
		want    string
	}{
		{enUSDates, "h:mm:ss\u202fa", "h23", "HH':'mm':'ss"},
		{enGBDates, "HH:mm:ss", "h12", "hh':'mm':'ss'\u202f'a"},
		{enGBDates, "HH:mm:ss z", "h11", "KK':'mm':'ss'\u202f'a' 'z"},
		{jaDates, "H:mm", "h11", "aK':'mm"},
	}
	for _, tc := range tests {
		if got := tc.d.withHourCycle(tc.pattern, tc.hc); got != tc.want {
			t.Errorf("withHourCycle(%q, %s) = %q, want %q", tc.pattern, tc.hc, got, tc.want)
		}
	}
}

func TestTimeZoneNamesCanonicalise(t *testing.T) {
	tests := []struct{ in, want string }{
		{"utc", "UTC"}, {"Etc/GMT", "UTC"}, {"america/new_york", "America/New_York"}, {"etc/gmt+5", "Etc/GMT+5"},
		{"Mars/Base", ""}, {"Local", ""}, {"", ""},
	}
	for _, tc := range tests {
		if got, _ := canonicalTimeZone(tc.in); got != tc.want {
			t.Errorf("canonicalTimeZone(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
