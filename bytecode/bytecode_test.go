package bytecode

import (
	"strings"
	"testing"
)

func TestEveryOpcodeHasANameAndDoc(t *testing.T) {
	seen := map[string]bool{}
	for op := Opcode(0); int(op) < NumOpcodes; op++ {
		name := op.String()
		if name == "" || name == "Op?" || seen[name] {
			t.Errorf("opcode %d has bad or duplicate name %q", op, name)
		}
		seen[name] = true
	}
}

func TestEncodeDecodeRoundTrip(t *testing.T) {
	cases := []struct {
		name    string
		op      Opcode
		a, b, c int
	}{
		{"narrow ABC", OpAdd, 1, 2, 3},
		{"wide ABC", OpAdd, 300, 2, 1000},
		{"narrow ABx", OpLoadK, 4, 60000, 0},
		{"wide ABx", OpLoadK, 4, 1 << 20, 0},
		{"wide register in ABx", OpLoadK, 700, 5, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, _ := Encode(nil, c.op, c.a, c.b, c.c)
			in, ok := Decode(code, 0)
			if !ok {
				t.Fatal("does not decode")
			}
			wantC := c.c
			if c.op.Info().BX {
				wantC = 0
			}
			if in.Op != c.op || in.A != c.a || in.B != c.b || in.C != wantC || in.Next != len(code) {
				t.Fatalf("got %+v, want %v %d %d %d", in, c.op, c.a, c.b, wantC)
			}
		})
	}
}

func TestSiteWordRoundTrip(t *testing.T) {
	for _, wide := range []bool{false, true} {
		a := 1
		if wide {
			a = 300
		}
		code := EncodeSite(nil, OpGetElem, a, 2, 3, 70000)
		code = EncodeSite(code, OpSetElem, 4, 5, 6, 7)
		in, ok := Decode(code, 0)
		if !ok || in.Op != OpGetElem || in.A != a || in.B != 2 || in.C != 3 || in.Site != 70000 {
			t.Fatalf("wide %v: got %+v", wide, in)
		}
		next, ok := Decode(code, in.Next)
		if !ok || next.Op != OpSetElem || next.Site != 7 || next.Next != len(code) {
			t.Fatalf("wide %v: the next instruction decodes as %+v", wide, next)
		}
	}
}

func TestJumpPatching(t *testing.T) {
	code, _ := Encode(nil, OpLoadTrue, 0, 0, 0)
	code, at := Encode(code, OpJmpTrue, 0, 0, 0)
	code, _ = Encode(code, OpLoadFalse, 0, 0, 0)
	target := len(code)
	code, _ = Encode(code, OpReturn, 0, 0, 0)
	PatchJump(code, at, target)
	in, _ := Decode(code, 1)
	if in.Target != target {
		t.Fatalf("target = %d, want %d", in.Target, target)
	}
}

func TestVerifierRejects(t *testing.T) {
	ret := func(code []uint32) []uint32 { c, _ := Encode(code, OpReturnUndef, 0, 0, 0); return c }
	k, _ := Encode(nil, OpLoadK, 0, 5, 0)
	r, _ := Encode(nil, OpMov, 0, 9, 0)
	j, at := Encode(nil, OpJmp, 0, 0, 0)
	PatchJump(j, at, 100)
	site := EncodeSite(nil, OpGetElem, 0, 0, 0, 1)
	cut, _ := Encode(nil, OpGetElem, 0, 0, 0)
	cases := []struct {
		name string
		fn   *Function
		want string
	}{
		{"a constant index out of range", &Function{NRegs: 2, NInit: 1, Code: ret(k)}, "out of range"},
		{"a register beyond the frame", &Function{NRegs: 2, NInit: 1, Code: ret(r)}, "out of range"},
		{"a jump outside the code", &Function{NRegs: 1, NInit: 1, Code: ret(j)}, "jumps to"},
		{"a site word out of range", &Function{NRegs: 1, NInit: 1, Sites: []string{""}, Code: ret(site)}, "site 1 out of range"},
		{"code cut before a site word", &Function{NRegs: 1, NInit: 1, Code: cut[:1]}, "undecodable"},
		{"code that falls off the end", &Function{NRegs: 1, NInit: 1, Code: []uint32{uint32(OpNop)}}, "falls through"},
		{"an unknown opcode", &Function{NRegs: 1, NInit: 1, Code: []uint32{0xFF}}, "undecodable"},
		{"an entry register count below the parameters", &Function{NParams: 1, NRegs: 2, NInit: 1, Code: ret(nil)}, "entry register count"},
		{"an entry register count past the frame", &Function{NRegs: 1, NInit: 2, Code: ret(nil)}, "entry register count"},
		{"a handler with a bad range", &Function{NRegs: 1, NInit: 1, Code: ret(nil), Handlers: []Handler{{Start: 0, End: 9, Target: 0}}}, "handler"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := Verify(c.fn)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("Verify = %v, want error containing %q", err, c.want)
			}
		})
	}
	if err := Verify(&Function{NRegs: 1, NInit: 1, Code: ret(nil)}); err != nil {
		t.Fatalf("a minimal function fails: %v", err)
	}
}
