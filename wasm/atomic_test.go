package wasm

import (
	"sync"
	"testing"
)

// sharedModule assembles a module importing env.mem, a shared memory of
// one to two pages, with functions bump(n) (n times: the i32 at 0, the
// byte at 5 and the 16-bit word at 6 each plus one, atomically), wait()
// (memory.atomic.wait32 on the i32 at 16 for 0, forever), notify() (wakes
// one waiter there) and grow() (memory.grow by one page).
func sharedModule() []byte {
	bump := []byte{0,
		0x03, 0x40,
		0x41, 0, 0x41, 1, 0xfe, 0x1e, 2, 0, 0x1a,
		0x41, 5, 0x41, 1, 0xfe, 0x20, 0, 0, 0x1a,
		0x41, 6, 0x41, 1, 0xfe, 0x21, 1, 0, 0x1a,
		0x20, 0, 0x41, 1, 0x6b, 0x22, 0, 0x0d, 0,
		0x0b, 0x0b}
	wait := []byte{0, 0x41, 16, 0x41, 0, 0x42, 0x7f, 0xfe, 0x01, 2, 0, 0x0b}
	notify := []byte{0, 0x41, 16, 0x41, 1, 0xfe, 0x00, 2, 0, 0x0b}
	grow := []byte{0, 0x41, 1, 0x40, 0, 0x0b}
	b := []byte{0, 'a', 's', 'm', 1, 0, 0, 0,
		1, 9, 2, 0x60, 1, 0x7f, 0, 0x60, 0, 1, 0x7f,
		2, 13, 1, 3, 'e', 'n', 'v', 3, 'm', 'e', 'm', 2, 3, 1, 2,
		3, 5, 4, 0, 1, 1, 1,
		7, 31, 4, 4, 'b', 'u', 'm', 'p', 0, 0, 4, 'w', 'a', 'i', 't', 0, 1, 6, 'n', 'o', 't', 'i', 'f', 'y', 0, 2, 4, 'g', 'r', 'o', 'w', 0, 3}
	code := []byte{4}
	for _, body := range [][]byte{bump, wait, notify, grow} {
		code = append(code, byte(len(body)))
		code = append(code, body...)
	}
	b = append(b, 10, byte(len(code)))
	return append(b, code...)
}

// instantiateShared instantiates sharedModule over mem in a store of its
// own, as each thread has.
func instantiateShared(t *testing.T, m *Module, mem *Memory) (*Store, *Instance) {
	t.Helper()
	s := &Store{}
	in, err := s.Instantiate(m, []Extern{mem})
	if err != nil {
		t.Fatalf("instantiate: %v", err)
	}
	return s, in
}

func TestAtomicsFromManyGoroutinesLoseNoUpdate(t *testing.T) {
	m, err := Compile(sharedModule())
	if err != nil {
		t.Fatalf("compile: %v", err)
	}
	mem := NewMemory(Limits{Min: 1, Max: 2, HasMax: true, Shared: true})
	const threads, n = 4, 3000
	var wg sync.WaitGroup
	for range threads {
		wg.Add(1)
		s, in := instantiateShared(t, m, mem.Share())
		go func() {
			defer wg.Done()
			if _, err := s.Call(in.Export("bump").(*Function), []uint64{n}); err != nil {
				t.Errorf("bump: %v", err)
			}
		}()
	}
	wg.Wait()
	d := mem.Bytes()
	got := [3]int{int(d[0]) | int(d[1])<<8 | int(d[2])<<16, int(d[5]), int(d[6]) | int(d[7])<<8}
	want := [3]int{threads * n, threads * n % 256, threads * n}
	if got != want || d[4] != 0 {
		t.Errorf("counters %v, want %v (byte 4 %d)", got, want, d[4])
	}
}

func TestWaitIsWokenByNotifyFromAnotherStore(t *testing.T) {
	m, err := Compile(sharedModule())
	if err != nil {
		t.Fatalf("compile: %v", err)
	}
	mem := NewMemory(Limits{Min: 1, Max: 2, HasMax: true, Shared: true})
	ws, win := instantiateShared(t, m, mem.Share())
	ns, nin := instantiateShared(t, m, mem.Share())
	result := make(chan []uint64)
	go func() {
		r, err := ws.Call(win.Export("wait").(*Function), nil)
		if err != nil {
			t.Errorf("wait: %v", err)
		}
		result <- r
	}()
	for {
		r, err := ns.Call(nin.Export("notify").(*Function), nil)
		if err != nil {
			t.Fatalf("notify: %v", err)
		}
		if r[0] == 1 {
			break
		}
	}
	if r := <-result; r[0] != uint64(WaitOK) {
		t.Errorf("wait returned %d, want 0 (woken)", r[0])
	}
}

func TestSharedGrowthIsSeenByEveryView(t *testing.T) {
	m, err := Compile(sharedModule())
	if err != nil {
		t.Fatalf("compile: %v", err)
	}
	mem := NewMemory(Limits{Min: 1, Max: 2, HasMax: true, Shared: true})
	other := mem.Share()
	s, in := instantiateShared(t, m, mem)
	before := &other.Bytes()[0]
	r, err := s.Call(in.Export("grow").(*Function), nil)
	if err != nil || r[0] != 1 {
		t.Fatalf("grow = %v, %v; want 1", r, err)
	}
	if other.Pages() != 2 || &other.Bytes()[0] != before {
		t.Errorf("the other view has %d pages (want 2), moved %v", other.Pages(), &other.Bytes()[0] != before)
	}
	if r, _ := s.Call(in.Export("grow").(*Function), nil); int32(r[0]) != -1 {
		t.Errorf("growth past the maximum gave %d, want -1", int32(r[0]))
	}
}
