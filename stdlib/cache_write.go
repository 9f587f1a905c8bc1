package stdlib

import (
	"sync"

	"github.com/kilnjs/kiln/bytecode"
)

// Writing compile-cache entries.
//
// A cache miss compiles lazily, as a run without the cache does
// (CompileLazily: a function's body on its first call), yet the entry must
// hold every body. So the entry is not written at the miss: the program is
// handed to the cache writer, a goroutine that compiles the bodies the
// program has not needed (Load, under the compiler's mutex, one function at
// a time, so the program waits on it for at most the one body in hand when
// it calls a function of its own not compiled yet), encodes the snapshot
// and writes it through a temporary file and a rename, as before.
//
// The writer starts once the main module has evaluated (the start function
// of Node.run has returned); a module missed after that starts it at once.
// Started at the miss instead, it took the second core, the compiler's
// mutex and the collector's attention from the start-up the program waits
// for: the first output of a cold `tsc --version` came at 0.97 s (median
// of 8, on this loaded 2-core machine) against 0.64 s started after the
// main module, and 1.22 s for the eager miss. Every way a run ends (the
// event loop empties, process.exit, process.reallyExit, an uncaught
// exception) returns through Node.run, which waits for the entries still
// pending: that is the compilation the eager miss did up front, done after
// the program's output, and without the wait a short program (tsc
// --version ends long before the writer would) would never get its entry.
// A process that dies or is killed (a signal, process.abort) writes no
// entry: the rename has not happened, and at worst a temporary file is
// left.

// cacheWriter holds the programs whose entries are still to be written.
type cacheWriter struct {
	mu      sync.Mutex
	pending []cacheEntry
	started bool // entries may be written now
	running bool // the goroutine is writing
	idle    *sync.Cond
}

// cacheEntry is a program to write to the compile cache at path, in dir.
type cacheEntry struct {
	p         *bytecode.Program
	dir, path string
}

// cacheLater queues p's entry for the writer.
func (n *Node) cacheLater(p *bytecode.Program, dir, path string) {
	w := &n.cacheWrites
	w.mu.Lock()
	defer w.mu.Unlock()
	w.pending = append(w.pending, cacheEntry{p, dir, path})
	w.kick()
}

// startCacheWrites lets the writer write the entries queued and those to
// come.
func (n *Node) startCacheWrites() { n.cacheWrites.start(false) }

// finishCacheWrites writes every entry still queued and returns when the
// writer is done.
func (n *Node) finishCacheWrites() { n.cacheWrites.start(true) }

// start lets the writer write, and waits until it is done when wait is set.
func (w *cacheWriter) start(wait bool) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.started = true
	w.kick()
	for wait && w.running {
		w.idle.Wait()
	}
}

// kick starts the goroutine when there is work it may do. w.mu is held.
func (w *cacheWriter) kick() {
	if !w.started || w.running || len(w.pending) == 0 {
		return
	}
	if w.idle == nil {
		w.idle = sync.NewCond(&w.mu)
	}
	w.running = true
	go w.write()
}

// write writes the queued entries until none is left.
func (w *cacheWriter) write() {
	for {
		w.mu.Lock()
		if len(w.pending) == 0 {
			w.running = false
			w.idle.Broadcast()
			w.mu.Unlock()
			return
		}
		e := w.pending[0]
		w.pending = w.pending[1:]
		w.mu.Unlock()
		writeEntry(e)
	}
}

// writeEntry encodes e's program, every body compiled (EncodeSnapshot
// loads each), and writes it. A program one of whose bodies does not
// compile (a limit, which its call throws as a SyntaxError) gets no entry.
func writeEntry(e cacheEntry) {
	defer func() {
		// A failure here must not end the program: the entry is only
		// worth one compile. Any error, a panic included, drops it.
		recover()
	}()
	data, err := bytecode.EncodeSnapshot(e.p, bytecode.SnapshotOptions{})
	if err != nil {
		return
	}
	writeAtomic(e.dir, e.path, data)
}
