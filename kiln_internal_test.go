package kiln

import (
	"fmt"
	"runtime"
	"testing"
	"time"
)

// TestDroppedValuesReleasePins checks that the pins of Values Go found
// unreachable come back to the runtime and are released at its next entry.
func TestDroppedValuesReleasePins(t *testing.T) {
	r, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	for i := range 100 {
		if _, err := r.Run("v.js", fmt.Sprintf("({i: %d})", i)); err != nil {
			t.Fatal(err)
		}
	}
	deadline := time.Now().Add(5 * time.Second)
	for {
		runtime.GC()
		r.mu.Lock()
		n := len(r.dead)
		r.mu.Unlock()
		if n == 100 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d of 100 dropped values handed their pins back", n)
		}
		time.Sleep(10 * time.Millisecond)
	}
	// The next entry releases them; the pins are reused after.
	v, err := r.Run("v.js", "'next'")
	if err != nil || v.String() != "next" {
		t.Fatal(v, err)
	}
	if len(r.dead) != 0 {
		t.Errorf("%d pins not released", len(r.dead))
	}
	if p := v.pin.pin; p >= 100 {
		t.Errorf("a new pin (%d) after 100 were released: not reused", p)
	}
}
