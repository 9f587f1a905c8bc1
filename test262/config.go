package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
)

// skipConfig maps a test262 feature (features.txt) to the reason tests using it are skipped.
type skipConfig map[string]string

// readConfig reads the skip list: one feature per line, "feature-name  # reason". Lines starting with # are
// comments. Every feature needs a reason, because every skip is reported with it.
func readConfig(p string) (skipConfig, error) {
	b, err := os.ReadFile(p)
	if err != nil {
		return nil, fmt.Errorf("test262 config: %w", err)
	}
	return parseConfig(p, string(b))
}

func parseConfig(name, text string) (skipConfig, error) {
	cfg := skipConfig{}
	for i, line := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		feature, reason, _ := strings.Cut(line, "#")
		feature, reason = strings.TrimSpace(feature), strings.TrimSpace(reason)
		switch {
		case strings.ContainsAny(feature, " \t"):
			return nil, fmt.Errorf("%s:%d: want one feature per line, got %q", name, i+1, feature)
		case reason == "":
			return nil, fmt.Errorf("%s:%d: feature %s has no reason (write \"%s  # reason\")", name, i+1, feature, feature)
		case cfg[feature] != "":
			return nil, fmt.Errorf("%s:%d: feature %s listed twice", name, i+1, feature)
		}
		cfg[feature] = reason
	}
	return cfg, nil
}

// skipReason says why a test is not run, or "" when it runs.
func (cfg skipConfig) skipReason(m *meta, text string) string {
	var skipped []string
	for _, f := range m.Features {
		if cfg[f] != "" {
			skipped = append(skipped, f)
		}
	}
	if len(skipped) > 0 {
		sort.Strings(skipped)
		return "feature " + skipped[0] + ": " + cfg[skipped[0]]
	}
	if m.hasFlag("CanBlockIsFalse") {
		return "CanBlockIsFalse: the main agent can block in Atomics.wait, as node's main thread can"
	}
	return ""
}
