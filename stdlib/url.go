package stdlib

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/kilnjs/kiln/vm"
)

// The WHATWG URL Standard's basic URL parser and serializer
// (https://url.spec.whatwg.org/), which lib/url.js builds the URL class
// on. Go keeps no URL objects: the JavaScript side holds a URL's href and
// its components as strings, and a setter hands the href back with the
// new value, to be parsed again, changed with a state override and
// serialized. Serializing is exact, so that round trip loses nothing.
//
// Hosts go through "IDNA-lite" rather than full UTS #46: NFKC, lower
// case, NFC, then Punycode for labels that are not ASCII. That agrees
// with Node for the hosts people write; it does not reject the
// disallowed code points UTS #46 lists.

func fillURL(n *Node, b vm.Value) {
	rt := n.VM
	components := func(u *urlRecord) vm.Value {
		parts := u.components()
		vals := make([]vm.Value, len(parts))
		for i, p := range parts {
			vals[i] = rt.NewString(p)
		}
		return rt.NewArray(vals)
	}
	rt.DefineMethod(b, "parse", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		var base *urlRecord
		if b := vm.Arg(args, 1); b != vm.Undefined {
			if base = parseURL(usvString(rt.GoString(b)), nil); base == nil {
				return vm.Null
			}
		}
		u := parseURL(usvString(rt.GoString(vm.Arg(args, 0))), base)
		if u == nil {
			return vm.Null
		}
		return components(u)
	})
	rt.DefineMethod(b, "set", 3, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		u := parseURL(rt.GoString(vm.Arg(args, 0)), nil)
		if u == nil {
			return vm.Null
		}
		u.set(rt.GoString(vm.Arg(args, 1)), usvString(rt.GoString(vm.Arg(args, 2))))
		return components(u)
	})
	rt.DefineMethod(b, "domainToASCII", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		h, ok := parseHost(usvString(rt.GoString(vm.Arg(args, 0))), false)
		if !ok {
			return rt.NewString("")
		}
		return rt.NewString(h)
	})
	rt.DefineMethod(b, "domainToUnicode", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		h, ok := parseHost(usvString(rt.GoString(vm.Arg(args, 0))), false)
		if !ok {
			return rt.NewString("")
		}
		return rt.NewString(domainToUnicode(h))
	})
	rt.DefineMethod(b, "parseForm", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		var vals []vm.Value
		for _, s := range parseForm(rt.GoString(vm.Arg(args, 0))) {
			vals = append(vals, rt.NewString(s))
		}
		return rt.NewArray(vals)
	})
	rt.DefineMethod(b, "serializeForm", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		var sb strings.Builder
		for i, v := range rt.ArrayValues(vm.Arg(args, 0)) {
			switch {
			case i%2 == 1:
				sb.WriteByte('=')
			case i > 0:
				sb.WriteByte('&')
			}
			sb.WriteString(percentEncode(usvString(rt.ToGoString(v)), inFormSet, true))
		}
		return rt.NewString(sb.String())
	})
}

// usvString replaces lone surrogates (which reach Go as WTF-8) with
// U+FFFD, as the IDL conversion to USVString does.
func usvString(s string) string {
	for i := 0; i < len(s); i++ {
		if isWTF8Surrogate(s, i) {
			return string(wtf8ToUTF8(s))
		}
	}
	return s
}

// urlRecord is the standard's URL record. A null host, port, query or
// fragment is a false has* flag; an opaque path ("mailto:x") is
// opaquePath with path nil.
type urlRecord struct {
	scheme, username, password string
	host                       string
	hasHost                    bool
	port                       int // -1 when null
	path                       []string
	opaque                     bool
	opaquePath                 string
	query, fragment            string
	hasQuery, hasFragment      bool
}

var specialPorts = table[int]{{"ftp", 21}, {"file", -1}, {"http", 80}, {"https", 443}, {"ws", 80}, {"wss", 443}}

func isSpecialScheme(s string) bool {
	_, ok := specialPorts.get(s)
	return ok
}

func (u *urlRecord) special() bool { return isSpecialScheme(u.scheme) }

func (u *urlRecord) includesCredentials() bool { return u.username != "" || u.password != "" }

func (u *urlRecord) cannotHaveCredentialsOrPort() bool {
	return !u.hasHost || u.host == "" || u.scheme == "file"
}

// shortenPath removes the path's last segment, except a lone Windows
// drive letter of a file URL.
func (u *urlRecord) shortenPath() {
	if u.scheme == "file" && len(u.path) == 1 && isNormalizedDriveLetter(u.path[0]) {
		return
	}
	if len(u.path) > 0 {
		u.path = u.path[:len(u.path)-1]
	}
}

func (u *urlRecord) pathString() string {
	if u.opaque {
		return u.opaquePath
	}
	var b strings.Builder
	for _, seg := range u.path {
		b.WriteByte('/')
		b.WriteString(seg)
	}
	return b.String()
}

func (u *urlRecord) hostPort() string {
	if u.port >= 0 {
		return u.host + ":" + strconv.Itoa(u.port)
	}
	return u.host
}

// href is the URL serializer.
func (u *urlRecord) href(excludeFragment bool) string {
	var b strings.Builder
	b.WriteString(u.scheme)
	b.WriteByte(':')
	if u.hasHost {
		b.WriteString("//")
		if u.includesCredentials() {
			b.WriteString(u.username)
			if u.password != "" {
				b.WriteByte(':')
				b.WriteString(u.password)
			}
			b.WriteByte('@')
		}
		b.WriteString(u.hostPort())
	} else if !u.opaque && len(u.path) > 1 && u.path[0] == "" {
		// Without the "/." a path starting "//" would read back as a host.
		b.WriteString("/.")
	}
	b.WriteString(u.pathString())
	if u.hasQuery {
		b.WriteByte('?')
		b.WriteString(u.query)
	}
	if u.hasFragment && !excludeFragment {
		b.WriteByte('#')
		b.WriteString(u.fragment)
	}
	return b.String()
}

func (u *urlRecord) origin() string {
	switch u.scheme {
	case "blob":
		if inner := parseURL(u.pathString(), nil); inner != nil && (inner.scheme == "http" || inner.scheme == "https") {
			return inner.origin()
		}
	case "ftp", "http", "https", "ws", "wss":
		return u.scheme + "://" + u.hostPort()
	}
	return "null"
}

// components lists what lib/url.js keeps of a URL: href, origin,
// protocol, username, password, host, hostname, port, pathname, search,
// hash, in that order.
func (u *urlRecord) components() []string {
	port := ""
	if u.port >= 0 {
		port = strconv.Itoa(u.port)
	}
	search, hash := "", ""
	if u.hasQuery && u.query != "" {
		search = "?" + u.query
	}
	if u.hasFragment && u.fragment != "" {
		hash = "#" + u.fragment
	}
	return []string{u.href(false), u.origin(), u.scheme + ":", u.username, u.password, u.hostPort(), u.host, port,
		u.pathString(), search, hash}
}

// set is the setter of one URL attribute but href (the standard's API
// section);
// "query" sets the query as is, for URLSearchParams's update steps.
func (u *urlRecord) set(attr, value string) {
	switch attr {
	case "protocol":
		u.basicParse(value+":", nil, stSchemeStart)
	case "username":
		if !u.cannotHaveCredentialsOrPort() {
			u.username = percentEncode(value, inUserinfoSet, false)
		}
	case "password":
		if !u.cannotHaveCredentialsOrPort() {
			u.password = percentEncode(value, inUserinfoSet, false)
		}
	case "host", "hostname":
		if u.opaque {
			return
		}
		st := stHost
		if attr == "hostname" {
			st = stHostname
		}
		u.basicParse(value, nil, st)
	case "port":
		if u.cannotHaveCredentialsOrPort() {
			return
		}
		if value == "" {
			u.port = -1
			return
		}
		u.basicParse(value, nil, stPort)
	case "pathname":
		if u.opaque {
			return
		}
		u.path = nil
		u.basicParse(value, nil, stPathStart)
	case "search":
		if value == "" {
			u.hasQuery, u.query = false, ""
			u.stripOpaqueTrailingSpaces()
			return
		}
		value = strings.TrimPrefix(value, "?")
		u.hasQuery, u.query = true, ""
		u.basicParse(value, nil, stQuery)
	case "query":
		u.hasQuery, u.query = value != "", value
		if value == "" {
			u.stripOpaqueTrailingSpaces()
		}
	case "hash":
		if value == "" {
			u.hasFragment, u.fragment = false, ""
			u.stripOpaqueTrailingSpaces()
			return
		}
		value = strings.TrimPrefix(value, "#")
		u.hasFragment, u.fragment = true, ""
		u.basicParse(value, nil, stFragment)
	}
}

// stripOpaqueTrailingSpaces keeps an opaque path from ending in spaces
// once nothing follows it, since the parser would trim them on reading
// the href back.
func (u *urlRecord) stripOpaqueTrailingSpaces() {
	if u.opaque && !u.hasFragment && !u.hasQuery {
		u.opaquePath = strings.TrimRight(u.opaquePath, " ")
	}
}

type parseState int

const (
	stNone parseState = iota
	stSchemeStart
	stScheme
	stNoScheme
	stSpecialRelativeOrAuthority
	stPathOrAuthority
	stRelative
	stRelativeSlash
	stSpecialAuthoritySlashes
	stSpecialAuthorityIgnoreSlashes
	stAuthority
	stHost
	stHostname
	stPort
	stFile
	stFileSlash
	stFileHost
	stPathStart
	stPath
	stOpaquePath
	stQuery
	stFragment
)

// parseURL runs the basic URL parser without a state override; nil is
// failure.
func parseURL(input string, base *urlRecord) *urlRecord {
	input = strings.TrimFunc(input, func(r rune) bool { return r <= ' ' })
	u := &urlRecord{port: -1}
	if !u.basicParse(input, base, stNone) {
		return nil
	}
	return u
}

const eof = -1

func isASCIIAlpha(c rune) bool    { return c|0x20 >= 'a' && c|0x20 <= 'z' }
func isASCIIDigit(c rune) bool    { return c >= '0' && c <= '9' }
func isASCIIHexDigit(c rune) bool { return isASCIIDigit(c) || (c|0x20 >= 'a' && c|0x20 <= 'f') }

func isWindowsDriveLetter(s string) bool {
	return len(s) == 2 && isASCIIAlpha(rune(s[0])) && (s[1] == ':' || s[1] == '|')
}

func isNormalizedDriveLetter(s string) bool { return isWindowsDriveLetter(s) && s[1] == ':' }

// startsWithDriveLetter is the standard's "starts with a Windows drive
// letter" on the code points from i on.
func startsWithDriveLetter(cs []rune, i int) bool {
	if len(cs)-i < 2 || !isASCIIAlpha(cs[i]) || (cs[i+1] != ':' && cs[i+1] != '|') {
		return false
	}
	if len(cs)-i == 2 {
		return true
	}
	switch cs[i+2] {
	case '/', '\\', '?', '#':
		return true
	}
	return false
}

func isSingleDot(s string) bool { return s == "." || strings.EqualFold(s, "%2e") }

func isDoubleDot(s string) bool {
	switch strings.ToLower(s) {
	case "..", ".%2e", "%2e.", "%2e%2e":
		return true
	}
	return false
}

// basicParse is the standard's basic URL parser acting on u, from state
// override when it is not stNone. It reports failure; with an override,
// returning early without failure leaves u as the steps so far made it.
func (u *urlRecord) basicParse(input string, base *urlRecord, override parseState) bool {
	input = strings.NewReplacer("\t", "", "\n", "", "\r", "").Replace(input)
	cs := []rune(input)
	state := override
	if state == stNone {
		state = stSchemeStart
	}
	var buf strings.Builder
	atSignSeen, insideBrackets, passwordTokenSeen := false, false, false
	at := func(i int) rune {
		if i < len(cs) {
			return cs[i]
		}
		return eof
	}
	for p := 0; ; p++ {
		c := at(p)
		switch state {
		case stSchemeStart:
			if c != eof && isASCIIAlpha(c) {
				buf.WriteRune(c | 0x20)
				state = stScheme
			} else if override == stNone {
				state = stNoScheme
				p--
			} else {
				return false
			}

		case stScheme:
			if c != eof && (isASCIIAlpha(c) || isASCIIDigit(c) || c == '+' || c == '-' || c == '.') {
				if c >= 'A' && c <= 'Z' {
					c += 'a' - 'A'
				}
				buf.WriteRune(c)
			} else if c == ':' {
				scheme := buf.String()
				if override != stNone {
					if isSpecialScheme(u.scheme) != isSpecialScheme(scheme) {
						return true
					}
					if (u.includesCredentials() || u.port >= 0) && scheme == "file" {
						return true
					}
					if u.scheme == "file" && u.hasHost && u.host == "" {
						return true
					}
				}
				u.scheme = scheme
				if override != stNone {
					if dp, ok := specialPorts.get(u.scheme); ok && dp == u.port {
						u.port = -1
					}
					return true
				}
				buf.Reset()
				switch {
				case u.scheme == "file":
					state = stFile
				case u.special() && base != nil && base.scheme == u.scheme:
					state = stSpecialRelativeOrAuthority
				case u.special():
					state = stSpecialAuthoritySlashes
				case at(p+1) == '/':
					state = stPathOrAuthority
					p++
				default:
					u.opaque, u.opaquePath = true, ""
					state = stOpaquePath
				}
			} else if override == stNone {
				buf.Reset()
				state = stNoScheme
				p = -1
			} else {
				return false
			}

		case stNoScheme:
			if base == nil || (base.opaque && c != '#') {
				return false
			}
			if base.opaque && c == '#' {
				u.scheme, u.opaque, u.opaquePath = base.scheme, true, base.opaquePath
				u.query, u.hasQuery = base.query, base.hasQuery
				u.fragment, u.hasFragment = "", true
				state = stFragment
			} else if base.scheme != "file" {
				state = stRelative
				p--
			} else {
				state = stFile
				p--
			}

		case stSpecialRelativeOrAuthority:
			if c == '/' && at(p+1) == '/' {
				state = stSpecialAuthorityIgnoreSlashes
				p++
			} else {
				state = stRelative
				p--
			}

		case stPathOrAuthority:
			if c == '/' {
				state = stAuthority
			} else {
				state = stPath
				p--
			}

		case stRelative:
			u.scheme = base.scheme
			if c == '/' || (u.special() && c == '\\') {
				state = stRelativeSlash
			} else {
				u.username, u.password, u.host, u.hasHost, u.port = base.username, base.password, base.host, base.hasHost, base.port
				u.path = append([]string(nil), base.path...)
				u.query, u.hasQuery = base.query, base.hasQuery
				switch c {
				case '?':
					u.query, u.hasQuery = "", true
					state = stQuery
				case '#':
					u.fragment, u.hasFragment = "", true
					state = stFragment
				case eof:
				default:
					u.query, u.hasQuery = "", false
					u.shortenPath()
					state = stPath
					p--
				}
			}

		case stRelativeSlash:
			if u.special() && (c == '/' || c == '\\') {
				state = stSpecialAuthorityIgnoreSlashes
			} else if c == '/' {
				state = stAuthority
			} else {
				u.username, u.password, u.host, u.hasHost, u.port = base.username, base.password, base.host, base.hasHost, base.port
				state = stPath
				p--
			}

		case stSpecialAuthoritySlashes:
			if c == '/' && at(p+1) == '/' {
				state = stSpecialAuthorityIgnoreSlashes
				p++
			} else {
				state = stSpecialAuthorityIgnoreSlashes
				p--
			}

		case stSpecialAuthorityIgnoreSlashes:
			if c != '/' && c != '\\' {
				state = stAuthority
				p--
			}

		case stAuthority:
			if c == '@' {
				s := buf.String()
				if atSignSeen {
					s = "%40" + s
				}
				atSignSeen = true
				for _, r := range s {
					if r == ':' && !passwordTokenSeen {
						passwordTokenSeen = true
						continue
					}
					enc := percentEncode(string(r), inUserinfoSet, false)
					if passwordTokenSeen {
						u.password += enc
					} else {
						u.username += enc
					}
				}
				buf.Reset()
			} else if c == eof || c == '/' || c == '?' || c == '#' || (u.special() && c == '\\') {
				if atSignSeen && buf.Len() == 0 {
					return false
				}
				p -= len([]rune(buf.String())) + 1
				buf.Reset()
				state = stHost
			} else {
				buf.WriteRune(c)
			}

		case stHost, stHostname:
			if override != stNone && u.scheme == "file" {
				p--
				state = stFileHost
			} else if c == ':' && !insideBrackets {
				if buf.Len() == 0 {
					return false
				}
				if override == stHostname {
					return false
				}
				h, ok := parseHost(buf.String(), !u.special())
				if !ok {
					return false
				}
				u.host, u.hasHost = h, true
				buf.Reset()
				state = stPort
			} else if c == eof || c == '/' || c == '?' || c == '#' || (u.special() && c == '\\') {
				p--
				if u.special() && buf.Len() == 0 {
					return false
				}
				if override != stNone && buf.Len() == 0 && (u.includesCredentials() || u.port >= 0) {
					return false
				}
				h, ok := parseHost(buf.String(), !u.special())
				if !ok {
					return false
				}
				u.host, u.hasHost = h, true
				buf.Reset()
				state = stPathStart
				if override != stNone {
					return true
				}
			} else {
				if c == '[' {
					insideBrackets = true
				} else if c == ']' {
					insideBrackets = false
				}
				buf.WriteRune(c)
			}

		case stPort:
			if c != eof && isASCIIDigit(c) {
				buf.WriteRune(c)
			} else if c == eof || c == '/' || c == '?' || c == '#' || (u.special() && c == '\\') || override != stNone {
				if buf.Len() != 0 {
					port := 0
					for _, d := range buf.String() {
						if port = port*10 + int(d-'0'); port > 65535 {
							return false
						}
					}
					if dp, ok := specialPorts.get(u.scheme); ok && dp == port {
						u.port = -1
					} else {
						u.port = port
					}
					buf.Reset()
					if override != stNone {
						return true
					}
				}
				if override != stNone {
					return false
				}
				state = stPathStart
				p--
			} else {
				return false
			}

		case stFile:
			u.scheme = "file"
			u.host, u.hasHost = "", true
			if c == '/' || c == '\\' {
				state = stFileSlash
			} else if base != nil && base.scheme == "file" {
				u.host, u.hasHost = base.host, base.hasHost
				u.path = append([]string(nil), base.path...)
				u.query, u.hasQuery = base.query, base.hasQuery
				switch c {
				case '?':
					u.query, u.hasQuery = "", true
					state = stQuery
				case '#':
					u.fragment, u.hasFragment = "", true
					state = stFragment
				case eof:
				default:
					u.query, u.hasQuery = "", false
					if !startsWithDriveLetter(cs, p) {
						u.shortenPath()
					} else {
						u.path = nil
					}
					state = stPath
					p--
				}
			} else {
				state = stPath
				p--
			}

		case stFileSlash:
			if c == '/' || c == '\\' {
				state = stFileHost
			} else {
				if base != nil && base.scheme == "file" {
					u.host, u.hasHost = base.host, base.hasHost
					if !startsWithDriveLetter(cs, p) && len(base.path) > 0 && isNormalizedDriveLetter(base.path[0]) {
						u.path = append(u.path, base.path[0])
					}
				}
				state = stPath
				p--
			}

		case stFileHost:
			if c == eof || c == '/' || c == '\\' || c == '?' || c == '#' {
				p--
				if override == stNone && isWindowsDriveLetter(buf.String()) {
					state = stPath
				} else if buf.Len() == 0 {
					u.host, u.hasHost = "", true
					if override != stNone {
						return true
					}
					state = stPathStart
				} else {
					h, ok := parseHost(buf.String(), false)
					if !ok {
						return false
					}
					if h == "localhost" {
						h = ""
					}
					u.host, u.hasHost = h, true
					if override != stNone {
						return true
					}
					buf.Reset()
					state = stPathStart
				}
			} else {
				buf.WriteRune(c)
			}

		case stPathStart:
			if u.special() {
				state = stPath
				if c != '/' && c != '\\' {
					p--
				}
			} else if override == stNone && c == '?' {
				u.query, u.hasQuery = "", true
				state = stQuery
			} else if override == stNone && c == '#' {
				u.fragment, u.hasFragment = "", true
				state = stFragment
			} else if c != eof {
				state = stPath
				if c != '/' {
					p--
				}
			} else if override != stNone && !u.hasHost {
				u.path = append(u.path, "")
			}

		case stPath:
			if c == eof || c == '/' || (u.special() && c == '\\') || (override == stNone && (c == '?' || c == '#')) {
				seg := buf.String()
				slash := c == '/' || (u.special() && c == '\\')
				switch {
				case isDoubleDot(seg):
					u.shortenPath()
					if !slash {
						u.path = append(u.path, "")
					}
				case isSingleDot(seg) && !slash:
					u.path = append(u.path, "")
				case !isSingleDot(seg):
					if u.scheme == "file" && len(u.path) == 0 && isWindowsDriveLetter(seg) {
						seg = seg[:1] + ":"
					}
					u.path = append(u.path, seg)
				}
				buf.Reset()
				if c == '?' {
					u.query, u.hasQuery = "", true
					state = stQuery
				}
				if c == '#' {
					u.fragment, u.hasFragment = "", true
					state = stFragment
				}
			} else {
				buf.WriteString(percentEncode(string(c), inPathSet, false))
			}

		case stOpaquePath:
			switch c {
			case '?':
				u.query, u.hasQuery = "", true
				state = stQuery
			case '#':
				u.fragment, u.hasFragment = "", true
				state = stFragment
			case eof:
			default:
				u.opaquePath += percentEncode(string(c), inC0ControlSet, false)
			}

		case stQuery:
			if (override == stNone && c == '#') || c == eof {
				set := inQuerySet
				if u.special() {
					set = inSpecialQuerySet
				}
				u.query += percentEncode(buf.String(), set, false)
				buf.Reset()
				if c == '#' {
					u.fragment, u.hasFragment = "", true
					state = stFragment
				}
			} else {
				buf.WriteRune(c)
			}

		case stFragment:
			if c != eof {
				u.fragment += percentEncode(string(c), inFragmentSet, false)
			}
		}
		// A state that stepped back at the end wants the end again.
		if p >= len(cs) {
			return true
		}
	}
}

// parseForm is the application/x-www-form-urlencoded parser: the
// names and values of s, flat, in order.
func parseForm(s string) []string {
	var out []string
	for _, seq := range strings.Split(s, "&") {
		if seq == "" {
			continue
		}
		name, value, _ := strings.Cut(seq, "=")
		decode := func(s string) string {
			return utf8DecodeLossy(percentDecode(strings.ReplaceAll(s, "+", " ")))
		}
		out = append(out, decode(name), decode(value))
	}
	return out
}

// The percent-encode sets of the standard, as predicates on a byte of
// the UTF-8 encoding (every byte >= 0x80 is in every set).
func inC0ControlSet(c byte) bool { return c < 0x20 || c > 0x7e }

func inFragmentSet(c byte) bool {
	return inC0ControlSet(c) || c == ' ' || c == '"' || c == '<' || c == '>' || c == '`'
}

func inQuerySet(c byte) bool {
	return inC0ControlSet(c) || c == ' ' || c == '"' || c == '#' || c == '<' || c == '>'
}

func inSpecialQuerySet(c byte) bool { return inQuerySet(c) || c == '\'' }

func inPathSet(c byte) bool { return inQuerySet(c) || c == '?' || c == '`' || c == '{' || c == '}' }

func inUserinfoSet(c byte) bool {
	return inPathSet(c) || c == '/' || c == ':' || c == ';' || c == '=' || c == '@' || (c >= '[' && c <= '^') || c == '|'
}

func inComponentSet(c byte) bool {
	return inUserinfoSet(c) || (c >= '$' && c <= '&') || c == '+' || c == ','
}

func inFormSet(c byte) bool {
	return inComponentSet(c) || c == '!' || (c >= '\'' && c <= ')') || c == '~'
}

const upperHex = "0123456789ABCDEF"

// percentEncode encodes the UTF-8 bytes of s that are in set; with
// spaceAsPlus a space becomes "+" (application/x-www-form-urlencoded).
func percentEncode(s string, set func(byte) bool, spaceAsPlus bool) string {
	i := 0
	for i < len(s) && !set(s[i]) {
		i++
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.WriteString(s[:i])
	for ; i < len(s); i++ {
		c := s[i]
		switch {
		case spaceAsPlus && c == ' ':
			b.WriteByte('+')
		case set(c):
			b.WriteByte('%')
			b.WriteByte(upperHex[c>>4])
			b.WriteByte(upperHex[c&15])
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

func unhex(c byte) byte {
	switch {
	case c >= '0' && c <= '9':
		return c - '0'
	case c|0x20 >= 'a' && c|0x20 <= 'f':
		return c | 0x20 - 'a' + 10
	}
	return 0xff
}

// percentDecode turns each "%XX" into its byte; other "%" stay.
func percentDecode(s string) string {
	if !strings.Contains(s, "%") {
		return s
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if s[i] == '%' && i+2 < len(s) && unhex(s[i+1]) != 0xff && unhex(s[i+2]) != 0xff {
			b = append(b, unhex(s[i+1])<<4|unhex(s[i+2]))
			i += 2
			continue
		}
		b = append(b, s[i])
	}
	return string(b)
}

// utf8DecodeLossy is "UTF-8 decode without BOM": invalid sequences
// become U+FFFD.
func utf8DecodeLossy(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	out, _, _ := decodeUTF8([]byte(s), true)
	return string(out)
}

func isForbiddenHostCodePoint(c rune) bool {
	switch c {
	case 0, '\t', '\n', '\r', ' ', '#', '/', ':', '<', '>', '?', '@', '[', '\\', ']', '^', '|':
		return true
	}
	return false
}

func isForbiddenDomainCodePoint(c rune) bool {
	return isForbiddenHostCodePoint(c) || c <= 0x1f || c == '%' || c == 0x7f
}

// parseHost is the host parser; opaque asks for a non-special URL's
// opaque host. The result is the serialized host.
func parseHost(input string, opaque bool) (string, bool) {
	if strings.HasPrefix(input, "[") {
		if !strings.HasSuffix(input, "]") || len(input) < 2 {
			return "", false
		}
		addr, ok := parseIPv6(input[1 : len(input)-1])
		if !ok {
			return "", false
		}
		return "[" + serializeIPv6(addr) + "]", true
	}
	if opaque {
		for _, c := range input {
			if isForbiddenHostCodePoint(c) {
				return "", false
			}
		}
		return percentEncode(input, inC0ControlSet, false), true
	}
	domain := utf8DecodeLossy(percentDecode(input))
	ascii, ok := domainToASCII(domain)
	if !ok {
		return "", false
	}
	for _, c := range ascii {
		if isForbiddenDomainCodePoint(c) {
			return "", false
		}
	}
	if endsInANumber(ascii) {
		v, ok := parseIPv4(ascii)
		if !ok {
			return "", false
		}
		return serializeIPv4(v), true
	}
	return ascii, true
}

// domainToASCII maps a domain as UTS #46 roughly does (see the file
// comment) and Punycode-encodes its non-ASCII labels.
func domainToASCII(domain string) (string, bool) {
	ascii := true
	for i := 0; i < len(domain); i++ {
		if domain[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(domain), domain != ""
	}
	mapped := norm.NFC.String(strings.ToLower(norm.NFKC.String(domain)))
	mapped = strings.NewReplacer("\u3002", ".", "\uff0e", ".", "\uff61", ".").Replace(mapped)
	labels := strings.Split(mapped, ".")
	for i, l := range labels {
		if isASCII(l) {
			continue
		}
		enc, ok := punycodeEncode([]rune(l))
		if !ok {
			return "", false
		}
		labels[i] = "xn--" + enc
	}
	out := strings.Join(labels, ".")
	return out, out != ""
}

func domainToUnicode(domain string) string {
	labels := strings.Split(domain, ".")
	for i, l := range labels {
		if len(l) > 4 && strings.EqualFold(l[:4], "xn--") {
			if dec, ok := punycodeDecode(l[4:]); ok {
				labels[i] = dec
			}
		}
	}
	return strings.Join(labels, ".")
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// RFC 3492 Punycode parameters.
const (
	pcBase        = 36
	pcTMin        = 1
	pcTMax        = 26
	pcSkew        = 38
	pcDamp        = 700
	pcInitialBias = 72
	pcInitialN    = 128
)

func pcAdapt(delta, numPoints int, first bool) int {
	if first {
		delta /= pcDamp
	} else {
		delta /= 2
	}
	delta += delta / numPoints
	k := 0
	for delta > ((pcBase-pcTMin)*pcTMax)/2 {
		delta /= pcBase - pcTMin
		k += pcBase
	}
	return k + (pcBase-pcTMin+1)*delta/(delta+pcSkew)
}

func pcDigit(d int) byte {
	if d < 26 {
		return byte('a' + d)
	}
	return byte('0' + d - 26)
}

// punycodeEncode is RFC 3492 §6.3.
func punycodeEncode(input []rune) (string, bool) {
	var out []byte
	for _, r := range input {
		if r < 0x80 {
			out = append(out, byte(r))
		}
	}
	b := len(out)
	h := b
	if b > 0 {
		out = append(out, '-')
	}
	n, delta, bias := pcInitialN, 0, pcInitialBias
	for h < len(input) {
		m := int(^uint(0) >> 1)
		for _, r := range input {
			if int(r) >= n && int(r) < m {
				m = int(r)
			}
		}
		delta += (m - n) * (h + 1)
		n = m
		for _, r := range input {
			if int(r) < n {
				delta++
			}
			if int(r) == n {
				q := delta
				for k := pcBase; ; k += pcBase {
					t := k - bias
					if t < pcTMin {
						t = pcTMin
					} else if t > pcTMax {
						t = pcTMax
					}
					if q < t {
						break
					}
					out = append(out, pcDigit(t+(q-t)%(pcBase-t)))
					q = (q - t) / (pcBase - t)
				}
				out = append(out, pcDigit(q))
				bias = pcAdapt(delta, h+1, h == b)
				delta = 0
				h++
			}
		}
		delta++
		n++
		if delta < 0 || n > 0x10ffff+1 {
			return "", false
		}
	}
	return string(out), true
}

// punycodeDecode is RFC 3492 §6.2.
func punycodeDecode(s string) (string, bool) {
	var out []rune
	pos := 0
	if i := strings.LastIndexByte(s, '-'); i >= 0 {
		for _, c := range s[:i] {
			if c >= 0x80 {
				return "", false
			}
			out = append(out, c)
		}
		pos = i + 1
	}
	n, i, bias := pcInitialN, 0, pcInitialBias
	for pos < len(s) {
		oldi, w := i, 1
		for k := pcBase; ; k += pcBase {
			if pos >= len(s) {
				return "", false
			}
			c := s[pos]
			pos++
			var d int
			switch {
			case c >= 'a' && c <= 'z':
				d = int(c - 'a')
			case c >= 'A' && c <= 'Z':
				d = int(c - 'A')
			case c >= '0' && c <= '9':
				d = int(c-'0') + 26
			default:
				return "", false
			}
			i += d * w
			t := k - bias
			if t < pcTMin {
				t = pcTMin
			} else if t > pcTMax {
				t = pcTMax
			}
			if d < t {
				break
			}
			w *= pcBase - t
			if w > 1<<30 {
				return "", false
			}
		}
		bias = pcAdapt(i-oldi, len(out)+1, oldi == 0)
		n += i / (len(out) + 1)
		i %= len(out) + 1
		if n > 0x10ffff {
			return "", false
		}
		out = append(out[:i], append([]rune{rune(n)}, out[i:]...)...)
		i++
	}
	return string(out), true
}

// endsInANumber decides whether a domain is to be read as IPv4.
func endsInANumber(s string) bool {
	parts := strings.Split(s, ".")
	if parts[len(parts)-1] == "" {
		if len(parts) == 1 {
			return false
		}
		parts = parts[:len(parts)-1]
	}
	last := parts[len(parts)-1]
	if last != "" && strings.Trim(last, "0123456789") == "" {
		return true
	}
	_, ok := parseIPv4Number(last)
	return ok
}

// parseIPv4Number reads a decimal, octal ("0" prefix) or hex ("0x")
// number of unbounded size; values past 2^32 report as 2^32.
func parseIPv4Number(s string) (uint64, bool) {
	if s == "" {
		return 0, false
	}
	radix := 10
	if len(s) >= 2 && s[0] == '0' && s[1]|0x20 == 'x' {
		s, radix = s[2:], 16
	} else if len(s) >= 2 && s[0] == '0' {
		s, radix = s[1:], 8
	}
	if s == "" {
		return 0, true
	}
	var v uint64
	for i := 0; i < len(s); i++ {
		d := uint64(unhex(s[i]))
		if d >= uint64(radix) {
			return 0, false
		}
		if v <= 1<<32 {
			v = v*uint64(radix) + d
		}
	}
	return min(v, 1<<32+1), true
}

func parseIPv4(s string) (uint32, bool) {
	parts := strings.Split(s, ".")
	if parts[len(parts)-1] == "" && len(parts) > 1 {
		parts = parts[:len(parts)-1]
	}
	if len(parts) > 4 {
		return 0, false
	}
	nums := make([]uint64, len(parts))
	for i, p := range parts {
		v, ok := parseIPv4Number(p)
		if !ok {
			return 0, false
		}
		nums[i] = v
	}
	for _, v := range nums[:len(nums)-1] {
		if v > 255 {
			return 0, false
		}
	}
	last := nums[len(nums)-1]
	if last >= 1<<(8*(5-len(nums))) {
		return 0, false
	}
	ip := last
	for i, v := range nums[:len(nums)-1] {
		ip += v << (8 * (3 - i))
	}
	return uint32(ip), true
}

func serializeIPv4(v uint32) string {
	return strconv.Itoa(int(v>>24)) + "." + strconv.Itoa(int(v>>16&255)) + "." + strconv.Itoa(int(v>>8&255)) + "." + strconv.Itoa(int(v&255))
}

// parseIPv6 is the standard's IPv6 parser.
func parseIPv6(s string) ([8]uint16, bool) {
	var addr [8]uint16
	cs := []byte(s)
	at := func(i int) byte {
		if i < len(cs) {
			return cs[i]
		}
		return 0
	}
	piece, compress, p := 0, -1, 0
	if at(p) == ':' {
		if at(p+1) != ':' {
			return addr, false
		}
		p += 2
		piece++
		compress = piece
	}
	for p < len(cs) {
		if piece == 8 {
			return addr, false
		}
		if cs[p] == ':' {
			if compress != -1 {
				return addr, false
			}
			p++
			piece++
			compress = piece
			continue
		}
		value, length := 0, 0
		for length < 4 && p < len(cs) && isASCIIHexDigit(rune(cs[p])) {
			value = value*16 + int(unhex(cs[p]))
			p++
			length++
		}
		if p < len(cs) && cs[p] == '.' {
			if length == 0 {
				return addr, false
			}
			p -= length
			if piece > 6 {
				return addr, false
			}
			numbersSeen := 0
			for p < len(cs) {
				ipv4Piece := -1
				if numbersSeen > 0 {
					if cs[p] == '.' && numbersSeen < 4 {
						p++
					} else {
						return addr, false
					}
				}
				if p >= len(cs) || !isASCIIDigit(rune(cs[p])) {
					return addr, false
				}
				for p < len(cs) && isASCIIDigit(rune(cs[p])) {
					n := int(cs[p] - '0')
					if ipv4Piece == -1 {
						ipv4Piece = n
					} else if ipv4Piece == 0 {
						return addr, false
					} else {
						ipv4Piece = ipv4Piece*10 + n
					}
					if ipv4Piece > 255 {
						return addr, false
					}
					p++
				}
				addr[piece] = addr[piece]*0x100 + uint16(ipv4Piece)
				numbersSeen++
				if numbersSeen == 2 || numbersSeen == 4 {
					piece++
				}
			}
			if numbersSeen != 4 {
				return addr, false
			}
			break
		} else if p < len(cs) && cs[p] == ':' {
			p++
			if p >= len(cs) {
				return addr, false
			}
		} else if p < len(cs) {
			return addr, false
		}
		addr[piece] = uint16(value)
		piece++
	}
	if compress != -1 {
		swaps := piece - compress
		piece = 7
		for piece != 0 && swaps > 0 {
			addr[piece], addr[compress+swaps-1] = addr[compress+swaps-1], addr[piece]
			piece--
			swaps--
		}
	} else if piece != 8 {
		return addr, false
	}
	return addr, true
}

// serializeIPv6 writes lower-case hex pieces with the first longest run
// of two or more zero pieces compressed to "::".
func serializeIPv6(addr [8]uint16) string {
	best, bestLen := -1, 1
	for i := 0; i < 8; {
		if addr[i] != 0 {
			i++
			continue
		}
		j := i
		for j < 8 && addr[j] == 0 {
			j++
		}
		if j-i > bestLen {
			best, bestLen = i, j-i
		}
		i = j
	}
	var b strings.Builder
	for i := 0; i < 8; i++ {
		if i == best {
			if i == 0 {
				b.WriteString("::")
			} else {
				b.WriteByte(':')
			}
			i += bestLen - 1
			continue
		}
		b.WriteString(strconv.FormatUint(uint64(addr[i]), 16))
		if i != 7 {
			b.WriteByte(':')
		}
	}
	return b.String()
}
