package wasm

import (
	"sync"
	"sync/atomic"
	"time"
	"unsafe"
)

// Shared memories (the threads proposal). A shared memory's bytes are one
// allocation, made at its maximum size (at most maxAllocPages), that never
// moves: every embedder thread has its own Memory over them (Share), and
// growth only lengthens the views. The size in use is an atomic, which a
// view reads again at memory.size and memory.grow and whenever the
// interpreter reloads its memory (after calls, returns and the
// instructions in slow, every atomic one among them). So a thread that
// learns of an address another thread grew the memory to reach, through
// an atomic access or a message, sees a memory long enough for it; V8
// gives the same guarantee and no more.
//
// Reserving the maximum costs address space, not memory: the allocation
// comes fresh from the operating system, whose untouched pages take no
// room, and Go does not clear memory it knows to be zero.
type sharedMemory struct {
	bytes []byte        // the whole allocation, 8-aligned
	size  atomic.Uint64 // the bytes in use
	grow  sync.Mutex
	fence atomic.Uint32 // what atomic.fence synchronises on
}

func newSharedMemory(l Limits) *Memory {
	max := min(l.Max, maxAllocPages)
	words := make([]uint64, int(max)*pageSize/8)
	sh := &sharedMemory{bytes: unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(words))), len(words)*8)}
	sh.size.Store(uint64(l.Min) * pageSize)
	return &Memory{Data: sh.view(), Limits: l, shared: sh}
}

func (sh *sharedMemory) view() []byte { return sh.bytes[:sh.size.Load()] }

// Share returns another Memory over a shared memory's bytes, for another
// thread (each thread's Memory holds its own view and OnGrow); it returns
// m itself for a memory that is not shared.
func (m *Memory) Share() *Memory {
	if m.shared == nil {
		return m
	}
	return &Memory{Data: m.shared.view(), Limits: m.Limits, shared: m.shared}
}

// Bytes returns the memory's bytes, as long as the memory is now: for a
// shared memory another thread may have grown it since Data was set.
func (m *Memory) Bytes() []byte {
	if m.shared != nil {
		m.Data = m.shared.view()
	}
	return m.Data
}

// growShared is Grow for a shared memory.
func (m *Memory) growShared(delta uint32) int64 {
	sh := m.shared
	sh.grow.Lock()
	old := sh.size.Load() / pageSize
	if old+uint64(delta) > uint64(len(sh.bytes)/pageSize) {
		sh.grow.Unlock()
		return -1
	}
	sh.size.Store((old + uint64(delta)) * pageSize)
	sh.grow.Unlock()
	m.Data = sh.view()
	if m.OnGrow != nil {
		m.OnGrow()
	}
	return int64(old)
}

// WaitResult is what memory.atomic.wait returns.
type WaitResult uint32

const (
	WaitOK       WaitResult = 0 // woken by a notify
	WaitNotEqual WaitResult = 1 // the value was not the expected one
	WaitTimedOut WaitResult = 2
)

// Waiter parks and wakes threads on shared memory locations, for
// memory.atomic.wait and notify. An embedder whose own language can wait
// on the same memory (JavaScript's Atomics.wait) supplies one, so that
// both meet in one list of waiters; without one a Store uses a
// process-wide list of its own.
type Waiter interface {
	// Wait blocks the calling thread on the location at loc until a
	// Notify of it wakes it or timeout nanoseconds pass (a negative one
	// never does). It first calls check, atomically with respect to
	// Notify, and returns WaitNotEqual without waiting when check
	// reports false.
	Wait(loc unsafe.Pointer, check func() bool, timeout int64) WaitResult
	// Notify wakes up to count of the threads waiting on loc, first come
	// first woken, and returns how many it woke.
	Notify(loc unsafe.Pointer, count uint32) uint32
}

// localWaiters is the Waiter of stores whose embedder gives none.
type localWaiters struct{}

var waitLists struct {
	sync.Mutex
	lists map[unsafe.Pointer][]chan struct{}
}

func (localWaiters) Wait(loc unsafe.Pointer, check func() bool, timeout int64) WaitResult {
	waitLists.Lock()
	if !check() {
		waitLists.Unlock()
		return WaitNotEqual
	}
	if waitLists.lists == nil {
		waitLists.lists = map[unsafe.Pointer][]chan struct{}{}
	}
	wake := make(chan struct{}, 1)
	waitLists.lists[loc] = append(waitLists.lists[loc], wake)
	waitLists.Unlock()
	if timeout < 0 {
		<-wake
		return WaitOK
	}
	t := time.NewTimer(time.Duration(timeout))
	defer t.Stop()
	select {
	case <-wake:
		return WaitOK
	case <-t.C:
	}
	waitLists.Lock()
	defer waitLists.Unlock()
	list := waitLists.lists[loc]
	for i, w := range list {
		if w == wake {
			waitLists.lists[loc] = append(list[:i:i], list[i+1:]...)
			return WaitTimedOut
		}
	}
	// A notify took it off the list as the timer fired.
	return WaitOK
}

func (localWaiters) Notify(loc unsafe.Pointer, count uint32) uint32 {
	waitLists.Lock()
	defer waitLists.Unlock()
	list := waitLists.lists[loc]
	n := min(uint32(len(list)), count)
	for _, w := range list[:n] {
		w <- struct{}{}
	}
	if int(n) == len(list) {
		delete(waitLists.lists, loc)
	} else {
		waitLists.lists[loc] = list[n:]
	}
	return n
}
