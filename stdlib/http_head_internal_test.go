package stdlib

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// parseHeadFast's results for heads it takes; what node does with each
// (and with the ones it declines, which the JavaScript parser reports) is
// in testdata/node/http/head_parse.js.
func TestParseHeadFastTakesWellFormedHeads(t *testing.T) {
	type result struct {
		Method, URL, Reason    string
		Status, Major, Minor   int
		Fields                 []string
		Length                 float64
		Chunked, Keep, Upgrade bool
		Host, Expect           bool
		Rest                   string // what follows the head
	}
	tests := []struct {
		name, head string
		request    bool
		want       result
	}{
		{"a request with a query and two fields", "GET /a?b HTTP/1.1\r\nHost: a\r\nX-Y:  z \t\r\n\r\nrest", true,
			result{Method: "GET", URL: "/a?b", Major: 1, Minor: 1, Fields: []string{"Host", "a", "X-Y", "z"}, Length: -1, Keep: true, Host: true, Rest: "rest"}},
		{"Host and Expect in any case", "PUT / HTTP/1.1\r\nhOST: a\r\nEXPECT: 100-continue\r\n\r\n", true,
			result{Method: "PUT", URL: "/", Major: 1, Minor: 1, Fields: []string{"hOST", "a", "EXPECT", "100-continue"}, Length: -1, Keep: true, Host: true, Expect: true}},
		{"HTTP/1.0 keeps alive only when asked", "GET / HTTP/1.0\r\nconnection: x, Keep-Alive\r\n\r\n", true,
			result{Method: "GET", URL: "/", Major: 1, Minor: 0, Fields: []string{"connection", "x, Keep-Alive"}, Length: -1, Keep: true}},
		{"close must be a whole token", "GET / HTTP/1.1\r\nConnection: closed\r\n\r\n", true,
			result{Method: "GET", URL: "/", Major: 1, Minor: 1, Fields: []string{"Connection", "closed"}, Length: -1, Keep: true}},
		{"a length", "POST / HTTP/1.1\r\nContent-Length: 012\r\n\r\n", true,
			result{Method: "POST", URL: "/", Major: 1, Minor: 1, Fields: []string{"Content-Length", "012"}, Length: 12, Keep: true}},
		{"chunked", "POST / HTTP/1.1\r\nTransfer-Encoding:  CHUNKED \r\n\r\n", true,
			result{Method: "POST", URL: "/", Major: 1, Minor: 1, Fields: []string{"Transfer-Encoding", "CHUNKED"}, Length: -1, Chunked: true, Keep: true}},
		{"an upgrade the Connection field names", "GET / HTTP/1.1\r\nUpgrade: ws\r\nConnection: Upgrade\r\n\r\n", true,
			result{Method: "GET", URL: "/", Major: 1, Minor: 1, Fields: []string{"Upgrade", "ws", "Connection", "Upgrade"}, Length: -1, Keep: true, Upgrade: true}},
		{"a response with a reason of several words", "HTTP/1.1 404 Not  Found\r\nContent-Length: 0\r\n\r\n", false,
			result{Status: 404, Reason: "Not  Found", Major: 1, Minor: 1, Fields: []string{"Content-Length", "0"}, Length: 0, Keep: true}},
		{"a response without a reason", "HTTP/1.0 200\r\n\r\n", false,
			result{Status: 200, Major: 1, Minor: 0, Length: -1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h, ok := parseHeadFast([]byte(tt.head), 0, tt.request, 16384)
			if !ok {
				t.Fatalf("parseHeadFast(%q) declined", tt.head)
			}
			got := result{Method: string(h.method), URL: string(h.url), Reason: string(h.reason), Status: h.status,
				Major: h.major, Minor: h.minor, Length: h.length, Chunked: h.chunked, Keep: h.keepAlive, Upgrade: h.upgrade,
				Host: h.host, Expect: h.expect, Rest: tt.head[h.next:]}
			for _, f := range h.fields {
				got.Fields = append(got.Fields, string(f))
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("parseHeadFast(%q) (-want +got):\n%s", tt.head, diff)
			}
		})
	}
}

// Each of these is an error, or needs more bytes, or is the lenient
// parser's business: the JavaScript parser must see it.
func TestParseHeadFastDeclinesTheRest(t *testing.T) {
	for _, head := range []string{
		"GET / HTTP/1.1\r\nHost: a\r\n",                 // not whole yet
		"GET / HTTP/1.1\nHost: a\r\n\r\n",               // bare LF
		"GET / HTTP/1.1\r\nHost: a\n\r\n\r\n",           // bare LF
		"get / HTTP/1.1\r\n\r\n",                        // method
		"GET  / HTTP/1.1\r\n\r\n",                       // two spaces
		"FOO / HTTP/1.1\r\n\r\n",                        // not a method
		"PRI * HTTP/2.0\r\n\r\n",                        // HTTP/2's preface
		"GET /\xe9 HTTP/1.1\r\n\r\n",                    // URL byte
		"GET / HTTP/2.0\r\n\r\n",                        // version
		"GET / HTTP/0.9\r\n\r\n",                        // version
		"GET / HTTP/1.1 x\r\n\r\n",                      // four parts
		"GET /\r\n\r\n",                                 // two parts
		"GET / HTTP/1.10\r\n\r\n",                       // version
		"GET / HTTPS/1.1\r\n\r\n",                       // version
		"GET / HTTP/1.1\r\n folded: x\r\n\r\n",          // obs-fold
		"GET / HTTP/1.1\r\n: x\r\n\r\n",                 // empty name
		"GET / HTTP/1.1\r\nA B: x\r\n\r\n",              // name
		"GET / HTTP/1.1\r\nA: x\x01y\r\n\r\n",           // value
		"GET / HTTP/1.1\r\nA: x\ry\r\n\r\n",             // value
		"GET / HTTP/1.1\r\nA: x\x7f\r\n\r\n",            // value
		"POST / HTTP/1.1\r\nContent-Length: 1x\r\n\r\n", // length
		"POST / HTTP/1.1\r\nContent-Length:\r\n\r\n",    // length
		"POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n",
		"POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 1\r\n\r\n",
		"POST / HTTP/1.1\r\nContent-Length: 1234567890123456\r\n\r\n",
		"POST / HTTP/1.1\r\nTransfer-Encoding: gzip, chunked\r\n\r\n",
		"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n",
		"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\nContent-Length: 1\r\n\r\n",
		"POST / HTTP/1.1\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n",
		"HTTP/1.1 20 OK\r\n\r\n",
		"HTTP/1.1 200OK\r\n\r\n",
		"HTTP/1.1 200 O\rK\r\n\r\n",
	} {
		request := head[:4] != "HTTP"
		if _, ok := parseHeadFast([]byte(head), 0, request, 16384); ok {
			t.Errorf("parseHeadFast(%q) took it", head)
		}
	}
	if _, ok := parseHeadFast([]byte("GET / HTTP/1.1\r\nHost: a\r\n\r\n"), 0, true, 10); ok {
		t.Errorf("parseHeadFast took a head past the size limit")
	}
}

func FuzzParseHeadFast(f *testing.F) {
	f.Add([]byte("GET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n"), true)
	f.Add([]byte("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"), false)
	f.Fuzz(func(t *testing.T, data []byte, request bool) {
		if h, ok := parseHeadFast(data, 0, request, 16384); ok && (h.next > len(data) || len(h.fields)%2 != 0) {
			t.Fatalf("parseHeadFast(%q): next %d, %d field strings", data, h.next, len(h.fields))
		}
	})
}
