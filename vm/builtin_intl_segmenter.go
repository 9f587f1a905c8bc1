package vm

import (
	"sync"

	"github.com/kilnjs/kiln/gc"
	"github.com/kilnjs/kiln/regex"
)

// Intl.Segmenter (ECMA-402 §18): grapheme, word and sentence segmentation
// by the default rules of UAX #29 (Unicode Text Segmentation), written here
// from the annex's rule text. node's ICU adds locale tailoring and
// dictionaries on top of those rules; where Kiln approximates it, the
// comment at the rule says so.
//
// Design: segment() only records the string; the first containing() or
// next() classifies every code point and computes all boundaries at once
// (one linear pass per granularity), which both %Segments% and its
// iterators then share. A whole-string pass keeps each rule a simple test
// on the classes around one position, instead of the backwards resync a
// random-access breaker needs, and strings given to a segmenter are
// measured whole anyway (string-width, cliui).
//
// The Unicode properties come from package regex (regex.Property), the same
// tables \p{…} uses, so there is one copy of the data.

// segmenter holds the internal slots of an Intl.Segmenter (§18.4).
type segmenter struct {
	locale, granularity string
}

// segmentation is the shared state of a %Segments% object and its
// iterators: the string (as code units) and, once computed, the segment
// boundaries as UTF-16 offsets, starting with 0 and ending with the length.
// wordLike[i] is the [[IsWordLike]] of the segment starting at bounds[i].
type segmentation struct {
	granularity string
	units       []uint16
	bounds      []int
	wordLike    []bool
}

// segmentIter is a %SegmentIterator% (§18.6): its segmentation and the
// index into bounds of the next segment.
type segmentIter struct {
	seg  *segmentation
	next int
}

func (r *Realm) initSegmenter(intl Value) {
	rt := r.rt
	proto := r.intlService(intl, "Segmenter", 0, anyAvailable, func(rt *Runtime, _ Value, args []Value) Value {
		// ECMA-402 §18.1.1 step 1.
		if rt.NewTarget() == Undefined {
			rt.throwTypeError("Constructor Intl.Segmenter requires 'new'")
		}
		return rt.newIntlObject("Intl.Segmenter", rt.newSegmenter(Arg(args, 0), Arg(args, 1)))
	})
	// ECMA-402 §18.3.3 Intl.Segmenter.prototype.resolvedOptions
	r.Method(proto, "resolvedOptions", 0, func(rt *Runtime, this Value, _ []Value) Value {
		s := intlThis[*segmenter](rt, this, "Intl.Segmenter.prototype.resolvedOptions")
		o := rt.NewObject()
		rt.CreateDataProperty(o, "locale", rt.NewString(s.locale))
		rt.CreateDataProperty(o, "granularity", rt.NewString(s.granularity))
		return o
	})
	// ECMA-402 §18.3.4 Intl.Segmenter.prototype.segment: §18.5.1
	// CreateSegmentsObject. The string is kept in v0 for the GC; the host
	// record carries its units.
	r.Method(proto, "segment", 1, func(rt *Runtime, this Value, args []Value) Value {
		s := intlThis[*segmenter](rt, this, "Intl.Segmenter.prototype.segment")
		str := rt.ToString(Arg(args, 0))
		rt.Keep(str)
		v, o := rt.newObjectCell(ClassObject, rt.realm.Extra["%Segments.prototype%"])
		o.v0 = str
		rt.setHost(o, &segmentation{granularity: s.granularity, units: rt.units(str)})
		return v
	})

	// ECMA-402 §18.5.2 %SegmentsPrototype%: no @@toStringTag, as in node.
	sp := r.NewProto(r.ObjectPrototype)
	r.Extra["%Segments.prototype%"] = sp
	// ECMA-402 §18.5.2.1 %SegmentsPrototype%.containing
	r.Method(sp, "containing", 1, func(rt *Runtime, this Value, args []Value) Value {
		seg := intlThis[*segmentation](rt, this, "%Segments.prototype%.containing")
		str := rt.obj(this).v0
		n := rt.ToIntegerOrInfinity(Arg(args, 0))
		if n < 0 || n >= float64(len(seg.units)) {
			return Undefined
		}
		seg.compute()
		i := seg.segmentAt(int(n))
		return rt.segmentData(str, seg, i)
	})
	// ECMA-402 §18.5.2.2 %SegmentsPrototype% [ @@iterator ]: §18.6.1
	// CreateSegmentIterator.
	r.MethodSym(sp, rt.wellKnown.iterator, "[Symbol.iterator]", 0, func(rt *Runtime, this Value, _ []Value) Value {
		seg := intlThis[*segmentation](rt, this, "%Segments.prototype%[@@iterator]")
		v, o := rt.newObjectCell(ClassObject, rt.realm.Extra["%SegmentIterator.prototype%"])
		o.v0 = rt.obj(this).v0
		rt.setHost(o, &segmentIter{seg: seg})
		return v
	})

	// ECMA-402 §18.6.2 %SegmentIteratorPrototype%
	ip := r.NewProto(r.IteratorPrototype)
	r.Extra["%SegmentIterator.prototype%"] = ip
	// ECMA-402 §18.6.2.1 %SegmentIteratorPrototype%.next
	r.Method(ip, "next", 0, func(rt *Runtime, this Value, _ []Value) Value {
		it := intlThis[*segmentIter](rt, this, "%SegmentIterator.prototype%.next")
		it.seg.compute()
		if it.next >= len(it.seg.bounds)-1 {
			return rt.iterResult(Undefined, true)
		}
		i := it.next
		it.next++
		return rt.iterResult(rt.segmentData(rt.obj(this).v0, it.seg, i), false)
	})
	rt.defineData(ip, rt.wellKnown.toStringTag, rt.atom("Segmenter String Iterator"), attrConfigurable)
}

// newSegmenter is ECMA-402 §18.1.1 steps 4–13, in their order of
// observable reads.
func (rt *Runtime) newSegmenter(locales, options Value) *segmenter {
	const method = "Intl.Segmenter"
	requested := rt.canonicalizeLocaleList(locales)
	// §9.2.10 GetOptionsObject; V8's message for a primitive is this
	// message id, not a sentence.
	if options != Undefined && !options.IsObject() {
		rt.throwTypeError("invalid_argument")
	}
	rt.Keep(options)
	rt.stringOption(options, "localeMatcher", []string{"lookup", "best fit"}, "best fit", method)
	s := &segmenter{}
	// Segmentation data is the same for every language here, so any
	// known language resolves to itself, without extension keys
	// (Segmenter has no relevant ones, §18.2.3).
	s.locale, _ = resolveLocale(requested, anyAvailable)
	s.granularity = rt.stringOption(options, "granularity", []string{"grapheme", "word", "sentence"}, "grapheme", method)
	return s
}

// segmentData is ECMA-402 §18.7.1 CreateSegmentDataObject for the i-th
// segment, with node's property order.
func (rt *Runtime) segmentData(str Value, seg *segmentation, i int) Value {
	start, end := seg.bounds[i], seg.bounds[i+1]
	o := rt.NewObject()
	rt.CreateDataProperty(o, "segment", rt.substring(str, start, end))
	rt.CreateDataProperty(o, "index", gc.Int(start))
	rt.CreateDataProperty(o, "input", str)
	if seg.granularity == "word" {
		rt.CreateDataProperty(o, "isWordLike", gc.Bool(seg.wordLike[i]))
	}
	return o
}

// segmentAt returns the index of the segment containing code unit n: the
// last boundary at or before n.
func (s *segmentation) segmentAt(n int) int {
	lo, hi := 0, len(s.bounds)-1
	for hi-lo > 1 {
		m := (lo + hi) / 2
		if s.bounds[m] <= n {
			lo = m
		} else {
			hi = m
		}
	}
	return lo
}

// compute fills bounds (and wordLike) on first use.
func (s *segmentation) compute() {
	if s.bounds != nil {
		return
	}
	cps, offs := decodeCodePoints(s.units)
	var breaks []int
	switch s.granularity {
	case "word":
		breaks, s.wordLike = wordBreaks(cps)
	case "sentence":
		breaks = sentenceBreaks(cps)
	default:
		breaks = graphemeBreaks(cps)
	}
	s.bounds = make([]int, len(breaks))
	for i, b := range breaks {
		s.bounds[i] = offs[b]
	}
}

// decodeCodePoints splits UTF-16 into code points (a lone surrogate stands
// for itself, as ECMA-262 §11.1.4 CodePointAt reads it) and the offset of
// each, with the length appended so that offs[len(cps)] is the end.
func decodeCodePoints(u []uint16) (cps []rune, offs []int) {
	cps = make([]rune, 0, len(u))
	offs = make([]int, 0, len(u)+1)
	for i := 0; i < len(u); {
		c := rune(u[i])
		offs = append(offs, i)
		if c >= 0xD800 && c <= 0xDBFF && i+1 < len(u) && u[i+1] >= 0xDC00 && u[i+1] <= 0xDFFF {
			c = 0x10000 + (c-0xD800)<<10 + rune(u[i+1]) - 0xDC00
			i++
		}
		i++
		cps = append(cps, c)
	}
	offs = append(offs, len(u))
	return cps, offs
}

// uniProp is a Unicode property's membership test, looked up on first
// use: building the sets at package init would cost every program's
// start-up, segmenting or not. Written as composite literals, the
// properties below are laid out by the linker and cost nothing until read.
type uniProp struct {
	name string
	once sync.Once
	f    func(rune) bool
}

func (p *uniProp) has(c rune) bool {
	p.once.Do(func() {
		f, ok := regex.Property(p.name)
		if !ok {
			panic("intl segmenter: unknown Unicode property " + p.name)
		}
		p.f = f
	})
	return p.f(c)
}

// The properties UAX #29 defines its classes by.
var (
	isGraphemeExtend = &uniProp{name: "Grapheme_Extend"}
	isEmojiModifier  = &uniProp{name: "Emoji_Modifier"}
	isExtPict        = &uniProp{name: "Extended_Pictographic"}
	isPCM            = &uniProp{name: "Prepended_Concatenation_Mark"}
	isDefaultIgn     = &uniProp{name: "Default_Ignorable_Code_Point"}
	isAlphabetic     = &uniProp{name: "Alphabetic"}
	isLowercase      = &uniProp{name: "Lowercase"}
	isUppercase      = &uniProp{name: "Uppercase"}
	isIdeographic    = &uniProp{name: "Ideographic"}
	isWhiteSpace     = &uniProp{name: "White_Space"}
	isSTerm          = &uniProp{name: "Sentence_Terminal"}
	gcMc             = &uniProp{name: "gc=Mc"}
	gcCf             = &uniProp{name: "gc=Cf"}
	gcCc             = &uniProp{name: "gc=Cc"}
	gcCn             = &uniProp{name: "gc=Cn"}
	gcZl             = &uniProp{name: "gc=Zl"}
	gcZp             = &uniProp{name: "gc=Zp"}
	gcZs             = &uniProp{name: "gc=Zs"}
	gcLo             = &uniProp{name: "gc=Lo"}
	gcLt             = &uniProp{name: "gc=Lt"}
	gcNd             = &uniProp{name: "gc=Nd"}
	gcPc             = &uniProp{name: "gc=Pc"}
	gcPs             = &uniProp{name: "gc=Ps"}
	gcPe             = &uniProp{name: "gc=Pe"}
	gcPi             = &uniProp{name: "gc=Pi"}
	gcPf             = &uniProp{name: "gc=Pf"}
	gcL              = &uniProp{name: "gc=L"}
	gcM              = &uniProp{name: "gc=M"}
	scHebrew         = &uniProp{name: "Script=Hebrew"}
	scKatakana       = &uniProp{name: "Script=Katakana"}
	scHiragana       = &uniProp{name: "Script=Hiragana"}
	scHan            = &uniProp{name: "Script=Han"}
	scDevanagari     = &uniProp{name: "Script=Devanagari"}
	scBengali        = &uniProp{name: "Script=Bengali"}
	scGujarati       = &uniProp{name: "Script=Gujarati"}
	scOriya          = &uniProp{name: "Script=Oriya"}
	scTelugu         = &uniProp{name: "Script=Telugu"}
	scMalayalam      = &uniProp{name: "Script=Malayalam"}
	// Line_Break=Complex_Context (SA) is, to a close approximation, the
	// letters and marks of these scripts, which are written without spaces
	// between words.
	complexScripts = []*uniProp{{name: "Script=Thai"}, {name: "Script=Lao"}, {name: "Script=Myanmar"},
		{name: "Script=Khmer"}, {name: "Script=Tai_Le"}, {name: "Script=New_Tai_Lue"}, {name: "Script=Tai_Tham"},
		{name: "Script=Tai_Viet"}, {name: "Script=Ahom"}}
)

func inRanges(c rune, rs ...[2]rune) bool {
	for _, r := range rs {
		if c >= r[0] && c <= r[1] {
			return true
		}
	}
	return false
}

func isRegionalIndicator(c rune) bool { return c >= 0x1F1E6 && c <= 0x1F1FF }

// ---- Grapheme clusters (UAX #29 §3) ----

// gcb is a Grapheme_Cluster_Break value (UAX #29 table 2).
type gcb uint8

const (
	gcbOther gcb = iota
	gcbCR
	gcbLF
	gcbControl
	gcbExtend
	gcbZWJ
	gcbRI
	gcbPrepend
	gcbSpacingMark
	gcbL
	gcbV
	gcbT
	gcbLV
	gcbLVT
)

// graphemeClass is Grapheme_Cluster_Break by table 2's definitions. The
// order of the tests settles the overlaps: ZWNJ and the tag characters are
// Cf but Extend, the Prepended_Concatenation_Marks are Cf but Prepend.
func graphemeClass(c rune) gcb {
	switch {
	case c == '\r':
		return gcbCR
	case c == '\n':
		return gcbLF
	case c == 0x200D:
		return gcbZWJ
	case c < 0x7F && c >= 0x20:
		return gcbOther
	case c >= 0xAC00 && c <= 0xD7A3:
		// Hangul syllables: LV when the syllable has no trailing
		// consonant, which the arithmetic of Unicode §3.12 shows as
		// a T index of 0.
		if (c-0xAC00)%28 == 0 {
			return gcbLV
		}
		return gcbLVT
	case c >= 0x1100 && c <= 0x115F || c >= 0xA960 && c <= 0xA97C:
		return gcbL
	case c >= 0x1160 && c <= 0x11A7 || c >= 0xD7B0 && c <= 0xD7C6:
		return gcbV
	case c >= 0x11A8 && c <= 0x11FF || c >= 0xD7CB && c <= 0xD7FB:
		return gcbT
	case isRegionalIndicator(c):
		return gcbRI
	case isPCM.has(c) || isPrependISC(c):
		return gcbPrepend
	case isGraphemeExtend.has(c) || isEmojiModifier.has(c):
		return gcbExtend
	case gcCc.has(c) || gcZl.has(c) || gcZp.has(c) || gcCf.has(c) || gcCn.has(c) && isDefaultIgn.has(c):
		// Surrogates are not Control: node (and Unicode since 11.0)
		// lets a lone surrogate take marks like any base.
		return gcbControl
	case gcMc.has(c) && !spacingMarkException(c) || c == 0x0E33 || c == 0x0EB3:
		return gcbSpacingMark
	}
	return gcbOther
}

// isPrependISC is Indic_Syllabic_Category Consonant_Preceding_Repha or
// Consonant_Prefixed, the rest of table 2's Prepend: a short list Go's
// unicode package has no property for.
func isPrependISC(c rune) bool {
	return inRanges(c, [2]rune{0x0D4E, 0x0D4E}, [2]rune{0x111C2, 0x111C3}, [2]rune{0x1193F, 0x1193F},
		[2]rune{0x11941, 0x11941}, [2]rune{0x11A84, 0x11A89}, [2]rune{0x11D46, 0x11D46},
		[2]rune{0x11F02, 0x11F02})
}

// spacingMarkException lists the gc=Mc characters table 2 excludes from
// SpacingMark (Myanmar, Tai Tham, Tai Viet and Ahom vowels that are
// written before or around a consonant cluster).
func spacingMarkException(c rune) bool {
	return inRanges(c, [2]rune{0x102B, 0x102C}, [2]rune{0x1038, 0x1038}, [2]rune{0x1062, 0x1064},
		[2]rune{0x1067, 0x106D}, [2]rune{0x1083, 0x1083}, [2]rune{0x1087, 0x108C}, [2]rune{0x108F, 0x108F},
		[2]rune{0x109A, 0x109C}, [2]rune{0x1A61, 0x1A61}, [2]rune{0x1A63, 0x1A64}, [2]rune{0xAA7B, 0xAA7B},
		[2]rune{0xAA7D, 0xAA7D}, [2]rune{0x11720, 0x11721})
}

// Indic_Conjunct_Break (GB9c), approximated: UCD derives it from
// Indic_Syllabic_Category, which Go does not carry. Linker is the virama
// (or subjoining sign) of each script whose conjuncts GB9c keeps together;
// Consonant is, for the six Indic scripts of Unicode 15.1, their consonant
// letters, which sit at the same offsets (0x15–0x39) of each script's block
// plus the nukta forms and extra consonants after the vowel signs, and for
// the Southeast Asian and other scripts Unicode 16 added, every gc=Lo
// letter of the script (which also counts some independent vowels).
func isInCBLinker(c rune) bool {
	switch c {
	case 0x094D, 0x09CD, 0x0ACD, 0x0B4D, 0x0C4D, 0x0D4D, 0x1039, 0x17D2, 0x1A60, 0x1B44, 0x1BAB, 0xA9C0,
		0xAAF6, 0x11133, 0x1193E, 0x11A47, 0x11A99:
		return true
	}
	return false
}

var inCBScripts = []*uniProp{{name: "Script=Myanmar"}, {name: "Script=Khmer"}, {name: "Script=Tai_Tham"},
	{name: "Script=Balinese"}, {name: "Script=Sundanese"}, {name: "Script=Javanese"}, {name: "Script=Meetei_Mayek"},
	{name: "Script=Chakma"}, {name: "Script=Dives_Akuru"}, {name: "Script=Zanabazar_Square"}, {name: "Script=Soyombo"}}

func isInCBConsonant(c rune) bool {
	if c < 0x0900 || !gcLo.has(c) {
		return false
	}
	if c <= 0x0D7F {
		if off := c & 0x7F; off >= 0x15 && off <= 0x39 {
			return scDevanagari.has(c) || scBengali.has(c) || scGujarati.has(c) || scOriya.has(c) || scTelugu.has(c) || scMalayalam.has(c)
		}
		return inRanges(c, [2]rune{0x0958, 0x095F}, [2]rune{0x0978, 0x097F}, [2]rune{0x09DC, 0x09DD},
			[2]rune{0x09DF, 0x09DF}, [2]rune{0x09F0, 0x09F1}, [2]rune{0x0AF9, 0x0AF9}, [2]rune{0x0B5C, 0x0B5D},
			[2]rune{0x0B5F, 0x0B5F}, [2]rune{0x0B71, 0x0B71}, [2]rune{0x0C58, 0x0C5A}, [2]rune{0x0D3A, 0x0D3A})
	}
	for _, sc := range inCBScripts {
		if sc.has(c) {
			return true
		}
	}
	return false
}

// graphemeBreaks returns the extended grapheme cluster boundaries of cps
// as code point indices, 0 and len(cps) included (GB1, GB2).
func graphemeBreaks(cps []rune) []int {
	out := []int{0}
	if len(cps) == 0 {
		return out
	}
	prev := graphemeClass(cps[0])
	// State for the rules that look further back than one code point.
	riRun := 0       // GB12/13: regional indicators in a row, ending at prev
	pictExt := false // GB11: prev ends ExtPict Extend*
	pictZWJ := false // GB11: prev is the ZWJ of ExtPict Extend* ZWJ
	incb := 0        // GB9c: 1 after Consonant [Extend Linker]*, 2 once a Linker is among them
	advance := func(c rune, k gcb) {
		if k == gcbRI {
			riRun++
		} else {
			riRun = 0
		}
		pictZWJ = k == gcbZWJ && pictExt
		switch {
		case isExtPict.has(c):
			pictExt = true
		case k != gcbExtend:
			pictExt = false
		}
		switch {
		case isInCBConsonant(c):
			incb = 1
		case isInCBLinker(c):
			if incb > 0 {
				incb = 2
			}
		case (k == gcbExtend || k == gcbZWJ) && c != 0x200C:
			// InCB=Extend keeps the sequence going.
		default:
			incb = 0
		}
	}
	advance(cps[0], prev)
	for i := 1; i < len(cps); i++ {
		c := cps[i]
		cur := graphemeClass(c)
		if graphemeBoundary(prev, cur, c, riRun, pictZWJ, incb) {
			out = append(out, i)
		}
		advance(c, cur)
		prev = cur
	}
	return append(out, len(cps))
}

// graphemeBoundary applies GB3–GB999 in order between prev and cur.
func graphemeBoundary(prev, cur gcb, c rune, riRun int, pictZWJ bool, incb int) bool {
	switch {
	case prev == gcbCR && cur == gcbLF: // GB3
		return false
	case prev == gcbCR || prev == gcbLF || prev == gcbControl: // GB4
		return true
	case cur == gcbCR || cur == gcbLF || cur == gcbControl: // GB5
		return true
	case prev == gcbL && (cur == gcbL || cur == gcbV || cur == gcbLV || cur == gcbLVT): // GB6
		return false
	case (prev == gcbLV || prev == gcbV) && (cur == gcbV || cur == gcbT): // GB7
		return false
	case (prev == gcbLVT || prev == gcbT) && cur == gcbT: // GB8
		return false
	case cur == gcbExtend || cur == gcbZWJ: // GB9
		return false
	case cur == gcbSpacingMark: // GB9a
		return false
	case prev == gcbPrepend: // GB9b
		return false
	case incb == 2 && isInCBConsonant(c): // GB9c
		return false
	case pictZWJ && isExtPict.has(c): // GB11
		return false
	case prev == gcbRI && cur == gcbRI && riRun%2 == 1: // GB12, GB13
		return false
	}
	return true // GB999
}

// ---- Words (UAX #29 §4) ----

// wb is a Word_Break value (UAX #29 table 3), plus three classes of Kiln's
// own for text ICU's rules treat apart (see wordBoundary).
type wb uint8

const (
	wbOther wb = iota
	wbCR
	wbLF
	wbNewline
	wbExtend
	wbZWJ
	wbRI
	wbFormat
	wbKatakana
	wbHebrewLetter
	wbALetter
	wbSingleQuote
	wbDoubleQuote
	wbMidNumLet
	wbMidLetter
	wbMidNum
	wbNumeric
	wbExtendNumLet
	wbWSegSpace
	wbIdeographic // Ideographic or Script=Han: ALetter excludes it, ICU splits runs by dictionary
	wbHiragana    // Script=Hiragana: Other in UAX #29, but word-like in ICU
	wbHangul      // Hangul syllables: ALetter in UAX #29, a class of their own in ICU
)

// wordClass is Word_Break by table 3's definitions.
func wordClass(c rune) wb {
	if c < 0x80 {
		return asciiWordClass[c]
	}
	switch c {
	case 0x85, 0x2028, 0x2029:
		return wbNewline
	case 0x200D:
		return wbZWJ
	case 0x2018, 0x2019, 0x2024, 0xFE52, 0xFF07, 0xFF0E:
		return wbMidNumLet
	case 0xB7, 0x387, 0x55F, 0x5F4, 0x2027, 0xFE13, 0xFE55, 0xFF1A:
		return wbMidLetter
	case 0x37E, 0x589, 0x60C, 0x60D, 0x66C, 0x7F8, 0x2044, 0xFE50, 0xFE54, 0xFF0C, 0xFF1B:
		// Not the vertical forms FE10 and FE14, which node does
		// not treat as MidNum.
		return wbMidNum
	case 0x66B:
		return wbNumeric
	case 0x202F:
		return wbExtendNumLet
	case 0x3031, 0x3032, 0x3033, 0x3034, 0x3035, 0x309B, 0x309C, 0x30A0, 0x30FC, 0xFF70:
		return wbKatakana
	}
	switch {
	case isRegionalIndicator(c):
		return wbRI
	case isGraphemeExtend.has(c) || gcMc.has(c) || isEmojiModifier.has(c):
		return wbExtend
	case isPCM.has(c):
		// Line_Break=Numeric, as the number signs they are.
		return wbNumeric
	case gcCf.has(c):
		if c >= 0x200B && c <= 0x200D {
			return wbOther
		}
		return wbFormat
	case scKatakana.has(c):
		return wbKatakana
	case scHebrew.has(c) && gcLo.has(c):
		return wbHebrewLetter
	case isIdeographic.has(c) || scHan.has(c) && gcL.has(c):
		return wbIdeographic
	case c >= 0xAC00 && c <= 0xD7A3:
		return wbHangul
	case scHiragana.has(c):
		return wbHiragana
	case gcNd.has(c):
		return wbNumeric
	case gcPc.has(c):
		return wbExtendNumLet
	case gcZs.has(c):
		if c == 0xA0 || c == 0x2007 {
			return wbOther // Line_Break=Glue
		}
		return wbWSegSpace
	}
	// ICU counts Complex_Context as a letter for the rules
	// (its $ALetterPlus) before its dictionary splits the run.
	if isComplex(c) || isAlphabetic.has(c) || isALetterExtra(c) {
		return wbALetter
	}
	return wbOther
}

// isComplex approximates Line_Break=Complex_Context: the letters and marks
// of the scripts in complexScripts, and the few of their symbols and
// punctuation that are SA too, but not their digits.
func isComplex(c rune) bool {
	if inRanges(c, [2]rune{0x109E, 0x109F}, [2]rune{0x19DA, 0x19DA}, [2]rune{0x19DE, 0x19DF},
		[2]rune{0x1AA0, 0x1AAD}, [2]rune{0xAA77, 0xAA79}, [2]rune{0xAADE, 0xAADF}) {
		return true
	}
	if !gcL.has(c) && !gcM.has(c) {
		return false
	}
	for _, sc := range complexScripts {
		if sc.has(c) {
			return true
		}
	}
	return false
}

// isALetterExtra is the list table 3 adds to Alphabetic for ALetter:
// modifier letters and marks that behave as letters inside words.
func isALetterExtra(c rune) bool {
	return inRanges(c, [2]rune{0x02C2, 0x02C5}, [2]rune{0x02D2, 0x02D7}, [2]rune{0x02DE, 0x02DF},
		[2]rune{0x02E5, 0x02EB}, [2]rune{0x02ED, 0x02ED}, [2]rune{0x02EF, 0x02FF}, [2]rune{0x055A, 0x055C},
		[2]rune{0x055E, 0x055E}, [2]rune{0x058A, 0x058A}, [2]rune{0x05F3, 0x05F3}, [2]rune{0xA708, 0xA716},
		[2]rune{0xA720, 0xA721}, [2]rune{0xA789, 0xA78A}, [2]rune{0xAB5B, 0xAB5B})
}

// asciiWordClass is wordClass for ASCII. It is written out, not computed
// by a function call at package level, so that the linker lays it out and
// no process pays for building it before main.
var asciiWordClass = [0x80]wb{
	'\n': wbLF, '\v': wbNewline, '\f': wbNewline, '\r': wbCR,
	' ': wbWSegSpace, '"': wbDoubleQuote, '\'': wbSingleQuote, ',': wbMidNum, '.': wbMidNumLet,
	'0': wbNumeric, '1': wbNumeric, '2': wbNumeric, '3': wbNumeric, '4': wbNumeric,
	'5': wbNumeric, '6': wbNumeric, '7': wbNumeric, '8': wbNumeric, '9': wbNumeric,
	':': wbMidLetter, ';': wbMidNum, '_': wbExtendNumLet,
	'A': wbALetter, 'B': wbALetter, 'C': wbALetter, 'D': wbALetter, 'E': wbALetter, 'F': wbALetter, 'G': wbALetter, 'H': wbALetter, 'I': wbALetter,
	'J': wbALetter, 'K': wbALetter, 'L': wbALetter, 'M': wbALetter, 'N': wbALetter, 'O': wbALetter, 'P': wbALetter, 'Q': wbALetter, 'R': wbALetter,
	'S': wbALetter, 'T': wbALetter, 'U': wbALetter, 'V': wbALetter, 'W': wbALetter, 'X': wbALetter, 'Y': wbALetter, 'Z': wbALetter,
	'a': wbALetter, 'b': wbALetter, 'c': wbALetter, 'd': wbALetter, 'e': wbALetter, 'f': wbALetter, 'g': wbALetter, 'h': wbALetter, 'i': wbALetter,
	'j': wbALetter, 'k': wbALetter, 'l': wbALetter, 'm': wbALetter, 'n': wbALetter, 'o': wbALetter, 'p': wbALetter, 'q': wbALetter, 'r': wbALetter,
	's': wbALetter, 't': wbALetter, 'u': wbALetter, 'v': wbALetter, 'w': wbALetter, 'x': wbALetter, 'y': wbALetter, 'z': wbALetter,
}

func (k wb) ignorable() bool { return k == wbExtend || k == wbFormat || k == wbZWJ }
func (k wb) newline() bool   { return k == wbCR || k == wbLF || k == wbNewline }
func (k wb) ahLetter() bool  { return k == wbALetter || k == wbHebrewLetter }
func (k wb) midNumLetQ() bool {
	return k == wbMidNumLet || k == wbSingleQuote
}

// wordLikeClass is what makes a segment word-like in ICU's rule statuses
// (UBRK_WORD_NUMBER, _LETTER, _KANA, _IDEO): letters, digits, kana,
// ideographs. Emoji, spaces and punctuation are UBRK_WORD_NONE.
func (k wb) wordLike() bool {
	switch k {
	case wbALetter, wbHebrewLetter, wbNumeric, wbKatakana, wbHiragana, wbIdeographic, wbHangul:
		return true
	}
	return false
}

// wordBreaks returns the word boundaries of cps as code point indices (0
// and len(cps) included, WB1/WB2) and whether each segment is word-like.
//
// WB4 ("X (Extend | Format | ZWJ)* → X") is applied by looking past the
// ignorable classes: eff[i] is the index of the code point that stands for
// position i in the rules, and the rules read the classes of the effective
// code points around a position.
func wordBreaks(cps []rune) ([]int, []bool) {
	n := len(cps)
	out := []int{0}
	if n == 0 {
		return out, nil
	}
	cls := make([]wb, n)
	for i, c := range cps {
		cls[i] = wordClass(c)
	}
	// eff[i]: i itself, or for an ignorable code point the one it
	// attaches to, unless that is a newline (WB4 does not reach past
	// sot, CR, LF or Newline).
	eff := make([]int, n)
	for i := range cps {
		eff[i] = i
		if i > 0 && cls[i].ignorable() && !cls[i-1].newline() {
			eff[i] = eff[i-1]
		}
	}
	// nextEff[i]: the first non-ignorable position after i, or n.
	nextEff := make([]int, n+1)
	nextEff[n] = n
	for i := n - 1; i >= 0; i-- {
		if i+1 < n && cls[i+1].ignorable() {
			nextEff[i] = nextEff[i+1]
		} else {
			nextEff[i] = i + 1
		}
	}
	at := func(i int) wb {
		if i < 0 || i >= n {
			return wbOther
		}
		return cls[i]
	}
	riRun := 0 // WB15/16: regional indicators in a row ending at the previous effective code point
	if cls[0] == wbRI {
		riRun = 1
	}
	segStart := 0
	var wordLike []bool
	closeSeg := func(end int) {
		wordLike = append(wordLike, wordSegmentLike(cls[segStart:end]))
		segStart = end
	}
	for i := 1; i < n; i++ {
		p := eff[i-1]
		before := -1 // the effective code point before p
		if p > 0 {
			before = eff[p-1]
		}
		after := nextEff[i] // the effective code point after i
		if wordBoundary(at(i-1), cls[i], cps[i], at(before), cls[p], at(after), riRun) {
			out = append(out, i)
			closeSeg(i)
		}
		if !cls[i].ignorable() || eff[i] == i {
			if cls[i] == wbRI {
				riRun++
			} else {
				riRun = 0
			}
		}
	}
	closeSeg(n)
	return append(out, n), wordLike
}

// wordBoundary applies WB3–WB999 between raw (the code point just before
// the position) and cur (the one just after), where prev is the effective
// class before the position, before the one before it, and after the
// effective class following cur.
func wordBoundary(raw, cur wb, c rune, before, prev, after wb, riRun int) bool {
	switch {
	case raw == wbCR && cur == wbLF: // WB3
		return false
	case raw.newline(): // WB3a
		return true
	case cur.newline(): // WB3b
		return true
	case raw == wbZWJ && isExtPict.has(c): // WB3c
		return false
	case raw == wbWSegSpace && cur == wbWSegSpace: // WB3d
		return false
	case cur.ignorable(): // WB4
		return false
	case prev.ahLetter() && cur.ahLetter(): // WB5
		return false
	case prev.ahLetter() && (cur == wbMidLetter || cur.midNumLetQ()) && after.ahLetter(): // WB6
		return false
	case before.ahLetter() && (prev == wbMidLetter || prev.midNumLetQ()) && cur.ahLetter(): // WB7
		return false
	case prev == wbHebrewLetter && cur == wbSingleQuote: // WB7a
		return false
	case prev == wbHebrewLetter && cur == wbDoubleQuote && after == wbHebrewLetter: // WB7b
		return false
	case before == wbHebrewLetter && prev == wbDoubleQuote && cur == wbHebrewLetter: // WB7c
		return false
	case prev == wbNumeric && cur == wbNumeric: // WB8
		return false
	case prev.ahLetter() && cur == wbNumeric: // WB9
		return false
	case prev == wbNumeric && cur.ahLetter(): // WB10
		return false
	case before == wbNumeric && (prev == wbMidNum || prev.midNumLetQ()) && cur == wbNumeric: // WB11
		return false
	case prev == wbNumeric && (cur == wbMidNum || cur.midNumLetQ()) && after == wbNumeric: // WB12
		return false
	case prev == wbKatakana && cur == wbKatakana: // WB13
		return false
	case (prev.ahLetter() || prev == wbNumeric || prev == wbKatakana || prev == wbExtendNumLet) &&
		cur == wbExtendNumLet: // WB13a
		return false
	case prev == wbExtendNumLet && (cur.ahLetter() || cur == wbNumeric || cur == wbKatakana): // WB13b
		return false
	case prev == wbRI && cur == wbRI && riRun%2 == 1: // WB15, WB16
		return false
	case prev == wbHangul && cur == wbHangul:
		// ICU keeps Hangul words together, but apart from Latin
		// letters and digits.
		return false
	case prev == wbIdeographic && cur == wbIdeographic:
		// ICU splits runs of ideographs (and of Thai-like scripts,
		// which are letters here) with dictionaries; Kiln keeps each
		// run as one word, which is what the dictionary gives for a
		// single word.
		return false
	}
	return true // WB999
}

// wordSegmentLike is ICU's isWordLike for a segment with these classes:
// it has a letter, digit, kana or ideograph, or it was joined by WB13a
// alone (ICU gives "__" the letter status but a lone "_" none).
func wordSegmentLike(cls []wb) bool {
	enl := 0
	for _, k := range cls {
		if k.wordLike() {
			return true
		}
		if k == wbExtendNumLet {
			enl++
		}
	}
	return enl > 1
}

// ---- Sentences (UAX #29 §5) ----

// sb is a Sentence_Break value (UAX #29 table 4).
type sb uint8

const (
	sbOther sb = iota
	sbCR
	sbLF
	sbSep
	sbExtend
	sbFormat
	sbSp
	sbLower
	sbUpper
	sbOLetter
	sbNumeric
	sbATerm
	sbSContinue
	sbSTerm
	sbClose
)

// sentenceClass is Sentence_Break by table 4's definitions.
func sentenceClass(c rune) sb {
	switch c {
	case '\r':
		return sbCR
	case '\n':
		return sbLF
	case 0x85, 0x2028, 0x2029:
		return sbSep
	case 0x200D:
		return sbExtend
	case '.', 0x2024, 0xFE52, 0xFF0E:
		return sbATerm
	case ',', '-', ':', ';', 0x37E, 0x55D, 0x60C, 0x60D, 0x7F8, 0x1802, 0x1808, 0x2013, 0x2014, 0x3001,
		0xFE10, 0xFE11, 0xFE13, 0xFE31, 0xFE32, 0xFE50, 0xFE51, 0xFE55, 0xFE58, 0xFE63, 0xFF0C, 0xFF0D,
		0xFF1A, 0xFF1B, 0xFF64:
		return sbSContinue
	case 0x5F3:
		// Not U+00A0 as table 4 has it: node's ICU takes the
		// no-break space for Sp, as White_Space says.
		return sbOLetter
	case '"', '\'':
		return sbClose // Line_Break=Quotation
	case 0x66B, 0x66C:
		return sbNumeric
	}
	switch {
	case isGraphemeExtend.has(c) || gcMc.has(c):
		return sbExtend
	case gcCf.has(c) && c != 0x200C:
		return sbFormat
	case isWhiteSpace.has(c):
		return sbSp
	case isLowercase.has(c):
		return sbLower
	case isUppercase.has(c) || gcLt.has(c):
		return sbUpper
	case isAlphabetic.has(c):
		return sbOLetter
	case gcNd.has(c):
		return sbNumeric
	case isSTerm.has(c):
		return sbSTerm
	case gcPs.has(c) || gcPe.has(c) || gcPi.has(c) || gcPf.has(c) || inRanges(c, [2]rune{0x275B, 0x2760}, [2]rune{0x2E00, 0x2E0D},
		[2]rune{0x1F676, 0x1F678}):
		return sbClose
	}
	return sbOther
}

func (k sb) paraSep() bool { return k == sbSep || k == sbCR || k == sbLF }

// sentenceBreaks returns the sentence boundaries of cps as code point
// indices (0 and len(cps) included, SB1/SB2).
//
// SB5 ("X (Extend | Format)* → X") is applied as WB4 is for words. The
// rules SB8–SB11 look back over "SATerm Close* Sp*", which a running state
// tracks, and SB8 looks ahead for a lowercase letter, which a backward
// pass precomputes, so the whole pass stays linear.
func sentenceBreaks(cps []rune) []int {
	n := len(cps)
	out := []int{0}
	if n == 0 {
		return out
	}
	cls := make([]sb, n)
	for i, c := range cps {
		cls[i] = sentenceClass(c)
	}
	ignorable := func(k sb) bool { return k == sbExtend || k == sbFormat }
	// strong[i]: the class of the first effective code point at or after
	// i that is OLetter, Upper, Lower, ParaSep or SATerm (SB8), or
	// sbOther when none follows.
	strong := make([]sb, n+1)
	strong[n] = sbOther
	for i := n - 1; i >= 0; i-- {
		switch k := cls[i]; k {
		case sbOLetter, sbUpper, sbLower, sbSep, sbCR, sbLF, sbATerm, sbSTerm:
			strong[i] = k
		default:
			strong[i] = strong[i+1]
		}
	}
	state, aterm := sbNone, false
	prev, before := sbOther, sbOther // effective classes before the position
	step := func(k sb) {
		switch {
		case k == sbATerm || k == sbSTerm:
			state, aterm = sbInClose, k == sbATerm
		case k == sbClose && state == sbInClose:
		case k == sbSp && state != sbNone:
			state = sbInSp
		default:
			state = sbNone
		}
		before, prev = prev, k
	}
	step(cls[0])
	for i := 1; i < n; i++ {
		raw, cur := cls[i-1], cls[i]
		brk := false
		switch {
		case raw == sbCR && cur == sbLF: // SB3
		case raw.paraSep(): // SB4
			brk = true
		case ignorable(cur): // SB5
		case prev == sbATerm && cur == sbNumeric: // SB6
		case prev == sbATerm && (before == sbUpper || before == sbLower) && cur == sbUpper: // SB7
		default:
			brk = sentenceAfterTerm(state, aterm, cur, strong[i])
		}
		if brk {
			out = append(out, i)
		}
		if !ignorable(cur) || raw.paraSep() {
			step(cur)
		}
	}
	return append(out, n)
}

// sbState is what sentenceBreaks knows of the text before a position:
// whether it ends with "SATerm Close*" or "SATerm Close* Sp+".
type sbState uint8

const (
	sbNone sbState = iota
	sbInClose
	sbInSp
)

// sentenceAfterTerm applies SB8–SB998 after a position whose look-behind
// state is given; aterm says whether its SATerm is an ATerm.
func sentenceAfterTerm(state sbState, aterm bool, cur, strong sb) bool {
	if state == sbNone {
		return false // SB998
	}
	switch {
	case aterm && strong == sbLower: // SB8
		return false
	case cur == sbSContinue || cur == sbATerm || cur == sbSTerm: // SB8a
		return false
	case state == sbInClose && (cur == sbClose || cur == sbSp || cur.paraSep()): // SB9
		return false
	case cur == sbSp || cur.paraSep(): // SB10
		return false
	}
	return true // SB11
}
