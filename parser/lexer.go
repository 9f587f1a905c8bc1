package parser

// The lexer is not a separate pass: the parser pulls one token at a time and
// tells the lexer what it expects where the grammar is ambiguous at the
// character level. A '/' is division or the start of a regular expression
// depending on the parser's position (ECMA-262 §12 "the InputElementRegExp
// goal"), and a '}' closes a block or resumes a template, so the parser calls
// rescanRegExp and rescanTemplate at those points.
//
// Identifiers and keywords share one token (tName): the parser compares the
// decoded name, and `escaped` records whether the name was spelled with
// \u escapes, which keywords must not be (ECMA-262 §12.7.2).

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/kilnjs/kiln/regex"
)

type token uint8

const (
	tEOF token = iota
	tName
	tPrivateName
	tNumber
	tBigInt
	tString
	tTemplate     // a NoSubstitutionTemplate or a TemplateTail
	tTemplateHead // a TemplateHead or a TemplateMiddle: `...${
	tRegExp

	tLBrace
	tRBrace
	tLParen
	tRParen
	tLBracket
	tRBracket
	tDot
	tEllipsis
	tSemi
	tComma
	tLt
	tGt
	tLe
	tGe
	tEqEq
	tNe
	tEqEqEq
	tNeEq
	tPlus
	tMinus
	tStar
	tSlash
	tPercent
	tStarStar
	tPlusPlus
	tMinusMinus
	tShl
	tShr
	tUShr
	tAmp
	tBar
	tCaret
	tBang
	tTilde
	tAmpAmp
	tBarBar
	tQuestionQuestion
	tQuestion
	tQuestionDot
	tColon
	tEq
	tPlusEq
	tMinusEq
	tStarEq
	tSlashEq
	tPercentEq
	tStarStarEq
	tShlEq
	tShrEq
	tUShrEq
	tAmpEq
	tBarEq
	tCaretEq
	tAmpAmpEq
	tBarBarEq
	tQuestionQuestionEq
	tArrow
	tHash // only as a lone '#', which is always an error
)

// punctText is indexed by token; other tokens have no entry ("").
var punctText = [...]string{
	tLBrace: "{", tRBrace: "}", tLParen: "(", tRParen: ")", tLBracket: "[", tRBracket: "]", tDot: ".",
	tEllipsis: "...", tSemi: ";", tComma: ",", tLt: "<", tGt: ">", tLe: "<=", tGe: ">=", tEqEq: "==",
	tNe: "!=", tEqEqEq: "===", tNeEq: "!==", tPlus: "+", tMinus: "-", tStar: "*", tSlash: "/",
	tPercent: "%", tStarStar: "**", tPlusPlus: "++", tMinusMinus: "--", tShl: "<<", tShr: ">>",
	tUShr: ">>>", tAmp: "&", tBar: "|", tCaret: "^", tBang: "!", tTilde: "~", tAmpAmp: "&&",
	tBarBar: "||", tQuestionQuestion: "??", tQuestion: "?", tQuestionDot: "?.", tColon: ":", tEq: "=",
	tPlusEq: "+=", tMinusEq: "-=", tStarEq: "*=", tSlashEq: "/=", tPercentEq: "%=", tStarStarEq: "**=",
	tShlEq: "<<=", tShrEq: ">>=", tUShrEq: ">>>=", tAmpEq: "&=", tBarEq: "|=", tCaretEq: "^=",
	tAmpAmpEq: "&&=", tBarBarEq: "||=", tQuestionQuestionEq: "??=", tArrow: "=>", tHash: "#",
}

// lexError aborts lexing and parsing; it is recovered in Parse.
type lexError struct {
	msg string
	pos int32
	end int32 // end of the range V8 underlines, or 0 for one character
}

type lexer struct {
	src    string
	module bool // HTML-like comments are not allowed in modules (ECMA-262 §B.1.1)

	pos      int // next byte to read
	tok      token
	start    int // current token's first byte
	end      int // one past the current token's last byte
	nlBefore bool

	// Token values.
	name      string   // tName/tPrivateName: the decoded name
	escaped   bool     // tName: spelled with a \u escape
	num       float64  // tNumber
	bigint    string   // tBigInt: decimal digits
	str       []uint16 // tString, template cooked value
	strOK     bool     // template: cooked value is valid
	rawTmpl   string   // template raw value
	tmplErr   string   // template: message for the first invalid escape
	tmplErrAt int
	// octalAt is the position of a legacy octal literal or escape (or \8 \9,
	// or a leading-zero decimal) in the current token, -1 if none; octalMsg is
	// the strict-mode error for it.
	octalAt  int
	octalMsg string
	regexPat string
	regexFlg string

	// sawToken is set once the first token has been scanned: before it, the
	// start of the input counts as the start of a line for `-->`.
	sawToken bool
}

func (l *lexer) fail(pos int, msg string) {
	panic(lexError{msg: msg, pos: int32(pos)})
}

// failRange is fail for an error V8 reports over [start, end): for a bad
// literal, from its start to where it went wrong.
func (l *lexer) failRange(start, end int, msg string) {
	panic(lexError{msg: msg, pos: int32(start), end: int32(end)})
}

func isLineTerminator(r rune) bool {
	return r == '\n' || r == '\r' || r == 0x2028 || r == 0x2029
}

func isWhiteSpace(r rune) bool {
	switch r {
	case '\t', '\v', '\f', ' ', 0xa0, 0xfeff:
		return true
	}
	return r > 0x7f && unicode.Is(unicode.Zs, r)
}

// asciiName classes the ASCII characters of names: nameStart for those
// that may begin one (IdentifierStartChar), namePart for the digits, which
// may only continue one, 0 for the rest.
var asciiName = [256]uint8{
	'$': nameStart, '_': nameStart,
	'0': namePart, '1': namePart, '2': namePart, '3': namePart, '4': namePart,
	'5': namePart, '6': namePart, '7': namePart, '8': namePart, '9': namePart,
	'a': nameStart, 'b': nameStart, 'c': nameStart, 'd': nameStart, 'e': nameStart, 'f': nameStart,
	'g': nameStart, 'h': nameStart, 'i': nameStart, 'j': nameStart, 'k': nameStart, 'l': nameStart,
	'm': nameStart, 'n': nameStart, 'o': nameStart, 'p': nameStart, 'q': nameStart, 'r': nameStart,
	's': nameStart, 't': nameStart, 'u': nameStart, 'v': nameStart, 'w': nameStart, 'x': nameStart,
	'y': nameStart, 'z': nameStart,
	'A': nameStart, 'B': nameStart, 'C': nameStart, 'D': nameStart, 'E': nameStart, 'F': nameStart,
	'G': nameStart, 'H': nameStart, 'I': nameStart, 'J': nameStart, 'K': nameStart, 'L': nameStart,
	'M': nameStart, 'N': nameStart, 'O': nameStart, 'P': nameStart, 'Q': nameStart, 'R': nameStart,
	'S': nameStart, 'T': nameStart, 'U': nameStart, 'V': nameStart, 'W': nameStart, 'X': nameStart,
	'Y': nameStart, 'Z': nameStart,
}

const (
	namePart  = 1
	nameStart = 2
)

// ECMA-262 §12.7 IdentifierStartChar: UnicodeIDStart, $ or _. Non-ASCII code points use regex's ID_Start table,
// generated from node's Unicode version (Go's unicode package is older).
func isIDStart(r rune) bool {
	if r < 0x80 {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '$' || r == '_'
	}
	return regex.IsIDStart(r)
}

// ECMA-262 §12.7 IdentifierPartChar: UnicodeIDContinue, $, ZWNJ or ZWJ.
func isIDPart(r rune) bool {
	if r < 0x80 {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '$' || r == '_'
	}
	return regex.IsIDPart(r)
}

func (l *lexer) peekRune(at int) (rune, int) {
	if at >= len(l.src) {
		return -1, 0
	}
	c := l.src[at]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(l.src[at:])
}

// skipSpace skips white space and comments, setting nlBefore when it crosses
// a line terminator.
func (l *lexer) skipSpace() {
	for l.pos < len(l.src) {
		c := l.src[l.pos]
		switch {
		case c == ' ' || c == '\t' || c == '\v' || c == '\f':
			l.pos++
		case c == '\n' || c == '\r':
			l.pos++
			l.nlBefore = true
		case c == '/' && l.pos+1 < len(l.src) && l.src[l.pos+1] == '/':
			l.skipLineComment(l.pos + 2)
		case c == '/' && l.pos+1 < len(l.src) && l.src[l.pos+1] == '*':
			end := strings.Index(l.src[l.pos+2:], "*/")
			if end < 0 {
				l.fail(len(l.src), "Invalid or unexpected token")
			}
			body := l.src[l.pos+2 : l.pos+2+end]
			if strings.ContainsAny(body, "\n\r\u2028\u2029") {
				l.nlBefore = true
			}
			l.pos += end + 4
		case c == '<' && strings.HasPrefix(l.src[l.pos:], "<!--"):
			// ECMA-262 §B.1.1 SingleLineHTMLOpenComment (scripts only).
			if l.module {
				l.fail(l.pos, "HTML comments are not allowed in modules")
			}
			l.skipLineComment(l.pos + 4)
		case c == '-' && (l.nlBefore || !l.sawToken) && strings.HasPrefix(l.src[l.pos:], "-->"):
			// ECMA-262 §B.1.1 SingleLineHTMLCloseComment: only at the start of a line.
			if l.module {
				l.fail(l.pos, "HTML comments are not allowed in modules")
			}
			l.skipLineComment(l.pos + 3)
		case c >= utf8.RuneSelf:
			r, n := utf8.DecodeRuneInString(l.src[l.pos:])
			if isLineTerminator(r) {
				l.nlBefore = true
			} else if !isWhiteSpace(r) {
				return
			}
			l.pos += n
		default:
			return
		}
	}
}

func (l *lexer) skipLineComment(from int) {
	l.pos = from
	for l.pos < len(l.src) {
		r, n := l.peekRune(l.pos)
		if isLineTerminator(r) {
			return
		}
		l.pos += n
	}
}

// next scans the next token in the InputElementDiv goal.
func (l *lexer) next() {
	l.nlBefore = false
	l.escaped = false
	l.octalAt = -1
	l.skipSpace()
	l.start = l.pos
	if l.pos >= len(l.src) {
		l.tok = tEOF
		l.end = l.pos
		return
	}
	c := l.src[l.pos]
	switch {
	case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '$' || c == '_' || c == '\\':
		l.scanName()
		l.tok = tName
	case c >= '0' && c <= '9':
		l.scanNumber()
	case c == '.' && l.pos+1 < len(l.src) && l.src[l.pos+1] >= '0' && l.src[l.pos+1] <= '9':
		l.scanNumber()
	case c == '"' || c == '\'':
		l.scanString(c)
	case c == '`':
		l.pos++
		l.scanTemplate()
	case c == '#':
		l.pos++
		if r, _ := l.peekRune(l.pos); l.pos < len(l.src) && (isIDStart(r) || r == '\\') {
			l.scanName()
			l.name = "#" + l.name
			l.tok = tPrivateName
		} else {
			l.fail(l.start, "Invalid or unexpected token")
		}
	case c >= utf8.RuneSelf:
		r, _ := utf8.DecodeRuneInString(l.src[l.pos:])
		if isIDStart(r) {
			l.scanName()
			l.tok = tName
		} else {
			l.fail(l.pos, "Invalid or unexpected token")
		}
	default:
		l.scanPunct()
	}
	l.end = l.pos
	l.sawToken = true
}

func (l *lexer) scanPunct() {
	s := l.src[l.pos:]
	at := func(i int) byte {
		if i < len(s) {
			return s[i]
		}
		return 0
	}
	tok, n := tEOF, 1
	switch s[0] {
	case '{':
		tok = tLBrace
	case '}':
		tok = tRBrace
	case '(':
		tok = tLParen
	case ')':
		tok = tRParen
	case '[':
		tok = tLBracket
	case ']':
		tok = tRBracket
	case ';':
		tok = tSemi
	case ',':
		tok = tComma
	case ':':
		tok = tColon
	case '~':
		tok = tTilde
	case '.':
		tok = tDot
		if at(1) == '.' && at(2) == '.' {
			tok, n = tEllipsis, 3
		}
	case '<':
		tok = tLt
		switch {
		case at(1) == '<' && at(2) == '=':
			tok, n = tShlEq, 3
		case at(1) == '<':
			tok, n = tShl, 2
		case at(1) == '=':
			tok, n = tLe, 2
		}
	case '>':
		tok = tGt
		switch {
		case at(1) == '>' && at(2) == '>' && at(3) == '=':
			tok, n = tUShrEq, 4
		case at(1) == '>' && at(2) == '>':
			tok, n = tUShr, 3
		case at(1) == '>' && at(2) == '=':
			tok, n = tShrEq, 3
		case at(1) == '>':
			tok, n = tShr, 2
		case at(1) == '=':
			tok, n = tGe, 2
		}
	case '=':
		tok = tEq
		switch {
		case at(1) == '=' && at(2) == '=':
			tok, n = tEqEqEq, 3
		case at(1) == '=':
			tok, n = tEqEq, 2
		case at(1) == '>':
			tok, n = tArrow, 2
		}
	case '!':
		tok = tBang
		switch {
		case at(1) == '=' && at(2) == '=':
			tok, n = tNeEq, 3
		case at(1) == '=':
			tok, n = tNe, 2
		}
	case '+':
		tok = tPlus
		switch at(1) {
		case '+':
			tok, n = tPlusPlus, 2
		case '=':
			tok, n = tPlusEq, 2
		}
	case '-':
		tok = tMinus
		switch at(1) {
		case '-':
			tok, n = tMinusMinus, 2
		case '=':
			tok, n = tMinusEq, 2
		}
	case '*':
		tok = tStar
		switch {
		case at(1) == '*' && at(2) == '=':
			tok, n = tStarStarEq, 3
		case at(1) == '*':
			tok, n = tStarStar, 2
		case at(1) == '=':
			tok, n = tStarEq, 2
		}
	case '/':
		tok = tSlash
		if at(1) == '=' {
			tok, n = tSlashEq, 2
		}
	case '%':
		tok = tPercent
		if at(1) == '=' {
			tok, n = tPercentEq, 2
		}
	case '&':
		tok = tAmp
		switch {
		case at(1) == '&' && at(2) == '=':
			tok, n = tAmpAmpEq, 3
		case at(1) == '&':
			tok, n = tAmpAmp, 2
		case at(1) == '=':
			tok, n = tAmpEq, 2
		}
	case '|':
		tok = tBar
		switch {
		case at(1) == '|' && at(2) == '=':
			tok, n = tBarBarEq, 3
		case at(1) == '|':
			tok, n = tBarBar, 2
		case at(1) == '=':
			tok, n = tBarEq, 2
		}
	case '^':
		tok = tCaret
		if at(1) == '=' {
			tok, n = tCaretEq, 2
		}
	case '?':
		tok = tQuestion
		switch {
		case at(1) == '?' && at(2) == '=':
			tok, n = tQuestionQuestionEq, 3
		case at(1) == '?':
			tok, n = tQuestionQuestion, 2
		case at(1) == '.' && !(at(2) >= '0' && at(2) <= '9'):
			// ECMA-262 §12.8 OptionalChainingPunctuator: `?.` not followed by a digit.
			tok, n = tQuestionDot, 2
		}
	default:
		l.fail(l.pos, "Invalid or unexpected token")
	}
	l.tok = tok
	l.pos += n
}

// scanName scans an IdentifierName (or the part after '#'), decoding
// \u escapes.
func (l *lexer) scanName() {
	startPos := l.pos
	// Most names are ASCII throughout: take those a byte at a time from a
	// table, and leave the rune loop below to the rest of a name that has
	// an escape or a non-ASCII character.
	if l.pos < len(l.src) && asciiName[l.src[l.pos]] == nameStart {
		l.pos++
		for l.pos < len(l.src) && asciiName[l.src[l.pos]] != 0 {
			l.pos++
		}
		if l.pos == len(l.src) || l.src[l.pos] < utf8.RuneSelf && l.src[l.pos] != '\\' {
			l.name = l.src[startPos:l.pos]
			return
		}
	}
	var sb *strings.Builder
	first := l.pos == startPos
	for l.pos < len(l.src) {
		r, n := l.peekRune(l.pos)
		if r == '\\' {
			if sb == nil {
				sb = &strings.Builder{}
				sb.WriteString(l.src[startPos:l.pos])
			}
			escPos := l.pos
			if l.pos+1 >= len(l.src) || l.src[l.pos+1] != 'u' {
				l.fail(escPos, "Invalid or unexpected token")
			}
			l.pos += 2
			cp, ok := l.scanUnicodeEscapeBody()
			if !ok {
				l.fail(escPos, "Invalid Unicode escape sequence")
			}
			if first && !isIDStart(cp) || !first && !isIDPart(cp) {
				l.fail(escPos, "Invalid or unexpected token")
			}
			sb.WriteRune(cp)
			l.escaped = true
			first = false
			continue
		}
		if first && !isIDStart(r) || !first && !isIDPart(r) {
			break
		}
		if sb != nil {
			sb.WriteString(l.src[l.pos : l.pos+n])
		}
		l.pos += n
		first = false
	}
	if sb != nil {
		l.name = sb.String()
	} else {
		l.name = l.src[startPos:l.pos]
	}
}

// scanUnicodeEscapeBody reads XXXX or {X...} after `\u`.
func (l *lexer) scanUnicodeEscapeBody() (rune, bool) {
	if l.pos < len(l.src) && l.src[l.pos] == '{' {
		l.pos++
		var v rune
		digits := 0
		for l.pos < len(l.src) && l.src[l.pos] != '}' {
			d := hexVal(l.src[l.pos])
			if d < 0 {
				return 0, false
			}
			v = v*16 + rune(d)
			if v > 0x10ffff {
				return 0, false
			}
			digits++
			l.pos++
		}
		if l.pos >= len(l.src) || digits == 0 {
			return 0, false
		}
		l.pos++
		return v, true
	}
	if l.pos+4 > len(l.src) {
		return 0, false
	}
	var v rune
	for i := 0; i < 4; i++ {
		d := hexVal(l.src[l.pos+i])
		if d < 0 {
			return 0, false
		}
		v = v*16 + rune(d)
	}
	l.pos += 4
	return v, true
}

func hexVal(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// scanDigits reads digits valid for base with numeric separators, returning
// them without the separators (ECMA-262 §12.9.3 NumericLiteralSeparator).
func (l *lexer) scanDigits(base int, sepAllowed bool) string {
	start := l.pos
	var sb strings.Builder
	prevSep := false
	for l.pos < len(l.src) {
		c := l.src[l.pos]
		if c == '_' {
			if !sepAllowed {
				l.fail(l.pos, "Numeric separators are not allowed here")
			}
			if prevSep {
				l.fail(l.pos, "Only one underscore is allowed as numeric separator")
			}
			if l.pos == start {
				l.fail(l.pos, "Numeric separators are not allowed here")
			}
			prevSep = true
			l.pos++
			continue
		}
		d := hexVal(c)
		if d < 0 || d >= base {
			break
		}
		sb.WriteByte(c)
		prevSep = false
		l.pos++
	}
	if prevSep {
		l.fail(l.pos-1, "Numeric separators are not allowed at the end of numeric literals")
	}
	return sb.String()
}

func (l *lexer) scanNumber() {
	start := l.pos
	l.tok = tNumber
	s := l.src
	if s[l.pos] == '0' && l.pos+1 < len(s) {
		base := 0
		switch s[l.pos+1] {
		case 'x', 'X':
			base = 16
		case 'o', 'O':
			base = 8
		case 'b', 'B':
			base = 2
		}
		if base != 0 {
			l.pos += 2
			digits := l.scanDigits(base, true)
			if digits == "" {
				l.failRange(start, l.pos, "Invalid or unexpected token")
			}
			var v big.Int
			v.SetString(digits, base)
			if l.pos < len(s) && s[l.pos] == 'n' {
				l.pos++
				l.tok = tBigInt
				l.bigint = v.String()
			} else {
				l.num, _ = new(big.Float).SetInt(&v).Float64()
			}
			l.checkAfterNumber()
			return
		}
		if c := s[l.pos+1]; c >= '0' && c <= '9' || c == '_' {
			// Legacy octal (017) or a decimal with a leading zero (08, 019):
			// ECMA-262 §B.1.1, errors in strict mode.
			l.pos++
			octal := true
			for i := l.pos; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
				if s[i] >= '8' {
					octal = false
				}
			}
			if c == '_' {
				l.fail(l.pos, "Numeric separators are not allowed here")
			}
			l.octalAt = start
			if octal {
				digits := l.scanDigits(8, false)
				v, _ := strconv.ParseUint(digits, 8, 64)
				l.num = float64(v)
				if len(digits) > 20 {
					var b big.Int
					b.SetString(digits, 8)
					l.num, _ = new(big.Float).SetInt(&b).Float64()
				}
				l.octalMsg = "Octal literals are not allowed in strict mode."
				// A legacy octal literal has no BigInt form. `017.5` lexes as
				// 017 followed by the number .5, which the parser rejects as
				// V8 does ("Unexpected number").
				if l.pos < len(s) && s[l.pos] == 'n' {
					l.failRange(start, l.pos, "Invalid or unexpected token")
				}
				l.checkAfterNumber()
				return
			}
			l.octalMsg = "Decimals with leading zeros are not allowed in strict mode."
			l.scanDigits(10, false)
			if l.pos < len(s) && s[l.pos] == 'n' {
				l.failRange(start, l.pos, "Invalid or unexpected token")
			}
			l.scanFraction(start, false)
			return
		}
	}
	intPart := ""
	if s[l.pos] != '.' {
		intPart = l.scanDigits(10, true)
		if l.pos < len(s) && s[l.pos] == 'n' {
			l.pos++
			l.tok = tBigInt
			var v big.Int
			v.SetString(intPart, 10)
			l.bigint = v.String()
			l.checkAfterNumber()
			return
		}
	}
	l.scanFraction(start, true)
}

// scanFraction reads the rest of a decimal literal from l.pos (after the
// integer digits) and converts the whole literal.
func (l *lexer) scanFraction(start int, sep bool) {
	s := l.src
	if l.pos < len(s) && s[l.pos] == '.' {
		l.pos++
		if l.pos < len(s) && s[l.pos] == '_' {
			l.fail(l.pos, "Numeric separators are not allowed here")
		}
		l.scanDigits(10, sep)
	}
	if l.pos < len(s) && (s[l.pos] == 'e' || s[l.pos] == 'E') {
		l.pos++
		if l.pos < len(s) && (s[l.pos] == '+' || s[l.pos] == '-') {
			l.pos++
		}
		if l.pos < len(s) && s[l.pos] == '_' {
			l.fail(l.pos, "Numeric separators are not allowed here")
		}
		if d := l.scanDigits(10, sep); d == "" {
			l.failRange(start, l.pos, "Invalid or unexpected token")
		}
	}
	if l.pos < len(s) && s[l.pos] == 'n' {
		l.failRange(start, l.pos, "Invalid or unexpected token")
	}
	text := strings.ReplaceAll(s[start:l.pos], "_", "")
	v, err := strconv.ParseFloat(text, 64)
	if err != nil && !math.IsInf(v, 0) {
		l.failRange(start, l.pos, "Invalid or unexpected token")
	}
	l.num = v
	l.checkAfterNumber()
}

// checkAfterNumber enforces ECMA-262 §12.9.3: the source character
// immediately following a NumericLiteral must not be an IdentifierStart or
// DecimalDigit.
func (l *lexer) checkAfterNumber() {
	r, _ := l.peekRune(l.pos)
	if r >= 0 && (isIDStart(r) || r == '\\' || r >= '0' && r <= '9') {
		l.failRange(l.start, l.pos, "Invalid or unexpected token")
	}
}

// scanEscape decodes one escape sequence after the backslash at l.pos-1 and
// appends it to out. inTemplate selects template rules, where octal escapes
// are errors instead of legacy forms; it returns a message instead of
// failing so tagged templates can keep going.
func (l *lexer) scanEscape(out []uint16, inTemplate bool) ([]uint16, string) {
	escStart := l.pos - 1
	r, n := l.peekRune(l.pos)
	if r < 0 {
		l.fail(len(l.src), "Invalid or unexpected token")
	}
	l.pos += n
	switch r {
	case 'n':
		return append(out, '\n'), ""
	case 't':
		return append(out, '\t'), ""
	case 'r':
		return append(out, '\r'), ""
	case 'b':
		return append(out, '\b'), ""
	case 'f':
		return append(out, '\f'), ""
	case 'v':
		return append(out, '\v'), ""
	case '\r':
		if l.pos < len(l.src) && l.src[l.pos] == '\n' {
			l.pos++
		}
		return out, ""
	case '\n', 0x2028, 0x2029:
		return out, ""
	case 'x':
		if l.pos+2 <= len(l.src) && hexVal(l.src[l.pos]) >= 0 && hexVal(l.src[l.pos+1]) >= 0 {
			v := hexVal(l.src[l.pos])*16 + hexVal(l.src[l.pos+1])
			l.pos += 2
			return append(out, uint16(v)), ""
		}
		return out, "Invalid hexadecimal escape sequence"
	case 'u':
		braced := l.pos < len(l.src) && l.src[l.pos] == '{'
		save := l.pos
		cp, ok := l.scanUnicodeEscapeBody()
		if !ok {
			if braced {
				// Distinguish an out-of-range code point as V8 does.
				l.pos = save + 1
				for l.pos < len(l.src) && hexVal(l.src[l.pos]) >= 0 {
					l.pos++
				}
				if l.pos < len(l.src) && l.src[l.pos] == '}' && l.pos > save+1 {
					l.pos++
					return out, "Undefined Unicode code-point"
				}
			}
			l.pos = save
			return out, "Invalid Unicode escape sequence"
		}
		return appendRune16(out, cp), ""
	case '0', '1', '2', '3', '4', '5', '6', '7':
		next := byte(0)
		if l.pos < len(l.src) {
			next = l.src[l.pos]
		}
		if r == '0' && !(next >= '0' && next <= '9') {
			return append(out, 0), ""
		}
		if inTemplate {
			return out, "Octal escape sequences are not allowed in template strings"
		}
		// ECMA-262 §B.1.2 LegacyOctalEscapeSequence.
		v := int(r - '0')
		maxLen := 2
		if r <= '3' {
			maxLen = 3
		}
		for i := 1; i < maxLen && l.pos < len(l.src) && l.src[l.pos] >= '0' && l.src[l.pos] <= '7'; i++ {
			v = v*8 + int(l.src[l.pos]-'0')
			l.pos++
		}
		if l.octalAt < 0 {
			l.octalAt = escStart + 1
			l.octalMsg = "Octal escape sequences are not allowed in strict mode."
		}
		return append(out, uint16(v)), ""
	case '8', '9':
		if inTemplate {
			return out, "\\8 and \\9 are not allowed in template strings."
		}
		if l.octalAt < 0 {
			l.octalAt = escStart
			l.octalMsg = "\\8 and \\9 are not allowed in strict mode."
		}
		return append(out, uint16(r)), ""
	}
	return appendRune16(out, r), ""
}

func appendRune16(out []uint16, r rune) []uint16 {
	if r >= 0x10000 {
		a, b := utf16.EncodeRune(r)
		return append(out, uint16(a), uint16(b))
	}
	return append(out, uint16(r))
}

func (l *lexer) scanString(quote byte) {
	l.pos++
	l.tok = tString
	out := make([]uint16, 0, 16)
	for {
		if l.pos >= len(l.src) {
			l.failRange(l.start, l.pos, "Invalid or unexpected token")
		}
		c := l.src[l.pos]
		switch {
		case c == quote:
			l.pos++
			l.str = out
			return
		case c == '\\':
			l.pos++
			var msg string
			out, msg = l.scanEscape(out, false)
			if msg != "" {
				l.fail(l.pos-1, msg)
			}
		case c == '\n' || c == '\r':
			l.failRange(l.start, l.pos, "Invalid or unexpected token")
		case c < utf8.RuneSelf:
			out = append(out, uint16(c))
			l.pos++
		default:
			r, n := utf8.DecodeRuneInString(l.src[l.pos:])
			out = appendRune16(out, r)
			l.pos += n
		}
	}
}

// scanTemplate scans a template chunk starting after "`" or "}" up to and
// including "`" (tTemplate) or "${" (tTemplateHead).
func (l *lexer) scanTemplate() {
	out := make([]uint16, 0, 16)
	l.strOK = true
	l.tmplErr = ""
	chunkStart := l.pos
	for {
		if l.pos >= len(l.src) {
			l.fail(len(l.src), "Unexpected end of input")
		}
		c := l.src[l.pos]
		switch {
		case c == '`':
			l.finishTemplate(out, l.src[chunkStart:l.pos])
			l.pos++
			l.tok = tTemplate
			return
		case c == '$' && l.pos+1 < len(l.src) && l.src[l.pos+1] == '{':
			l.finishTemplate(out, l.src[chunkStart:l.pos])
			l.pos += 2
			l.tok = tTemplateHead
			return
		case c == '\\':
			escAt := l.pos
			l.pos++
			var msg string
			out, msg = l.scanEscape(out, true)
			if msg != "" && l.strOK {
				l.strOK = false
				l.tmplErr = msg
				l.tmplErrAt = escAt
			}
		case c == '\r':
			// ECMA-262 §12.9.6: CR and CRLF are normalised to LF in the
			// cooked value (finishTemplate does the raw value).
			l.pos++
			if l.pos < len(l.src) && l.src[l.pos] == '\n' {
				l.pos++
			}
			out = append(out, '\n')
		case c < utf8.RuneSelf:
			out = append(out, uint16(c))
			l.pos++
		default:
			r, n := utf8.DecodeRuneInString(l.src[l.pos:])
			out = appendRune16(out, r)
			l.pos += n
		}
	}
}

func (l *lexer) finishTemplate(cooked []uint16, raw string) {
	if strings.IndexByte(raw, '\r') >= 0 {
		raw = strings.ReplaceAll(strings.ReplaceAll(raw, "\r\n", "\n"), "\r", "\n")
	}
	if l.strOK {
		l.str = cooked
	} else {
		l.str = nil
	}
	l.rawTmpl = raw
}

// rescanTemplate continues a template after the '}' that ends a
// substitution; the current token must be tRBrace.
func (l *lexer) rescanTemplate() {
	l.pos = l.start + 1
	l.escaped = false
	l.octalAt = -1
	l.scanTemplate()
	l.end = l.pos
}

// rescanRegExp re-reads the current '/' or '/=' token as a regular
// expression literal (ECMA-262 §12.9.5).
func (l *lexer) rescanRegExp() {
	l.pos = l.start + 1
	inClass := false
	for {
		if l.pos >= len(l.src) {
			l.fail(l.start, "Invalid regular expression: missing /")
		}
		r, n := l.peekRune(l.pos)
		if isLineTerminator(r) {
			l.fail(l.start, "Invalid regular expression: missing /")
		}
		l.pos += n
		switch r {
		case '\\':
			r2, n2 := l.peekRune(l.pos)
			if r2 < 0 || isLineTerminator(r2) {
				l.fail(l.start, "Invalid regular expression: missing /")
			}
			l.pos += n2
		case '[':
			inClass = true
		case ']':
			inClass = false
		case '/':
			if !inClass {
				l.regexPat = l.src[l.start+1 : l.pos-1]
				flagStart := l.pos
				for l.pos < len(l.src) {
					r, n := l.peekRune(l.pos)
					if r == '\\' {
						l.fail(l.pos, "Invalid regular expression flags")
					}
					if !isIDPart(r) {
						break
					}
					l.pos += n
				}
				l.regexFlg = l.src[flagStart:l.pos]
				l.tok = tRegExp
				l.end = l.pos
				return
			}
		}
	}
}

// tokenText is the current token as V8 names it in "Unexpected token" messages.
func (l *lexer) tokenText() string {
	if l.tok == tEOF {
		return ""
	}
	if int(l.tok) < len(punctText) && punctText[l.tok] != "" {
		return punctText[l.tok]
	}
	return l.src[l.start:l.end]
}
