package vm

import (
	"fmt"
	"os"
	"time"
)

// KILN_GC_TRACE=1 writes a line to standard error for each collection, as
// GODEBUG=gctrace=1 does for Go's: what is live afterwards, how many cells
// each space has handed out (its high-water mark, which is what the process
// pays for), and the pause. It is read at the first collection, not at
// start-up (nor in a package initialiser, which every run would pay for).
func (rt *Runtime) gcTraceOn() bool {
	if rt.gcTrace == gcTraceUnread {
		rt.gcTrace = gcTraceOff
		if os.Getenv("KILN_GC_TRACE") == "1" {
			rt.gcTrace = gcTraceWanted
		}
	}
	return rt.gcTrace == gcTraceWanted
}

const (
	gcTraceUnread uint8 = iota
	gcTraceOff
	gcTraceWanted
)

func (rt *Runtime) traceCollection(start time.Time) {
	st := rt.heap.Stats
	fmt.Fprintf(os.Stderr, "kiln gc %d: %.1f ms (mark %.1f, sweep %.1f), live %d KB, objects %d of %d cells, strings %d of %d cells, arena %d KB, temp roots %d\n",
		st.Collections, float64(time.Since(start).Microseconds())/1000,
		float64(st.LastMark.Microseconds())/1000, float64(st.LastSweep.Microseconds())/1000, st.LiveBytes>>10,
		rt.objs.Count(), rt.objs.Cells(), rt.strs.Count(), rt.strs.Cells(), rt.arena.Bytes()>>10, len(rt.tempRoots))
}
