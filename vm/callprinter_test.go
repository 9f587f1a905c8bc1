package vm

import "testing"

func TestV8CalleeText(t *testing.T) {
	tests := []struct{ src, want string }{
		{"o.f().g", "o.f(...).g"},
		{"o['a']", "o.a"},
		{"o[`t`]", "o.t"},
		{"o[k + 1]", "o[(k + 1)]"},
		{"o[0x10]", "o[16]"},
		{"o[1e21]", "o[1e+21]"},
		{"1 + 2 * 3", "7"},
		{"'a' + k + 'b'", `("a" + k + "b")`},
		{"b < 1", "(b < 1)"},
		{"typeof b", "(typeof b)"},
		{"b++", "(b++)"},
		{"b = o.a", "b"},
		{"b ? 1 : 2", "(intermediate value)(intermediate value)(intermediate value)"},
		{"0, o.a", "(0 , o.a)"},
		{"[1, 'x', b]", `[1,"x",b]`},
		{"[,1]", "[(intermediate value),1]"},
		{"{}", "{}"},
		{"{a: 1, b}", "{(intermediate value)(intermediate value)}"},
		{"new C().x", "(intermediate value).x"},
		{"(function () {})()", "(intermediate value)(...)"},
		{"o?.f().g", "o?.f(...).g"},
		{"o.f``", "o.f(...)"},
		{"this.#p", "this[#p]"},
		{"super.x", "(intermediate value).x"},
		{"1n", "(intermediate value)"},
		{"'str'.x", `"str".x`},
		{"o.f(", "o.f("}, // text that does not parse is kept as written
	}
	for _, tt := range tests {
		t.Run(tt.src+" prints as "+tt.want, func(t *testing.T) {
			if got := v8CalleeText(tt.src); got != tt.want {
				t.Errorf("v8CalleeText(%q) = %q, want %q", tt.src, got, tt.want)
			}
		})
	}
}
