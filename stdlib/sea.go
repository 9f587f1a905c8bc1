package stdlib

import (
	"encoding/binary"
	"errors"
	"fmt"
	"sort"

	"github.com/kilnjs/kiln/bytecode"
	"github.com/kilnjs/kiln/vm"
)

// node:sea's assets: the files a single executable carries beside its
// snapshot (kiln build --exe --asset name=path, or a sea-config.json's
// "assets"), read at run time with getAsset, getAssetAsBlob and
// getRawAsset.
//
// The asset section, little-endian:
//
//	"KSEA" u32 count
//	count × { u32 nameLen, name (UTF-8), u64 offset, u64 length, u32 crc32c(data) }
//	u32 crc32c(everything above)
//	data: the assets one after another, offsets counted from the section's start
//
// The index is checked when the executable starts; an asset's bytes only
// when the program first asks for it, so that start-up never reads assets
// a run does not use (the host maps the section rather than reading it).
// A section whose index is damaged is a load error; an asset whose bytes
// are is a SEAAssetError, raised past every JavaScript handler, which the
// host reports as the load error it would have been, with exit code 1.

const seaMagic = "KSEA"

// SEAAsset is one asset as kiln build reads it: its key and its bytes.
type SEAAsset struct {
	Name string
	Data []byte
}

// EncodeSEAAssets writes the asset section for assets, sorted by name so
// that a build is deterministic. Names must be distinct.
func EncodeSEAAssets(assets []SEAAsset) []byte {
	sorted := append([]SEAAsset(nil), assets...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].Name < sorted[j].Name })
	head := 4 + 4 + 4
	for _, a := range sorted {
		head += 4 + len(a.Name) + 8 + 8 + 4
	}
	b := make([]byte, 0, head)
	b = append(b, seaMagic...)
	b = binary.LittleEndian.AppendUint32(b, uint32(len(sorted)))
	off := uint64(head)
	for _, a := range sorted {
		b = binary.LittleEndian.AppendUint32(b, uint32(len(a.Name)))
		b = append(b, a.Name...)
		b = binary.LittleEndian.AppendUint64(b, off)
		b = binary.LittleEndian.AppendUint64(b, uint64(len(a.Data)))
		b = binary.LittleEndian.AppendUint32(b, bytecode.CRC32C(a.Data))
		off += uint64(len(a.Data))
	}
	b = binary.LittleEndian.AppendUint32(b, bytecode.CRC32C(b))
	for _, a := range sorted {
		b = append(b, a.Data...)
	}
	return b
}

// SEAAssets is a single executable's asset section, its index checked.
// A nil *SEAAssets is a process that is not a single executable.
type SEAAssets struct {
	file    string // the executable, for errors
	section []byte // read-only when the host mapped it
	index   map[string]*seaEntry
}

type seaEntry struct {
	off, n   uint64
	crc      uint32
	verified bool
}

// ParseSEAAssets checks the index of an asset section and returns the
// assets it lists; file names the executable in errors. The section's
// bytes are used in place, never copied: getRawAsset hands them out.
func ParseSEAAssets(file string, section []byte) (*SEAAssets, error) {
	bad := func(format string, args ...any) (*SEAAssets, error) {
		return nil, fmt.Errorf("%s: asset section: %s", file, fmt.Sprintf(format, args...))
	}
	if len(section) < 12 {
		return bad("truncated (%d bytes)", len(section))
	}
	if string(section[:4]) != seaMagic {
		return bad("bad magic")
	}
	count := binary.LittleEndian.Uint32(section[4:])
	// Each entry takes at least 24 bytes: a count the section cannot hold
	// is damage, and must not size an allocation.
	if uint64(count) > uint64(len(section)-12)/24 {
		return bad("truncated (%d assets in %d bytes)", count, len(section))
	}
	a := &SEAAssets{file: file, section: section, index: make(map[string]*seaEntry, count)}
	p := 8
	for range count {
		if len(section)-p < 4 {
			return bad("truncated index")
		}
		nameLen := int(binary.LittleEndian.Uint32(section[p:]))
		p += 4
		if nameLen > len(section)-p || len(section)-p-nameLen < 20 {
			return bad("truncated index")
		}
		name := string(section[p : p+nameLen])
		p += nameLen
		e := &seaEntry{
			off: binary.LittleEndian.Uint64(section[p:]),
			n:   binary.LittleEndian.Uint64(section[p+8:]),
			crc: binary.LittleEndian.Uint32(section[p+16:]),
		}
		p += 20
		a.index[name] = e
	}
	if len(section)-p < 4 {
		return bad("truncated index")
	}
	if binary.LittleEndian.Uint32(section[p:]) != bytecode.CRC32C(section[:p]) {
		return bad("checksum mismatch (file corrupted)")
	}
	p += 4
	for name, e := range a.index {
		if e.off < uint64(p) || e.off > uint64(len(section)) || e.n > uint64(len(section))-e.off {
			return bad("asset %q lies outside the section", name)
		}
	}
	return a, nil
}

// SEAAssetError is raised (as a Go panic, past every JavaScript handler)
// when an asset's bytes fail their checksum as the program first reads
// them: the executable is damaged, and the program must not go on with
// wrong data.
type SEAAssetError struct {
	File, Name string
}

func (e *SEAAssetError) Error() string {
	return fmt.Sprintf("%s: asset section: asset %q: checksum mismatch (file corrupted)", e.File, e.Name)
}

// errNoAsset is Lookup's answer for a key the executable has no asset for.
var errNoAsset = errors.New("no such asset")

// Lookup returns the named asset's bytes in place (the caller must not
// write them), checking them against their checksum the first time.
func (a *SEAAssets) Lookup(name string) ([]byte, error) {
	e, ok := a.index[name]
	if !ok {
		return nil, errNoAsset
	}
	data := a.section[e.off : e.off+e.n : e.off+e.n]
	if !e.verified {
		if bytecode.CRC32C(data) != e.crc {
			return nil, &SEAAssetError{File: a.file, Name: name}
		}
		e.verified = true
	}
	return data, nil
}

// Keys lists the assets' names, sorted.
func (a *SEAAssets) Keys() []string {
	keys := make([]string, 0, len(a.index))
	for k := range a.index {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// fillSea is the Go half of lib/sea.js: isSea() and rawAsset(key), the
// asset's bytes as an ArrayBuffer over the executable's own (no copy), or
// undefined when there is no such asset.
func fillSea(n *Node, b vm.Value) {
	rt := n.VM
	assets := n.opts.SEA
	rt.DefineMethod(b, "isSea", 0, func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
		return vm.Bool(assets != nil)
	})
	rt.DefineMethod(b, "rawAsset", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		data, err := assets.Lookup(rt.ToGoString(vm.Arg(args, 0)))
		if err == errNoAsset {
			return vm.Undefined
		}
		if err != nil {
			panic(err)
		}
		return rt.NewArrayBuffer(data)
	})
}
