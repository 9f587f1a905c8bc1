package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"runtime/pprof"
	"time"

	"github.com/kilnjs/kiln/vm"
)

// cpuProfile is --cpu-prof: the Go profile of the whole process (pprof) and
// the JavaScript profile of the runtime (.cpuprofile, which Chrome DevTools
// and speedscope open), written side by side under Node's file name.
type cpuProfile struct {
	stem   string
	goFile *os.File
	js     *vm.Profiler
}

func startCPUProfile() (*cpuProfile, error) {
	// Node's name: CPU.<date>.<time>.<pid>.<thread>.<seq>.cpuprofile.
	stem := fmt.Sprintf("CPU.%s.%d.0.001", time.Now().Format("20060102.150405"), os.Getpid())
	f, err := os.Create(stem + ".pprof")
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("starting the Go CPU profile: %w", err)
	}
	return &cpuProfile{stem: stem, goFile: f}, nil
}

// attach starts sampling rt's JavaScript stack; a nil profile does nothing.
func (p *cpuProfile) attach(rt *vm.Runtime) {
	if p != nil {
		p.js = rt.StartProfile(vm.DefaultProfileInterval)
	}
}

func (p *cpuProfile) stop(stderr io.Writer) {
	pprof.StopCPUProfile()
	p.goFile.Close()
	if p.js == nil {
		return
	}
	data, err := json.Marshal(p.js.Stop())
	if err == nil {
		err = os.WriteFile(p.stem+".cpuprofile", data, 0o644)
	}
	if err != nil {
		fmt.Fprintf(stderr, "kiln: writing the JavaScript CPU profile: %v\n", err)
	}
}
