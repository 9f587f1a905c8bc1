package vm

import (
	"encoding/hex"
	"math/big"
	"testing"

	"github.com/kilnjs/kiln/gc"
)

// TestV8WriterBytes checks the writer against the bytes node v20 writes
// (node -e "process.stdout.write(v8.serialize(x).toString('hex'))").
func TestV8WriterBytes(t *testing.T) {
	rt := New(Options{})
	obj := rt.NewObject()
	rt.createDataProperty(obj, rt.atom("a"), gc.Float(1))
	rt.createDataProperty(obj, gc.Float(1), rt.NewString("\u20ac"))
	shared := rt.NewObject()
	for _, tt := range []struct {
		name string
		v    Value
		want string
	}{
		{"a Smi is a zigzag varint", gc.Float(-(1 << 31)), "ff0f49ffffffff0f"},
		{"past the Smis is a double", gc.Float(1 << 31), "ff0f4e000000000000e041"},
		{"minus zero is a double", gc.Float(negZero()), "ff0f4e0000000000000080"},
		{"a Latin-1 string is one byte a unit", rt.NewString("é"), "ff0f2201e9"},
		{"a wide string is padded to an even offset", rt.NewString("a\u20ac"), "ff0f63046100ac20"},
		{"a BigInt is 64-bit digits", rt.NewBigInt(new(big.Int).Lsh(big.NewInt(1), 64)), "ff0f5a2000000000000000000100000000000000"},
		{"an object writes index keys as numbers first", obj, "ff0f6f4902006302ac2022016149027b02"},
		{"a packed array of doubles writes every element as one", rt.NewArray([]Value{gc.Float(1.5), gc.Float(2)}),
			"ff0f41024e000000000000f83f4e0000000000000040240002"},
		{"a shared object is a back-reference", rt.NewArray([]Value{shared, shared}), "ff0f41026f7b005e01240002"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			w := rt.NewV8Writer()
			w.CloneError = func(msg string) Value { return rt.NewString(msg) }
			w.WriteHeader()
			w.WriteValue(tt.v)
			if got := hex.EncodeToString(w.Release()); got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
}

func negZero() float64 {
	z := 0.0
	return -z
}

// TestV8ReaderRejectsTruncatedInput reads every proper prefix of a value
// with one of each kind of object: each must fail cleanly, and the whole
// must read.
func TestV8ReaderRejectsTruncatedInput(t *testing.T) {
	rt := New(Options{})
	// [{a:1}, new Map([[1n, /x/g]]), new Set(['\u20ac']), new Uint8Array(ab), RangeError, Date(0), 'é', [1,,3]]
	full, _ := hex.DecodeString("ff0f4108" + "6f22016149027b01" + "3b5a10010000000000000052220178013a02" +
		"27006302ac202c01" + "420201025642000200" + "72526d220171732201732e" + "440000000000000000" + "2201e9" +
		"61034900490249044906400203" + "240008")
	for n := 0; n < len(full); n++ {
		r := rt.NewV8Reader(full[:n])
		if !r.ReadHeader() {
			continue
		}
		if _, ok := r.ReadValue(); ok {
			t.Errorf("a prefix of %d bytes read as a value", n)
		}
	}
	r := rt.NewV8Reader(full)
	if !r.ReadHeader() {
		t.Fatal("header not read")
	}
	v, ok := r.ReadValue()
	if !ok || !rt.IsArray(v) || rt.obj(v).aux != 8 {
		t.Fatalf("read %v, %v", v, ok)
	}
}
