package wasm

import (
	"errors"
	"testing"
)

// Opcodes of the legacy exception-handling proposal and the few others the
// tests below use.
const (
	opcTry      = 0x06
	opcCatch    = 0x07
	opcThrow    = 0x08
	opcRethrow  = 0x09
	opcDelegate = 0x18
	opcCatchAll = 0x19
	opcEnd      = 0x0b
	opcCall     = 0x10
	opcLocalGet = 0x20
	opcI32Const = 0x41
	opcI32Add   = 0x6a
	blockVoid   = 0x40
	blockI32    = 0x7f
)

// ehModule assembles a module whose functions all have type 0, (i32) -> i32:
// function 0 is the import "env" "host", functions 1 and 2 throw their
// argument with tag 0 and tag 1 (both of type 1, (i32) -> (), exported as
// "t0" and "t1"),
// and bodies are functions 3 on, exported as "f3", "f4", ...; each has one
// extra i32 local.
func ehModule(bodies ...[]byte) []byte {
	funcs := append([][]byte{{opcLocalGet, 0, opcThrow, 0}, {opcLocalGet, 0, opcThrow, 1}}, bodies...)
	var b []byte
	sec := func(id byte, content []byte) {
		b = append(b, id)
		b = appendU32(b, uint32(len(content)))
		b = append(b, content...)
	}
	b = append(b, 0, 'a', 's', 'm', 1, 0, 0, 0)
	sec(1, []byte{2, 0x60, 1, 0x7f, 1, 0x7f, 0x60, 1, 0x7f, 0})
	sec(2, []byte{1, 3, 'e', 'n', 'v', 4, 'h', 'o', 's', 't', 0, 0})
	fs := appendU32(nil, uint32(len(funcs)))
	for range funcs {
		fs = append(fs, 0)
	}
	sec(3, fs)
	sec(13, []byte{2, 0, 1, 0, 1})
	ex := appendU32(nil, uint32(2+len(bodies)))
	ex = append(ex, 2, 't', '0', 4, 0, 2, 't', '1', 4, 1)
	for i := range bodies {
		name := "f" + string(rune('3'+i))
		ex = append(ex, byte(len(name)))
		ex = append(ex, name...)
		ex = append(ex, 0, byte(3+i))
	}
	sec(7, ex)
	code := appendU32(nil, uint32(len(funcs)))
	for _, f := range funcs {
		body := append([]byte{1, 1, 0x7f}, f...)
		body = append(body, opcEnd)
		code = appendU32(code, uint32(len(body)))
		code = append(code, body...)
	}
	sec(10, code)
	return b
}

func appendU32(b []byte, x uint32) []byte {
	for {
		c := byte(x & 0x7f)
		x >>= 7
		if x == 0 {
			return append(b, c)
		}
		b = append(b, c|0x80)
	}
}

// ehInstance compiles and instantiates ehModule(bodies...) with host as
// the import.
func ehInstance(t *testing.T, host HostFunc, bodies ...[]byte) (*Store, *Instance) {
	t.Helper()
	m, err := Compile(ehModule(bodies...))
	if err != nil {
		t.Fatalf("compile: %v", err)
	}
	checkSlots(t, m)
	if host == nil {
		host = func(in []uint64) []uint64 { return in }
	}
	s := &Store{}
	in, err := s.Instantiate(m, []Extern{NewHostFunction(m.Types[0], host)})
	if err != nil {
		t.Fatalf("instantiate: %v", err)
	}
	return s, in
}

func TestExceptions(t *testing.T) {
	// try (result i32) <inner> catch 0 (+100) catch 1 (+200) catch_all -1 end
	catches := func(inner ...byte) []byte {
		b := append([]byte{opcTry, blockI32}, inner...)
		return append(b, opcCatch, 0, opcI32Const, 0xe4, 0, opcI32Add, opcCatch, 1, opcI32Const, 0xc8, 1, opcI32Add,
			opcCatchAll, opcI32Const, 0x7f, opcEnd)
	}
	for _, tc := range []struct {
		name string
		code []byte
		want uint32
	}{
		{"a catch catches the exceptions of its tag, with their payload", catches(opcLocalGet, 0, opcCall, 1), 105},
		{"catches are tried in order, by tag", catches(opcLocalGet, 0, opcCall, 2), 205},
		{"a value returned past the handlers is the try's", catches(opcLocalGet, 0), 5},
		{"catch_all catches what no catch names", []byte{opcTry, blockI32, opcLocalGet, 0, opcCall, 2, opcCatch, 0, opcCatchAll,
			opcI32Const, 7, opcEnd}, 7},
		{"a throw in the function itself is caught", []byte{opcTry, blockI32, opcLocalGet, 0, opcThrow, 1, opcCatch, 1, opcEnd}, 5},
		{"rethrow sends a caught exception to the enclosing try", []byte{opcTry, blockI32,
			opcTry, blockI32, opcLocalGet, 0, opcCall, 1, opcCatch, 0, opcRethrow, 0, opcEnd,
			opcCatch, 0, opcI32Const, 0xe8, 7, opcI32Add, opcEnd}, 1005},
		{"delegate passes over the try it names the inside of", []byte{opcTry, blockI32,
			opcTry, blockI32, opcTry, blockI32, opcLocalGet, 0, opcCall, 1, opcDelegate, 1,
			opcCatch, 0, opcI32Const, 1, opcI32Add, opcEnd,
			opcCatch, 0, opcI32Const, 0xf4, 3, opcI32Add, opcEnd}, 505},
		{"delegate 0 goes to the enclosing try", []byte{opcTry, blockI32,
			opcTry, blockI32, opcLocalGet, 0, opcCall, 1, opcDelegate, 0,
			opcCatch, 0, opcI32Const, 0xf4, 3, opcI32Add, opcEnd}, 505},
		{"rethrow names an outer catch block from an inner one, whose own catch does not replace it", []byte{opcTry, blockI32,
			opcTry, blockI32, opcLocalGet, 0, opcCall, 1, opcCatch, 0, opcTry, blockVoid, opcI32Const, 77, opcCall, 2, opcThrow, 0,
			opcCatch, 1, opcRethrow, 1, opcEnd, opcEnd,
			opcCatch, 0, opcEnd}, 5},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, in := ehInstance(t, nil, tc.code)
			got, err := s.Call(in.Export("f3").(*Function), []uint64{5})
			if err != nil || uint32(got[0]) != tc.want {
				t.Fatalf("got %v, %v; want %d", got, err, int32(tc.want))
			}
			if len(s.exns) != 0 {
				t.Errorf("%d caught exceptions left after the call", len(s.exns))
			}
		})
	}
}

func TestUncaughtExceptionIsCallError(t *testing.T) {
	for _, tc := range []struct {
		name string
		code []byte
	}{
		{"with no handler", []byte{opcLocalGet, 0, opcCall, 1}},
		{"with a catch of another tag", []byte{opcTry, blockI32, opcLocalGet, 0, opcCall, 1, opcCatch, 1, opcEnd}},
		{"rethrown from catch_all", []byte{opcTry, blockI32, opcLocalGet, 0, opcCall, 1, opcCatchAll, opcRethrow, 0, opcEnd}},
		{"delegated to the caller", []byte{opcTry, blockI32, opcLocalGet, 0, opcCall, 1, opcDelegate, 0}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, in := ehInstance(t, nil, tc.code)
			_, err := s.Call(in.Export("f3").(*Function), []uint64{9})
			var e *Exception
			if !errors.As(err, &e) || e.Tag != in.Export("t0").(*Tag) || len(e.Args) != 1 || e.Args[0] != 9 {
				t.Fatalf("got error %#v; want the exception of tag t0 with 9", err)
			}
			// The store is ready for another call.
			got, err := s.Call(in.Export("f3").(*Function), []uint64{0})
			if err == nil {
				t.Fatalf("second call returned %v", got)
			}
		})
	}
}

func TestHostExceptions(t *testing.T) {
	var throw func(s *Store, in *Instance, x uint64)
	var s *Store
	var in *Instance
	host := func(args []uint64) []uint64 {
		throw(s, in, args[0])
		return args
	}
	// try (result i32) call host(x) catch 0 (+100) catch_all -1 end
	code := []byte{opcTry, blockI32, opcLocalGet, 0, opcCall, 0, opcCatch, 0, opcI32Const, 0xe4, 0, opcI32Add,
		opcCatchAll, opcI32Const, 0x7f, opcEnd}
	s, in = ehInstance(t, host, code, []byte{opcTry, blockI32, opcLocalGet, 0, opcCall, 0, opcCatchAll, opcRethrow, 0, opcEnd})
	f3, f4 := in.Export("f3").(*Function), in.Export("f4").(*Function)

	t.Run("an exception a host function throws is caught by its tag", func(t *testing.T) {
		throw = func(s *Store, in *Instance, x uint64) {
			panic(&Exception{Tag: in.Export("t0").(*Tag), Args: []uint64{x * 2}})
		}
		got, err := s.Call(f3, []uint64{4})
		if err != nil || got[0] != 108 {
			t.Fatalf("got %v, %v; want 108", got, err)
		}
	})
	foreign := &Exception{Host: "the embedder's"}
	t.Run("a foreign exception only by catch_all", func(t *testing.T) {
		throw = func(*Store, *Instance, uint64) { panic(foreign) }
		got, err := s.Call(f3, []uint64{4})
		if err != nil || uint32(got[0]) != 0xffffffff {
			t.Fatalf("got %v, %v; want -1", got, err)
		}
	})
	t.Run("and leaves as itself when rethrown", func(t *testing.T) {
		_, err := s.Call(f4, []uint64{4})
		if err != foreign {
			t.Fatalf("got error %v; want the foreign exception itself", err)
		}
	})
	t.Run("an exception thrown by wasm re-entered from a host function is caught outside", func(t *testing.T) {
		// f3 calls the host, which calls f4, which calls the host ...
		// until the host throws: f4's catch_all rethrows it out of each
		// nested call, and f3 catches it.
		n := 0
		throw = func(s *Store, in *Instance, x uint64) {
			if n++; n < 3 {
				if _, err := s.Call(f4, []uint64{x + 1}); err != nil {
					panic(err)
				}
				return
			}
			panic(&Exception{Tag: in.Export("t0").(*Tag), Args: []uint64{x}})
		}
		got, err := s.Call(f3, []uint64{1})
		if err != nil || got[0] != 103 {
			t.Fatalf("got %v, %v; want 103", got, err)
		}
	})
	t.Run("a host function's own panic passes every handler", func(t *testing.T) {
		throw = func(*Store, *Instance, uint64) { panic("host") }
		defer func() {
			if r := recover(); r != "host" {
				t.Fatalf("recovered %v; want the host's panic", r)
			}
			// The store is ready for another call.
			throw = func(*Store, *Instance, uint64) {}
			got, err := s.Call(f3, []uint64{6})
			if err != nil || got[0] != 6 {
				t.Fatalf("after the panic, got %v, %v; want 6", got, err)
			}
		}()
		s.Call(f3, []uint64{0})
	})
}

func TestTrapsAndStackOverflowAreNotCaught(t *testing.T) {
	// try (result i32) unreachable catch_all 7 end; and f4(x) = try (result i32) call f4(x) catch_all 7 end
	s, in := ehInstance(t, nil, []byte{opcTry, blockI32, 0x00, opcCatchAll, opcI32Const, 7, opcEnd},
		[]byte{opcTry, blockI32, opcLocalGet, 0, opcCall, 4, opcCatchAll, opcI32Const, 7, opcEnd})
	var trap *Trap
	if _, err := s.Call(in.Export("f3").(*Function), []uint64{0}); !errors.As(err, &trap) {
		t.Errorf("trap: got %v; want a *Trap", err)
	}
	if _, err := s.Call(in.Export("f4").(*Function), []uint64{0}); err != ErrStackOverflow {
		t.Errorf("recursion: got %v; want ErrStackOverflow", err)
	}
}

func TestCaughtExceptionsAreReleased(t *testing.T) {
	var s *Store
	held := 0
	host := func(args []uint64) []uint64 {
		held = max(held, len(s.exns))
		return args
	}
	// f3(x): loop x times: try throw tag 0 catch 0 drop end; then call host.
	loop := []byte{0x03, blockVoid,
		opcTry, blockVoid, opcLocalGet, 0, opcThrow, 0, opcCatch, 0, 0x1a, opcEnd,
		opcLocalGet, 0, opcI32Const, 1, 0x6b, 0x22, 0, 0x0d, 0, opcEnd,
		opcLocalGet, 0, opcCall, 0}
	// f4(x): try throw x catch 0: drop, then unless x is 0 (try f4(x-1) catch_all end), then call host, rethrow 0.
	// Each level holds its own exception across the deeper ones' catches.
	rec := []byte{opcTry, blockI32, opcLocalGet, 0, opcThrow, 0, opcCatch, 0, 0x1a,
		opcLocalGet, 0, 0x04, blockVoid, opcTry, blockVoid, opcLocalGet, 0, opcI32Const, 1, 0x6b, opcCall, 4, 0x1a, opcCatchAll, opcEnd, opcEnd,
		opcLocalGet, 0, opcCall, 0, 0x1a, opcRethrow, 0, opcEnd}
	s, in := ehInstance(t, host, loop, rec)
	t.Run("a loop that catches holds one exception at a time", func(t *testing.T) {
		held = 0
		if _, err := s.Call(in.Export("f3").(*Function), []uint64{1000}); err != nil {
			t.Fatal(err)
		}
		if held != 1 {
			t.Errorf("held %d exceptions; want 1", held)
		}
	})
	t.Run("each of the recursive catch blocks keeps its own", func(t *testing.T) {
		held = 0
		_, err := s.Call(in.Export("f4").(*Function), []uint64{5})
		var e *Exception
		if !errors.As(err, &e) || e.Args[0] != 5 {
			t.Fatalf("got %v; want the outermost exception, of 5", err)
		}
		if held != 6 {
			t.Errorf("held at most %d exceptions; want 6, one per level", held)
		}
	})
}
