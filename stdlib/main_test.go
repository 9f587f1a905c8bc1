package stdlib_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kilnjs/kiln/stdlib"
)

// TestMain lets the test binary stand in for kiln. Fixtures fork
// process.execPath, which under go test is this binary: started with a
// script rather than test flags, it runs the script as `kiln script args`
// would.
func TestMain(m *testing.M) {
	if len(os.Args) > 1 && !strings.HasPrefix(os.Args[1], "-") {
		os.Exit(runAsKiln(os.Args[1], os.Args[2:]))
	}
	os.Exit(m.Run())
}

func runAsKiln(script string, args []string) int {
	abs, err := filepath.Abs(script)
	if err != nil {
		return 1
	}
	stdout, stderr := kilnStdio()
	n, err := stdlib.New(stdlib.Options{Argv: append([]string{abs}, args...), Stdout: stdout, Stderr: stderr,
		GCStress: os.Getenv("KILN_GC_STRESS") == "1"})
	if err != nil {
		return 1
	}
	defer stdlib.ResetStdio()
	defer n.Close()
	return n.RunMain(abs)
}
