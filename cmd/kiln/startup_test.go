package main

import (
	"math"
	"runtime"
	"runtime/debug"
	"testing"
	"time"
)

// quietStartup turns Go's collector off until its first collection, which
// must put GOGC=100 and no memory limit back.
func TestQuietStartupEndsAtFirstCollection(t *testing.T) {
	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(math.MaxInt64))
	quietStartup()
	if got := debug.SetGCPercent(-1); got != -1 {
		t.Fatalf("GOGC during start-up = %d, want off", got)
	}
	runtime.GC()
	// The cleanup runs on its own goroutine after the cycle.
	for i := 0; i < 200; i++ {
		if debug.SetMemoryLimit(-1) == math.MaxInt64 {
			if got := debug.SetGCPercent(-1); got != 100 {
				t.Fatalf("GOGC after the first collection = %d, want 100", got)
			}
			debug.SetGCPercent(100)
			return
		}
		runtime.GC()
		time.Sleep(5 * time.Millisecond)
	}
	t.Fatal("the first collection did not end the start-up window")
}
