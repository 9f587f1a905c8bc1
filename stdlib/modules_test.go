package stdlib_test

import (
	"os"
	"testing"

	"github.com/kilnjs/kiln/internal/jstest"
)

// TestModuleFixtures runs the module-system corpus in testdata/modules
// (CommonJS, ES modules, interop, package.json exports and imports, cycles,
// top-level await) and compares each program's stdout and exit code with
// node's. Regenerate: go test ./stdlib -run TestModuleFixtures -update
func TestModuleFixtures(t *testing.T) {
	jstest.Check(t, "../testdata/modules", os.Getenv("KILN_GC_STRESS") == "1")
}
