package main

import (
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"testing"
)

// maxKilnInitAllocs bounds the heap allocations of all of Kiln's package
// initialisation together, which every process pays before main: tables
// are laid out by the linker or built on first use (internal/lazy), and
// what remains is the registries that init functions fill (vm's builtin
// families, stdlib's lib modules and lazy globals), 32 allocations when
// this was written. A map literal of a few dozen entries at package level
// costs more than the whole margin.
const maxKilnInitAllocs = 48

// TestPackageInitAllocatesLittle runs a built kiln with GODEBUG=inittrace=1,
// which reports each package's initialisation (testing.AllocsPerRun cannot
// see it, as it is over before any test starts), and sums the allocations
// of Kiln's packages.
func TestPackageInitAllocatesLittle(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the kiln binary")
	}
	cmd := exec.Command(linkedKiln(t, ""), "-e", "0")
	cmd.Env = append(os.Environ(), "GODEBUG=inittrace=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("kiln -e 0: %v\n%s", err, out)
	}
	line := regexp.MustCompile(`(?m)^init (github\.com/kilnjs/kiln/\S*) @.* (\d+) allocs$`)
	total := 0
	for _, m := range line.FindAllStringSubmatch(string(out), -1) {
		n, _ := strconv.Atoi(m[2])
		t.Logf("%s: %d allocs", m[1], n)
		total += n
	}
	if !regexp.MustCompile(`(?m)^init runtime @`).Match(out) {
		t.Fatalf("no inittrace output from kiln:\n%s", out)
	}
	if total > maxKilnInitAllocs {
		t.Errorf("Kiln's package initialisation makes %d allocations, more than %d: a package-level map literal or call?", total, maxKilnInitAllocs)
	}
}
