package stdlib

import "testing"

// X509_check_host's name rules, as node's checkHost options set them.
func TestMatchHost(t *testing.T) {
	all := hostFlags{wildcards: true, partial: true}
	tests := []struct {
		pattern, host string
		f             hostFlags
		want          bool
	}{
		{"www.example.com", "WWW.Example.COM", all, true},
		{"*.example.com", "a.example.com", all, true},
		{"*.example.com", "a.b.example.com", all, false},
		{"*.example.com", "a.b.example.com", hostFlags{wildcards: true, partial: true, multiLabel: true}, true},
		{"*.example.com", "example.com", all, false},
		{"*.example.com", ".example.com", all, true}, // the star is dropped as a subdomain prefix
		{"*.example.com", "a.example.com", hostFlags{}, false},
		{"*.com", "example.com", all, false},
		{"f*.example.org", "foo.example.org", all, true},
		{"f*.example.org", "f.example.org", all, true},
		{"f*.example.org", "bar.example.org", all, false},
		{"f*.example.org", "foo.example.org", hostFlags{wildcards: true}, false},
		{"xn--*.example.org", "xn--a.example.org", all, false},
		{"a.*.example.org", "a.b.example.org", all, false},
		{"**.example.org", "ab.example.org", all, false},
		{"www.example.com", ".example.com", all, true},
		{"a.www.example.com", ".example.com", all, true},
		{"a.www.example.com", ".example.com", hostFlags{wildcards: true, singleLabelSubdomains: true}, false},
		{"example.com", ".example.com", all, false},
	}
	for _, tt := range tests {
		if got := matchHost(tt.pattern, tt.host, tt.f); got != tt.want {
			t.Errorf("matchHost(%q, %q, %+v) = %v, want %v", tt.pattern, tt.host, tt.f, got, tt.want)
		}
	}
}

func TestMatchEmailComparesTheDomainWithoutCase(t *testing.T) {
	tests := []struct {
		pattern, email string
		want           bool
	}{
		{"admin@example.com", "admin@EXAMPLE.com", true},
		{"admin@example.com", "ADMIN@example.com", false},
		{"admin@example.com", "admin", false},
		{"a@b@example.com", "a@b@example.com", true},
	}
	for _, tt := range tests {
		if got := matchEmail(tt.pattern, tt.email); got != tt.want {
			t.Errorf("matchEmail(%q, %q) = %v, want %v", tt.pattern, tt.email, got, tt.want)
		}
	}
}

// OpenSSL's RFC 2253 escaping with ESC_CTRL, as node's subject strings
// show it (UTF-8 left alone).
func TestEscape2253(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Kiln, Test+Co", `Kiln\, Test\+Co`},
		{`a"b\c<d>e;f`, `a\"b\\c\<d\>e\;f`},
		{"#hash", `\#hash`},
		{"mid#dle", "mid#dle"},
		{" both ", `\ both\ `},
		{"tab\there", `tab\09here`},
		{"Ünïcödé", "Ünïcödé"},
	}
	for _, tt := range tests {
		if got := escape2253(tt.in); got != tt.want {
			t.Errorf("escape2253(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
