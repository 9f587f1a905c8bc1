package deflate

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"testing"
)

// inflateAll feeds in to a fresh inflater in pieces of size piece (0: one
// piece) and returns all it gave out and how it ended.
func inflateAll(format Format, in []byte, piece int) ([]byte, error) {
	f := NewInflater(format, 0)
	if piece == 0 {
		piece = len(in) + 1
	}
	var out []byte
	for off := 0; off < len(in); off += piece {
		got, err := f.Write(in[off:min(len(in), off+piece)])
		out = append(out, got...)
		if err != nil {
			return out, err
		}
	}
	return out, f.Close()
}

func corpusBytes(name string) []byte {
	for _, c := range corpusInputs {
		if c.name == name {
			return c.bytes()
		}
	}
	panic("no corpus input " + name)
}

// TestInflateGivesOutAllFlushedInput compresses in pieces at every level
// and flush, and checks after each piece that the output so far inflates
// to all the input so far (for the flushes that promise it; Z_BLOCK and
// Z_NO_FLUSH promise only a prefix), fed in one piece and byte by byte.
func TestInflateGivesOutAllFlushedInput(t *testing.T) {
	in := append(corpusBytes("text5k"), corpusBytes("abcd3k")...)
	in = append(in, corpusBytes("random1k")...)
	for _, format := range []Format{Raw, Zlib, Gzip} {
		for level := 0; level <= 9; level++ {
			for _, flush := range []Flush{NoFlush, PartialFlush, SyncFlush, FullFlush, Block} {
				name := fmt.Sprintf("format %d level %d flush %d", format, level, flush)
				t.Run(name, func(t *testing.T) {
					s, err := New(format, level, 15, 8, DefaultStrategy)
					if err != nil {
						t.Fatal(err)
					}
					w := NewChunked(s, DefaultChunk)
					whole, bytewise := NewInflater(format, 0), NewInflater(format, 0)
					var gotWhole, gotBytes []byte
					for off := 0; off < len(in); off += 1500 {
						end := min(len(in), off+1500)
						z, err := w.Write(in[off:end], flush)
						if err != nil {
							t.Fatal(err)
						}
						out, err := whole.Write(z)
						if err != nil {
							t.Fatalf("at %d: %v", end, err)
						}
						gotWhole = append(gotWhole, out...)
						for i := range z {
							out, err := bytewise.Write(z[i : i+1])
							if err != nil {
								t.Fatalf("at %d, byte %d: %v", end, i, err)
							}
							gotBytes = append(gotBytes, out...)
						}
						complete := flush != NoFlush && flush != Block
						for _, got := range [][]byte{gotWhole, gotBytes} {
							if complete && !bytes.Equal(got, in[:end]) || !bytes.HasPrefix(in[:end], got) {
								t.Fatalf("after %d bytes in, inflated %d bytes (whole %d, bytewise %d)", end, len(got),
									len(gotWhole), len(gotBytes))
							}
						}
					}
					z, _ := w.Write(nil, Finish)
					out, _ := whole.Write(z)
					gotWhole = append(gotWhole, out...)
					for i := range z {
						out, _ := bytewise.Write(z[i : i+1])
						gotBytes = append(gotBytes, out...)
					}
					for _, f := range []*Inflater{whole, bytewise} {
						if err := f.Close(); err != nil {
							t.Fatal(err)
						}
					}
					if !bytes.Equal(gotWhole, in) || !bytes.Equal(gotBytes, in) {
						t.Fatalf("inflated %d and %d bytes, want %d", len(gotWhole), len(gotBytes), len(in))
					}
				})
			}
		}
	}
}

// TestInflateReadsGoCompressors reads compress/flate, zlib and gzip output
// at every level, with a sync flush in the middle.
func TestInflateReadsGoCompressors(t *testing.T) {
	for _, name := range []string{"empty", "one", "text40k", "random70k", "runs50k", "records120k", "zeros100k"} {
		in := corpusBytes(name)
		for level := -2; level <= 9; level++ {
			var raw, zl, gz bytes.Buffer
			fw, _ := flate.NewWriter(&raw, level)
			zw, _ := zlib.NewWriterLevel(&zl, level)
			gw, _ := gzip.NewWriterLevel(&gz, level)
			for _, w := range []interface {
				io.Writer
				Flush() error
				Close() error
			}{fw, zw, gw} {
				w.Write(in[:len(in)/3])
				w.Flush()
				w.Write(in[len(in)/3:])
				w.Close()
			}
			for _, c := range []struct {
				format Format
				z      []byte
			}{{Raw, raw.Bytes()}, {Zlib, zl.Bytes()}, {Gzip, gz.Bytes()}, {Detect, zl.Bytes()}, {Detect, gz.Bytes()}} {
				for _, piece := range []int{0, 1, 1000} {
					got, err := inflateAll(c.format, c.z, piece)
					if err != nil || !bytes.Equal(got, in) {
						t.Errorf("%s level %d format %d in pieces of %d: %d bytes, %v; want %d bytes", name, level,
							c.format, piece, len(got), err, len(in))
					}
				}
			}
		}
	}
}

// TestInflatePartialFlushGivesOutEverything is ssh2's case: a block ended
// by Z_PARTIAL_FLUSH leaves the stream inside an empty fixed block, and
// all the data must come out before the next packet.
func TestInflatePartialFlushGivesOutEverything(t *testing.T) {
	s, _ := New(Zlib, 6, 15, 8, DefaultStrategy)
	w := NewChunked(s, DefaultChunk)
	f := NewInflater(Zlib, 0)
	for _, m := range []string{"first packet", "second packet, second packet", "last"} {
		z, _ := w.Write([]byte(m), PartialFlush)
		got, err := f.Write(z)
		if err != nil || string(got) != m {
			t.Fatalf("packet %q: got %q, %v", m, got, err)
		}
	}
	if err := f.Close(); !errors.Is(err, io.ErrUnexpectedEOF) {
		t.Fatalf("Close of an unfinished stream: %v, want io.ErrUnexpectedEOF", err)
	}
}

// TestInflateCutInsideBlock: input cut inside a block gives out what it
// decodes so far, as zlib does (node: deflateSync('hello again') cut to 5
// bytes inflates to "he").
func TestInflateCutInsideBlock(t *testing.T) {
	z := zlibOf("hello again")
	f := NewInflater(Zlib, 0)
	got, err := f.Write(z[:5])
	if err != nil || string(got) != "he" {
		t.Fatalf("first 5 bytes: %q, %v; want \"he\"", got, err)
	}
	rest, err := f.Write(z[5:])
	if err != nil || string(got)+string(rest) != "hello again" {
		t.Fatalf("the rest: %q, %v", rest, err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}

func gzipOf(s string) []byte {
	s1, _ := New(Gzip, 6, 15, 8, DefaultStrategy)
	z, _ := s1.Compress([]byte(s), Finish, DefaultChunk)
	return z
}

func zlibOf(s string) []byte {
	s1, _ := New(Zlib, 6, 15, 8, DefaultStrategy)
	z, _ := s1.Compress([]byte(s), Finish, DefaultChunk)
	return z
}

func with(b []byte, i int, v byte) []byte {
	b = bytes.Clone(b)
	if i < 0 {
		i += len(b)
	}
	b[i] = v
	return b
}

func cat(parts ...[]byte) []byte { return bytes.Join(parts, nil) }

// TestInflateErrors checks zlib's verdict on bad and odd input, as node
// v20 reports it (the comments give node's message for each).
func TestInflateErrors(t *testing.T) {
	g, z := gzipOf("hello"), zlibOf("hello hello hello")
	cmWithValidCheck := []byte{0x87, byte(31 - (0x87<<8)%31)}
	hcrc := cat(with(g[:10], 3, gzHeaderCRC), []byte{0, 0}, g[10:])
	cases := []struct {
		name       string
		format     Format
		windowBits int
		in         []byte
		want       string // output, or "error: message"
	}{
		{"an empty zlib stream", Zlib, 0, nil, "error: unexpected EOF"},
		{"an empty gzip stream", Gzip, 0, nil, "error: unexpected EOF"},
		{"an empty raw stream", Raw, 0, nil, "error: unexpected EOF"},
		{"a zlib header whose check fails", Zlib, 0, []byte{0x78, 0x9d, 1, 2, 3}, "error: incorrect header check"},
		{"a zlib header with another method", Zlib, 0, cat(cmWithValidCheck, []byte{1, 2, 3, 4}),
			"error: unknown compression method"},
		{"a zlib window larger than windowBits", Zlib, 9, z, "error: invalid window size"},
		{"a preset dictionary", Zlib, 0, []byte{0x78, 0xbb, 0, 0, 0, 1, 3, 0}, "error: " + ErrNeedDict.Error()},
		{"a dictionary id cut short", Zlib, 0, []byte{0x78, 0xbb, 0, 0}, "error: unexpected EOF"},
		{"block type 3", Raw, 0, []byte{0x07}, "error: invalid block type"},
		{"stored lengths that disagree", Raw, 0, []byte{0x01, 5, 0, 5, 0, 1, 2, 3, 4, 5},
			"error: invalid stored block lengths"},
		{"a bad Adler-32", Zlib, 0, with(z, -1, z[len(z)-1]^1), "error: incorrect data check"},
		{"a bad CRC-32", Gzip, 0, with(g, -5, g[len(g)-5]^1), "error: incorrect data check"},
		{"a bad gzip size", Gzip, 0, with(g, -1, g[len(g)-1]^1), "error: incorrect length check"},
		{"reserved gzip flags", Gzip, 0, with(g, 3, 0x20), "error: unknown header flags set"},
		{"a gzip method other than deflate", Gzip, 0, with(g, 2, 7), "error: unknown compression method"},
		{"a bad gzip magic", Gzip, 0, with(g, 1, 0), "error: incorrect header check"},
		{"a bad gzip header CRC", Gzip, 0, hcrc, "error: header crc mismatch"},
		{"gzip then zero padding", Gzip, 0, cat(g, []byte{0, 1, 2}), "hello"},
		{"gzip then garbage", Gzip, 0, cat(g, []byte("garbage")), "error: incorrect header check"},
		{"gzip then one magic byte", Gzip, 0, cat(g, []byte{0x1f}), "error: unexpected EOF"},
		{"gzip then half a magic", Gzip, 0, cat(g, []byte{0x1f, 0}), "error: incorrect header check"},
		{"two gzip members", Gzip, 0, cat(g, g), "hellohello"},
		{"members, padding, a member", Gzip, 0, cat(g, g, []byte{0}, g), "hellohello"},
		{"unzip of two gzip members", Detect, 0, cat(g, g), "hellohello"},
		{"unzip of 1f 00", Detect, 0, []byte{0x1f, 0x00, 1, 2}, "error: unknown compression method"},
		{"unzip of junk", Detect, 0, []byte("junk"), "error: incorrect header check"},
		{"zlib then garbage", Zlib, 0, cat(z, []byte("garbage")), "hello hello hello"},
		{"a truncated zlib stream", Zlib, 0, z[:5], "error: unexpected EOF"},
		{"a truncated gzip header", Gzip, 0, g[:5], "error: unexpected EOF"},
		{"fixed literal/length code 286", Raw, 0, []byte{0x1b, 0xff, 0xff, 0xff}, "error: invalid literal/length code"},
		{"a fixed block of zero matches", Raw, 0, []byte{0x63, 0x00, 0x02, 0x00}, "\x00\x00\x00\x00"},
		{"a distance before the start", Raw, 0, []byte{0x4b, 0x04, 0x42, 0x00}, "error: invalid distance too far back"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for _, piece := range []int{0, 1} {
				f := NewInflater(c.format, c.windowBits)
				var out []byte
				var err error
				for off := 0; off < len(c.in) && err == nil; off += max(piece, len(c.in)) {
					end := off + max(piece, len(c.in))
					var got []byte
					got, err = f.Write(c.in[off:end])
					out = append(out, got...)
				}
				if err == nil {
					err = f.Close()
				}
				got := string(out)
				if err != nil {
					got = "error: " + err.Error()
				}
				if got != c.want {
					t.Errorf("in pieces of %d: %q, want %q", piece, got, c.want)
				}
			}
		})
	}
}

// FuzzInflate feeds arbitrary bytes to each format, whole and in pieces:
// the inflater must return, never panic, and give the same output and
// verdict however the input is split.
func FuzzInflate(f *testing.F) {
	f.Add(zlibOf("hello hello hello"), uint8(0), uint8(3))
	f.Add(gzipOf("hello"), uint8(2), uint8(1))
	f.Add([]byte{0x63, 0x00, 0x02, 0x00}, uint8(0), uint8(1))
	f.Add([]byte{0x05, 0xe0, 0xff, 0xff, 0xff, 0xff}, uint8(0), uint8(2))
	f.Fuzz(func(t *testing.T, in []byte, format, piece uint8) {
		fm := Format(format % 4)
		whole, errWhole := inflateAll(fm, in, 0)
		split, errSplit := inflateAll(fm, in, 1+int(piece))
		if fmt.Sprint(errWhole) != fmt.Sprint(errSplit) || errWhole == nil && !bytes.Equal(whole, split) {
			t.Fatalf("whole: %d bytes, %v; in pieces of %d: %d bytes, %v", len(whole), errWhole, 1+int(piece),
				len(split), errSplit)
		}
	})
}

// BenchmarkInflate compares the inflater with compress/flate on the
// compressor's output at level 6, each making the whole output as the zlib
// module's one-shot calls need it.
func BenchmarkInflate(b *testing.B) {
	for _, name := range []string{"text150k", "random70k", "records120k", "zeros100k"} {
		in := corpusBytes(name)
		s, _ := New(Raw, 6, 15, 8, DefaultStrategy)
		z, _ := s.Compress(in, Finish, DefaultChunk)
		b.Run(name+"/kiln", func(b *testing.B) {
			b.SetBytes(int64(len(in)))
			for b.Loop() {
				f := NewInflater(Raw, 0)
				f.Write(z)
				f.Close()
			}
		})
		b.Run(name+"/flate", func(b *testing.B) {
			b.SetBytes(int64(len(in)))
			for b.Loop() {
				io.ReadAll(flate.NewReader(bytes.NewReader(z)))
			}
		})
	}
}
