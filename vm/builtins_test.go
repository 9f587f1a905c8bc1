package vm_test

import (
	"testing"

	"github.com/kilnjs/kiln/internal/jstest"
)

// TestBuiltins runs the built-in families' fixture programs under
// testdata/builtins and compares them with node's output, checked in
// beside each program. Regenerate: go test ./vm -run TestBuiltins -update
func TestBuiltins(t *testing.T) {
	jstest.Check(t, "testdata/builtins", false)
}
