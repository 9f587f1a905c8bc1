package stdlib

import "testing"

func TestParseURL(t *testing.T) {
	tests := []struct {
		name, input, base, want string
	}{
		{"a special URL loses its default port and dot segments", "http://EXAMPLE.com:80/a/../b?x#y", "", "http://example.com/b?x#y"},
		{"a hex IPv4 host is written in decimal", "http://0x7f.1/", "", "http://127.0.0.1/"},
		{"an IPv6 host is compressed", "http://[1:0:0:0:0:0:0:1]:8080", "", "http://[1::1]:8080/"},
		{"a non-ASCII host becomes Punycode", "http://faß.de/", "", "http://xn--fa-hia.de/"},
		{"a file URL keeps its drive letter", "file:///C:/x/../..", "", "file:///C:/"},
		{"a relative reference resolves against its base", "../d?q", "http://h/a/b/c", "http://h/a/d?q"},
		{"an opaque path is kept as written", "mailto:a@b", "", "mailto:a@b"},
		{"a path starting with // gets /. when there is no host", "non-spec:/..//p", "", "non-spec:/.//p"},
		{"an out-of-range IPv4 part fails", "http://192.168.0.257/", "", ""},
		{"a port past 65535 fails", "http://x:65536/", "", ""},
		{"a relative reference without a base fails", "x", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var base *urlRecord
			if tt.base != "" {
				base = parseURL(tt.base, nil)
			}
			got := ""
			if u := parseURL(tt.input, base); u != nil {
				got = u.href(false)
			}
			if got != tt.want {
				t.Errorf("parseURL(%q, %q) = %q, want %q", tt.input, tt.base, got, tt.want)
			}
		})
	}
}

func TestPunycodeRoundTrips(t *testing.T) {
	for _, label := range []string{"español", "中文", "faß", "bücher"} {
		enc, ok := punycodeEncode([]rune(label))
		if !ok {
			t.Fatalf("punycodeEncode(%q) failed", label)
		}
		if dec, ok := punycodeDecode(enc); !ok || dec != label {
			t.Errorf("punycodeDecode(%q) = %q, %v; want %q", enc, dec, ok, label)
		}
	}
}
