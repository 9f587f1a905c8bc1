package regex

import "errors"

// Flags is the set of RegExp flags, one bit each.
type Flags uint16

// The flag bits, in the order of RegExp.prototype.flags (§22.2.6.4): d g i m s u v y.
const (
	FlagGlobal Flags = 1 << iota
	FlagIgnoreCase
	FlagMultiline
	FlagDotAll
	FlagUnicode
	FlagSticky
	FlagHasIndices
	FlagUnicodeSets
)

var flagLetters = [...]struct {
	c byte
	f Flags
}{
	{'d', FlagHasIndices},
	{'g', FlagGlobal},
	{'i', FlagIgnoreCase},
	{'m', FlagMultiline},
	{'s', FlagDotAll},
	{'u', FlagUnicode},
	{'v', FlagUnicodeSets},
	{'y', FlagSticky},
}

// ParseFlags parses a flags string as the RegExp constructor does (§22.2.3.1 RegExpInitialize step 4): unknown or
// repeated letters, and u together with v, are errors with V8's wording.
func ParseFlags(s string) (Flags, error) {
	var f Flags
	for i := 0; i < len(s); i++ {
		bit := flagBit(s[i])
		if bit == 0 || f&bit != 0 {
			return 0, errors.New("Invalid flags supplied to RegExp constructor '" + s + "'")
		}
		f |= bit
	}
	if f&FlagUnicode != 0 && f&FlagUnicodeSets != 0 {
		return 0, errors.New("Invalid flags supplied to RegExp constructor '" + s + "'")
	}
	return f, nil
}

func flagBit(c byte) Flags {
	for _, l := range flagLetters {
		if l.c == c {
			return l.f
		}
	}
	return 0
}

// String gives the flags in canonical order, as RegExp.prototype.flags does.
func (f Flags) String() string {
	var b []byte
	for _, l := range flagLetters {
		if f&l.f != 0 {
			b = append(b, l.c)
		}
	}
	return string(b)
}

// unicodeMode reports whether the pattern is read as code points (u or v).
func (f Flags) unicodeMode() bool { return f&(FlagUnicode|FlagUnicodeSets) != 0 }
