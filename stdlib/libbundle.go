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
// Format: "KLIB1\n" then, per lib file in name order,
// nameLen:uv name sourceSHA256[32] snapLen:uv snapshot.

//go:generate go run ./internal/genlib

//go:embed lib.bundle
var libBundleBytes []byte

const libBundleMagic = "KLIB1\n"

type libBundleEntry struct {
	sum  [sha256.Size]byte
	snap []byte
}

var libBundle = sync.OnceValue(func() map[string]libBundleEntry {
	m, _ := parseLibBundle(libBundleBytes)
	return m
})

func parseLibBundle(b []byte) (map[string]libBundleEntry, error) {
	m := map[string]libBundleEntry{}
	if !bytes.HasPrefix(b, []byte(libBundleMagic)) {
		return m, errors.New("lib bundle: bad magic")
	}
	b = b[len(libBundleMagic):]
	for len(b) > 0 {
		n, k := binary.Uvarint(b)
		if k <= 0 || uint64(len(b)-k) < n {
			return m, errors.New("lib bundle: truncated name")
		}
		name := string(b[k : k+int(n)])
		b = b[k+int(n):]
		if len(b) < sha256.Size {
			return m, errors.New("lib bundle: truncated hash")
		}
		var e libBundleEntry
		copy(e.sum[:], b)
		b = b[sha256.Size:]
		n, k = binary.Uvarint(b)
		if k <= 0 || uint64(len(b)-k) < n {
			return m, errors.New("lib bundle: truncated snapshot")
		}
		e.snap = b[k : k+int(n)]
		b = b[k+int(n):]
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
	out := []byte(libBundleMagic)
	for _, name := range libNames() {
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
		out = binary.AppendUvarint(out, uint64(len(name)))
		out = append(out, name...)
		out = append(out, sum[:]...)
		out = binary.AppendUvarint(out, uint64(len(snap)))
		out = append(out, snap...)
	}
	return out, nil
}
