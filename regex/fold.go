package regex

import (
	"slices"
	"unicode"

	"github.com/kilnjs/kiln/internal/lazy"
)

// Case-insensitive matching (§22.2.2.7.3 Canonicalize) is resolved at compile time wherever it can be: a literal
// character becomes the set of characters with the same canonical form, and a class is closed under the same
// relation. Only backreferences compare canonical forms while matching.
//
// The two modes differ. Without u/v, Canonicalize is toUpperCase on one code unit, kept only when the result is a
// single code unit and does not take a non-ASCII character to ASCII (so /\u017F/i does not match "s"). With u/v it
// is simple case folding, whose equivalence classes are exactly the orbits that unicode.SimpleFold walks.

// canonUnit is Canonicalize for a code unit in non-unicode mode. Only
// characters of unicode.CaseRanges have a case mapping at all.
func canonUnit(c rune) rune {
	if multiCharUpper(c) {
		return c
	}
	u := unicode.ToUpper(c)
	if u > 0xFFFF || c >= 0x80 && u < 0x80 {
		return c
	}
	return u
}

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

// The classes are built from unicode.CaseRanges, the only characters with a
// case mapping, rather than by canonicalising every code unit: this runs the
// first time a program compiles a case-insensitive pattern, and walking all
// 65,536 units (with a table of them) cost that start-up about 2 ms.
var unitFoldClasses = lazy.Value[[]foldClass]{New: func() []foldClass {
	byCanon := map[rune][]rune{}
	var chars []rune // every character in a class of more than one: sources and their targets
	for _, cr := range unicode.CaseRanges {
		for c := rune(cr.Lo); c <= rune(cr.Hi) && c < 0x10000; c++ {
			if t := canonUnit(c); t != c {
				if len(byCanon[t]) == 0 {
					chars = append(chars, t)
				}
				byCanon[t] = append(byCanon[t], c)
				chars = append(chars, c)
			}
		}
	}
	slices.Sort(chars)
	chars = slices.Compact(chars)
	var out []foldClass
	for _, c := range chars {
		t := canonUnit(c)
		members := []rune{t}
		for _, m := range byCanon[t] {
			if m != t {
				members = append(members, m)
			}
		}
		if len(members) > 1 {
			out = append(out, foldClass{c, members})
		}
	}
	return out
}}

var codePointFoldClasses = lazy.Value[[]foldClass]{New: func() []foldClass {
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
}}

// closeUnderFold adds to s every character whose canonical form equals that of a member of s.
func closeUnderFold(s *charSet, unicodeMode bool) *charSet {
	classes := unitFoldClasses.Get()
	if unicodeMode {
		classes = codePointFoldClasses.Get()
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
			return canonUnit(c)
		}
		return c
	}
	m := c
	for f := unicode.SimpleFold(c); f != c; f = unicode.SimpleFold(f) {
		m = min(m, f)
	}
	return m
}

// foldMembers gives the characters equivalent to c (c included), or nil when c is only itself. It walks c's
// simple case folding orbit rather than the class tables, which only closeUnderFold needs: every character with
// the same canonical form as c lies on that orbit (Canonicalize maps through simple case mappings), so a pattern
// of case-insensitive literals never builds the tables.
func foldMembers(c rune, unicodeMode bool) []rune {
	if unicodeMode {
		if unicode.SimpleFold(c) == c {
			return nil
		}
		members := []rune{c}
		for f := unicode.SimpleFold(c); f != c; f = unicode.SimpleFold(f) {
			members = append(members, f)
		}
		return members
	}
	if c >= 0x10000 {
		return nil
	}
	t := canonUnit(c)
	members := []rune{t}
	for f := unicode.SimpleFold(t); f != t; f = unicode.SimpleFold(f) {
		if f < 0x10000 && canonUnit(f) == t {
			members = append(members, f)
		}
	}
	if len(members) == 1 {
		return nil
	}
	return members
}
