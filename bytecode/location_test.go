package bytecode_test

import (
	"bytes"
	"crypto/sha256"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kilnjs/kiln/bytecode"
)

// bundled is a program whose line table spans two original files, as
// `kiln build --bundle` makes one: entry 0 stays in the bundle itself.
func bundled() *bytecode.Program {
	inner := &bytecode.Function{
		Name: "check", NRegs: 1, NInit: 1, Kind: bytecode.KindNormal,
		Code:  []uint32{uint32(bytecode.OpReturnUndef), uint32(bytecode.OpReturnUndef)},
		Lines: []bytecode.LinePos{{PC: 0, Line: 5, Col: 10, File: 1}, {PC: 1, Line: 7, Col: 2, File: 1}},
	}
	main := &bytecode.Function{
		Name: "main", NRegs: 1, NInit: 1, Kind: bytecode.KindScript,
		Code:  []uint32{uint32(bytecode.OpReturnUndef), uint32(bytecode.OpReturnUndef), uint32(bytecode.OpReturnUndef)},
		Funcs: []*bytecode.Function{inner},
		Lines: []bytecode.LinePos{{PC: 0, Line: 2, Col: 4}, {PC: 1, Line: 3, Col: 0, File: 2}, {PC: 2, Line: 1, Col: 1, File: 1}},
	}
	p := &bytecode.Program{
		Filename: "/app/main.js", Source: "var x;\nvar y = 1;\n", Main: main,
		Files: []bytecode.SourceFile{
			{Name: "/app/lib/a.js", Source: "a1\na2\na3\na4\n    throw x;\n"},
			{Name: "/app/main.js", Source: "m1\nm2\nm3\n"},
		},
	}
	main.Program, inner.Program = p, p
	return p
}

func TestBundledLineTables(t *testing.T) {
	p := bundled()
	b := mustEncode(t, p, bytecode.SnapshotOptions{})
	q, err := bytecode.DecodeSnapshot("app.kbc", b)
	if err != nil {
		t.Fatal(err)
	}
	t.Run("files and per-entry files survive a round trip", func(t *testing.T) {
		if diff := cmp.Diff(p.Main, q.Main, programDiff...); diff != "" {
			t.Errorf("decoded program differs (-built +decoded):\n%s", diff)
		}
		if diff := cmp.Diff(p.Files, q.Files); diff != "" {
			t.Errorf("files differ (-built +decoded):\n%s", diff)
		}
	})
	t.Run("build → load → build gives the same bytes", func(t *testing.T) {
		if again := mustEncode(t, q, bytecode.SnapshotOptions{}); !bytes.Equal(b, again) {
			t.Error("bytes differ")
		}
	})
	t.Run("--no-source drops the files' text but keeps their names", func(t *testing.T) {
		q, err := bytecode.DecodeSnapshot("app.kbc", mustEncode(t, p, bytecode.SnapshotOptions{NoSource: true}))
		if err != nil {
			t.Fatal(err)
		}
		want := []bytecode.SourceFile{{Name: "/app/lib/a.js"}, {Name: "/app/main.js"}}
		if diff := cmp.Diff(want, q.Files); diff != "" {
			t.Error(diff)
		}
	})
	t.Run("a line entry naming a missing file is refused", func(t *testing.T) {
		p := bundled()
		p.Main.Lines[1].File = 3
		if _, err := bytecode.EncodeSnapshot(p, bytecode.SnapshotOptions{}); err == nil {
			t.Error("encoded without error")
		}
	})
}

func TestLocation(t *testing.T) {
	p := bundled()
	ts := &bytecode.Program{Filename: "/app/t.ts", Source: "generated", OriginalSource: "written"}
	tsMain := &bytecode.Function{Lines: []bytecode.LinePos{{PC: 0, Line: 1, Col: 3}}, Program: ts}
	cases := []struct {
		name string
		fn   *bytecode.Function
		pc   int
		want bytecode.Location
	}{
		{"an entry with file 0 names the program's own file", p.Main, 0, bytecode.Location{File: "/app/main.js", Line: 2, Col: 4, Source: p.Source}},
		{"an entry with a file names that original file", p.Main, 1, bytecode.Location{File: "/app/main.js", Line: 3, Source: "m1\nm2\nm3\n"}},
		{"a nested function reads its own table", p.Main.Funcs[0], 0, bytecode.Location{File: "/app/lib/a.js", Line: 5, Col: 10, Source: p.Files[0].Source}},
		{"a pc past the last entry keeps that entry", p.Main, 9, bytecode.Location{File: "/app/lib/a.js", Line: 1, Col: 1, Source: p.Files[0].Source}},
		{"transformed code quotes the original text", tsMain, 0, bytecode.Location{File: "/app/t.ts", Line: 1, Col: 3, Source: "written"}},
		{"a function without a program has no file", &bytecode.Function{Lines: []bytecode.LinePos{{Line: 4}}}, 0, bytecode.Location{Line: 4}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if diff := cmp.Diff(c.want, c.fn.Location(c.pc)); diff != "" {
				t.Error(diff)
			}
		})
	}
}

// TestDamagedBundledSnapshotsNeverPanic damages every byte of a bundled
// snapshot's body and reseals it: the file table and the file deltas of
// the line tables must be checked like every other index.
func TestDamagedBundledSnapshotsNeverPanic(t *testing.T) {
	good := mustEncode(t, bundled(), bytecode.SnapshotOptions{})
	for i := 28; i < len(good)-sha256.Size; i++ {
		for _, x := range []byte{0x01, 0x02, 0x7F, 0xFF} {
			b := bytes.Clone(good)
			b[i] ^= x
			p, err := bytecode.DecodeSnapshot("app.kbc", reseal(b))
			if err != nil {
				continue
			}
			for _, f := range append([]*bytecode.Function{p.Main}, p.Main.Funcs...) {
				for _, l := range f.Lines {
					if l.File < 0 || int(l.File) > len(p.Files) {
						t.Fatalf("byte %d ^ %#x: a line entry names file %d of %d", i, x, l.File, len(p.Files))
					}
				}
			}
		}
	}
}
