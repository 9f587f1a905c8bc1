package regex

import (
	"sync"
	"unicode"
)

// Case-insensitive matching (§22.2.2.7.3 Canonicalize) is resolved at compile time wherever it can be: a literal
// character becomes the set of characters with the same canonical form, and a class is closed under the same
// relation. Only backreferences compare canonical forms while matching.
//
// The two modes differ. Without u/v, Canonicalize is toUpperCase on one code unit, kept only when the result is a
// single code unit and does not take a non-ASCII character to ASCII (so /\u017F/i does not match "s"). With u/v it
// is simple case folding, whose equivalence classes are exactly the orbits that unicode.SimpleFold walks.

// canonUnits is Canonicalize for every code unit in non-unicode mode.
var canonUnits = sync.OnceValue(func() *[0x10000]uint16 {
	var t [0x10000]uint16
	for c := rune(0); c < 0x10000; c++ {
		t[c] = uint16(c)
		if multiCharUpper(c) {
			continue
		}
		u := unicode.ToUpper(c)
		if u > 0xFFFF || c >= 0x80 && u < 0x80 {
			continue
		}
		t[c] = uint16(u)
	}
	return &t
})

// multiCharUpper reports the code units that have a simple uppercase mapping but whose full toUpperCase is two
// characters (Greek letters with ypogegrammeni, from SpecialCasing.txt); Canonicalize leaves those alone.
func multiCharUpper(c rune) bool {
	return c >= 0x1F80 && c <= 0x1F87 || c >= 0x1F90 && c <= 0x1F97 || c >= 0x1FA0 && c <= 0x1FA7 ||
		c == 0x1FB3 || c == 0x1FC3 || c == 0x1FF3
}

// foldClasses lists, per mode, every character whose equivalence class has more than one member, with that class.
type foldClass struct {
	c       rune
	members []rune
}

var unitFoldClasses = sync.OnceValue(func() []foldClass {
	t := canonUnits()
	byCanon := map[uint16][]rune{}
	for c := rune(0); c < 0x10000; c++ {
		if t[c] != uint16(c) {
			byCanon[t[c]] = append(byCanon[t[c]], c)
		}
	}
	var out []foldClass
	for c := rune(0); c < 0x10000; c++ {
		group := byCanon[t[c]]
		if len(group) == 0 {
			continue
		}
		members := []rune{rune(t[c])}
		for _, m := range group {
			if m != rune(t[c]) {
				members = append(members, m)
			}
		}
		if len(members) > 1 {
			out = append(out, foldClass{c, members})
		}
	}
	return out
})

var codePointFoldClasses = sync.OnceValue(func() []foldClass {
	var out []foldClass
	for _, cr := range unicode.CaseRanges {
		for c := rune(cr.Lo); c <= rune(cr.Hi); c++ {
			if unicode.SimpleFold(c) == c {
				continue
			}
			members := []rune{c}
			for f := unicode.SimpleFold(c); f != c; f = unicode.SimpleFold(f) {
				members = append(members, f)
			}
			out = append(out, foldClass{c, members})
		}
	}
	return out
})

// closeUnderFold adds to s every character whose canonical form equals that of a member of s.
func closeUnderFold(s *charSet, unicodeMode bool) *charSet {
	classes := unitFoldClasses()
	if unicodeMode {
		classes = codePointFoldClasses()
	}
	out := s.clone()
	for _, fc := range classes {
		if s.has(fc.c) {
			continue
		}
		for _, m := range fc.members {
			if s.has(m) {
				out.add(fc.c, fc.c)
				break
			}
		}
	}
	out.normalize()
	return out
}

// canonicalize is §22.2.2.7.3 Canonicalize, up to the choice of representative: it returns equal values exactly for
// characters that Canonicalize maps to the same character.
func canonicalize(c rune, unicodeMode bool) rune {
	if !unicodeMode {
		if c < 0x10000 {
			return rune(canonUnits()[c])
		}
		return c
	}
	m := c
	for f := unicode.SimpleFold(c); f != c; f = unicode.SimpleFold(f) {
		m = min(m, f)
	}
	return m
}

// foldMembers gives the characters equivalent to c (c included), or nil when c is only itself.
func foldMembers(c rune, unicodeMode bool) []rune {
	if unicodeMode {
		return codePointFoldIndex()[c]
	}
	return unitFoldIndex()[c]
}

func indexFoldClasses(classes []foldClass) map[rune][]rune {
	m := make(map[rune][]rune, len(classes))
	for _, fc := range classes {
		m[fc.c] = fc.members
	}
	return m
}

var (
	unitFoldIndex      = sync.OnceValue(func() map[rune][]rune { return indexFoldClasses(unitFoldClasses()) })
	codePointFoldIndex = sync.OnceValue(func() map[rune][]rune { return indexFoldClasses(codePointFoldClasses()) })
)
