package regex

import "testing"

func TestPropertyResolvesTheNamesSegmentationNeeds(t *testing.T) {
	tests := []struct {
		name string
		in   rune
		out  rune
	}{
		{"Extended_Pictographic", 0x1F600, 'a'},
		{"Grapheme_Extend", 0x0301, 'a'},
		{"Emoji_Modifier", 0x1F3FD, 0x1F600},
		{"Prepended_Concatenation_Mark", 0x0600, 0x0661},
		{"Regional_Indicator", 0x1F1FA, 'U'},
		{"gc=Mc", 0x0903, 0x0301},
		{"Lu", 'A', 'a'},
		{"Script=Han", '漢', 'カ'},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			has, ok := Property(tc.name)
			if !ok {
				t.Fatalf("Property(%q) is unknown", tc.name)
			}
			if !has(tc.in) || has(tc.out) {
				t.Errorf("Property(%q): has(%U) = %v, has(%U) = %v", tc.name, tc.in, has(tc.in), tc.out, has(tc.out))
			}
		})
	}
	if _, ok := Property("No_Such_Property"); ok {
		t.Error("Property accepted an unknown name")
	}
}
