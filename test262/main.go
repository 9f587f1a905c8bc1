package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"time"
)

// options are the command line's flags and arguments.
type options struct {
	suite, results, baseline, config, engine string
	jobs                                     int
	timeout                                  time.Duration
	update                                   bool
	prefixes                                 []string
}

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

// run is the whole command; it returns the exit code: 0 when nothing regressed, 1 on regressions, 2 when the run
// could not be made.
func run(args []string, stdout, stderr io.Writer) int {
	root := repoRoot()
	var o options
	var worker bool
	fs := flag.NewFlagSet("test262", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&o.suite, "suite", filepath.Join(root, "..", "shared", "test262", "test262.tar.gz"), "test262 `PATH`: a .tar.gz with a .sha256 beside it, or an extracted folder")
	fs.IntVar(&o.jobs, "j", 2, "number of worker processes")
	fs.DurationVar(&o.timeout, "timeout", 10*time.Second, "time a test may take")
	fs.StringVar(&o.results, "results", filepath.Join(root, "test262", "results.jsonl"), "where to write one JSON line per test×mode")
	fs.StringVar(&o.baseline, "baseline", filepath.Join(root, "test262", "baseline.txt"), "the baseline of runs that do not pass")
	fs.StringVar(&o.config, "config", filepath.Join(root, "test262", "config"), "the list of skipped features")
	fs.StringVar(&o.engine, "engine", "", "the engine to run (default kiln, or the only one registered)")
	fs.BoolVar(&o.update, "update", false, "rewrite the baseline for the selected prefixes instead of checking it")
	fs.BoolVar(&worker, "worker", false, "")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: go run ./test262 [-suite PATH] [-j N] [-timeout D] [-results FILE] [-engine NAME] [-update] [PREFIX...]")
		fmt.Fprintln(stderr, "PREFIX selects a folder or file of the suite, e.g. test/built-ins/Array.")
		fs.VisitAll(func(f *flag.Flag) {
			if f.Name != "worker" {
				fmt.Fprintf(stderr, "  -%s\t%s (default %q)\n", f.Name, f.Usage, f.DefValue)
			}
		})
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	engine, err := pickEngine(o.engine)
	if err != nil {
		fmt.Fprintln(stderr, "test262:", err)
		return 2
	}
	if worker {
		return workerMain(engine)
	}
	o.engine = engine
	for _, p := range fs.Args() {
		o.prefixes = append(o.prefixes, normalizePrefix(p))
	}
	if o.jobs < 1 {
		fmt.Fprintln(stderr, "test262: -j must be at least 1")
		return 2
	}
	code, err := runSuite(&o, stdout, stderr)
	if err != nil {
		fmt.Fprintln(stderr, "test262:", err)
		return 2
	}
	return code
}

// pickEngine applies the -engine default: kiln when it is registered, otherwise the only engine there is.
func pickEngine(name string) (string, error) {
	if name == "" {
		name = "kiln"
		if engines[name] == nil && len(engines) == 1 {
			for only := range engines {
				name = only
			}
		}
	}
	if engines[name] == nil {
		return "", fmt.Errorf("engine %q is not registered (registered: %s); an engine registers itself in engines from an init function in engine_NAME.go", name, registeredEngines())
	}
	return name, nil
}

// repoRoot finds the Kiln checkout around the working directory, so the default paths work from any folder in it.
func repoRoot() string {
	dir, err := os.Getwd()
	if err != nil {
		return "."
	}
	for d := dir; ; d = filepath.Dir(d) {
		if b, err := os.ReadFile(filepath.Join(d, "go.mod")); err == nil && strings.Contains(string(b), "module github.com/kilnjs/kiln\n") {
			return d
		}
		if filepath.Dir(d) == d {
			return dir
		}
	}
}

// maxListed bounds the regressions printed; a broken engine would otherwise print the whole suite.
const maxListed = 200

func runSuite(o *options, stdout, stderr io.Writer) (int, error) {
	s, err := openSuite(o.suite)
	if err != nil {
		return 0, err
	}
	cfg, err := readConfig(o.config)
	if err != nil {
		return 0, err
	}
	base, err := readBaseline(o.baseline)
	if err != nil {
		return 0, err
	}
	for _, p := range o.prefixes {
		if len(s.tests([]string{p})) == 0 {
			return 0, fmt.Errorf("no tests under %s", p)
		}
	}
	exe, err := os.Executable()
	if err != nil {
		return 0, fmt.Errorf("finding the runner's executable for its workers: %w", err)
	}

	var records []record
	var jobs []job
	for _, name := range s.tests(o.prefixes) {
		m, err := parseMeta(s.files[name])
		if err != nil {
			records = append(records, record{Path: name, Mode: modeSloppy, Status: statusFail, Reason: err.Error()})
			continue
		}
		reason := cfg.skipReason(m, s.files[name])
		for _, mode := range modesFor(m) {
			if reason != "" {
				records = append(records, record{Path: name, Mode: mode, Status: statusSkip, Reason: reason})
			} else {
				jobs = append(jobs, job{path: name, mode: mode, meta: m})
			}
		}
	}

	p := newPool(s, []string{exe, "-worker", "-engine", o.engine}, o.timeout)
	interrupted := make(chan os.Signal, 1)
	signal.Notify(interrupted, os.Interrupt)
	defer signal.Stop(interrupted)
	go func() {
		if _, ok := <-interrupted; ok {
			p.killAll()
			fmt.Fprintln(stderr, "test262: interrupted")
			os.Exit(130)
		}
	}()
	fmt.Fprintf(stderr, "test262: %d runs on %d workers (engine %s), %d skipped\n", len(jobs), o.jobs, o.engine, len(records))
	started, done := time.Now(), 0
	records = append(records, p.run(jobs, o.jobs, func(r record) {
		if done++; done%1000 == 0 {
			fmt.Fprintf(stderr, "test262: %d/%d runs, %s\n", done, len(jobs), time.Since(started).Round(time.Second))
		}
	})...)
	fmt.Fprintf(stderr, "test262: %d runs in %s\n", len(jobs), time.Since(started).Round(time.Second))
	if !o.update {
		records = retryRegressions(p, base, records, jobs, stderr)
	}

	sortRecords(records)
	if err := writeResults(o.results, records); err != nil {
		return 0, err
	}
	total := writeTable(stdout, records)
	code := 0
	if o.update {
		merged := base.merge(records, o.prefixes)
		if err := os.WriteFile(o.baseline, []byte(merged.format()), 0o644); err != nil {
			return 0, fmt.Errorf("test262 baseline: %w", err)
		}
		fmt.Fprintf(stdout, "baseline %s updated: %d runs do not pass\n", o.baseline, len(merged))
	} else {
		regressions, newPasses := base.compare(records)
		if len(regressions) > 0 {
			code = 1
			fmt.Fprintf(stdout, "%d regressions (runs the baseline expects to pass):\n", len(regressions))
			for i, r := range regressions {
				if i == maxListed {
					fmt.Fprintf(stdout, "  ... and %d more (all in %s)\n", len(regressions)-maxListed, o.results)
					break
				}
				fmt.Fprintf(stdout, "  %s %s %s: %s\n", r.Path, r.Mode, r.Status, r.Reason)
			}
		}
		if len(newPasses) > 0 {
			fmt.Fprintf(stdout, "%d tests now pass that the baseline lists: run with -update\n", len(newPasses))
		}
	}
	fmt.Fprintln(stdout, summaryLine(total))
	return code, nil
}

// retryRegressions runs once more, alone and with twice the time, each run
// that would count as a regression: on a loaded machine a test that takes
// seconds can miss its timeout, and CI must not fail on that. A run that
// fails again is a real regression. At most maxRetries are retried; more
// than that is a real breakage, reported as is.
func retryRegressions(p *pool, base baseline, records []record, jobs []job, stderr io.Writer) []record {
	const maxRetries = 200
	regressions, _ := base.compare(records)
	if len(regressions) == 0 || len(regressions) > maxRetries {
		return records
	}
	byRun := map[string]job{}
	for _, j := range jobs {
		byRun[j.path+"\x00"+j.mode] = j
	}
	var again []job
	for _, r := range regressions {
		if j, ok := byRun[r.Path+"\x00"+r.Mode]; ok {
			again = append(again, j)
		}
	}
	fmt.Fprintf(stderr, "test262: retrying %d runs that did not pass, one at a time\n", len(again))
	p.timeout *= 2
	retried := map[string]record{}
	for _, r := range p.run(again, 1, func(record) {}) {
		retried[r.Path+"\x00"+r.Mode] = r
	}
	for i, r := range records {
		if nr, ok := retried[r.Path+"\x00"+r.Mode]; ok {
			records[i] = nr
		}
	}
	return records
}
