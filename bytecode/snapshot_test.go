package bytecode_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/kilnjs/kiln/bytecode"
	"github.com/kilnjs/kiln/compiler"
	"github.com/kilnjs/kiln/parser"
)

// compileCommonJS compiles src the way the module loader does (a CommonJS
// body, with esbuild lowering what the compiler lacks).
func compileCommonJS(src, filename string) (*bytecode.Program, error) {
	opts := parser.Options{AllowReturnOutsideFunction: true}
	prog, err := parser.Parse(src, filename, opts)
	if err != nil {
		return nil, err
	}
	if missing := prog.Features & compiler.Unsupported; missing != 0 {
		code, _, err := parser.Lower(src, filename, missing)
		if err != nil {
			return nil, err
		}
		if prog, err = parser.Parse(code, filename, opts); err != nil {
			return nil, err
		}
	}
	return compiler.FunctionBody(prog, []string{"exports", "require", "module", "__filename", "__dirname"},
		compiler.Options{Filename: filename, Source: prog.Source})
}

func corpus(t testing.TB) []string {
	var files []string
	filepath.WalkDir("../testdata/js", func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".js") {
			files = append(files, p)
		}
		return nil
	})
	sort.Strings(files)
	if len(files) < 100 {
		t.Fatalf("found only %d fixture programs", len(files))
	}
	return files
}

func mustCompile(t testing.TB, file string) *bytecode.Program {
	t.Helper()
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	p, err := compileCommonJS(string(src), file)
	if err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	return p
}

func mustEncode(t testing.TB, p *bytecode.Program, opts bytecode.SnapshotOptions) []byte {
	t.Helper()
	b, err := bytecode.EncodeSnapshot(p, opts)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// programDiff compares programs field by field; the back-pointers from
// functions to their Program are compared through Filename and Source.
var programDiff = []cmp.Option{
	cmpopts.IgnoreFields(bytecode.Function{}, "Program"),
	cmpopts.IgnoreUnexported(bytecode.Function{}),
	cmpopts.EquateEmpty(),
	cmpopts.EquateNaNs(),
}

func TestSnapshotsRoundTripTheCorpus(t *testing.T) {
	for _, file := range corpus(t) {
		t.Run(strings.TrimPrefix(file, "../testdata/js/"), func(t *testing.T) {
			p := mustCompile(t, file)
			b := mustEncode(t, p, bytecode.SnapshotOptions{})
			q, err := bytecode.DecodeSnapshot("app.kbc", b)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(p.Main, q.Main, programDiff...); diff != "" {
				t.Errorf("decoded program differs (-compiled +decoded):\n%s", diff)
			}
			if q.Filename != p.Filename || q.Source != p.Source {
				t.Errorf("decoded filename/source differ")
			}
			if again := mustEncode(t, q, bytecode.SnapshotOptions{}); !bytes.Equal(b, again) {
				t.Errorf("build → load → build gives different bytes (%d vs %d)", len(b), len(again))
			}
			if twice := mustEncode(t, mustCompile(t, file), bytecode.SnapshotOptions{}); !bytes.Equal(b, twice) {
				t.Errorf("two builds of the same source differ")
			}
		})
	}
}

func TestSnapshotValues(t *testing.T) {
	negZero := math.Copysign(0, -1)
	noisyNaN := math.Float64frombits(0x7FF8_0000_0000_00AB)
	main := &bytecode.Function{
		Name: "main", NRegs: 1, NInit: 1, Kind: bytecode.KindScript,
		Code: []uint32{uint32(bytecode.OpReturnUndef)},
		Consts: []bytecode.Const{
			{Kind: bytecode.ConstNumber, Num: negZero},
			{Kind: bytecode.ConstNumber, Num: 0},
			{Kind: bytecode.ConstNumber, Num: noisyNaN},
			{Kind: bytecode.ConstRegExp, Str: "a+", Str2: "gu"},
			{Kind: bytecode.ConstTemplate, ConstLists: &bytecode.ConstLists{Cooked: []string{"", "x"}, Raw: []string{`\u{`, "x"}, Invalid: []bool{true, false}}},
			{Kind: bytecode.ConstScope, ConstLists: &bytecode.ConstLists{Names: []string{"a", "b"}, Lexical: []bool{false, true}}},
			{Kind: bytecode.ConstBigInt, Str: "123456789012345678901234567890"},
		},
		Lines: []bytecode.LinePos{{PC: 0, Line: 3, Col: 7}},
	}
	p := &bytecode.Program{Filename: "/app/main.js", Source: "function f() {}", Main: main}
	b := mustEncode(t, p, bytecode.SnapshotOptions{})
	q, err := bytecode.DecodeSnapshot("app.kbc", b)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name      string
		got, want uint64
	}{
		{"negative zero keeps its sign", math.Float64bits(q.Main.Consts[0].Num), math.Float64bits(negZero)},
		{"positive zero stays positive", math.Float64bits(q.Main.Consts[1].Num), 0},
		{"a NaN loads as the canonical NaN", math.Float64bits(q.Main.Consts[2].Num), 0x7FF8_0000_0000_0000},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if c.got != c.want {
				t.Errorf("bits %#x, want %#x", c.got, c.want)
			}
		})
	}
	t.Run("the other constants survive", func(t *testing.T) {
		if diff := cmp.Diff(main.Consts[3:], q.Main.Consts[3:]); diff != "" {
			t.Error(diff)
		}
	})
	t.Run("NaN payloads do not change the bytes", func(t *testing.T) {
		main.Consts[2].Num = math.NaN()
		if !bytes.Equal(b, mustEncode(t, p, bytecode.SnapshotOptions{})) {
			t.Error("a different NaN gave different bytes")
		}
	})
	t.Run("without source every function says so", func(t *testing.T) {
		q, err := bytecode.DecodeSnapshot("app.kbc", mustEncode(t, p, bytecode.SnapshotOptions{NoSource: true}))
		if err != nil {
			t.Fatal(err)
		}
		if q.Source != "" || q.Main.Flags&bytecode.FlagNoSource == 0 || q.Main.SourceText() != "" {
			t.Errorf("source %q, flags %#x", q.Source, q.Main.Flags)
		}
	})
}

// reseal recomputes a snapshot's section checksums and SHA-256, so that a
// damaged file reaches the structural decoder and the verifier instead of
// stopping at the checksums.
func reseal(b []byte) []byte {
	const header, entry = 28, 16
	if len(b) < header+sha256.Size || !bytecode.IsSnapshot(b) {
		return b
	}
	b = bytes.Clone(b)
	body := b[:len(b)-sha256.Size]
	n := int(binary.LittleEndian.Uint32(b[24:]))
	for i := 0; i < n && header+(i+1)*entry <= len(body); i++ {
		e := body[header+i*entry:]
		off, l := uint64(binary.LittleEndian.Uint32(e[4:])), uint64(binary.LittleEndian.Uint32(e[8:]))
		if off+l <= uint64(len(body)) {
			binary.LittleEndian.PutUint32(e[12:], crc32.Checksum(body[off:off+l], crc32.MakeTable(crc32.Castagnoli)))
		}
	}
	sum := sha256.Sum256(body)
	copy(b[len(body):], sum[:])
	return b
}

// load decodes b and checks the error contract: a one-line message naming
// the file. It reports whether b was rejected.
func load(t *testing.T, b []byte) bool {
	t.Helper()
	_, err := bytecode.DecodeSnapshot("app.kbc", b)
	if err == nil {
		return false
	}
	if msg := err.Error(); !strings.HasPrefix(msg, "app.kbc") || strings.Contains(msg, "\n") {
		t.Fatalf("error is not one line naming the file: %q", msg)
	}
	return true
}

// TestCorruptSnapshotsAreRejected damages a real snapshot in every way the
// acceptance list names; every damaged file must be refused cleanly.
func TestCorruptSnapshotsAreRejected(t *testing.T) {
	good := mustEncode(t, mustCompile(t, "../testdata/js/misc/mini_interpreter.js"), bytecode.SnapshotOptions{})
	tried, rejected := 0, 0
	try := func(b []byte) {
		tried++
		if load(t, b) {
			rejected++
		}
	}
	t.Run("every byte changed in turn is rejected", func(t *testing.T) {
		for i := range good {
			b := bytes.Clone(good)
			b[i] ^= 0xA5
			try(b)
		}
	})
	t.Run("single-bit flips are rejected", func(t *testing.T) {
		for bit := 0; bit < len(good)*8; bit += 3 {
			b := bytes.Clone(good)
			b[bit/8] ^= 1 << (bit % 8)
			try(b)
		}
	})
	t.Run("every truncation is rejected", func(t *testing.T) {
		for n := 0; n < len(good); n++ {
			try(good[:n])
		}
		try(append(bytes.Clone(good), 0))
	})
	if rejected != tried {
		t.Errorf("%d of %d damaged snapshots were accepted", tried-rejected, tried)
	}
	t.Logf("%d-byte snapshot: %d damaged copies, %d rejected", len(good), tried, rejected)
}

// TestCorruptCacheEntriesAreRejected damages a compile-cache entry, which
// DecodeCacheEntry loads without the whole-file SHA-256: every change to
// the bytes that SHA-256 covered, and every truncation, must still be
// refused (by a section's CRC-32C or the structural checks). Only the
// SHA-256 field itself may change unnoticed, as it no longer guards
// anything.
func TestCorruptCacheEntriesAreRejected(t *testing.T) {
	good := mustEncode(t, mustCompile(t, "../testdata/js/misc/mini_interpreter.js"), bytecode.SnapshotOptions{})
	sealed := len(good) - sha256.Size
	accepted := func(b []byte) bool {
		_, err := bytecode.DecodeCacheEntry("entry.kbc", b)
		if err != nil && (!strings.HasPrefix(err.Error(), "entry.kbc") || strings.Contains(err.Error(), "\n")) {
			t.Fatalf("error is not one line naming the file: %q", err)
		}
		return err == nil
	}
	if !accepted(good) {
		t.Fatal("the undamaged entry is refused")
	}
	t.Run("every byte before the SHA-256 changed in turn is rejected", func(t *testing.T) {
		for i := 0; i < sealed; i++ {
			b := bytes.Clone(good)
			b[i] ^= 0xA5
			if accepted(b) {
				t.Errorf("byte %d of %d changed: accepted", i, len(good))
			}
		}
	})
	t.Run("every truncation is rejected", func(t *testing.T) {
		for n := 0; n < len(good); n++ {
			if accepted(good[:n]) {
				t.Errorf("truncated to %d of %d bytes: accepted", n, len(good))
			}
		}
	})
	t.Run("a damaged SHA-256 field is not read", func(t *testing.T) {
		b := bytes.Clone(good)
		b[sealed] ^= 1
		if !accepted(b) {
			t.Error("refused")
		}
		if _, err := bytecode.DecodeSnapshot("app.kbc", b); err == nil {
			t.Error("DecodeSnapshot (kiln build's files) accepted it")
		}
	})
}

// TestResealedDamageNeverPanics damages a snapshot and then fixes its
// checksums, so the decoder's own checks and the verifier are what stand
// between the damage and the interpreter.
func TestResealedDamageNeverPanics(t *testing.T) {
	good := mustEncode(t, mustCompile(t, "../testdata/js/misc/labels_and_blocks.js"), bytecode.SnapshotOptions{})
	tried, rejected := 0, 0
	for i := 28; i < len(good)-sha256.Size; i++ {
		for _, x := range []byte{0x01, 0xFF} {
			b := bytes.Clone(good)
			b[i] ^= x
			tried++
			if load(t, reseal(b)) {
				rejected++
			}
		}
	}
	t.Logf("%d resealed damaged copies, %d rejected, %d still valid programs", tried, rejected, tried-rejected)
}

func TestSnapshotHeaderErrors(t *testing.T) {
	good := mustEncode(t, mustCompile(t, "../testdata/js/misc/algorithms.js"), bytecode.SnapshotOptions{})
	patch := func(at int, v uint32) []byte {
		b := bytes.Clone(good)
		binary.LittleEndian.PutUint32(b[at:], v)
		return b
	}
	cases := []struct {
		name string
		data []byte
		want string
	}{
		{"an empty file is not a snapshot", nil, "app.kbc: not a Kiln snapshot (bad magic)"},
		{"JavaScript source is not a snapshot", []byte("console.log('hi')\n"), "app.kbc: not a Kiln snapshot (bad magic)"},
		{"the magic alone is truncated", []byte(bytecode.SnapshotMagic), "app.kbc: truncated snapshot (8 bytes)"},
		{"another format version asks for a rebuild", patch(8, bytecode.FormatVersion+1), fmt.Sprintf("app.kbc was built by a different Kiln (format %d, opcode table", bytecode.FormatVersion+1)},
		{"another opcode table asks for a rebuild", patch(12, 7), fmt.Sprintf("app.kbc was built by a different Kiln (format %d, opcode table", bytecode.FormatVersion)},
		{"a damaged code section names it", func() []byte {
			b := bytes.Clone(good)
			off := binary.LittleEndian.Uint32(b[28+4*16+4:])
			b[off] ^= 1
			return b
		}(), "app.kbc: code section checksum mismatch (file corrupted)"},
		{"damage to the header flags fails the SHA-256", patch(20, 1<<5), "app.kbc: SHA-256 mismatch (file corrupted)"},
		{"unknown flags are refused", reseal(patch(20, 1<<5)), "app.kbc: unknown header flags 0x20"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := bytecode.DecodeSnapshot("app.kbc", c.data)
			if err == nil || !strings.HasPrefix(err.Error(), c.want) {
				t.Errorf("got %v, want %q", err, c.want)
			}
		})
	}
}

func TestVerifierRunsOnLoadedCode(t *testing.T) {
	p := &bytecode.Program{Filename: "x.js", Main: &bytecode.Function{NRegs: 1, NInit: 1, Code: []uint32{uint32(bytecode.OpLoadK) | 9<<16, uint32(bytecode.OpReturnUndef)}}}
	_, err := bytecode.DecodeSnapshot("app.kbc", mustEncode(t, p, bytecode.SnapshotOptions{}))
	if err == nil || !strings.HasPrefix(err.Error(), "app.kbc: bytecode rejected by the verifier: ") {
		t.Errorf("got %v", err)
	}
}

// functions lists p's functions, Main first.
func functions(p *bytecode.Program) []*bytecode.Function {
	all := []*bytecode.Function{p.Main}
	for i := 0; i < len(all); i++ {
		all = append(all, all[i].Funcs...)
	}
	return all
}

// TestLazyBodies checks that the loaders used to run code decode a
// function's body only when Load asks for it, and then exactly as the eager
// loader does.
func TestLazyBodies(t *testing.T) {
	p := mustCompile(t, "../testdata/js/misc/mini_interpreter.js")
	b := mustEncode(t, p, bytecode.SnapshotOptions{})
	t.Run("untouched functions are never decoded", func(t *testing.T) {
		q, err := bytecode.DecodeSnapshotDeferred("app.kbc", b)
		if err != nil {
			t.Fatal(err)
		}
		if err := q.Main.Load(); err != nil {
			t.Fatal(err)
		}
		for _, f := range functions(q)[1:] {
			if f.Code != nil || f.Consts != nil || f.Sites != nil || f.Lines != nil {
				t.Fatalf("function %q was decoded before Load", f.Name)
			}
		}
		if len(q.Main.Code) == 0 || len(q.Main.Funcs) == 0 {
			t.Fatal("Main did not decode, or has no nested function to leave alone")
		}
	})
	t.Run("a loaded function equals its eager decoding", func(t *testing.T) {
		q, err := bytecode.DecodeSnapshotDeferred("app.kbc", b)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range functions(q) {
			if err := f.Load(); err != nil {
				t.Fatal(err)
			}
		}
		if diff := cmp.Diff(p.Main, q.Main, programDiff...); diff != "" {
			t.Errorf("lazily decoded program differs (-compiled +decoded):\n%s", diff)
		}
	})
	t.Run("a built-in function decodes its line and callee tables when asked for them", func(t *testing.T) {
		q, err := bytecode.DecodeBuiltinSnapshot("node:app", b)
		if err != nil {
			t.Fatal(err)
		}
		lines := 0
		for _, f := range functions(q) {
			if err := f.Load(); err != nil {
				t.Fatal(err)
			}
			if f.Lines != nil || f.Callees != nil {
				t.Fatalf("function %q decoded its tables on Load", f.Name)
			}
			lines += len(f.LineTable()) + len(f.CalleeTable())
		}
		if lines == 0 {
			t.Fatal("the program has no line or callee table to decode")
		}
		if diff := cmp.Diff(p.Main, q.Main, programDiff...); diff != "" {
			t.Errorf("built-in program differs (-compiled +decoded):\n%s", diff)
		}
	})
	t.Run("runtimes on several goroutines may load the same function", func(t *testing.T) {
		q, err := bytecode.DecodeSnapshotDeferred("app.kbc", b)
		if err != nil {
			t.Fatal(err)
		}
		done := make(chan error)
		for range 4 {
			go func() {
				for _, f := range functions(q) {
					if err := f.Load(); err != nil {
						done <- err
						return
					}
				}
				done <- nil
			}()
		}
		for range 4 {
			if err := <-done; err != nil {
				t.Error(err)
			}
		}
	})
}

// TestMalformedBodiesFailOnLoad encodes a function whose line table points
// past its code: the eager loader refuses the file, the lazy one only that
// function, with the same message, each time it is asked.
func TestMalformedBodiesFailOnLoad(t *testing.T) {
	p := mustCompile(t, "../testdata/js/misc/algorithms.js")
	broken := p.Main.Funcs[len(p.Main.Funcs)-1]
	broken.Lines = append(broken.Lines, bytecode.LinePos{PC: len(broken.Code) + 5, Line: 1})
	b := mustEncode(t, p, bytecode.SnapshotOptions{})
	_, err := bytecode.DecodeSnapshot("app.kbc", b)
	if err == nil || !strings.HasPrefix(err.Error(), "app.kbc: lines section: ") {
		t.Fatalf("eager load: got %v, want a lines section error", err)
	}
	want := strings.TrimPrefix(err.Error(), "app.kbc: ")
	q, err := bytecode.DecodeSnapshotDeferred("app.kbc", b)
	if err != nil {
		t.Fatalf("lazy load refused the file: %v", err)
	}
	for _, f := range functions(q) {
		err := f.Load()
		if f == q.Main.Funcs[len(q.Main.Funcs)-1] {
			for range 2 {
				if err == nil || err.Error() != want {
					t.Errorf("Load of the broken function: got %v, want %q", err, want)
				}
				err = f.Load()
			}
		} else if err != nil {
			t.Errorf("Load of %q: %v", f.Name, err)
		}
	}
}
