package bench

// Why A B A B: the machines this runs on are shared and their speed drifts
// (other jobs, thermal limits). Running each program on every runtime in
// turn, round after round, spreads a slow period over all runtimes instead
// of charging it to whichever ran during it. A warm-up round, not counted,
// fills the page cache with the script and the runtime binaries.

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// Runtime is a JavaScript runtime the suite can run: Command followed by
// the script's path.
type Runtime struct {
	Name    string
	Command []string
}

// Peer is the runtime Kiln can be compared with by the name --vs takes. It
// is a function, not a map, so that every kiln process does not build the
// map at start-up.
func Peer(name string) (Runtime, bool) {
	switch name {
	case "node":
		return Runtime{Name: "node", Command: []string{"node"}}, true
	case "node-jitless":
		return Runtime{Name: "node-jitless", Command: []string{"node", "--jitless"}}, true
	}
	return Runtime{}, false
}

// Config says what to measure.
type Config struct {
	Dir      string                 // the folder of .js programs
	Filter   func(name string) bool // nil runs every program
	Runs     int                    // counted runs per program and runtime (after one warm-up)
	Runtimes []Runtime              // the first is the one the others are compared with
	Env      []string               // extra environment for every run
	Timeout  time.Duration          // a run longer than this fails as timed out; 0 waits forever
	// Progress, when set, receives a one-line status that rewrites itself
	// ("\r") as the runs go.
	Progress io.Writer
}

// Report is the outcome of a run of the suite.
type Report struct {
	Date     string   `json:"date"`
	Host     string   `json:"host"`
	Runs     int      `json:"runs"`
	Runtimes []string `json:"runtimes"`
	Results  []Result `json:"results"`
}

// Result is one program's measurements, one Stats per runtime in the order
// of Report.Runtimes.
type Result struct {
	Program string  `json:"program"`
	Stats   []Stats `json:"stats"`
}

// Stats summarises the counted runs of one program on one runtime. Times
// are seconds of wall time, RSS is the largest peak resident size seen, in
// bytes. Err is set, and the times are zero, when a run failed.
type Stats struct {
	Seconds []float64 `json:"seconds"`
	Median  float64   `json:"median"`
	Min     float64   `json:"min"`
	Max     float64   `json:"max"`
	RSS     int64     `json:"rss"`
	Err     string    `json:"error,omitempty"`
}

// Programs lists the .js files of dir whose base name (without .js)
// matches filter, sorted by name.
func Programs(dir string, filter func(name string) bool) ([]string, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.js"))
	if err != nil {
		return nil, fmt.Errorf("listing %s: %w", dir, err)
	}
	var out []string
	for _, p := range paths {
		if filter == nil || filter(Name(p)) {
			out = append(out, p)
		}
	}
	sort.Strings(out)
	if len(out) == 0 {
		return nil, fmt.Errorf("no benchmark programs in %s match", dir)
	}
	return out, nil
}

// Name is a program's name in reports: its file name without ".js".
func Name(path string) string { return strings.TrimSuffix(filepath.Base(path), ".js") }

// Available splits runtimes into those whose command is installed and the
// names of those that are not.
func Available(rts []Runtime) (found []Runtime, missing []string) {
	for _, rt := range rts {
		if _, err := exec.LookPath(rt.Command[0]); err != nil {
			missing = append(missing, rt.Name)
			continue
		}
		found = append(found, rt)
	}
	return found, missing
}

// Measure runs the suite. A program that fails on a runtime is recorded
// with its error and not run again there; the suite goes on.
func Measure(cfg Config) (*Report, error) {
	if cfg.Runs < 1 {
		return nil, errors.New("bench: need at least one run")
	}
	if len(cfg.Runtimes) == 0 {
		return nil, errors.New("bench: no runtimes to measure")
	}
	progs, err := Programs(cfg.Dir, cfg.Filter)
	if err != nil {
		return nil, err
	}
	host, _ := os.Hostname()
	rep := &Report{Date: time.Now().Format(time.DateTime), Host: host, Runs: cfg.Runs}
	for _, rt := range cfg.Runtimes {
		rep.Runtimes = append(rep.Runtimes, rt.Name)
	}
	total := len(progs) * (cfg.Runs + 1) * len(cfg.Runtimes)
	done := 0
	for _, prog := range progs {
		res := Result{Program: Name(prog), Stats: make([]Stats, len(cfg.Runtimes))}
		for round := 0; round <= cfg.Runs; round++ {
			for i, rt := range cfg.Runtimes {
				done++
				st := &res.Stats[i]
				if cfg.Progress != nil {
					fmt.Fprintf(cfg.Progress, "\r\033[K[%d/%d] %s on %s (run %d of %d)", done, total, res.Program, rt.Name, round, cfg.Runs)
				}
				if st.Err != "" {
					continue
				}
				sec, rss, err := runOnce(rt, prog, cfg.Env, cfg.Timeout)
				if err != nil {
					st.Err = err.Error()
					continue
				}
				st.RSS = max(st.RSS, rss)
				if round > 0 {
					st.Seconds = append(st.Seconds, sec)
				}
			}
		}
		for i := range res.Stats {
			res.Stats[i].summarise()
		}
		rep.Results = append(rep.Results, res)
	}
	if cfg.Progress != nil {
		fmt.Fprint(cfg.Progress, "\r\033[K")
	}
	return rep, nil
}

// runOnce runs prog once and returns its wall time and peak RSS (from the
// wait4 rusage of the child).
func runOnce(rt Runtime, prog string, env []string, timeout time.Duration) (float64, int64, error) {
	ctx := context.Background()
	if timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, timeout)
		defer cancel()
	}
	args := append(append([]string{}, rt.Command[1:]...), prog)
	cmd := exec.CommandContext(ctx, rt.Command[0], args...)
	cmd.Env = append(os.Environ(), env...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	start := time.Now()
	err := cmd.Run()
	sec := time.Since(start).Seconds()
	if ctx.Err() != nil {
		return 0, 0, fmt.Errorf("%s: timed out after %v", rt.Name, timeout)
	}
	if err != nil {
		msg := lastLine(stderr.String())
		if msg == "" {
			return 0, 0, fmt.Errorf("%s: %w", rt.Name, err)
		}
		return 0, 0, fmt.Errorf("%s: %w: %s", rt.Name, err, msg)
	}
	return sec, peakRSS(cmd.ProcessState), nil
}

// lastLine picks the most telling line of an error output: the last one
// that looks like an error message, else the last non-empty one.
func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	for i := len(lines) - 1; i >= 0; i-- {
		l := strings.TrimSpace(lines[i])
		if strings.Contains(l, "Error") || strings.HasPrefix(l, "kiln:") {
			return l
		}
	}
	return strings.TrimSpace(lines[len(lines)-1])
}

func (s *Stats) summarise() {
	if s.Err != "" || len(s.Seconds) == 0 {
		s.Seconds = nil
		return
	}
	xs := append([]float64{}, s.Seconds...)
	sort.Float64s(xs)
	s.Min, s.Max = xs[0], xs[len(xs)-1]
	if n := len(xs); n%2 == 1 {
		s.Median = xs[n/2]
	} else {
		s.Median = (xs[n/2-1] + xs[n/2]) / 2
	}
}

// Ratio is the first runtime's median over runtime i's for one result, and
// false when either failed.
func (r Result) Ratio(i int) (float64, bool) {
	a, b := r.Stats[0], r.Stats[i]
	if a.Err != "" || b.Err != "" || a.Median <= 0 || b.Median <= 0 {
		return 0, false
	}
	return a.Median / b.Median, true
}

// GeoMean is the geometric mean of Ratio(i) over the results where both
// runtimes succeeded, and how many those are.
func (rep *Report) GeoMean(i int) (float64, int) {
	sum, n := 0.0, 0
	for _, r := range rep.Results {
		if x, ok := r.Ratio(i); ok {
			sum += math.Log(x)
			n++
		}
	}
	if n == 0 {
		return 0, 0
	}
	return math.Exp(sum / float64(n)), n
}
