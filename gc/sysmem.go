package gc

import (
	"math"
	"reflect"
	"runtime"
	"runtime/debug"
	"sync"
	"unsafe"
)

// sysMem hands out memory for data that holds no Go pointers (cell chunks
// of pointer-free cells, arena blocks) taken from the operating system
// rather than the Go heap, where it can be (see sysmem_unix.go).
//
// On the Go heap, everything Kiln keeps, its own garbage included, counts
// towards the live size from which Go sets its next collection's goal
// (GOGC=100: twice the live heap), so a process held about twice Kiln's
// heap: parsing a 1.9 MB YAML document peaked at 844 MB of RSS, of which
// Go's own view was some 400 MB live. Memory Go does not manage is not
// doubled, and Go does not scan it: Kiln's collector alone decides what in
// it is garbage.
//
// Memory comes in regions of at least sysRegion bytes, mapped on first use
// and carved in order; a mapping costs address space and only the pages
// written are resident. Nothing is handed back piecemeal: Kiln reuses
// freed cells and arena storage itself, and the regions go back to the
// system when their owner (a Space or an Arena) is collected.
type sysMem struct {
	cur  []byte      // what is left of the newest region
	regs *sysRegions // every region, for the cleanup
}

// sysRegions is kept apart from sysMem so that the cleanup that unmaps
// the regions does not keep their owner reachable.
// heap holds regions that came from the Go heap instead.
type sysRegions struct{ maps, heap [][]byte }

const sysRegion = 4 << 20

// alloc returns n bytes (a multiple of 8, at most sysRegion or a region
// of its own) of zeroed memory, 8-byte
// aligned, that lives as long as m.
func (m *sysMem) alloc(n int) unsafe.Pointer {
	if len(m.cur) < n {
		if m.regs == nil {
			m.regs = &sysRegions{}
			runtime.AddCleanup(m, func(r *sysRegions) {
				n := 0
				for _, b := range r.maps {
					n += len(b)
					sysUnmap(b)
				}
				moveGoLimit(int64(n))
			}, m.regs)
		}
		size := max(n, sysRegion)
		b := sysMap(size)
		if b == nil {
			// Where the system gives none (or Kiln does not map memory
			// itself), the Go heap does; the region list keeps it alive.
			b = unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(make([]uint64, size/8)))), size)
			m.regs.heap = append(m.regs.heap, b)
		} else {
			m.regs.maps = append(m.regs.maps, b)
			moveGoLimit(-int64(size))
		}
		m.cur = b
	}
	p := unsafe.Pointer(unsafe.SliceData(m.cur))
	m.cur = m.cur[n:]
	return p
}

// Go's memory limit (GOMEMLIMIT, debug.SetMemoryLimit, and kiln's
// start-up window, which holds Go's collector off until the process has
// taken 32 MB) counts only the memory Go manages. Before cells and arena
// blocks moved out of the Go heap they counted towards it; now every region
// sysMem maps lowers the limit by its size, and unmapping raises it again,
// so that the limit still bounds the process's memory as a whole. Without
// it the start-up window held Go's collector off until the Go heap alone
// held 32 MB, most of it garbage, however much Kiln had mapped besides:
// async.js's peak RSS rose from 40 to 45 MB. No limit (math.MaxInt64, Go's
// default) is left alone.
var (
	goLimitMu sync.Mutex
	// goLimitShort is what the limit was not lowered by because it was
	// at zero: regions unmapped later pay it back before raising the
	// limit, so that mapping and unmapping the same regions gives the
	// limit back as it was.
	goLimitShort int64
)

// moveGoLimit adds delta bytes to Go's memory limit, if one is set; a
// limit is never taken below zero, where Go reads it as "keep collecting".
func moveGoLimit(delta int64) {
	goLimitMu.Lock()
	defer goLimitMu.Unlock()
	l := debug.SetMemoryLimit(-1)
	if l == math.MaxInt64 {
		goLimitShort = 0
		return
	}
	if delta > 0 {
		paid := min(delta, goLimitShort)
		goLimitShort -= paid
		delta -= paid
	}
	if l+delta < 0 {
		goLimitShort += -(l + delta)
		delta = -l
	}
	debug.SetMemoryLimit(l + delta)
}

// hasPointers reports whether values of type t hold Go pointers, which
// memory outside the Go heap must not (the Go collector would not see
// them).
func hasPointers(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64, reflect.Complex64, reflect.Complex128:
		return false
	case reflect.Array:
		return t.Len() > 0 && hasPointers(t.Elem())
	case reflect.Struct:
		for i := range t.NumField() {
			if hasPointers(t.Field(i).Type) {
				return true
			}
		}
		return false
	}
	return true
}
