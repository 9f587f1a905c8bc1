package stdlib

import (
	"bytes"
	"strconv"

	"github.com/kilnjs/kiln/vm"
)

// The HTTP parser (lib/internal/http_parser.js) is JavaScript; its head
// parsing was most of its time per request: decoding the head to a string,
// looking for a bare LF, splitting lines, a regular expression per field
// name and value, lower-casing every name. parseHeadFast does the common
// case in one pass over the bytes: a strict parser's head, whole in the
// chunk, under the size limit, and well-formed. Anything else (an error to
// report, obs-fold, a lenient parser, a head still arriving) it declines,
// and the JavaScript path, which owns every error and its llhttp code,
// parses as before. So what it accepts must be exactly what that path
// accepts, with the same result.

// httpHead is a head parseHeadFast accepted.
type httpHead struct {
	method, url  []byte // a request's
	status       int    // a response's
	reason       []byte
	major, minor int
	fields       [][]byte // name, value, name, value...
	length       float64  // Content-Length, or -1
	chunked      bool
	keepAlive    bool
	upgrade      bool
	host, expect bool // whether a Host, an Expect field is there
	next         int  // the offset just past the head's blank line
}

// parseHeadFast parses the head at data[pos:] for a strict parser of kind
// request (else response) whose limit is maxSize, or reports false.
func parseHeadFast(data []byte, pos int, request bool, maxSize int) (h httpHead, ok bool) {
	rel := bytes.Index(data[pos:], []byte("\r\n\r\n"))
	if rel < 0 || rel >= maxSize {
		return h, false
	}
	end := pos + rel
	text := data[pos:end]
	// A strict parser's bareLF: every LF, up to the blank line's, follows
	// a CR. Lines are then split at CRLF only.
	for i, c := range text {
		if c == '\n' && (i == 0 || text[i-1] != '\r') {
			return h, false
		}
	}
	first, rest, _ := bytes.Cut(text, []byte("\r\n"))
	var version []byte
	if request {
		sp1 := bytes.IndexByte(first, ' ')
		if sp1 <= 0 {
			return h, false
		}
		sp2 := bytes.IndexByte(first[sp1+1:], ' ')
		if sp2 <= 0 {
			return h, false // fewer than three parts, or an empty URL
		}
		h.method, h.url, version = first[:sp1], first[sp1+1:sp1+1+sp2], first[sp1+2+sp2:]
		if bytes.IndexByte(version, ' ') >= 0 {
			return h, false
		}
		if !isHTTPMethod(h.method) {
			return h, false // PRI and unknown methods have errors to report
		}
		for _, c := range h.url {
			if c <= 0x20 || c >= 0x7f {
				return h, false
			}
		}
	} else {
		// /^(HTTP\/\d\.\d) (\d{3})(?: (.*))?$/, where . stops at a CR.
		if len(first) < 12 || first[8] != ' ' || !isDigit(first[9]) || !isDigit(first[10]) || !isDigit(first[11]) ||
			bytes.IndexByte(first, '\r') >= 0 {
			return h, false
		}
		version = first[:8]
		h.status = int(first[9]-'0')*100 + int(first[10]-'0')*10 + int(first[11]-'0')
		if len(first) > 12 {
			if first[12] != ' ' {
				return h, false
			}
			h.reason = first[13:]
		}
	}
	if len(version) != 8 || string(version[:5]) != "HTTP/" || !isDigit(version[5]) || version[6] != '.' || !isDigit(version[7]) {
		return h, false
	}
	h.major, h.minor = int(version[5]-'0'), int(version[7]-'0')
	if h.major != 1 || h.minor > 1 {
		return h, false // 0.9 and 2.0 are rare, the others errors
	}
	h.length = -1
	upgradeField := false
	var connection []byte
	for len(rest) > 0 {
		var line []byte
		line, rest, _ = bytes.Cut(rest, []byte("\r\n"))
		colon := bytes.IndexByte(line, ':')
		if colon <= 0 {
			return h, false // obs-fold's leading whitespace is no token either
		}
		name := line[:colon]
		for _, c := range name {
			if !isTokenByte(c) {
				return h, false
			}
		}
		value := trimJS(line[colon+1:])
		for _, c := range value {
			if (c < 0x20 && c != '\t') || c == 0x7f {
				return h, false
			}
		}
		h.fields = append(h.fields, name, value)
		switch {
		case asciiEqualFold(name, "content-length"):
			if len(value) == 0 || len(value) > 15 || h.length >= 0 || h.chunked {
				return h, false // an error, or a length past float64's exact integers
			}
			for _, c := range value {
				if !isDigit(c) {
					return h, false
				}
			}
			n, _ := strconv.ParseFloat(string(value), 64)
			h.length = n
		case asciiEqualFold(name, "transfer-encoding"):
			// Only the plain form; codings before chunked, and every error,
			// are the JavaScript path's.
			if h.chunked || h.length >= 0 || !asciiEqualFold(value, "chunked") {
				return h, false
			}
			h.chunked = true
		case asciiEqualFold(name, "connection"):
			connection = append(append(connection, ','), value...)
		case asciiEqualFold(name, "upgrade"):
			upgradeField = true
		case asciiEqualFold(name, "host"):
			h.host = true
		case asciiEqualFold(name, "expect"):
			h.expect = true
		}
	}
	if h.major == 1 && h.minor == 0 {
		h.keepAlive = hasConnectionToken(connection, "keep-alive")
	} else {
		h.keepAlive = !hasConnectionToken(connection, "close")
	}
	h.upgrade = (upgradeField && hasConnectionToken(connection, "upgrade")) || string(h.method) == "CONNECT"
	h.next = end + 4
	return h, true
}

// isHTTPMethod reports whether m is a method llhttp takes in an HTTP
// request: node's http.METHODS.
func isHTTPMethod(m []byte) bool {
	switch string(m) {
	case "ACL", "BIND", "CHECKOUT", "CONNECT", "COPY", "DELETE", "GET", "HEAD", "LINK", "LOCK", "M-SEARCH", "MERGE",
		"MKACTIVITY", "MKCALENDAR", "MKCOL", "MOVE", "NOTIFY", "OPTIONS", "PATCH", "POST", "PROPFIND", "PROPPATCH",
		"PURGE", "PUT", "QUERY", "REBIND", "REPORT", "SEARCH", "SOURCE", "SUBSCRIBE", "TRACE", "UNBIND", "UNLINK",
		"UNLOCK", "UNSUBSCRIBE":
		return true
	}
	return false
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// isTokenByte is the parser's tokenRe: /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/.
func isTokenByte(c byte) bool {
	switch {
	case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
		return true
	}
	return bytes.IndexByte([]byte("^_`-!#$%&'*+.|~"), c) >= 0
}

// isJSSpace is JavaScript's whitespace and line terminators (\s, trim)
// among Latin-1 code units.
func isJSSpace(c byte) bool { return c == ' ' || (c >= '\t' && c <= '\r') || c == 0xa0 }

func trimJS(b []byte) []byte {
	for len(b) > 0 && isJSSpace(b[0]) {
		b = b[1:]
	}
	for len(b) > 0 && isJSSpace(b[len(b)-1]) {
		b = b[:len(b)-1]
	}
	return b
}

func asciiEqualFold(b []byte, lower string) bool {
	if len(b) != len(lower) {
		return false
	}
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lower[i] {
			return false
		}
	}
	return true
}

// hasConnectionToken is /(?:^|,)\s*token\b/ on the Connection values as
// the parser joins them (each after a comma), lower-cased: the token must
// not go on with a word character.
func hasConnectionToken(conn []byte, token string) bool {
	for i := 0; i <= len(conn); i++ {
		if i > 0 && conn[i-1] != ',' {
			continue
		}
		j := i
		for j < len(conn) && isJSSpace(conn[j]) {
			j++
		}
		if len(conn)-j >= len(token) && asciiEqualFold(conn[j:j+len(token)], token) {
			k := j + len(token)
			if k == len(conn) || !isWordByte(conn[k]) {
				return true
			}
		}
	}
	return false
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}

// fillHTTPParser gives lib/internal/http_parser.js parseHeadFast as
// binding.parseHead(buffer, pos, isRequest, maxHeaderSize): undefined
// when it declines, else [method or status, url or reason, major, minor,
// rawHeaders, length, chunked, keepAlive, upgrade, next, hasHost,
// hasExpect]: the last two spare the server a search of rawHeaders per
// request.
func fillHTTPParser(n *Node, b vm.Value) {
	rt := n.VM
	rt.DefineValue(b, "parseHead", rt.NewNativeFunction("parseHead", 4, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		data, ok := rt.BufferBytes(vm.Arg(args, 0))
		pos := int(rt.ToNumber(vm.Arg(args, 1)))
		if !ok || pos < 0 || pos > len(data) {
			return vm.Undefined
		}
		request := rt.ToBoolean(vm.Arg(args, 2))
		h, ok := parseHeadFast(data, pos, request, int(rt.ToNumber(vm.Arg(args, 3))))
		if !ok {
			return vm.Undefined
		}
		raw := make([]vm.Value, len(h.fields))
		for i, f := range h.fields {
			raw[i] = rt.NewLatin1(f)
		}
		out := make([]vm.Value, 12)
		if request {
			out[0], out[1] = rt.NewLatin1(h.method), rt.NewLatin1(h.url)
		} else {
			out[0], out[1] = vm.Int(h.status), rt.NewLatin1(h.reason)
		}
		out[2], out[3], out[4] = vm.Int(h.major), vm.Int(h.minor), rt.NewArray(raw)
		out[5], out[6], out[7], out[8] = vm.Float(h.length), vm.Bool(h.chunked), vm.Bool(h.keepAlive), vm.Bool(h.upgrade)
		out[9], out[10], out[11] = vm.Int(h.next), vm.Bool(h.host), vm.Bool(h.expect)
		return rt.NewArray(out)
	}))
}
