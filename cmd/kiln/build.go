package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/kilnjs/kiln/bytecode"
	"github.com/kilnjs/kiln/internal/sysfile"
	"github.com/kilnjs/kiln/stdlib"
)

const buildUsage = `Usage: kiln build [options] app.js [-o app.kbc]
       kiln build --exe [options] app.js [-o app]
       kiln build --disasm app.kbc

Options:
  -o, --output FILE   the file to write (default: app.kbc, or app with --exe)
  --bundle            inline the app's local files and node_modules dependencies (esbuild); each
                      module keeps its __dirname and import.meta.url of the build: files it reads
                      at run time must be at those paths (see README.md, "Shipping an app")
  --exe               write a single executable: a Kiln runtime with the snapshot appended
  --runtime FILE      with --exe, the runtime to start from: a kiln or kiln-run binary that loads this
                      kiln's snapshots, for any OS (default: kiln-run beside this kiln if there is one, else
                      this kiln; kiln-run starts faster, see README.md)
  --no-source         leave the source text out (Function.prototype.toString gives [native code])
  --disasm            print the bytecode of a .kbc file
`

// exeMagic ends a single executable: the kiln binary, then the snapshot,
// then the snapshot's length as a u64 and these 8 bytes. Start-up reads
// only the last 16 bytes of its own executable to find it.
const exeMagic = "KILNEXE\x01"

const trailerSize = 8 + len(exeMagic)

// runtimeMark is linked into every kiln binary (executableWith reads it,
// which keeps it there) and is how kiln build --exe knows that a runtime binary can run
// the snapshot it appends: the runtime reads this trailer (exeMagic) and
// loads snapshots of this format version and opcode table, little-endian.
// That is what an executable needs of its runtime; a version string would
// not tell two dev builds apart, nor does it need to match across builds
// whose snapshots are interchangeable. A constant array is laid out by the
// linker, so the mark costs start-up nothing.
//
// Its last byte says whether the binary carries a snapshot: kiln build
// --exe sets it in the copy it writes, so that every other kiln process
// knows without opening its own executable (opening /proc/self/exe and
// reading its end was ~2% of a hello world's CPU samples). A Mach-O runtime is
// never patched, as that would break its code signature: on macOS the
// runtime always looks at its end.
var runtimeMark = [...]byte{
	'K', 'I', 'L', 'N', 'E', 'X', 'E', 1,
	byte(bytecode.FormatVersion & 0xff), byte(bytecode.FormatVersion >> 8 & 0xff), byte(bytecode.FormatVersion >> 16 & 0xff), byte(bytecode.FormatVersion >> 24 & 0xff),
	byte(bytecode.TableHash & 0xff), byte(bytecode.TableHash >> 8 & 0xff), byte(bytecode.TableHash >> 16 & 0xff), byte(bytecode.TableHash >> 24 & 0xff),
	byte(bytecode.TableHash >> 32 & 0xff), byte(bytecode.TableHash >> 40 & 0xff), byte(bytecode.TableHash >> 48 & 0xff), byte(bytecode.TableHash >> 56 & 0xff),
	0, // carries a snapshot
}

// markPatchable reports whether kiln build --exe sets the mark's last byte
// in a runtime binary of this format (ELF, PE) rather than leaving the
// runtime to look at its own end every time (Mach-O, whose signature
// covers the data).
func markPatchable(bin []byte) bool {
	return bytes.HasPrefix(bin, []byte("\x7fELF")) || bytes.HasPrefix(bin, []byte("MZ"))
}

// mayCarrySnapshot reports whether the running binary can have a snapshot
// appended: one kiln build --exe wrote, or a runtime it leaves unpatched.
func mayCarrySnapshot() bool {
	return runtimeMark[len(runtimeMark)-1] != 0 || runtime.GOOS == "darwin"
}

func runBuild(args []string, stdout, stderr io.Writer) int {
	var in, out, runtime string
	var bundle, exe, noSource, disasm bool
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch a {
		case "--bundle":
			bundle = true
		case "--exe":
			exe = true
		case "--no-source":
			noSource = true
		case "--disasm":
			disasm = true
		case "-h", "--help":
			fmt.Fprint(stdout, buildUsage)
			return 0
		case "-o", "--output", "--runtime":
			if i+1 >= len(args) {
				fmt.Fprintf(stderr, "kiln build: %s requires a file\n", a)
				return 9
			}
			i++
			if a == "--runtime" {
				runtime = args[i]
			} else {
				out = args[i]
			}
		default:
			if v, ok := strings.CutPrefix(a, "--output="); ok {
				out = v
			} else if v, ok := strings.CutPrefix(a, "--runtime="); ok {
				runtime = v
			} else if strings.HasPrefix(a, "-") || in != "" {
				fmt.Fprintf(stderr, "kiln build: bad argument: %s\n%s", a, buildUsage)
				return 9
			} else {
				in = a
			}
		}
	}
	if in == "" {
		fmt.Fprint(stderr, buildUsage)
		return 9
	}
	if runtime != "" && !exe {
		fmt.Fprintf(stderr, "kiln build: --runtime is for --exe\n%s", buildUsage)
		return 9
	}
	if disasm {
		p, err := stdlib.LoadSnapshotFile(in)
		if err != nil {
			fmt.Fprintf(stderr, "kiln: %v\n", err)
			return 1
		}
		bytecode.Disassemble(stdout, p.Main)
		return 0
	}
	if out == "" {
		out = strings.TrimSuffix(in, filepath.Ext(in))
		if !exe {
			out += ".kbc"
		}
	}
	p, err := stdlib.Build(in, stdlib.BuildOptions{Bundle: bundle, Note: func(text string) { fmt.Fprint(stderr, "kiln build: "+text) }})
	if err != nil {
		fmt.Fprintf(stderr, "kiln build: %v\n", err)
		return 1
	}
	data, err := bytecode.EncodeSnapshot(p, bytecode.SnapshotOptions{NoSource: noSource})
	if err != nil {
		fmt.Fprintf(stderr, "kiln build: %v\n", err)
		return 1
	}
	mode := os.FileMode(0o644)
	if exe {
		if data, err = executableWith(data, runtime); err != nil {
			fmt.Fprintf(stderr, "kiln build: %v\n", err)
			return 1
		}
		mode = 0o755
	}
	if err := os.WriteFile(out, data, mode); err != nil {
		fmt.Fprintf(stderr, "kiln build: %v\n", err)
		return 1
	}
	return 0
}

// executableWith returns the runtime binary (without any snapshot it
// carries itself) followed by snap and the trailer. The runtime is the
// given file, else a kiln-run beside the running kiln, else the running
// kiln itself.
func executableWith(snap []byte, runtime string) ([]byte, error) {
	if runtime == "" {
		self, err := os.Executable()
		if err != nil {
			return nil, fmt.Errorf("finding the kiln executable: %w", err)
		}
		runtime = self
		if beside := filepath.Join(filepath.Dir(self), "kiln-run"+exeSuffix); beside != self {
			if _, err := os.Stat(beside); err == nil {
				runtime = beside
			}
		}
	}
	base, err := os.ReadFile(runtime)
	if err != nil {
		return nil, fmt.Errorf("reading the runtime: %w", err)
	}
	mark := runtimeMark[:len(runtimeMark)-1]
	at := bytes.Index(base, mark)
	if at < 0 {
		return nil, fmt.Errorf("%s is not a kiln or kiln-run binary that runs the snapshots this kiln writes (snapshot format %d, opcode table %#x): build one from the same Kiln source", runtime, bytecode.FormatVersion, bytecode.TableHash)
	}
	if n, ok := trailer(base[max(0, len(base)-trailerSize):], int64(len(base))); ok {
		base = base[:int64(len(base))-int64(trailerSize)-n]
	}
	b := bytes.NewBuffer(make([]byte, 0, len(base)+len(snap)+trailerSize))
	b.Write(base)
	if markPatchable(base) {
		// The mark is one array in the binary's data; a second match would
		// leave the runtime unsure which byte is its own.
		if bytes.Count(base, mark) != 1 {
			return nil, fmt.Errorf("%s holds its runtime mark more than once: build it again from Kiln's source", runtime)
		}
		b.Bytes()[at+len(mark)] = 1
	}
	b.Write(snap)
	b.Write(binary.LittleEndian.AppendUint64(nil, uint64(len(snap))))
	b.WriteString(exeMagic)
	return b.Bytes(), nil
}

// trailer parses the last bytes of a file of the given size, returning the
// length of the snapshot they announce.
func trailer(tail []byte, size int64) (int64, bool) {
	if len(tail) != trailerSize || string(tail[8:]) != exeMagic {
		return 0, false
	}
	n := binary.LittleEndian.Uint64(tail)
	if n > uint64(size-int64(trailerSize)) {
		return 0, false
	}
	return int64(n), true
}

// embeddedSnapshot looks for a snapshot appended to the running executable.
// It costs one open and one small read when there is none.
func embeddedSnapshot() (exe string, snap []byte, ok bool) {
	if !mayCarrySnapshot() {
		return "", nil, false
	}
	f, err := openSelf()
	if err != nil {
		return "", nil, false
	}
	defer f.Close()
	size, err := f.Size()
	if err != nil || size < int64(trailerSize) {
		return "", nil, false
	}
	tail := make([]byte, trailerSize)
	if err := f.ReadAt(tail, size-int64(trailerSize)); err != nil {
		return "", nil, false
	}
	n, ok := trailer(tail, size)
	if !ok {
		return "", nil, false
	}
	snap = make([]byte, n)
	if err := f.ReadAt(snap, size-int64(trailerSize)-n); err != nil {
		return "", nil, false
	}
	if exe, err = os.Executable(); err != nil {
		exe = os.Args[0]
	}
	return exe, snap, true
}

// openSelf opens the running executable. Every kiln process looks at its
// own end for a snapshot, so on Linux it opens /proc/self/exe rather than
// first asking the kernel for the path: one system call fewer. The reads go
// through sysfile, not os, so that a process which never opens a file
// otherwise never starts Go's poller.
func openSelf() (*sysfile.File, error) {
	if runtime.GOOS == "linux" {
		if f, err := sysfile.Open("/proc/self/exe"); err == nil {
			return f, nil
		}
	}
	exe, err := os.Executable()
	if err != nil {
		return nil, err
	}
	return sysfile.Open(exe)
}

// runEmbedded runs the app a single executable carries, with all of args
// as its arguments (kiln's own flags do not apply to it).
func runEmbedded(exe string, snap []byte, args []string, stdout, stderr io.Writer) int {
	p, err := bytecode.DecodeSnapshotDeferred(exe, snap)
	if err != nil {
		fmt.Fprintf(stderr, "kiln: %v\n", err)
		return 1
	}
	opts := stdlib.Options{Stdout: stdout, Stderr: stderr, ExecPath: exe, Argv: append([]string{exe}, args...)}
	return runProgram(opts, p)
}

// runSnapshotFile is `kiln app.kbc [args]`.
func runSnapshotFile(opts stdlib.Options, file string) int {
	p, err := stdlib.LoadSnapshotToRun(file)
	if err != nil {
		fmt.Fprintf(opts.Stderr, "kiln: %v\n", err)
		return 1
	}
	return runProgram(opts, p)
}

func runProgram(opts stdlib.Options, p *bytecode.Program) int {
	n, err := stdlib.New(opts)
	if err != nil {
		fmt.Fprintf(opts.Stderr, "kiln: %v\n", err)
		return 1
	}
	defer n.Close()
	return n.RunProgram(p)
}
