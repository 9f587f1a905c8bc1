package bytecode_test

import (
	"bytes"
	"os"
	"testing"

	"github.com/kilnjs/kiln/bytecode"
)

// fuzzSeeds are corpus programs small enough to keep fuzzing fast.
var fuzzSeeds = []string{
	"../testdata/js/misc/algorithms.js",
	"../testdata/js/misc/labels_and_blocks.js",
	"../testdata/js/misc/mini_interpreter.js",
}

// FuzzLoad feeds arbitrary bytes to the loader, both as they are and with
// their checksums recomputed (so that mutations reach the structural decoder
// and the verifier). Loading must fail with an error or succeed; a loaded
// program must encode back to bytes that load to the same encoding. The
// lazy loader, with every body then loaded and verified, must agree with
// the eager one.
// Run: go test ./bytecode -run '^$' -fuzz FuzzLoad -fuzztime 10s
func FuzzLoad(f *testing.F) {
	for _, file := range fuzzSeeds {
		b := mustEncode(f, mustCompile(f, file), bytecode.SnapshotOptions{})
		f.Add(b)
		f.Add(mustEncode(f, mustCompile(f, file), bytecode.SnapshotOptions{NoSource: true}))
	}
	f.Add(mustEncode(f, bundled(), bytecode.SnapshotOptions{}))
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, b := range [][]byte{data, reseal(data)} {
			p, err := bytecode.DecodeSnapshot("fuzz.kbc", b)
			if lazyErr := loadLazily(b); (err == nil) != (lazyErr == nil) {
				t.Fatalf("the eager loader says %v, the lazy one %v", err, lazyErr)
			}
			if err != nil {
				continue
			}
			again, err := bytecode.EncodeSnapshot(p, bytecode.SnapshotOptions{})
			if err != nil {
				t.Fatalf("a loaded program does not encode: %v", err)
			}
			q, err := bytecode.DecodeSnapshot("fuzz.kbc", again)
			if err != nil {
				t.Fatalf("a re-encoded program does not load: %v", err)
			}
			if third, _ := bytecode.EncodeSnapshot(q, bytecode.SnapshotOptions{}); !bytes.Equal(again, third) {
				t.Fatal("encode → decode → encode is not stable")
			}
		}
	})
}

// loadLazily decodes b as the runtime does, then loads and verifies every
// function.
func loadLazily(b []byte) error {
	p, err := bytecode.DecodeSnapshotDeferred("fuzz.kbc", b)
	if err != nil {
		return err
	}
	for _, f := range functions(p) {
		if err := f.Load(); err != nil {
			return err
		}
	}
	return bytecode.Verify(p.Main)
}

// FuzzCompileVerify compiles arbitrary source: whatever the compiler
// accepts must pass the verifier and survive a snapshot round trip
// byte for byte.
// Run: go test ./bytecode -run '^$' -fuzz FuzzCompileVerify -fuzztime 10s
func FuzzCompileVerify(f *testing.F) {
	for _, file := range fuzzSeeds {
		src, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(src))
	}
	f.Add("let {a, ...b} = {a: 1}; for (const x of [1]) try { throw x } catch { } finally { }")
	f.Add("class A extends Object { #x = 1; static { } get y() { return `${this.#x}` } }")
	f.Fuzz(func(t *testing.T, src string) {
		if len(src) > 1<<16 {
			return
		}
		p, err := compileCommonJS(src, "fuzz.js")
		if err != nil {
			return
		}
		if err := bytecode.Verify(p.Main); err != nil {
			t.Fatalf("compiled code fails the verifier: %v", err)
		}
		b, err := bytecode.EncodeSnapshot(p, bytecode.SnapshotOptions{})
		if err != nil {
			t.Fatalf("compiled code does not encode: %v", err)
		}
		q, err := bytecode.DecodeSnapshot("fuzz.kbc", b)
		if err != nil {
			t.Fatalf("snapshot of compiled code does not load: %v", err)
		}
		if again, _ := bytecode.EncodeSnapshot(q, bytecode.SnapshotOptions{}); !bytes.Equal(b, again) {
			t.Fatal("build → load → build changed the bytes")
		}
	})
}
