package stdlib

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// The expected bytes and strings are node's: Buffer.from(s, enc) and
// buf.toString(enc) in node v20.

func TestEncodeString(t *testing.T) {
	for _, c := range []struct {
		name, s, enc string
		want         []byte
	}{
		{"utf8 replaces a lone surrogate", "a\xed\xa0\x80b", "utf8", []byte("a\uFFFDb")},
		{"latin1 keeps the low byte of each code unit", "é€\xed\xa0\x80", "latin1", []byte{0xe9, 0xac, 0x00}},
		{"utf16le keeps a lone surrogate as its code unit", "\xed\xa0\x80x", "utf16le", []byte{0x00, 0xd8, 0x78, 0x00}},
		{"utf16le writes a pair for an astral character", "😀", "ucs2", []byte{0x3d, 0xd8, 0x00, 0xde}},
		{"hex stops at the first pair that is not hex", "12zz34", "hex", []byte{0x12}},
		{"hex drops an odd last digit", "1g2", "hex", []byte{}},
		{"base64 skips characters outside the alphabet", "ab$cd", "base64", []byte{0x69, 0xb7, 0x1d}},
		{"base64 stops at the first padding", "YWJj=ZA", "base64", []byte("abc")},
		{"base64 reads the url alphabet too", "YW-_", "base64", []byte{0x61, 0x6f, 0xbf}},
		{"encoding names are case-insensitive", "hi", "UTF-16LE", []byte{'h', 0, 'i', 0}},
	} {
		t.Run(c.name, func(t *testing.T) {
			if diff := cmp.Diff(c.want, encodeString(c.s, c.enc)); diff != "" {
				t.Error(diff)
			}
		})
	}
}

func TestDecodeBytes(t *testing.T) {
	for _, c := range []struct {
		name, enc string
		data      []byte
		want      string
	}{
		{"utf8 replaces each maximal invalid subpart once", "utf8", []byte{0xe2, 0x82, 0x41, 0xf0, 0x90, 0x80, 0xff}, "\uFFFDA\uFFFD\uFFFD"},
		{"ascii clears the high bit", "ascii", []byte{0xff, 0xe9}, "\x7fi"},
		{"latin1 maps bytes to code points", "binary", []byte{0xe9, 0x41}, "éA"},
		{"utf16le drops an odd last byte", "utf16le", []byte{0x61, 0x00, 0x62}, "a"},
		{"utf16le keeps a lone surrogate", "utf16le", []byte{0x3d, 0xd8}, "\xed\xa0\xbd"},
		{"base64url has no padding", "base64url", []byte{0xfb, 0xff}, "-_8"},
		{"hex is lower case", "hex", []byte{0xab, 0x01}, "ab01"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if diff := cmp.Diff(c.want, decodeBytes(c.data, c.enc)); diff != "" {
				t.Error(diff)
			}
		})
	}
}

func TestWriteString(t *testing.T) {
	for _, c := range []struct {
		name, s, enc string
		size, want   int
	}{
		{"utf8 writes whole characters only", "a€€", "utf8", 5, 4},
		{"utf16le writes whole code units only", "abc", "utf16le", 5, 4},
		{"hex writes whole bytes", "abcdef", "hex", 2, 2},
		{"base64 fills what fits", "aGVsbG8=", "base64", 3, 3},
		{"latin1 cuts at the end", "abcdef", "latin1", 4, 4},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := writeString(make([]byte, c.size), c.s, c.enc); got != c.want {
				t.Errorf("wrote %d bytes, want %d", got, c.want)
			}
		})
	}
}

func TestIndexBytes(t *testing.T) {
	data := []byte("hello world, hello")
	for _, c := range []struct {
		name    string
		needle  string
		offset  int
		forward bool
		want    int
	}{
		{"forward finds the first match", "hello", 0, true, 0},
		{"forward starts at the offset", "hello", 1, true, 13},
		{"a negative offset counts from the end", "hello", -5, true, 13},
		{"backward finds the last match", "hello", len(data), false, 13},
		{"backward starts at the offset", "hello", 5, false, 0},
		{"an empty needle is found at the offset", "", 4, true, 4},
		{"an empty needle past the end is found at the end", "", 100, true, len(data)},
		{"a needle that cannot fit after the offset is not found", "hello", 14, true, -1},
		{"backward before the start is not found", "h", -100, false, -1},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := indexBytes(data, []byte(c.needle), c.offset, c.forward); got != c.want {
				t.Errorf("got %d, want %d", got, c.want)
			}
		})
	}
}

func TestEncodedLength(t *testing.T) {
	for _, c := range []struct {
		name, s, enc string
		want         int
	}{
		{"utf8 counts a lone surrogate as three bytes", "é\xed\xa0\x80😀", "utf8", 9},
		{"base64 is estimated from the length and padding", "aGVsbG8=", "base64", 5},
		{"base64 counts skipped characters too", "YW Jj\nZA==", "base64", 6},
		{"hex halves the length", "abc", "hex", 1},
		{"utf16le counts code units", "a😀", "utf16le", 6},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := encodedLength(c.s, normEncoding(c.enc)); got != c.want {
				t.Errorf("got %d, want %d", got, c.want)
			}
		})
	}
}

func TestIndexUnits(t *testing.T) {
	odd := []byte{0x00, 'a', 0x00, 'b', 0x00, 'a', 0x00}
	units := []byte{'a', 0, 'b', 0, 'c', 0, 'a', 0, 'b', 0, 'c', 0}
	for _, c := range []struct {
		name    string
		data    []byte
		needle  string
		offset  int
		forward bool
		want    int
	}{
		{"a match at an odd offset does not count", odd, "a\x00", 0, true, -1},
		{"backward skips odd matches too", odd, "a\x00", len(odd), false, -1},
		{"forward finds an aligned match", units, "b\x00", 0, true, 2},
		{"an odd offset rounds down to a code unit", units, "a\x00", 1, true, 0},
		{"backward finds the last aligned match", units, "a\x00", len(units), false, 6},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := indexUnits(c.data, []byte(c.needle), c.offset, c.forward); got != c.want {
				t.Errorf("got %d, want %d", got, c.want)
			}
		})
	}
}
