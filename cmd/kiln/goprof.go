//go:build !kilnrun

package main

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/pprof"
)

// goProfile is KILN_GO_CPUPROF and KILN_GO_MEMPROF: Go's own profiles of the
// whole process, without --cpu-prof's JavaScript sampler, whose ticks and
// stack walks would be part of what it measures. The heap profile samples
// every 512 KB allocated (Go's default rate) only when asked for: main turns
// sampling off otherwise.
type goProfile struct {
	cpu     *os.File
	memPath string
}

func startGoProfile(stderr io.Writer) *goProfile {
	p := &goProfile{memPath: os.Getenv("KILN_GO_MEMPROF")}
	if p.memPath != "" {
		runtime.MemProfileRate = 512 << 10
	}
	if path := os.Getenv("KILN_GO_CPUPROF"); path != "" {
		f, err := os.Create(path)
		if err == nil {
			err = pprof.StartCPUProfile(f)
		}
		if err != nil {
			fmt.Fprintf(stderr, "kiln: KILN_GO_CPUPROF: %v\n", err)
		} else {
			p.cpu = f
		}
	}
	return p
}

func (p *goProfile) stop(stderr io.Writer) {
	if p.cpu != nil {
		pprof.StopCPUProfile()
		p.cpu.Close()
	}
	if p.memPath == "" {
		return
	}
	f, err := os.Create(p.memPath)
	if err == nil {
		err = pprof.Lookup("allocs").WriteTo(f, 0)
		f.Close()
	}
	if err != nil {
		fmt.Fprintf(stderr, "kiln: KILN_GO_MEMPROF: %v\n", err)
	}
}
