package main

import (
	"os"
	"testing"

	"github.com/kilnjs/kiln/internal/jstest"
)

// TestFixtures runs the foundation corpus in testdata/js and compares each
// program's stdout and exit code with node's, checked in beside it.
// Regenerate: go test ./cmd/kiln -run TestFixtures -update
func TestFixtures(t *testing.T) {
	jstest.Check(t, "../../testdata/js", os.Getenv("KILN_GC_STRESS") == "1")
}
