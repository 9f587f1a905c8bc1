// Command genlib writes stdlib/lib.bundle: every lib file of the stdlib
// package compiled into a snapshot (see stdlib/libbundle.go). It runs from
// `go generate ./stdlib`.
package main

import (
	"fmt"
	"os"

	"github.com/kilnjs/kiln/stdlib"
)

func main() {
	b, err := stdlib.BuildLibBundle()
	if err != nil {
		fmt.Fprintln(os.Stderr, "genlib:", err)
		os.Exit(1)
	}
	if err := os.WriteFile("lib.bundle", b, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "genlib:", err)
		os.Exit(1)
	}
}
