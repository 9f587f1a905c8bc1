package stdlib

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/kilnjs/kiln/vm"
)

// Heap snapshots (vm/heapsnapshot.go) as node hands them out:
// v8.writeHeapSnapshot, v8.getHeapSnapshot, --heapsnapshot-signal and the
// inspector's HeapProfiler.takeHeapSnapshot.

// diagnosticName is node's DiagnosticFilename for this runtime's thread,
// SEQ counting every such file it writes.
func (n *Node) diagnosticName(prefix, ext string) string {
	n.diagSeq++
	thread := int64(0)
	if n.opts.worker != nil {
		thread = n.opts.worker.threadID
	}
	return DiagnosticFilename(prefix, ext, thread, n.diagSeq)
}

// DiagnosticFilename is the name node gives the files it writes of a
// process (heap snapshots, --cpu-prof and --heap-prof profiles):
// prefix.YYYYMMDD.HHMMSS.PID.TID.SEQ.ext.
func DiagnosticFilename(prefix, ext string, thread int64, seq int) string {
	return fmt.Sprintf("%s.%s.%d.%d.%03d.%s", prefix, time.Now().Format("20060102.150405"), os.Getpid(), thread,
		seq, ext)
}

// writeHeapSnapshot writes a snapshot to path (node's default name in the
// working directory when empty) and returns the name it wrote.
func (n *Node) writeHeapSnapshot(path string) (string, error) {
	if path == "" {
		path = n.diagnosticName("Heap", "heapsnapshot")
	}
	f, err := os.Create(path)
	if err != nil {
		return path, err
	}
	err = n.VM.WriteHeapSnapshot(f, vm.HeapSnapshotOptions{})
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return path, err
}

// heapSnapshotBytes is a snapshot's JSON in memory.
func (n *Node) heapSnapshotBytes(opts vm.HeapSnapshotOptions) []byte {
	var b bytes.Buffer
	n.VM.WriteHeapSnapshot(&b, opts)
	return b.Bytes()
}

// watchHeapSnapshotSignal is --heapsnapshot-signal: a snapshot in the
// working directory each time the signal comes. The watcher runs on the
// loop between callbacks, where no built-in holds unrooted values, and
// does not keep the process alive.
func (n *Node) watchHeapSnapshotSignal(name string) {
	sig, ok := signalNumbers.get(name)
	if !ok {
		n.VM.Throw(n.newNodeError(vm.ErrType, "ERR_UNKNOWN_SIGNAL", "Unknown signal: "+name))
	}
	s, err := n.Loop.Signal(sig, func(os.Signal) {
		if _, err := n.writeHeapSnapshot(""); err != nil {
			fmt.Fprintf(n.opts.Stderr, "kiln: --heapsnapshot-signal: %v\n", err)
		}
	})
	if err != nil {
		n.VM.Throw(n.uvException(err, "uv_signal_start", ""))
	}
	s.Unref()
}

// snapshotNearHeapLimit is --heapsnapshot-near-heap-limit=N: up to N
// snapshots as the live heap nears the heap limit (--max-old-space-size;
// none without one), each announced on stderr as node does. A value that
// is not a positive integer writes none, as in node.
// v8.setHeapSnapshotNearHeapLimit asks for the same, and is a no-op once
// the option or an earlier call has.
func (n *Node) snapshotNearHeapLimit(v string) {
	if n.nearLimitSet {
		return
	}
	n.nearLimitSet = true
	max, err := strconv.Atoi(v)
	if err != nil || max <= 0 {
		return
	}
	written := 0
	n.VM.OnNearHeapLimit(func() {
		name, err := n.writeHeapSnapshot("")
		if abs, aerr := filepath.Abs(name); aerr == nil {
			name = abs
		}
		if err != nil {
			fmt.Fprintf(n.opts.Stderr, "kiln: --heapsnapshot-near-heap-limit: %v\n", err)
		} else {
			fmt.Fprintf(n.opts.Stderr, "Wrote snapshot to %s\n", name)
		}
		if written++; written == max {
			n.VM.OnNearHeapLimit(nil)
		}
	})
}

func fillHeapSnapshot(n *Node, b vm.Value) {
	rt := n.VM
	rt.DefineMethod(b, "writeHeapSnapshot", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		path := ""
		if len(args) > 0 && args[0].IsString() {
			path = rt.GoString(args[0])
		}
		name, err := n.writeHeapSnapshot(path)
		if err != nil {
			rt.Throw(n.uvException(err, "open", filepath.Clean(name)))
		}
		return rt.NewString(name)
	})
	rt.DefineMethod(b, "heapSnapshotString", 0, func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
		// The inspector's snapshots name the global object after its
		// context, whose name node leaves empty.
		return rt.NewString(string(n.heapSnapshotBytes(vm.HeapSnapshotOptions{GlobalName: "global / "})))
	})
	rt.DefineMethod(b, "collectGarbage", 0, func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
		rt.CollectGarbage()
		return vm.Undefined
	})
	rt.DefineMethod(b, "heapSnapshot", 0, func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
		return rt.NewUint8Array(n.heapSnapshotBytes(vm.HeapSnapshotOptions{}))
	})
}
