package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

// record is the outcome of one test×mode, one line of results.jsonl.
type record struct {
	Path   string `json:"path"`
	Mode   string `json:"mode"`
	Status string `json:"status"`
	Reason string `json:"reason,omitempty"`
	MS     int64  `json:"ms"`
}

func sortRecords(records []record) {
	sort.Slice(records, func(i, j int) bool {
		if records[i].Path != records[j].Path {
			return records[i].Path < records[j].Path
		}
		return records[i].Mode < records[j].Mode
	})
}

func writeResults(p string, records []record) error {
	f, err := os.Create(p)
	if err != nil {
		return fmt.Errorf("test262 results: %w", err)
	}
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	for _, r := range records {
		if err := enc.Encode(r); err != nil {
			f.Close()
			return fmt.Errorf("test262 results %s: %w", p, err)
		}
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("test262 results %s: %w", p, err)
	}
	return f.Close()
}

// tally counts runs by outcome; timeouts and crashes count as failures.
type tally struct{ Pass, Fail, Skip int }

func (t *tally) add(status string) {
	switch status {
	case statusPass:
		t.Pass++
	case statusSkip:
		t.Skip++
	default:
		t.Fail++
	}
}

// tableFolder names the row a test is counted in: its folder, cut to three levels (test/built-ins/Array,
// test/language/expressions).
func tableFolder(p string) string {
	parts := strings.Split(p, "/")
	parts = parts[:len(parts)-1]
	if len(parts) > 3 {
		parts = parts[:3]
	}
	return strings.Join(parts, "/")
}

// writeTable prints pass/fail/skip per folder and returns the totals.
func writeTable(w io.Writer, records []record) tally {
	rows := map[string]*tally{}
	var total tally
	for _, r := range records {
		folder := tableFolder(r.Path)
		if rows[folder] == nil {
			rows[folder] = &tally{}
		}
		rows[folder].add(r.Status)
		total.add(r.Status)
	}
	folders := make([]string, 0, len(rows))
	width := len("folder")
	for f := range rows {
		folders = append(folders, f)
		width = max(width, len(f))
	}
	sort.Strings(folders)
	fmt.Fprintf(w, "%-*s %7s %7s %7s %7s\n", width, "folder", "pass", "fail", "skip", "pass%")
	for _, f := range folders {
		t := rows[f]
		fmt.Fprintf(w, "%-*s %7d %7d %7d %6.1f%%\n", width, f, t.Pass, t.Fail, t.Skip, percent(t.Pass, t.Pass+t.Fail+t.Skip))
	}
	fmt.Fprintf(w, "%-*s %7d %7d %7d %6.1f%%\n", width, "total", total.Pass, total.Fail, total.Skip,
		percent(total.Pass, total.Pass+total.Fail+total.Skip))
	return total
}

func percent(n, of int) float64 {
	if of == 0 {
		return 0
	}
	return 100 * float64(n) / float64(of)
}

// summaryLine is the run's last line of output.
func summaryLine(t tally) string {
	return fmt.Sprintf("%d passed, %d failed, %d skipped", t.Pass, t.Fail, t.Skip)
}
