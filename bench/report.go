package bench

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// WriteJSON writes the report as indented JSON (what --json saves).
func (rep *Report) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(rep)
}

// ReadReport reads a report written by WriteJSON.
func ReadReport(r io.Reader) (*Report, error) {
	var rep Report
	if err := json.NewDecoder(r).Decode(&rep); err != nil {
		return nil, fmt.Errorf("reading a benchmark report: %w", err)
	}
	for _, res := range rep.Results {
		if len(res.Stats) != len(rep.Runtimes) {
			return nil, fmt.Errorf("reading a benchmark report: %s has %d measurements for %d runtimes", res.Program, len(res.Stats), len(rep.Runtimes))
		}
	}
	return &rep, nil
}

// WriteMarkdown writes the report as a Markdown table: per program the
// median (min–max) seconds and peak RSS of every runtime, the ratio of the
// first runtime to each other one, and the geometric means last. Failed
// runs show their error under the table.
func (rep *Report) WriteMarkdown(w io.Writer) error {
	return rep.write(w, true)
}

// WriteText writes the same table for a terminal.
func (rep *Report) WriteText(w io.Writer) error {
	return rep.write(w, false)
}

func (rep *Report) write(w io.Writer, md bool) error {
	head := []string{"benchmark"}
	for _, name := range rep.Runtimes {
		head = append(head, name+" s (min–max)", name+" RSS")
	}
	for _, name := range rep.Runtimes[1:] {
		head = append(head, rep.Runtimes[0]+"/"+name)
	}
	rows := [][]string{head}
	var failures []string
	for _, res := range rep.Results {
		row := []string{res.Program}
		for i, st := range res.Stats {
			if st.Err != "" {
				row = append(row, "failed", "")
				failures = append(failures, fmt.Sprintf("%s on %s: %s", res.Program, rep.Runtimes[i], st.Err))
				continue
			}
			row = append(row, fmt.Sprintf("%.3f (%.3f–%.3f)", st.Median, st.Min, st.Max), fmt.Sprintf("%.0f MB", float64(st.RSS)/(1<<20)))
		}
		for i := 1; i < len(rep.Runtimes); i++ {
			if x, ok := res.Ratio(i); ok {
				row = append(row, fmt.Sprintf("%.2f×", x))
			} else {
				row = append(row, "–")
			}
		}
		rows = append(rows, row)
	}
	geo := []string{"geometric mean"}
	for range rep.Runtimes {
		geo = append(geo, "", "")
	}
	for i := 1; i < len(rep.Runtimes); i++ {
		if g, n := rep.GeoMean(i); n > 0 {
			geo = append(geo, fmt.Sprintf("%.2f× (%d)", g, n))
		} else {
			geo = append(geo, "–")
		}
	}
	rows = append(rows, geo)

	var b strings.Builder
	fmt.Fprintf(&b, "%d runs each after a warm-up, on %s, %s.\n\n", rep.Runs, rep.Host, rep.Date)
	if md {
		for i, row := range rows {
			b.WriteString("| " + strings.Join(row, " | ") + " |\n")
			if i == 0 {
				b.WriteString("|" + strings.Repeat("---|", len(row)))
				b.WriteString("\n")
			}
		}
	} else {
		widths := make([]int, len(head))
		for _, row := range rows {
			for i, cell := range row {
				widths[i] = max(widths[i], len([]rune(cell)))
			}
		}
		for _, row := range rows {
			for i, cell := range row {
				pad := widths[i] - len([]rune(cell))
				if i == 0 {
					b.WriteString(cell + strings.Repeat(" ", pad))
				} else {
					b.WriteString("  " + strings.Repeat(" ", pad) + cell)
				}
			}
			b.WriteString("\n")
		}
	}
	if len(failures) > 0 {
		b.WriteString("\nFailed:\n")
		for _, f := range failures {
			if md {
				b.WriteString("- ")
			} else {
				b.WriteString("  ")
			}
			b.WriteString(f + "\n")
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}
