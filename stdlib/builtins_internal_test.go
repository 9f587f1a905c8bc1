package stdlib

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"syscall"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kilnjs/kiln/bytecode"
)

// The tests run a lib file edited since the last `go generate ./stdlib`
// from its source, so that they test the edit (TestLibBundleIsCurrent
// fails meanwhile): see libbundle.go.
func init() { os.Setenv("KILN_LIBDEV", "1") }

func TestEveryLibFileCompiles(t *testing.T) {
	for _, name := range libFileNames() {
		t.Run(name, func(t *testing.T) {
			src, _ := libSource(name)
			if _, err := Compile(src, "node:"+name, KindCommonJS); err != nil {
				t.Fatal(err)
			}
		})
	}
}

func TestUVErrorNames(t *testing.T) {
	tests := []struct {
		name string
		err  error
		want uvError
	}{
		{"a missing file is ENOENT", &fs.PathError{Op: "open", Path: "x", Err: syscall.ENOENT},
			uvError{"ENOENT", -int(syscall.ENOENT), "no such file or directory"}},
		{"a directory read is EISDIR", &fs.PathError{Op: "read", Path: "x", Err: syscall.EISDIR},
			uvError{"EISDIR", -int(syscall.EISDIR), "illegal operation on a directory"}},
		{"a bare errno is classified", syscall.EACCES, uvError{"EACCES", -int(syscall.EACCES), "permission denied"}},
		{"fs.ErrNotExist without an errno is ENOENT", fs.ErrNotExist,
			uvError{"ENOENT", -int(syscall.ENOENT), "no such file or directory"}},
		{"an unknown error is EIO", errors.New("odd"), uvError{"EIO", -int(syscall.EIO), "i/o error"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, uvErrorOf(tt.err), cmp.AllowUnexported(uvError{})); diff != "" {
				t.Error(diff)
			}
		})
	}
}

func TestEncodings(t *testing.T) {
	tests := []struct {
		name, enc, s string
		b            []byte
	}{
		{"utf8 round-trips", "utf8", "héllo", []byte("héllo")},
		{"latin1 is one byte per unit", "latin1", "hé", []byte{'h', 0xe9}},
		{"hex", "hex", "00ff10", []byte{0, 0xff, 0x10}},
		{"base64", "base64", "aGk=", []byte("hi")},
		{"utf16le", "utf16le", "hi", []byte{'h', 0, 'i', 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := decodeBytes(tt.b, tt.enc); got != tt.s {
				t.Errorf("decode = %q, want %q", got, tt.s)
			}
			if diff := cmp.Diff(tt.b, encodeString(tt.s, tt.enc)); diff != "" {
				t.Errorf("encode (-want +got):\n%s", diff)
			}
		})
	}
	t.Run("invalid utf8 bytes each become U+FFFD", func(t *testing.T) {
		if got := decodeBytes([]byte{'a', 0xff, 0xfe, 'b'}, "utf8"); got != "a\uFFFD\uFFFDb" {
			t.Errorf("got %q", got)
		}
	})
}

func TestLibBundleIsCurrent(t *testing.T) {
	want, err := BuildLibBundle()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(want, libBundleBytes) {
		t.Fatal("stdlib/lib.bundle is stale: run go generate ./stdlib")
	}
	// The runtime loads the bundle without the verifier
	// (DecodeBuiltinSnapshot): this is where its code is verified.
	err = walkLibBundle(libBundleBytes, func(e libBundleEntry) {
		if _, err := bytecode.DecodeSnapshot("node:"+string(e.name), e.snap); err != nil {
			t.Errorf("%s: %v", e.name, err)
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range libFileNames() {
		if _, ok := bundledLibProgram(name); !ok {
			t.Errorf("%s does not load from the bundle", name)
		}
	}
}

func TestLibBundleRejectsTruncation(t *testing.T) {
	nop := func(libBundleEntry) {}
	if err := walkLibBundle(libBundleBytes, nop); err != nil {
		t.Fatalf("the embedded bundle does not parse: %v", err)
	}
	for _, n := range []int{0, 3, len(libBundleMagic), len(libBundleMagic) + 1, 100, 1000, len(libBundleBytes) - 1} {
		if err := walkLibBundle(libBundleBytes[:n], nop); err == nil {
			t.Errorf("a bundle cut to %d bytes parsed", n)
		}
	}
}
