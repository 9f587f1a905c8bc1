//go:build kilnrun

package main

import (
	"fmt"
	"io"
	"os"
)

type goProfile struct{}

func startGoProfile(stderr io.Writer) *goProfile {
	for _, v := range []string{"KILN_GO_CPUPROF", "KILN_GO_MEMPROF"} {
		if os.Getenv(v) != "" {
			fmt.Fprintf(stderr, "kiln: %s: the runtime-only build has no Go profiler; use kiln\n", v)
		}
	}
	return &goProfile{}
}

func (p *goProfile) stop(io.Writer) {}
