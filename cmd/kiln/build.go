package main

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"

	"github.com/kilnjs/kiln/bytecode"
	"github.com/kilnjs/kiln/internal/sysfile"
	"github.com/kilnjs/kiln/stdlib"
)

const buildUsage = `Usage: kiln build [options] app.js [-o app.kbc]
       kiln build --exe [options] app.js [-o app]
       kiln build --exe --sea-config sea-config.json [options] [-o app]
       kiln build --disasm app.kbc

Options:
  -o, --output FILE   the file to write (default: app.kbc, or app with --exe)
  --bundle            inline the app's local files and node_modules dependencies (esbuild); each
                      module keeps its __dirname and import.meta.url of the build: files it reads
                      at run time must be at those paths (see README.md, "Shipping an app")
  --exe               write a single executable: a Kiln runtime with the snapshot appended
  --asset NAME=FILE   with --exe, carry FILE in the executable as the asset NAME, which the app
                      reads with require('node:sea').getAsset(NAME); repeatable
  --sea-config FILE   with --exe, read node's single-executable configuration: "main" is the
                      app (when none is given here), "assets" ({"NAME": "FILE"}) are added as
                      --asset adds them; relative paths are from the current directory, as in
                      node. "output" (node's preparation blob) is not used: -o names the
                      executable. useSnapshot and useCodeCache are ignored (a note says so)
  --runtime FILE      with --exe, the runtime to start from: a kiln or kiln-run binary that loads this
                      kiln's snapshots, for any OS (default: kiln-run beside this kiln if there is one, else
                      this kiln; kiln-run starts faster, see README.md)
  --no-source         leave the source text out (Function.prototype.toString gives [native code])
  --disasm            print the bytecode of a .kbc file
`

// exeMagic ends a single executable: the kiln binary, then the asset
// section (stdlib.EncodeSEAAssets; empty when there are no assets), then
// the snapshot, then the asset section's and the snapshot's lengths as
// u64s and these 8 bytes. Start-up reads only the last 24 bytes of its own
// executable to find them. The last byte is the trailer's version: 1 had
// no asset section.
const exeMagic = "KILNEXE\x02"

const trailerSize = 8 + 8 + len(exeMagic)

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
	'K', 'I', 'L', 'N', 'E', 'X', 'E', 2,
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
	var in, out, runtime, seaConfig string
	var assetFlags []string
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
		case "-o", "--output", "--runtime", "--asset", "--sea-config":
			if i+1 >= len(args) {
				fmt.Fprintf(stderr, "kiln build: %s requires a file\n", a)
				return 9
			}
			i++
			switch a {
			case "--runtime":
				runtime = args[i]
			case "--asset":
				assetFlags = append(assetFlags, args[i])
			case "--sea-config":
				seaConfig = args[i]
			default:
				out = args[i]
			}
		default:
			if v, ok := strings.CutPrefix(a, "--output="); ok {
				out = v
			} else if v, ok := strings.CutPrefix(a, "--runtime="); ok {
				runtime = v
			} else if v, ok := strings.CutPrefix(a, "--asset="); ok {
				assetFlags = append(assetFlags, v)
			} else if v, ok := strings.CutPrefix(a, "--sea-config="); ok {
				seaConfig = v
			} else if strings.HasPrefix(a, "-") || in != "" {
				fmt.Fprintf(stderr, "kiln build: bad argument: %s\n%s", a, buildUsage)
				return 9
			} else {
				in = a
			}
		}
	}
	for _, f := range []struct {
		name string
		set  bool
	}{{"--runtime", runtime != ""}, {"--asset", len(assetFlags) > 0}, {"--sea-config", seaConfig != ""}} {
		if f.set && !exe {
			fmt.Fprintf(stderr, "kiln build: %s is for --exe\n%s", f.name, buildUsage)
			return 9
		}
	}
	var assets []assetSource
	if seaConfig != "" {
		cfg, err := readSEAConfig(seaConfig, func(text string) { fmt.Fprint(stderr, "kiln build: "+text) })
		if err != nil {
			fmt.Fprintf(stderr, "kiln build: %v\n", err)
			return 1
		}
		if in != "" && in != cfg.main {
			fmt.Fprintf(stderr, "kiln build: %s names the app (%q) and so does the command line (%q): give one\n", seaConfig, cfg.main, in)
			return 9
		}
		in = cfg.main
		assets = cfg.assets
	}
	for _, a := range assetFlags {
		name, file, ok := strings.Cut(a, "=")
		if !ok || name == "" || file == "" {
			fmt.Fprintf(stderr, "kiln build: --asset takes NAME=FILE, not %q\n", a)
			return 9
		}
		assets = append(assets, assetSource{name, file})
	}
	if in == "" {
		fmt.Fprint(stderr, buildUsage)
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
	var section []byte
	if exe {
		var err error
		if section, err = readAssets(assets); err != nil {
			fmt.Fprintf(stderr, "kiln build: %v\n", err)
			return 1
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
		if data, err = executableWith(data, section, runtime); err != nil {
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

// assetSource is an asset to build into an executable: its name for
// node:sea and the file it is read from.
type assetSource struct{ name, file string }

// readAssets reads the assets' files and encodes the asset section.
func readAssets(assets []assetSource) ([]byte, error) {
	seen := make(map[string]bool, len(assets))
	list := make([]stdlib.SEAAsset, 0, len(assets))
	for _, a := range assets {
		if seen[a.name] {
			return nil, fmt.Errorf("two assets are named %q", a.name)
		}
		seen[a.name] = true
		data, err := os.ReadFile(a.file)
		if err != nil {
			return nil, fmt.Errorf("reading asset %q: %w", a.name, err)
		}
		list = append(list, stdlib.SEAAsset{Name: a.name, Data: data})
	}
	return stdlib.EncodeSEAAssets(list), nil
}

// seaConfig is what kiln build takes from node's sea-config.json.
type seaConfig struct {
	main   string
	assets []assetSource
}

// readSEAConfig reads node's single-executable configuration file, with
// node's checks and messages for the fields node checks. Kiln needs no
// preparation blob, so "output" is not used; a Kiln executable always
// starts from its snapshot, so useSnapshot and useCodeCache change
// nothing, and a note says so when they are set. An asset whose path is
// not a string is an error (node skips it without a word).
func readSEAConfig(file string, note func(string)) (*seaConfig, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, fmt.Errorf("cannot parse JSON from %s: %v", file, err)
	}
	var cfg seaConfig
	var mainField string
	if m, ok := raw["main"]; !ok || json.Unmarshal(m, &mainField) != nil || mainField == "" {
		return nil, fmt.Errorf("%q field of %s is not a non-empty string", "main", file)
	}
	cfg.main = mainField
	if o, ok := raw["output"]; ok {
		var s string
		if json.Unmarshal(o, &s) != nil || s == "" {
			return nil, fmt.Errorf("%q field of %s is not a non-empty string", "output", file)
		}
	}
	for _, field := range []string{"disableExperimentalSEAWarning", "useSnapshot", "useCodeCache"} {
		v, ok := raw[field]
		if !ok {
			continue
		}
		var b bool
		if json.Unmarshal(v, &b) != nil || string(bytes.TrimSpace(v)) == "null" {
			return nil, fmt.Errorf("%q field of %s is not a Boolean", field, file)
		}
		if b && field != "disableExperimentalSEAWarning" {
			note(fmt.Sprintf("note: %s's %q is ignored: a Kiln executable always starts from its bytecode snapshot\n", file, field))
		}
	}
	if a, ok := raw["assets"]; ok {
		var m map[string]json.RawMessage
		if json.Unmarshal(a, &m) != nil || m == nil {
			return nil, fmt.Errorf("%q field of %s is not an object", "assets", file)
		}
		names := make([]string, 0, len(m))
		for name := range m {
			names = append(names, name)
		}
		sort.Strings(names)
		for _, name := range names {
			var path string
			if json.Unmarshal(m[name], &path) != nil || path == "" {
				return nil, fmt.Errorf("asset %q of %s is not a file path (a non-empty string)", name, file)
			}
			cfg.assets = append(cfg.assets, assetSource{name, path})
		}
	}
	return &cfg, nil
}

// executableWith returns the runtime binary (without any payload it
// carries itself) followed by the asset section, snap and the trailer.
// The runtime is the given file, else a kiln-run beside the running kiln,
// else the running kiln itself.
func executableWith(snap, assets []byte, runtime string) ([]byte, error) {
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
		return nil, fmt.Errorf("%s is not a kiln or kiln-run binary that runs the snapshots this kiln writes (snapshot format %d, opcode table %#x, executable trailer %d): build one from the same Kiln source", runtime, bytecode.FormatVersion, bytecode.TableHash, exeMagic[len(exeMagic)-1])
	}
	if t, ok := trailer(base[max(0, len(base)-trailerSize):], int64(len(base))); ok {
		base = base[:int64(len(base))-int64(trailerSize)-t.snap-t.assets]
	}
	b := bytes.NewBuffer(make([]byte, 0, len(base)+len(assets)+len(snap)+trailerSize))
	b.Write(base)
	if markPatchable(base) {
		// The mark is one array in the binary's data; a second match would
		// leave the runtime unsure which byte is its own.
		if bytes.Count(base, mark) != 1 {
			return nil, fmt.Errorf("%s holds its runtime mark more than once: build it again from Kiln's source", runtime)
		}
		b.Bytes()[at+len(mark)] = 1
	}
	b.Write(assets)
	b.Write(snap)
	b.Write(binary.LittleEndian.AppendUint64(nil, uint64(len(assets))))
	b.Write(binary.LittleEndian.AppendUint64(nil, uint64(len(snap))))
	b.WriteString(exeMagic)
	return b.Bytes(), nil
}

// payloadLens are the lengths a trailer announces.
type payloadLens struct{ assets, snap int64 }

// trailer parses the last bytes of a file of the given size, returning the
// lengths of the asset section and snapshot they announce; ok is false
// when they do not end with exeMagic or announce more than the file holds.
func trailer(tail []byte, size int64) (payloadLens, bool) {
	if len(tail) != trailerSize || string(tail[16:]) != exeMagic {
		return payloadLens{}, false
	}
	assets, snap := binary.LittleEndian.Uint64(tail), binary.LittleEndian.Uint64(tail[8:])
	room := uint64(size - int64(trailerSize))
	if assets > room || snap > room-assets {
		return payloadLens{}, false
	}
	return payloadLens{int64(assets), int64(snap)}, true
}

// payload is what a single executable carries after its runtime: the
// snapshot read into memory, the asset section mapped in place.
type payload struct {
	snap, assets []byte
}

// embeddedSnapshot looks for a snapshot appended to the running executable.
// It costs one open and one small read when there is none.
func embeddedSnapshot() (exe string, p payload, ok bool, err error) {
	if !mayCarrySnapshot() {
		return "", p, false, nil
	}
	f, err := openSelf()
	if err != nil {
		return "", p, false, nil
	}
	defer f.Close()
	if p, ok, err = readPayload(f); !ok {
		return "", p, false, nil
	}
	if exe, err2 := os.Executable(); err2 == nil {
		return exe, p, true, err
	}
	return os.Args[0], p, true, err
}

// readPayload reads the payload at the end of an executable; ok is false
// when it carries none. A trailer that announces more than the file holds
// is an error.
func readPayload(f *sysfile.File) (p payload, ok bool, err error) {
	size, err := f.Size()
	if err != nil || size < int64(trailerSize) {
		return p, false, nil
	}
	tail := make([]byte, trailerSize)
	if err := f.ReadAt(tail, size-int64(trailerSize)); err != nil || string(tail[16:]) != exeMagic {
		return p, false, nil
	}
	n, ok := trailer(tail, size)
	if !ok {
		return p, true, fmt.Errorf("truncated executable (its trailer announces more than the file's %d bytes)", size)
	}
	p.snap = make([]byte, n.snap)
	if err := f.ReadAt(p.snap, size-int64(trailerSize)-n.snap); err != nil {
		return p, true, err
	}
	if p.assets, err = f.MapReadOnly(size-int64(trailerSize)-n.snap-n.assets, n.assets); err != nil {
		return p, true, err
	}
	return p, true, nil
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
func runEmbedded(exe string, pl payload, args []string, stdout, stderr io.Writer) int {
	assets, err := stdlib.ParseSEAAssets(exe, pl.assets)
	if err != nil {
		fmt.Fprintf(stderr, "kiln: %v\n", err)
		return 1
	}
	p, err := bytecode.DecodeSnapshotDeferred(exe, pl.snap)
	if err != nil {
		fmt.Fprintf(stderr, "kiln: %v\n", err)
		return 1
	}
	opts := stdlib.Options{Stdout: stdout, Stderr: stderr, ExecPath: exe, Argv: append([]string{exe}, args...), SEA: assets}
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
