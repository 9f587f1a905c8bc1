package regex

import (
	"slices"
	"testing"
	"unicode"
)

// TestFoldTablesMatchAFullScan checks the fold classes and foldMembers, which
// look only at unicode.CaseRanges and case folding orbits, against the
// definition applied to every code unit and code point.
func TestFoldTablesMatchAFullScan(t *testing.T) {
	// Non-unicode mode: classes of code units with equal canonUnit.
	byCanon := map[rune][]rune{}
	for c := rune(0); c < 0x10000; c++ {
		byCanon[canonUnit(c)] = append(byCanon[canonUnit(c)], c)
	}
	var want []foldClass
	for c := rune(0); c < 0x10000; c++ {
		group := byCanon[canonUnit(c)]
		if len(group) < 2 {
			if got := foldMembers(c, false); got != nil {
				t.Fatalf("unit %#x: foldMembers = %x, want none", c, got)
			}
			continue
		}
		want = append(want, foldClass{c, group})
		got := slices.Clone(foldMembers(c, false))
		slices.Sort(got)
		if !slices.Equal(got, group) {
			t.Fatalf("unit %#x: foldMembers = %x, want %x", c, got, group)
		}
	}
	got := unitFoldClasses.Get()
	if len(got) != len(want) {
		t.Fatalf("%d unit fold classes, want %d", len(got), len(want))
	}
	for i := range want {
		m := slices.Clone(got[i].members)
		slices.Sort(m)
		if got[i].c != want[i].c || !slices.Equal(m, want[i].members) {
			t.Fatalf("unit class %d = %x %x, want %x %x", i, got[i].c, m, want[i].c, want[i].members)
		}
	}
	// Unicode mode: orbits of simple case folding.
	for c := rune(0); c <= unicode.MaxRune; c++ {
		orbit := []rune{c}
		for f := unicode.SimpleFold(c); f != c; f = unicode.SimpleFold(f) {
			orbit = append(orbit, f)
		}
		got := foldMembers(c, true)
		if len(orbit) == 1 {
			if got != nil {
				t.Fatalf("code point %#x: foldMembers = %x, want none", c, got)
			}
			continue
		}
		if !slices.Equal(got, orbit) {
			t.Fatalf("code point %#x: foldMembers = %x, want %x", c, got, orbit)
		}
	}
}
