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

func TestLocaleTagsTakeOptionKeywordsInCanonicalPlaces(t *testing.T) {
	tests := []struct {
		tag      string
		keywords [][2]string
		want     string
	}{
		{"en", [][2]string{{"ca", "gregory"}}, "en-u-ca-gregory"},
		{"en-u-ca-buddhist-nu-thai", [][2]string{{"ca", "gregory"}}, "en-u-ca-gregory-nu-thai"},
		{"en-a-foo-x-bar", [][2]string{{"kn", "false"}}, "en-a-foo-u-kn-false-x-bar"},
		{"en-t-ja-z-zzz", [][2]string{{"hc", "h23"}}, "en-t-ja-u-hc-h23-z-zzz"},
		{"en-u-attr-ca-gregory", [][2]string{{"co", "phonebk"}}, "en-u-attr-ca-gregory-co-phonebk"},
	}
	for _, tc := range tests {
		if got := withUnicodeKeywords(tc.tag, tc.keywords); got != tc.want {
			t.Errorf("withUnicodeKeywords(%q, %v) = %q, want %q", tc.tag, tc.keywords, got, tc.want)
		}
	}
}

func TestUnicodeKeywordsAreReadFromTheUExtensionOnly(t *testing.T) {
	tests := []struct {
		tag, key, want string
		ok             bool
	}{
		{"en-u-ca-gregory", "ca", "gregory", true},
		{"en-u-ca-ethiopic-amete-alem-nu-latn", "ca", "ethiopic-amete-alem", true},
		{"en-u-kn", "kn", "", true},
		{"en-x-u-ca-gregory", "ca", "", false},
		{"en-t-ja-ca-gregory", "ca", "", false},
		{"en-u-nu-thai-t-ja", "ca", "", false},
	}
	for _, tc := range tests {
		if got, ok := unicodeKeyword(tc.tag, tc.key); got != tc.want || ok != tc.ok {
			t.Errorf("unicodeKeyword(%q, %q) = %q, %v, want %q, %v", tc.tag, tc.key, got, ok, tc.want, tc.ok)
		}
	}
}

func TestLikelySubtagsComeAndGo(t *testing.T) {
	tests := []struct{ base, max, min string }{
		{"en", "en-Latn-US", "en"},
		{"zh-TW", "zh-Hant-TW", "zh-TW"},
		{"zh-Hans-CN", "zh-Hans-CN", "zh"},
		{"sr", "sr-Cyrl-RS", "sr"},
		{"de-CH-1996", "de-Latn-CH-1996", "de-CH-1996"},
		{"xyz", "xyz", "xyz"},
	}
	for _, tc := range tests {
		if got := maximizeBaseName(tc.base); got != tc.max {
			t.Errorf("maximizeBaseName(%q) = %q, want %q", tc.base, got, tc.max)
		}
		if got := minimizeBaseName(tc.base); got != tc.min {
			t.Errorf("minimizeBaseName(%q) = %q, want %q", tc.base, got, tc.min)
		}
	}
}
