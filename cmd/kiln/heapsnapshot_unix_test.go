//go:build unix

package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestHeapSnapshotSignal is --heapsnapshot-signal: each signal writes a
// snapshot under node's name in the working directory, and the watcher
// does not keep the process alive; an unknown signal is node's
// ERR_UNKNOWN_SIGNAL.
func TestHeapSnapshotSignal(t *testing.T) {
	dir := t.TempDir()
	program := `const fs = require('fs');
const count = () => fs.readdirSync('.').filter((f) => f.endsWith('.heapsnapshot')).length;
function waitFor(n, then) {
  const start = Date.now();
  const poll = () => count() >= n || Date.now() - start > 20000 ? then() : setTimeout(poll, 10);
  poll();
}
process.kill(process.pid, 'SIGUSR2');
waitFor(1, () => { process.kill(process.pid, 'SIGUSR2'); waitFor(2, () => console.log(count())); });`
	cmd := exec.Command(linkedKiln(t, ""), "--heapsnapshot-signal=SIGUSR2", "-e", program)
	cmd.Dir = dir
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil || out.String() != "2\n" {
		t.Fatalf("got %v, stdout %q, stderr %q; want 2 snapshots", err, out.String(), errb.String())
	}
	names, _ := filepath.Glob(filepath.Join(dir, "Heap.*.*.*.0.00[12].heapsnapshot"))
	if len(names) != 2 {
		t.Fatalf("node's names: found %q", names)
	}
	data, err := os.ReadFile(names[0])
	if err != nil {
		t.Fatal(err)
	}
	var snap struct {
		Snapshot struct {
			NodeCount int `json:"node_count"`
		} `json:"snapshot"`
		Nodes []int `json:"nodes"`
	}
	if err := json.Unmarshal(data, &snap); err != nil || snap.Snapshot.NodeCount == 0 || len(snap.Nodes) != 7*snap.Snapshot.NodeCount {
		t.Errorf("not a heap snapshot: %v, %d nodes", err, snap.Snapshot.NodeCount)
	}

	_, errs, code := runCLI(t, "--heapsnapshot-signal=FOO", "-e", "1")
	if code != 1 || !bytes.Contains([]byte(errs), []byte("ERR_UNKNOWN_SIGNAL")) {
		t.Errorf("unknown signal: code %d, stderr %q", code, errs)
	}
}

// TestHeapSnapshotNearHeapLimit is --heapsnapshot-near-heap-limit=N with
// --max-old-space-size: a program that outgrows the limit leaves at most N
// snapshots, announced as node announces them, before node's fatal error.
func TestHeapSnapshotNearHeapLimit(t *testing.T) {
	if os.Getenv("KILN_GC_STRESS") == "1" {
		t.Skip("the program grows its heap to the limit: collecting at every safepoint makes that quadratic (minutes)")
	}
	dir := t.TempDir()
	cmd := exec.Command(linkedKiln(t, ""), "--max-old-space-size=16", "--heapsnapshot-near-heap-limit=1", "-e",
		"const a = []; for (;;) a.push({ x: 'y'.repeat(10) + a.length })")
	cmd.Dir = dir
	var errb bytes.Buffer
	cmd.Stderr = &errb
	err := cmd.Run()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 134 {
		t.Fatalf("got %v, want exit 134; stderr %q", err, errb.String())
	}
	names, _ := filepath.Glob(filepath.Join(dir, "Heap.*.heapsnapshot"))
	if len(names) != 1 || !bytes.Contains(errb.Bytes(), []byte("Wrote snapshot to "+names[0])) {
		t.Fatalf("snapshots %q, stderr %q", names, errb.String())
	}
	var snap struct {
		Snapshot struct {
			NodeCount int `json:"node_count"`
		} `json:"snapshot"`
	}
	data, err := os.ReadFile(names[0])
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &snap); err != nil || snap.Snapshot.NodeCount < 100000 {
		t.Errorf("the snapshot does not hold the grown heap: %v, %d nodes", err, snap.Snapshot.NodeCount)
	}
}
