package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/kilnjs/kiln/stdlib"
	"github.com/kilnjs/kiln/vm"
)

// cpuProfile is --cpu-prof: the JavaScript profile of the runtime in the
// .cpuprofile format (Chrome DevTools and speedscope open it), written
// where node writes it: --cpu-prof-dir (made if missing; the working
// directory by default) under --cpu-prof-name or node's name, sampled every
// --cpu-prof-interval microseconds (node's 1000 by default). KILN_GO_CPUPROF
// profiles the Go side.
type cpuProfile struct {
	path     string
	interval time.Duration
	js       *vm.Profiler
}

// profOptions are the options of one of node's profilers on a command
// line: --cpu-prof or --heap-prof, and their -dir, -name and -interval.
type profOptions struct {
	on                  bool
	dir, name, interval string
	set                 []string // the -dir/-name/-interval options given
}

// option records the value of flag, the profiler's -dir, -name or
// -interval option.
func (o *profOptions) option(flag, val string) {
	switch {
	case strings.HasSuffix(flag, "-dir"):
		o.dir = val
	case strings.HasSuffix(flag, "-name"):
		o.name = val
	default:
		o.interval = val
	}
	o.set = append(o.set, flag)
}

func startCPUProfile(o profOptions) (*cpuProfile, error) {
	path, err := profilePath(o.dir, o.name, "CPU", "cpuprofile")
	if err != nil {
		return nil, err
	}
	interval := vm.DefaultProfileInterval
	// node reads the interval as an integer, and a value it cannot read
	// as its default.
	if us, err := strconv.Atoi(o.interval); err == nil && us > 0 {
		interval = time.Duration(us) * time.Microsecond
	}
	return &cpuProfile{path: path, interval: interval}, nil
}

// profilePath is where a profile of the run goes, as node places its
// --cpu-prof and --heap-prof files: under name, or node's
// <prefix>.<date>.<time>.<pid>.<thread>.<seq>.<ext>, in dir (made if
// missing; the working directory by default), which is the one named at
// start, whatever the program's chdir.
func profilePath(dir, name, prefix, ext string) (string, error) {
	if name == "" {
		name = stdlib.DiagnosticFilename(prefix, ext, 0, 1)
	}
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	return filepath.Join(dir, name), nil
}

// attach starts sampling rt's JavaScript stack; a nil profile does nothing.
func (p *cpuProfile) attach(rt *vm.Runtime) {
	if p != nil {
		p.js = rt.StartProfile(p.interval)
	}
}

func (p *cpuProfile) stop(stderr io.Writer) {
	if p.js == nil {
		return
	}
	data, err := json.Marshal(p.js.Stop())
	if err == nil {
		err = os.WriteFile(p.path, data, 0o644)
	}
	if err != nil {
		fmt.Fprintf(stderr, "kiln: writing the JavaScript CPU profile: %v\n", err)
	}
}
