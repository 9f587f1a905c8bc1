package regex

import (
	"sort"
	"unicode"
)

// A charSet is a set of characters (code units in non-unicode mode, code points in unicode mode) kept as sorted,
// non-overlapping, non-adjacent inclusive ranges. Sets are built at compile time and only read while matching, so a
// Latin-1 bitmap is filled once for the fast path that most input takes.
type charSet struct {
	r      []rng
	latin1 [4]uint64
}

type rng struct{ lo, hi rune }

const maxRune = unicode.MaxRune

func newSet(rs ...rng) *charSet {
	s := &charSet{r: append([]rng(nil), rs...)}
	s.normalize()
	return s
}

func (s *charSet) add(lo, hi rune)      { s.r = append(s.r, rng{lo, hi}) }
func (s *charSet) addSet(o *charSet)    { s.r = append(s.r, o.r...) }
func (s *charSet) addRanges(rs []rng)   { s.r = append(s.r, rs...) }
func (s *charSet) clone() *charSet      { return &charSet{r: append([]rng(nil), s.r...)} }
func (s *charSet) isEmpty() bool        { return len(s.r) == 0 }
func (s *charSet) single() (rune, bool) { return s.r[0].lo, len(s.r) == 1 && s.r[0].lo == s.r[0].hi }

// normalize sorts and merges the ranges; every constructor ends with it.
func (s *charSet) normalize() {
	sort.Slice(s.r, func(i, j int) bool { return s.r[i].lo < s.r[j].lo })
	out := s.r[:0]
	for _, x := range s.r {
		if n := len(out); n > 0 && x.lo <= out[n-1].hi+1 {
			if x.hi > out[n-1].hi {
				out[n-1].hi = x.hi
			}
			continue
		}
		out = append(out, x)
	}
	s.r = out
	s.latin1 = [4]uint64{}
	for _, x := range s.r {
		if x.lo > 0xFF {
			break
		}
		for c := x.lo; c <= x.hi && c <= 0xFF; c++ {
			s.latin1[c>>6] |= 1 << (c & 63)
		}
	}
}

func (s *charSet) has(c rune) bool {
	if c <= 0xFF {
		return s.latin1[c>>6]&(1<<(c&63)) != 0
	}
	r := s.r
	lo, hi := 0, len(r)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		switch {
		case c < r[m].lo:
			hi = m
		case c > r[m].hi:
			lo = m + 1
		default:
			return true
		}
	}
	return false
}

// negate complements the set within [0, top].
func (s *charSet) negate(top rune) *charSet {
	out := &charSet{}
	next := rune(0)
	for _, x := range s.r {
		if x.lo > top {
			break
		}
		if x.lo > next {
			out.add(next, x.lo-1)
		}
		next = x.hi + 1
	}
	if next <= top {
		out.add(next, top)
	}
	out.normalize()
	return out
}

func (s *charSet) intersect(o *charSet) *charSet {
	out := &charSet{}
	i, j := 0, 0
	for i < len(s.r) && j < len(o.r) {
		a, b := s.r[i], o.r[j]
		lo, hi := max(a.lo, b.lo), min(a.hi, b.hi)
		if lo <= hi {
			out.add(lo, hi)
		}
		if a.hi < b.hi {
			i++
		} else {
			j++
		}
	}
	out.normalize()
	return out
}

func (s *charSet) subtract(o *charSet) *charSet { return s.intersect(o.negate(maxRune)) }

// fromTable converts one of Go's unicode range tables.
func fromTable(t *unicode.RangeTable) *charSet {
	s := &charSet{}
	for _, r := range t.R16 {
		addStride(s, rune(r.Lo), rune(r.Hi), rune(r.Stride))
	}
	for _, r := range t.R32 {
		addStride(s, rune(r.Lo), rune(r.Hi), rune(r.Stride))
	}
	s.normalize()
	return s
}

func addStride(s *charSet, lo, hi, stride rune) {
	if stride == 1 {
		s.add(lo, hi)
		return
	}
	for c := lo; c <= hi; c += stride {
		s.add(c, c)
	}
}

// The sets behind the CharacterClassEscapes of §22.2.2.9. \s is WhiteSpace plus LineTerminator (§12.2, §12.3):
// TAB VT FF SP NBSP ZWNBSP, every Zs, LF CR LS PS. They are written out normalised, with their Latin-1
// bitmaps, so that package initialisation builds nothing; TestStaticSetsAreNormalised checks them against
// newSet over their definitions (and \s against unicode.Zs).
var (
	digitSet = &charSet{r: []rng{{'0', '9'}}, latin1: [4]uint64{0x3ff000000000000}}
	wordSet  = &charSet{r: []rng{{'0', '9'}, {'A', 'Z'}, {'_', '_'}, {'a', 'z'}},
		latin1: [4]uint64{0x3ff000000000000, 0x7fffffe87fffffe}}
	spaceSet = &charSet{r: []rng{{'\t', '\r'}, {' ', ' '}, {0xA0, 0xA0}, {0x1680, 0x1680}, {0x2000, 0x200A},
		{0x2028, 0x2029}, {0x202F, 0x202F}, {0x205F, 0x205F}, {0x3000, 0x3000}, {0xFEFF, 0xFEFF}},
		latin1: [4]uint64{0x100003e00, 0, 0x100000000}}
	lineTermSet = &charSet{r: []rng{{'\n', '\n'}, {'\r', '\r'}, {0x2028, 0x2029}}, latin1: [4]uint64{0x2400}}
)

func isLineTerminator(c rune) bool { return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029 }

func isWordChar(c rune) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}
