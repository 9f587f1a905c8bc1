package stdlib

import (
	"encoding/json"
	"unicode/utf8"
)

// A package.json read for module resolution is validated in full, as Node's
// reader does, but only the fields resolution uses are built: name, main,
// type, exports and imports. The rest (scripts, dependencies, files, the
// README some packages inline) is scanned past without allocating. Reading
// every file through encoding/json's token API took ~8% of the start-up of
// an Express app, whose dependencies ship large package.json files.

// pkgFields are the parts of a package.json that resolution reads; exports
// and imports are a string, json.Number, bool, nil, []any or *jsonObject.
type pkgFields struct {
	name, main, typ  string
	exports, imports any
	hasExp           bool
}

// parsePackageJSON parses a package.json file. ok is false when the text
// is not JSON. A document that is JSON but not an object has no fields, as
// in Node. A UTF-8 byte order mark is skipped, as Node skips it.
func parsePackageJSON(data []byte) (f pkgFields, ok bool) {
	s := jsonScan{data: data}
	if len(data) >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF {
		s.i = 3
	}
	s.space()
	if s.peek() != '{' {
		s.skip(0)
		s.space()
		return f, s.ok() && s.i == len(s.data)
	}
	s.members('}', func() {
		key := s.key()
		s.space()
		s.expect(':')
		s.space()
		// Duplicate keys: the last one wins, as in JSON.parse.
		switch string(key) {
		case "name":
			f.name, _ = s.value(0).(string)
		case "main":
			f.main, _ = s.value(0).(string)
		case "type":
			f.typ, _ = s.value(0).(string)
		case "exports":
			f.exports, f.hasExp = s.value(0), true
		case "imports":
			f.imports = s.value(0)
		default:
			s.skip(0)
		}
	})
	s.space()
	if !s.ok() || s.i != len(s.data) {
		return pkgFields{}, false
	}
	return f, true
}

// jsonScan is a validating JSON scanner over one document. After the first
// error it stops advancing and every method returns zero values.
type jsonScan struct {
	data []byte
	i    int
	bad  bool
}

// maxJSONDepth bounds nesting, as encoding/json's does, so a hostile file
// cannot recurse without end.
const maxJSONDepth = 10000

func (s *jsonScan) ok() bool { return !s.bad }

func (s *jsonScan) fail() { s.bad, s.i = true, len(s.data) }

func (s *jsonScan) peek() byte {
	if s.i < len(s.data) {
		return s.data[s.i]
	}
	return 0
}

func (s *jsonScan) space() {
	for s.i < len(s.data) {
		switch s.data[s.i] {
		case ' ', '\t', '\n', '\r':
			s.i++
		default:
			return
		}
	}
}

func (s *jsonScan) expect(c byte) {
	if s.peek() != c {
		s.fail()
		return
	}
	s.i++
}

// key scans an object key and returns its text, decoded only if it has
// escapes: most keys are compared and dropped, so they are not copied.
func (s *jsonScan) key() []byte {
	start := s.i + 1
	escaped := s.str()
	if s.bad {
		return nil
	}
	if escaped {
		return []byte(decodeJSONString(s.data[start-1 : s.i]))
	}
	return s.data[start : s.i-1]
}

// str scans a string, reporting whether it holds escapes.
func (s *jsonScan) str() (escaped bool) {
	if s.peek() != '"' {
		s.fail()
		return false
	}
	s.i++
	for s.i < len(s.data) {
		c := s.data[s.i]
		switch {
		case c == '"':
			s.i++
			return escaped
		case c < 0x20:
			s.fail()
			return false
		case c == '\\':
			escaped = true
			if s.i+1 >= len(s.data) {
				s.fail()
				return false
			}
			switch s.data[s.i+1] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				s.i += 2
			case 'u':
				if s.i+6 > len(s.data) {
					s.fail()
					return false
				}
				for _, h := range s.data[s.i+2 : s.i+6] {
					if !isHex(h) {
						s.fail()
						return false
					}
				}
				s.i += 6
			default:
				s.fail()
				return false
			}
		default:
			s.i++
		}
	}
	s.fail()
	return false
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

// skip scans one value without building it.
func (s *jsonScan) skip(depth int) { s.scan(depth, false) }

// value scans one value and builds it: objects as *jsonObject (keys in
// order, the last of duplicates winning), arrays as []any, numbers as
// json.Number. It returns nil after an error.
func (s *jsonScan) value(depth int) any { return s.scan(depth, true) }

// scan scans one value, building it when build is set; skipping allocates
// nothing.
func (s *jsonScan) scan(depth int, build bool) any {
	if depth > maxJSONDepth {
		s.fail()
		return nil
	}
	switch c := s.peek(); c {
	case '{':
		var o *jsonObject
		if build {
			o = &jsonObject{vals: map[string]any{}}
		}
		s.members('}', func() {
			if !build {
				s.str()
				s.space()
				s.expect(':')
				s.space()
				s.scan(depth+1, false)
				return
			}
			k := s.string()
			s.space()
			s.expect(':')
			s.space()
			v := s.scan(depth+1, true)
			if _, dup := o.vals[k]; !dup {
				o.keys = append(o.keys, k)
			}
			o.vals[k] = v
		})
		if s.bad || !build {
			return nil
		}
		return o
	case '[':
		var a []any
		if build {
			a = []any{}
		}
		s.members(']', func() {
			if v := s.scan(depth+1, build); build {
				a = append(a, v)
			}
		})
		if s.bad || !build {
			return nil
		}
		return a
	case '"':
		if !build {
			s.str()
			return nil
		}
		return s.string()
	case 't':
		s.word("true")
		return build && !s.bad
	case 'f':
		s.word("false")
		return false
	case 'n':
		s.word("null")
		return nil
	default:
		start := s.i
		s.number()
		if s.bad || !build {
			return nil
		}
		return json.Number(s.data[start:s.i])
	}
}

// members scans the comma-separated members of an object or array whose
// opening bracket is at s.i, calling member for each, through the closing
// bracket.
func (s *jsonScan) members(close byte, member func()) {
	s.i++
	s.space()
	if s.peek() == close {
		s.i++
		return
	}
	for s.ok() {
		s.space()
		member()
		s.space()
		if s.peek() == ',' {
			s.i++
			continue
		}
		s.expect(close)
		return
	}
}

func (s *jsonScan) word(w string) {
	if len(s.data)-s.i < len(w) || string(s.data[s.i:s.i+len(w)]) != w {
		s.fail()
		return
	}
	s.i += len(w)
}

// number scans -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?.
func (s *jsonScan) number() {
	if s.peek() == '-' {
		s.i++
	}
	switch c := s.peek(); {
	case c == '0':
		s.i++
	case c >= '1' && c <= '9':
		s.digits()
	default:
		s.fail()
		return
	}
	if s.peek() == '.' {
		s.i++
		if !s.digits() {
			s.fail()
			return
		}
	}
	if c := s.peek(); c == 'e' || c == 'E' {
		s.i++
		if c := s.peek(); c == '+' || c == '-' {
			s.i++
		}
		if !s.digits() {
			s.fail()
		}
	}
}

func (s *jsonScan) digits() bool {
	start := s.i
	for s.i < len(s.data) && s.data[s.i] >= '0' && s.data[s.i] <= '9' {
		s.i++
	}
	return s.i > start
}

// string scans and decodes a string.
func (s *jsonScan) string() string {
	start := s.i + 1
	escaped := s.str()
	if s.bad {
		return ""
	}
	raw := s.data[start : s.i-1]
	if !escaped && utf8.Valid(raw) {
		return string(raw)
	}
	return decodeJSONString(s.data[start-1 : s.i])
}

// decodeJSONString decodes a validated string, quotes included, that has
// escapes or invalid UTF-8: rare in a package.json, so encoding/json does it
// (unpaired surrogates and invalid bytes become U+FFFD, as it has them).
func decodeJSONString(quoted []byte) string {
	var str string
	json.Unmarshal(quoted, &str)
	return str
}
