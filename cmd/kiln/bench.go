package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf16"

	"github.com/kilnjs/kiln/bench"
	"github.com/kilnjs/kiln/regex"
)

const benchUsage = `Usage: kiln bench [options]

Runs the benchmark programs (bench/programs/*.js) on Kiln and on its peers,
alternating runtimes, and prints median (min–max) seconds, peak RSS, the
ratio Kiln/peer and the geometric mean of the ratios.

Options:
  --vs LIST      peers to compare with, comma-separated: node, node-jitless (default node-jitless)
  -n RUNS        counted runs per program and runtime, after one warm-up (default 3)
  --filter RE    run only the programs whose name matches RE
  --json FILE    also write the report as JSON
  --md FILE      also write the report as a Markdown table
  --from FILE    read a report written by --json instead of running (with --md: convert it)
  --timeout D    a run longer than D fails as timed out (default 2m)
  --dir DIR      the folder of programs (default: bench/programs here or in a parent folder)
`

// runBench is `kiln bench`; the harness lives in package bench.
func runBench(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	vs := fs.String("vs", "node-jitless", "")
	runs := fs.Int("n", 3, "")
	filter := fs.String("filter", "", "")
	jsonOut := fs.String("json", "", "")
	mdOut := fs.String("md", "", "")
	from := fs.String("from", "", "")
	dir := fs.String("dir", "", "")
	timeout := fs.Duration("timeout", 2*time.Minute, "")
	help := fs.Bool("h", false, "")
	fs.BoolVar(help, "help", false, "")
	if err := fs.Parse(args); err != nil || fs.NArg() > 0 {
		if err == nil {
			err = fmt.Errorf("unexpected argument %q", fs.Arg(0))
		}
		fmt.Fprintf(stderr, "kiln bench: %v\n%s", err, benchUsage)
		return 9
	}
	if *help {
		fmt.Fprint(stdout, benchUsage)
		return 0
	}

	var rep *bench.Report
	if *from != "" {
		f, err := os.Open(*from)
		if err != nil {
			fmt.Fprintf(stderr, "kiln bench: %v\n", err)
			return 1
		}
		rep, err = bench.ReadReport(f)
		f.Close()
		if err != nil {
			fmt.Fprintf(stderr, "kiln bench: %s: %v\n", *from, err)
			return 1
		}
	} else {
		cfg, code := benchConfig(*vs, *runs, *filter, *dir, stderr)
		cfg.Timeout = *timeout
		if code != 0 {
			return code
		}
		var err error
		if rep, err = bench.Measure(cfg); err != nil {
			fmt.Fprintf(stderr, "kiln bench: %v\n", err)
			return 1
		}
	}
	if err := rep.WriteText(stdout); err != nil {
		fmt.Fprintf(stderr, "kiln bench: %v\n", err)
		return 1
	}
	for _, out := range []struct {
		file  string
		write func(io.Writer) error
	}{{*jsonOut, rep.WriteJSON}, {*mdOut, rep.WriteMarkdown}} {
		if out.file == "" {
			continue
		}
		if err := writeReport(out.file, out.write); err != nil {
			fmt.Fprintf(stderr, "kiln bench: %v\n", err)
			return 1
		}
	}
	return 0
}

func benchConfig(vs string, runs int, filter, dir string, stderr io.Writer) (bench.Config, int) {
	cfg := bench.Config{Runs: runs, Progress: stderr}
	if runs < 1 {
		fmt.Fprintf(stderr, "kiln bench: -n must be at least 1\n")
		return cfg, 9
	}
	if filter != "" {
		// A JavaScript regular expression, through Kiln's own engine:
		// Go's regexp would add its package initialisation to every
		// kiln process.
		re, err := regex.Compile(utf16.Encode([]rune(filter)), 0)
		if err != nil {
			fmt.Fprintf(stderr, "kiln bench: bad --filter: %v\n", err)
			return cfg, 9
		}
		cfg.Filter = func(name string) bool {
			ok, err := re.Match(utf16.Encode([]rune(name)), 0, make([]int, 2*re.NumCaptures()), nil)
			return ok && err == nil
		}
	}
	if dir == "" {
		dir = findPrograms()
		if dir == "" {
			fmt.Fprintf(stderr, "kiln bench: no bench/programs folder here or above; pass --dir\n")
			return cfg, 1
		}
	}
	cfg.Dir = dir
	self, err := os.Executable()
	if err != nil {
		fmt.Fprintf(stderr, "kiln bench: finding the kiln binary: %v\n", err)
		return cfg, 1
	}
	var peers []bench.Runtime
	for _, name := range strings.Split(vs, ",") {
		name = strings.TrimSpace(name)
		if name == "" {
			continue
		}
		p, ok := bench.Peer(name)
		if !ok {
			fmt.Fprintf(stderr, "kiln bench: unknown peer %q (known: node, node-jitless)\n", name)
			return cfg, 9
		}
		peers = append(peers, p)
	}
	found, missing := bench.Available(peers)
	for _, m := range missing {
		fmt.Fprintf(stderr, "kiln bench: %s is not installed; skipping it\n", m)
	}
	cfg.Runtimes = append([]bench.Runtime{{Name: "kiln", Command: []string{self}}}, found...)
	return cfg, 0
}

// findPrograms looks for bench/programs in the working directory and its
// parents, so that `kiln bench` works anywhere inside a checkout.
func findPrograms() string {
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		p := filepath.Join(dir, "bench", "programs")
		if st, err := os.Stat(p); err == nil && st.IsDir() {
			return p
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

func writeReport(name string, write func(io.Writer) error) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	err = write(f)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("writing %s: %w", name, err)
	}
	return nil
}
