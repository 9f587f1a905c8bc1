package stdlib

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"unsafe"

	"github.com/kilnjs/kiln/bytecode"
	"github.com/kilnjs/kiln/internal/sysfile"
	"github.com/kilnjs/kiln/parser"
)

// The compile cache keeps the snapshot of every CommonJS file Kiln compiles,
// so that the next run of an unchanged file loads verified bytecode instead
// of parsing. An entry is named by a hash of everything that determines the
// compiler's output: the source, the file's extension (which picks the
// TypeScript/JSX loader), Kiln's version, the snapshot format and opcode
// table, and the running executable's size and modification time. The last
// is there because Version does not change between development builds whose
// compilers differ; a rebuilt kiln binary simply misses the cache.
//
// A miss runs the program compiled lazily, and the entry, every body
// compiled, is written by the cache writer (cache_write.go). Entries are
// written to a temporary file and renamed into place, so a concurrent run
// sees a whole entry or none. An entry that fails to load
// (damaged, truncated, from another Kiln) is ignored and rewritten: the cache
// can only make a run faster, never make it fail.

// DefaultCompileCacheDir is where `kiln` keeps its compile cache:
// os.UserCacheDir()/kiln/compile, or "" (no cache) when there is no user
// cache directory or KILN_NO_COMPILE_CACHE=1.
func DefaultCompileCacheDir() string {
	if os.Getenv("KILN_NO_COMPILE_CACHE") == "1" {
		return ""
	}
	dir, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	return filepath.Join(dir, "kiln", "compile")
}

var (
	executableStampBytes []byte
	executableStampOnce  sync.Once
)

// executableStamp is the running binary's size and modification time, in
// every cache key so that another build of kiln never reads this one's
// entries. It is read once per process into zero-valued variables rather
// than a lazy.Value, for the reason startTime gives.
func executableStamp() []byte {
	executableStampOnce.Do(func() {
		if exe, err := os.Executable(); err == nil {
			if st, err := os.Stat(exe); err == nil {
				b := binary.LittleEndian.AppendUint64(nil, uint64(st.Size()))
				executableStampBytes = binary.LittleEndian.AppendUint64(b, uint64(st.ModTime().UnixNano()))
			}
		}
	})
	return executableStampBytes
}

func cacheKey(src, filename string, kind int) string {
	h := sha256.New()
	var hdr []byte
	hdr = append(hdr, Version...)
	hdr = append(hdr, 0)
	hdr = binary.LittleEndian.AppendUint32(hdr, bytecode.FormatVersion)
	hdr = binary.LittleEndian.AppendUint64(hdr, bytecode.TableHash)
	hdr = append(hdr, executableStamp()...)
	hdr = append(hdr, strings.ToLower(filepath.Ext(filename))...)
	hdr = append(hdr, 0, byte(kind))
	h.Write(hdr)
	if isTypeScriptLike(filename) {
		// What TypeScript compiles to depends on its tsconfig.json too.
		h.Write([]byte(parser.TsconfigFor(filename)))
		h.Write([]byte{0})
	}
	// The hash reads the source in place: a []byte copy of every module's
	// text was half a megabyte of garbage per Express start-up.
	h.Write(unsafe.Slice(unsafe.StringData(src), len(src)))
	return hex.EncodeToString(h.Sum(nil))
}

// compileModule compiles a CommonJS module's source, through the compile
// cache when the Node has one.
func (n *Node) compileModule(src, filename string) (*bytecode.Program, error) {
	return n.compileModuleKind(src, filename, KindCommonJS)
}

// compileModuleKind is compileModule for any kind of code.
func (n *Node) compileModuleKind(src, filename string, kind int) (*bytecode.Program, error) {
	n.noteSourceMap(filename)
	if n.counting() && !strings.HasPrefix(filename, "node:") {
		// Counted code is not what the cache holds.
		p, sm, err := compileMapped(src, filename, kind, nil, true, true, false)
		if err == nil {
			n.coverPrograms = append(n.coverPrograms, coverProgram{p: p, url: fileURLOf(filename), fromFile: true})
			if sm != nil && sm.JSON != nil {
				// TypeScript: c8 maps the ranges, which are the compiled
				// code's, back through the loader's map.
				if n.coverMaps == nil {
					n.coverMaps = map[*bytecode.Program][]byte{}
				}
				n.coverMaps[p] = sm.JSON
			}
		}
		return p, err
	}
	dir := n.opts.CompileCache
	if dir == "" {
		return CompileLazily(src, filename, kind)
	}
	entry := filepath.Join(dir, cacheKey(src, filename, kind)+".kbc")
	if data, err := sysfile.ReadFile(entry); err == nil {
		// Without the whole-file SHA-256 that kiln build's files get:
		// see DecodeCacheEntry for why.
		if p, err := bytecode.DecodeCacheEntry(entry, data); err == nil {
			// The entry may have been written for a file of the same text
			// elsewhere: the program belongs to this one.
			p.Filename = filename
			return p, nil
		}
	}
	// A miss runs what it compiles lazily too; the cache writer compiles
	// the rest for the entry (cache_write.go).
	p, err := CompileLazily(src, filename, kind)
	if err != nil {
		return nil, err
	}
	n.cacheLater(p, dir, entry)
	return p, nil
}

// compileHooked compiles the CommonJS code a require hook made of a file
// (Module.prototype._compile), never cached.
func (n *Node) compileHooked(src, filename string) (*bytecode.Program, error) {
	cover := n.counting()
	p, err := compileSource(src, filename, KindCommonJS, nil, false, cover)
	if err == nil && cover {
		n.coverPrograms = append(n.coverPrograms, coverProgram{p: p, url: fileURLOf(filename), fromFile: true})
	}
	return p, err
}

// writeAtomic writes data to path through a temporary file in dir and a
// rename. Failures are dropped: a missing entry costs one recompile.
func writeAtomic(dir, path string, data []byte) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return
	}
	f, err := os.CreateTemp(dir, filepath.Base(path)+".*.tmp")
	if err != nil {
		return
	}
	_, werr := f.Write(data)
	cerr := f.Close()
	if werr != nil || cerr != nil || os.Rename(f.Name(), path) != nil {
		os.Remove(f.Name())
	}
}
