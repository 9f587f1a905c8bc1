package deflate

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
)

// TestCorpusMatchesNode compresses each case of testdata/corpus.txt and
// compares the bytes with node's. Regenerate the corpus (from this folder)
// with:
//
//	node testdata/gen_corpus.js > testdata/corpus.txt
//
// gen_corpus.js describes the fields.
func TestCorpusMatchesNode(t *testing.T) {
	f, err := os.Open("testdata/corpus.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	inputs := map[string][]byte{}
	for _, in := range corpusInputs {
		inputs[in.name] = in.bytes()
	}
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		line := sc.Text()
		c, err := parseCase(line)
		if err != nil {
			t.Fatalf("%s: %v", line, err)
		}
		in, ok := inputs[c.input]
		if !ok {
			t.Fatalf("%s: no input %q", line, c.input)
		}
		n++
		if testing.Short() && n%10 != 0 {
			continue
		}
		out, err := c.run(in)
		if err != nil {
			t.Errorf("%s: %v", line, err)
			continue
		}
		sum := sha256.Sum256(out)
		if len(out) != c.wantLen || hex.EncodeToString(sum[:16]) != c.wantSum {
			t.Errorf("%s: got %d bytes (sha256 %x)", line, len(out), sum[:16])
			continue
		}
		if c.wantHex != "" && hex.EncodeToString(out) != c.wantHex {
			t.Errorf("%s: got %x", line, out)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if n < 1000 {
		t.Fatalf("only %d cases read", n)
	}
}

type corpusCase struct {
	input                       string
	format                      Format
	level, strategy, wBits, mem int
	chunk                       int
	flush                       Flush
	piece                       int
	paramLevel, paramStrategy   int
	wantLen                     int
	wantSum, wantHex            string
}

func parseCase(line string) (corpusCase, error) {
	f := strings.Fields(line)
	if len(f) < 13 {
		return corpusCase{}, fmt.Errorf("%d fields", len(f))
	}
	var nums [10]int
	for i := range nums {
		v, err := strconv.Atoi(f[i+2])
		if err != nil {
			return corpusCase{}, err
		}
		nums[i] = v
	}
	c := corpusCase{
		input: f[0], level: nums[0], strategy: nums[1], wBits: nums[2], mem: nums[3], chunk: nums[4],
		flush: Flush(nums[5]), piece: nums[6], paramLevel: nums[7], paramStrategy: nums[8], wantLen: nums[9],
		wantSum: f[12],
	}
	if len(f) > 13 {
		c.wantHex = f[13]
	}
	switch f[1] {
	case "zlib":
		c.format = Zlib
	case "gzip":
		c.format = Gzip
	case "raw":
		c.format = Raw
	default:
		return c, fmt.Errorf("format %q", f[1])
	}
	return c, nil
}

// run compresses in as node did for the case: one call, or a stream fed
// piece by piece and ended.
func (c corpusCase) run(in []byte) ([]byte, error) {
	s, err := New(c.format, c.level, c.wBits, c.mem, c.strategy)
	if err != nil {
		return nil, err
	}
	if c.piece == 0 {
		return s.Compress(in, c.flush, c.chunk)
	}
	w := NewChunked(s, c.chunk)
	var out []byte
	for off := 0; off < len(in); off += c.piece {
		got, err := w.Write(in[off:min(len(in), off+c.piece)], c.flush)
		out = append(out, got...)
		if err != nil {
			return out, err
		}
		if off == 0 && c.paramLevel != -2 {
			// node's params(): a Z_SYNC_FLUSH write, then deflateParams.
			got, err := w.Write(nil, SyncFlush)
			out = append(out, got...)
			if err != nil {
				return out, err
			}
			var room [64]byte
			if _, err := s.Params(c.paramLevel, c.paramStrategy, room[:]); err != nil {
				return out, err
			}
		}
	}
	got, err := w.Write(nil, Finish)
	return append(out, got...), err
}
