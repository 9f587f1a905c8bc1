package deflate

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"io"
	"testing"
)

// FuzzRoundTrip checks that Go's inflate reads back what the compressor
// writes, for any input, settings and split into flushed writes.
func FuzzRoundTrip(f *testing.F) {
	f.Add([]byte("hello hello hello world"), uint8(6), uint8(0), uint8(15), uint8(8), uint8(0), uint16(0))
	f.Add(bytes.Repeat([]byte("abcabcabd"), 3000), uint8(1), uint8(3), uint8(9), uint8(1), uint8(2), uint16(100))
	f.Add(corpusInputs[10].bytes(), uint8(0), uint8(0), uint8(8), uint8(9), uint8(1), uint16(7000))
	f.Fuzz(func(t *testing.T, in []byte, level, strategy, wBits, mem, flush uint8, piece uint16) {
		format := Format(int(flush>>4) % 3)
		lv, st := int(level)%10, int(strategy)%5
		wb, ml := 9+int(wBits)%7, 1+int(mem)%9
		fl := []Flush{NoFlush, PartialFlush, SyncFlush, FullFlush, Block}[int(flush&15)%5]
		s, err := New(format, lv, wb, ml, st)
		if err != nil {
			t.Fatal(err)
		}
		w := NewChunked(s, 1000)
		var out []byte
		p := int(piece)
		if p == 0 {
			p = len(in) + 1
		}
		for off := 0; off < len(in); off += p {
			got, err := w.Write(in[off:min(len(in), off+p)], fl)
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, got...)
		}
		got, err := w.Write(nil, Finish)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, got...)
		var r io.Reader
		switch format {
		case Raw:
			r = flate.NewReader(bytes.NewReader(out))
		case Zlib:
			r, err = zlib.NewReader(bytes.NewReader(out))
		case Gzip:
			r, err = gzip.NewReader(bytes.NewReader(out))
		}
		if err != nil {
			t.Fatal(err)
		}
		back, err := io.ReadAll(r)
		if err != nil {
			t.Fatalf("inflate: %v", err)
		}
		if !bytes.Equal(back, in) {
			t.Fatalf("inflated %d bytes, want %d", len(back), len(in))
		}
	})
}

// BenchmarkCompress compares the compressor with compress/flate at the
// same level on 150 KB of text and 70 KB of random bytes.
func BenchmarkCompress(b *testing.B) {
	for _, name := range []string{"text150k", "random70k", "records120k"} {
		var in []byte
		for _, c := range corpusInputs {
			if c.name == name {
				in = c.bytes()
			}
		}
		for _, level := range []int{1, 6, 9} {
			b.Run(name+"/kiln/"+string(rune('0'+level)), func(b *testing.B) {
				b.SetBytes(int64(len(in)))
				for b.Loop() {
					s, _ := New(Raw, level, 15, 8, 0)
					s.Compress(in, Finish, DefaultChunk)
				}
			})
			b.Run(name+"/flate/"+string(rune('0'+level)), func(b *testing.B) {
				b.SetBytes(int64(len(in)))
				for b.Loop() {
					w, _ := flate.NewWriter(io.Discard, level)
					w.Write(in)
					w.Close()
				}
			})
		}
	}
}
