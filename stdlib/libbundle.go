package stdlib

import (
	"bytes"
	"crypto/sha256"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/kilnjs/kiln/bytecode"
)

// The lib bundle: every lib file compiled ahead of time into a verified
// snapshot, embedded in the binary (lib.bundle, made by `go generate
// ./stdlib`), so that start-up neither parses the library nor reads the
// compile cache for it. An entry that no longer decodes (another snapshot
// format or opcode table) is ignored and the file compiles from source, as
// does a lib file the bundle lacks (one added since the last generate).
//
// Whether an entry is still the compilation of its file is not checked at
// run time: hashing the source of every lib file a process loads cost each
// start-up as much as decoding the bytecode, to guard against something
// only a Kiln developer can cause (editing lib/ without `go generate`), and
// which TestLibBundleIsCurrent catches. So that such a developer does not
// run stale code unknowingly meanwhile, each entry carries the SHA-256 of
// the source it was compiled from, and the tests of stdlib and cmd/kiln
// (or anyone, with KILN_LIBDEV=1 in the environment) compare it with the
// file and compile a file that differs from source. An environment
// variable rather than a build tag: it also reaches the kiln binaries that
// tests build and run, and a developer can set it once in a shell.
//
// Format: "KLIB3\n", the entry count (uv), the index's length in bytes
// (uv), an index of every lib file in name order — nameLen:uv name
// offset:uv length:uv — then each entry's source SHA-256 (32 bytes, in
// index order), then the snapshots, at offsets counted from the end of the
// sums. The index comes first and holds only what a lookup reads, and its
// length is known up front, so that finding a file reads a few hundred
// bytes and stops at the match: walking the whole index twice per lookup
// was 1.5% of a program requiring ten of node's modules.

//go:generate go run ./internal/genlib

//go:embed lib.bundle
var libBundleBytes []byte

const libBundleMagic = "KLIB3\n"

type libBundleEntry struct {
	name []byte
	sum  []byte // SHA-256 of the text the entry was compiled from
	snap []byte
}

// findLibBundle returns the entry of bundle b for lib file name. It walks
// the index in place each time rather than building a map of it once: a
// process looks up a handful of lib files, and the map's allocations cost
// more than these walks of a few hundred bytes.
func findLibBundle(b []byte, name string) (e libBundleEntry, ok bool) {
	scanLibBundle(b, func(x libBundleEntry) bool {
		if string(x.name) == name {
			e, ok = x, true
		}
		return !ok
	})
	return e, ok
}

// walkLibBundle calls fn with every entry of bundle b, in name order.
func walkLibBundle(b []byte, fn func(libBundleEntry)) error {
	return scanLibBundle(b, func(e libBundleEntry) bool { fn(e); return true })
}

// scanLibBundle calls fn with the entries of bundle b in name order, each
// checked to lie within b, until fn returns false.
func scanLibBundle(b []byte, fn func(libBundleEntry) bool) error {
	if !bytes.HasPrefix(b, []byte(libBundleMagic)) {
		return errors.New("lib bundle: bad magic")
	}
	b = b[len(libBundleMagic):]
	count, k := binary.Uvarint(b)
	if k <= 0 || count > uint64(len(b)) {
		return errors.New("lib bundle: bad entry count")
	}
	b = b[k:]
	indexLen, k := binary.Uvarint(b)
	if k <= 0 || indexLen > uint64(len(b)-k) || count*sha256.Size > uint64(len(b)-k)-indexLen {
		return errors.New("lib bundle: truncated index")
	}
	index := b[k : k+int(indexLen)]
	sums := b[k+int(indexLen) : k+int(indexLen)+int(count)*sha256.Size]
	data := b[k+int(indexLen)+len(sums):]
	for i := range int(count) {
		n, k := binary.Uvarint(index)
		if k <= 0 || uint64(len(index)-k) < n {
			return errors.New("lib bundle: truncated index")
		}
		e := libBundleEntry{name: index[k : k+int(n)], sum: sums[i*sha256.Size : (i+1)*sha256.Size]}
		index = index[k+int(n):]
		off, k1 := binary.Uvarint(index)
		if k1 <= 0 {
			return errors.New("lib bundle: truncated index")
		}
		n, k2 := binary.Uvarint(index[k1:])
		if k2 <= 0 {
			return errors.New("lib bundle: truncated index")
		}
		index = index[k1+k2:]
		if off > uint64(len(data)) || n > uint64(len(data))-off {
			return fmt.Errorf("lib bundle: %s lies outside the file", e.name)
		}
		e.snap = data[off : off+n : off+n]
		if !fn(e) {
			return nil
		}
	}
	return nil
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

// libDev reports whether the bundle must be checked against the lib
// sources (see the top of this file). It reads the environment each time
// (once per lib file loaded) rather than keep the answer in a variable.
func libDev() bool { return os.Getenv("KILN_LIBDEV") == "1" }

// bundledLibProgram returns lib file name from the bundle, if the bundle
// has it (and, under libDev, has it compiled from the file as it is now).
func bundledLibProgram(name string) (*bytecode.Program, bool) {
	e, ok := findLibBundle(libBundleBytes, name)
	if !ok {
		return nil, false
	}
	if libDev() {
		if sum, ok := libSum(name); !ok || !bytes.Equal(sum[:], e.sum) {
			return nil, false
		}
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
	names := libFileNames()
	var index, sums, data []byte
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
		index = binary.AppendUvarint(index, uint64(len(data)))
		index = binary.AppendUvarint(index, uint64(len(snap)))
		sums = append(sums, sum[:]...)
		data = append(data, snap...)
	}
	b := binary.AppendUvarint([]byte(libBundleMagic), uint64(len(names)))
	b = binary.AppendUvarint(b, uint64(len(index)))
	b = append(b, index...)
	b = append(b, sums...)
	return append(b, data...), nil
}
