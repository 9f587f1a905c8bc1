package stdlib

import "testing"

func TestSourceMappingURL(t *testing.T) {
	cases := []struct{ code, want string }{
		{"x();\n//# sourceMappingURL=a.js.map\n", "a.js.map"},
		{"x();\n//@ sourceMappingURL=old.map", "old.map"},
		{"//# sourceMappingURL=first.map\nx();\n//# sourceMappingURL=last.map\r\n", "last.map"},
		{"x();\n//# sourceMappingURL=  \n", ""},
		{"//# sourceMappingURL=a.map\n//# sourceMappingURL=\n", "a.map"},
		{"x();\n", ""},
		{"//# sourceMappingURL=data:application/json;base64,e30=", "data:application/json;base64,e30="},
	}
	for _, c := range cases {
		if got := sourceMappingURL(c.code); got != c.want {
			t.Errorf("sourceMappingURL(%q) = %q, want %q", c.code, got, c.want)
		}
	}
}
