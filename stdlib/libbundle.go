package stdlib

import (
	"bytes"
	"crypto/sha256"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"sync"

	"github.com/kilnjs/kiln/bytecode"
)

// The lib bundle: every lib file compiled ahead of time into a verified
// snapshot, embedded in the binary (lib.bundle, made by `go generate
// ./stdlib`), so that start-up neither parses the library nor reads the
// compile cache for it. Each entry carries the SHA-256 of the source it was
// compiled from; an entry whose source has changed since, or that no longer
// decodes (another snapshot format or opcode table), is ignored and the
// file compiles as before. TestLibBundleIsCurrent fails when the bundle is
// stale, so CI catches a forgotten `go generate`.
//
// Format: "KLIB2\n", the entry count (uvarint), an index of every lib file
// in name order — nameLen:uv name sourceSHA256[32] offset:uv length:uv —
// then the snapshots, at offsets counted from the end of the index. The
// index comes first so that start-up reads a page or two of the bundle, not
// a header in every page of it.

//go:generate go run ./internal/genlib

//go:embed lib.bundle
var libBundleBytes []byte

const libBundleMagic = "KLIB2\n"

type libBundleEntry struct {
	sum  [sha256.Size]byte
	snap []byte
}

var libBundle = sync.OnceValue(func() map[string]libBundleEntry {
	m, _ := parseLibBundle(libBundleBytes)
	return m
})

func parseLibBundle(b []byte) (map[string]libBundleEntry, error) {
	if !bytes.HasPrefix(b, []byte(libBundleMagic)) {
		return nil, errors.New("lib bundle: bad magic")
	}
	b = b[len(libBundleMagic):]
	count, k := binary.Uvarint(b)
	if k <= 0 || count > uint64(len(b)) {
		return nil, errors.New("lib bundle: bad entry count")
	}
	b = b[k:]
	type span struct{ off, n uint64 }
	m := make(map[string]libBundleEntry, count)
	spans := make(map[string]span, count)
	for range count {
		n, k := binary.Uvarint(b)
		if k <= 0 || uint64(len(b)-k) < n+sha256.Size {
			return nil, errors.New("lib bundle: truncated index")
		}
		name := string(b[k : k+int(n)])
		b = b[k+int(n):]
		var e libBundleEntry
		copy(e.sum[:], b)
		b = b[sha256.Size:]
		off, k1 := binary.Uvarint(b)
		if k1 <= 0 {
			return nil, errors.New("lib bundle: truncated index")
		}
		n, k2 := binary.Uvarint(b[k1:])
		if k2 <= 0 {
			return nil, errors.New("lib bundle: truncated index")
		}
		b = b[k1+k2:]
		m[name] = e
		spans[name] = span{off, n}
	}
	for name, sp := range spans {
		if sp.off > uint64(len(b)) || sp.n > uint64(len(b))-sp.off {
			return nil, fmt.Errorf("lib bundle: %s lies outside the file", name)
		}
		e := m[name]
		e.snap = b[sp.off : sp.off+sp.n : sp.off+sp.n]
		m[name] = e
	}
	return m, nil
}

// libProgramPrefix starts the text a lib file compiles from; it shares the
// file's first line, so line numbers stay the file's.
const libProgramPrefix = "'use strict'; const binding = exports; "

// libProgramSource is the text a lib file compiles from.
func libProgramSource(src string) string {
	return libProgramPrefix + src
}

// libSum is the SHA-256 of the text lib file name compiles from, streamed
// from the embedded file: reading it whole (embed.FS.ReadFile copies) cost
// start-up a fresh heap page per 4 KB of library.
func libSum(name string) (sum [sha256.Size]byte, ok bool) {
	f, err := libFiles.Open("lib/" + name + ".js")
	if err != nil {
		return sum, false
	}
	defer f.Close()
	h := sha256.New()
	h.Write([]byte(libProgramPrefix))
	var buf [8192]byte
	for {
		k, err := f.Read(buf[:])
		h.Write(buf[:k])
		if err == io.EOF {
			break
		}
		if err != nil {
			return sum, false
		}
	}
	h.Sum(sum[:0])
	return sum, true
}

// bundledLibProgram returns lib file name from the bundle, if the bundle
// has it compiled from the file as it is now (a lib file edited without
// `go generate ./stdlib` compiles from its source instead).
func bundledLibProgram(name string) (*bytecode.Program, bool) {
	e, ok := libBundle()[name]
	if !ok {
		return nil, false
	}
	if sum, ok := libSum(name); !ok || sum != e.sum {
		return nil, false
	}
	p, err := bytecode.DecodeBuiltinSnapshot("node:"+name, e.snap)
	if err != nil {
		return nil, false
	}
	p.Filename = "node:" + name
	return p, true
}

// BuildLibBundle compiles every lib file into the bundle format.
func BuildLibBundle() ([]byte, error) {
	names := libNames()
	index := binary.AppendUvarint([]byte(libBundleMagic), uint64(len(names)))
	var data []byte
	for _, name := range names {
		src, _ := libSource(name)
		text := libProgramSource(src)
		p, err := Compile(text, "node:"+name, KindCommonJS)
		if err != nil {
			return nil, fmt.Errorf("lib %s: %w", name, err)
		}
		snap, err := bytecode.EncodeSnapshot(p, bytecode.SnapshotOptions{})
		if err != nil {
			return nil, fmt.Errorf("lib %s: %w", name, err)
		}
		sum := sha256.Sum256([]byte(text))
		index = binary.AppendUvarint(index, uint64(len(name)))
		index = append(index, name...)
		index = append(index, sum[:]...)
		index = binary.AppendUvarint(index, uint64(len(data)))
		index = binary.AppendUvarint(index, uint64(len(snap)))
		data = append(data, snap...)
	}
	return append(index, data...), nil
}
