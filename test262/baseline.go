package main

// The baseline lists every test×mode that does not pass, one "path mode status" line each, sorted. Anything the
// baseline does not list is expected to pass, so a regression is a selected run that did not pass and is not listed.

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"sort"
	"strings"
)

type runKey struct{ Path, Mode string }

// baseline maps a test×mode that does not pass to its status.
type baseline map[runKey]string

// readBaseline reads a baseline file; a missing file is an empty baseline (everything expected to pass).
func readBaseline(p string) (baseline, error) {
	b, err := os.ReadFile(p)
	if errors.Is(err, fs.ErrNotExist) {
		return baseline{}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("test262 baseline: %w", err)
	}
	return parseBaseline(p, string(b))
}

func parseBaseline(name, text string) (baseline, error) {
	base := baseline{}
	for i, line := range strings.Split(text, "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		f := strings.Fields(line)
		if len(f) != 3 {
			return nil, fmt.Errorf("%s:%d: want \"path mode status\", got %q", name, i+1, line)
		}
		base[runKey{f[0], f[1]}] = f[2]
	}
	return base, nil
}

// format renders the baseline as its file's sorted lines.
func (base baseline) format() string {
	lines := make([]string, 0, len(base))
	for k, status := range base {
		lines = append(lines, k.Path+" "+k.Mode+" "+status)
	}
	sort.Strings(lines)
	if len(lines) == 0 {
		return ""
	}
	return strings.Join(lines, "\n") + "\n"
}

// compare finds the runs that turned a baseline pass into anything else (regressions) and the runs that pass
// although the baseline lists them (new passes).
func (base baseline) compare(records []record) (regressions, newPasses []record) {
	for _, r := range records {
		_, listed := base[runKey{r.Path, r.Mode}]
		switch {
		case r.Status != statusPass && !listed:
			regressions = append(regressions, r)
		case r.Status == statusPass && listed:
			newPasses = append(newPasses, r)
		}
	}
	return regressions, newPasses
}

// merge returns the baseline after a run of the tests under prefixes (all tests when there are none): entries
// under the prefixes are replaced by the run's results, entries outside them are kept as they are.
func (base baseline) merge(records []record, prefixes []string) baseline {
	out := baseline{}
	for k, status := range base {
		if !underAny(k.Path, prefixes) {
			out[k] = status
		}
	}
	for _, r := range records {
		if r.Status != statusPass {
			out[runKey{r.Path, r.Mode}] = r.Status
		}
	}
	return out
}
