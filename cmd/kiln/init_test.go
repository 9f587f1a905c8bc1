package main

import (
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"testing"
)

// TestNoKilnPackageInitialises runs a built kiln with GODEBUG=inittrace=1,
// which lists every package that has initialisation code to run
// (testing.AllocsPerRun cannot see it, as it is over before any test
// starts), and fails if one of Kiln's packages is among them. Every
// process runs all of them before main, and even one that allocates
// nothing touches a text page and its init task: tables are laid out by
// the linker (composite literals of constants and top-level functions),
// looked up by a switch, or built on first use (internal/lazy). A
// package-level map literal, a function call at package level (time.Now,
// sync.OnceValue, regexp.MustCompile) or a func init() brings a package
// back into the list.
func TestNoKilnPackageInitialises(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the kiln binary")
	}
	cmd := exec.Command(linkedKiln(t, ""), "-e", "0")
	cmd.Env = append(os.Environ(), "GODEBUG=inittrace=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("kiln -e 0: %v\n%s", err, out)
	}
	if !regexp.MustCompile(`(?m)^init runtime @`).Match(out) {
		t.Fatalf("no inittrace output from kiln:\n%s", out)
	}
	line := regexp.MustCompile(`(?m)^init (github\.com/kilnjs/kiln/\S*) @.* (\d+) bytes, (\d+) allocs$`)
	for _, m := range line.FindAllStringSubmatch(string(out), -1) {
		t.Errorf("package %s runs initialisation code before main (%s bytes in %s allocations): a package-level map literal, call or init function?", m[1], m[2], m[3])
	}
	// cmd/kiln itself (package main) may keep variables the linker
	// initialises, but nothing that allocates: its table of refused node
	// options was a map built at every start.
	if m := regexp.MustCompile(`(?m)^init main @.* (\d+) bytes, (\d+) allocs$`).FindStringSubmatch(string(out)); m != nil && m[2] != "0" {
		t.Errorf("package main allocates %s bytes in %s allocations before main: a package-level map literal or call?", m[1], m[2])
	}
	// esbuild's tables are built on first use in Kiln's copy
	// (third_party/esbuild/README.kiln.md). What is left is a channel and
	// the like; a table that third_party/lazyinit does not know how to move
	// (a new esbuild's slice of structs built by a call, say) shows up here.
	esbuild := regexp.MustCompile(`(?m)^init (github\.com/evanw/esbuild/\S*) @.* (\d+) bytes, (\d+) allocs$`)
	for _, m := range esbuild.FindAllStringSubmatch(string(out), -1) {
		if n, _ := strconv.Atoi(m[2]); n > 1024 {
			t.Errorf("esbuild's package %s allocates %s bytes in %s allocations at initialisation: extend third_party/lazyinit", m[1], m[2], m[3])
		}
	}
	// net/http and the twenty packages behind it would initialise in every
	// process. Kiln's http module does not use it, and esbuild's one call
	// (MIME sniffing) goes to third_party/sniff.
	if regexp.MustCompile(`(?m)^init net/http @`).Match(out) {
		t.Error("kiln links net/http, which initialises in every process: who imports it? (go list -deps ./cmd/kiln)")
	}
}
