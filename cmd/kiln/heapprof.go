package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strconv"

	"github.com/kilnjs/kiln/vm"
)

// heapProfile is --heap-prof: the sampling heap profile of the run
// (vm.HeapSampler) in V8's .heapprofile format, written at exit where node
// writes it: --heap-prof-dir (made if missing; the working directory by
// default) under --heap-prof-name or node's name, sampling every
// --heap-prof-interval bytes on average (V8's 512 KiB by default). Only
// the samples whose objects are live at exit count, as in V8's default: a
// collection runs first, so live means reachable.
type heapProfile struct {
	path     string
	interval int64
	sampler  *vm.HeapSampler
}

func startHeapProfile(o profOptions) (*heapProfile, error) {
	path, err := profilePath(o.dir, o.name, "Heap", "heapprofile")
	if err != nil {
		return nil, err
	}
	interval := int64(vm.DefaultHeapSamplingInterval)
	// An interval that does not read as a positive integer is the default.
	if n, err := strconv.ParseInt(o.interval, 10, 64); err == nil && n > 0 {
		interval = n
	}
	return &heapProfile{path: path, interval: interval}, nil
}

// attach starts sampling rt's allocations; a nil profile does nothing.
func (p *heapProfile) attach(rt *vm.Runtime) {
	if p != nil {
		p.sampler = rt.StartHeapSampling(p.interval, false)
	}
}

// stop writes the profile; it runs while rt is still open, after the
// program ended.
func (p *heapProfile) stop(rt *vm.Runtime, stderr io.Writer) {
	if p == nil || p.sampler == nil {
		return
	}
	rt.CollectGarbage()
	data, err := json.Marshal(p.sampler.Stop())
	p.sampler = nil
	if err == nil {
		err = os.WriteFile(p.path, data, 0o644)
	}
	if err != nil {
		fmt.Fprintf(stderr, "kiln: writing the heap profile: %v\n", err)
	}
}
