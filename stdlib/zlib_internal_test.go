package stdlib

import (
	"bytes"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestInflateDriver checks a streaming decompressor's pushes: whole
// streams in any pieces, and node's verdicts at the end.
func TestInflateDriver(t *testing.T) {
	text := []byte(strings.Repeat("The quick brown fox jumps over the lazy dog. ", 3000))
	gz, _ := zlibProcess(zopts{mode: zGzip, level: -1, finishFlush: zFinish}, text)
	zl, _ := zlibProcess(zopts{mode: zDeflate, level: 9, finishFlush: zFinish}, text)
	for _, c := range []struct {
		name    string
		o       zopts
		in      []byte
		size    int
		want    []byte
		wantErr *zError
	}{
		{"gunzip one byte at a time", zopts{mode: zGunzip, finishFlush: zFinish}, gz, 1, text, nil},
		{"unzip detects gzip across chunks", zopts{mode: zUnzip, finishFlush: zFinish}, gz, 1000, text, nil},
		{"unzip detects zlib", zopts{mode: zUnzip, finishFlush: zFinish}, zl, 64, text, nil},
		{"inflate ignores data after the end", zopts{mode: zInflate, finishFlush: zFinish}, append(bytes.Clone(zl), "junk"...), 100, text, nil},
		{"a truncated stream fails", zopts{mode: zInflate, finishFlush: zFinish}, zl[:len(zl)-10], 100, nil, errZTruncated},
		{"a truncated stream with sync finish does not", zopts{mode: zInflate, finishFlush: 2}, zl[:2], 1, nil, nil},
		{"a bad header fails", zopts{mode: zGunzip, finishFlush: zFinish}, []byte("plain text"), 3, nil, &zError{"incorrect header check", "Z_DATA_ERROR", -3}},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := &inflateDriver{f: newDecompressor(c.o)}
			var got []byte
			var gotErr *zError
			for i := 0; i < len(c.in) && gotErr == nil; i += c.size {
				out, err := d.push(c.in[i:min(i+c.size, len(c.in))], false, c.o)
				got, gotErr = append(got, out...), err
			}
			if gotErr == nil {
				out, err := d.push(nil, true, c.o)
				got, gotErr = append(got, out...), err
			}
			if (gotErr == nil) != (c.wantErr == nil) || gotErr != nil && *gotErr != *c.wantErr {
				t.Fatalf("error = %v, want %v", gotErr, c.wantErr)
			}
			if c.want != nil && !bytes.Equal(got, c.want) {
				t.Errorf("output differs: %s", cmp.Diff(len(c.want), len(got)))
			}
		})
	}
}
