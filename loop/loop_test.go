package loop

import (
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// newLoop returns a loop closed when the test ends.
func newLoop(t *testing.T) *Loop {
	t.Helper()
	l, err := New()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := l.Close(); err != nil && !errors.Is(err, ErrClosed) {
			t.Errorf("Close: %v", err)
		}
	})
	return l
}

// run runs l to completion, failing the test if it has not finished after
// a generous bound (an unreferenced guard timer stops it).
func run(t *testing.T, l *Loop) {
	t.Helper()
	guard := l.StartTimer(20*time.Second, false, func() {
		t.Error("loop still running after 20s; stopping it")
		l.Stop()
	})
	guard.Unref()
	if err := l.Run(RunDefault); err != nil {
		t.Fatalf("Run: %v", err)
	}
	guard.Close()
}

// recorder collects a log of events in order.
type recorder struct{ log []string }

func (r *recorder) add(s string) func() { return func() { r.log = append(r.log, s) } }

func checkLog(t *testing.T, got, want []string) {
	t.Helper()
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("order (-want +got):\n%s", diff)
	}
}

func TestTimerOrder(t *testing.T) {
	ms := time.Millisecond
	tests := []struct {
		name  string
		setup func(l *Loop, r *recorder)
		want  []string
	}{
		{"timers with the same delay run in creation order", func(l *Loop, r *recorder) {
			l.StartTimer(5*ms, false, r.add("a"))
			l.StartTimer(5*ms, false, r.add("b"))
			l.StartTimer(5*ms, false, r.add("c"))
		}, []string{"a", "b", "c"}},
		{"timers with different delays run by expiry", func(l *Loop, r *recorder) {
			l.StartTimer(30*ms, false, r.add("30"))
			l.StartTimer(10*ms, false, r.add("10"))
			l.StartTimer(20*ms, false, r.add("20"))
			l.StartTimer(0, false, r.add("0"))
		}, []string{"0", "10", "20", "30"}},
		{"a zero delay is one millisecond, so it shares the 1 ms list", func(l *Loop, r *recorder) {
			l.StartTimer(ms, false, r.add("1ms"))
			l.StartTimer(0, false, r.add("0ms"))
		}, []string{"1ms", "0ms"}},
		{"a timer created by a timer runs in a later pass", func(l *Loop, r *recorder) {
			l.StartTimer(ms, false, func() {
				r.add("a")()
				l.StartTimer(ms, false, r.add("c"))
			})
			l.StartTimer(ms, false, r.add("b"))
		}, []string{"a", "b", "c"}},
		{"a timer created by a timer waits until after the check phase", func(l *Loop, r *recorder) {
			l.StartTimer(ms, false, func() {
				r.add("a")()
				l.StartTimer(ms, false, r.add("c"))
				l.SetImmediate(r.add("immediate"))
			})
			l.StartTimer(ms, false, r.add("b"))
		}, []string{"a", "b", "immediate", "c"}},
		{"a list whose head is not due yet waits while other lists run", func(l *Loop, r *recorder) {
			l.StartTimer(10*ms, false, func() {
				r.add("first 10")()
				l.SetImmediate(r.add("immediate"))
			})
			l.StartTimer(5*ms, false, func() { l.StartTimer(10*ms, false, r.add("second 10")) })
		}, []string{"first 10", "immediate", "second 10"}},
		{"refresh moves a timer behind its list", func(l *Loop, r *recorder) {
			x := l.StartTimer(10*ms, false, r.add("x"))
			l.StartTimer(10*ms, false, r.add("y"))
			x.Refresh()
		}, []string{"y", "x"}},
		{"refresh re-arms a fired one-shot timer", func(l *Loop, r *recorder) {
			n := 0
			var tm *Timer
			tm = l.StartTimer(ms, false, func() {
				n++
				r.add("fire")()
				if n < 3 {
					tm.Refresh()
				}
			})
		}, []string{"fire", "fire", "fire"}},
		{"a closed timer does not fire and refresh does not revive it", func(l *Loop, r *recorder) {
			a := l.StartTimer(ms, false, r.add("a"))
			l.StartTimer(2*ms, false, r.add("b"))
			a.Close()
			a.Refresh()
		}, []string{"b"}},
		{"a timer closed by an earlier timer in the same pass does not fire", func(l *Loop, r *recorder) {
			var b *Timer
			l.StartTimer(ms, false, func() { r.add("a")(); b.Close() })
			b = l.StartTimer(ms, false, r.add("b"))
			l.StartTimer(ms, false, r.add("c"))
		}, []string{"a", "c"}},
		{"an interval repeats until closed", func(l *Loop, r *recorder) {
			n := 0
			var iv *Timer
			iv = l.StartTimer(2*ms, true, func() {
				n++
				r.add("tick")()
				if n == 3 {
					iv.Close()
				}
			})
		}, []string{"tick", "tick", "tick"}},
		{"an interval re-inserts after timers its callback made with the same delay", func(l *Loop, r *recorder) {
			var iv *Timer
			iv = l.StartTimer(5*ms, true, func() {
				r.add("iv")()
				l.StartTimer(5*ms, false, func() { r.add("t")(); iv.Close() })
			})
		}, []string{"iv", "t"}},
		{"an unreferenced timer does not keep the loop alive", func(l *Loop, r *recorder) {
			l.StartTimer(time.Hour, false, r.add("never")).Unref()
			l.StartTimer(ms, false, r.add("ref"))
		}, []string{"ref"}},
		{"an unreferenced timer still fires while something else keeps the loop alive", func(l *Loop, r *recorder) {
			l.StartTimer(ms, false, r.add("unref")).Unref()
			l.StartTimer(20*ms, false, r.add("ref"))
		}, []string{"unref", "ref"}},
		{"ref makes an unreferenced timer keep the loop alive again", func(l *Loop, r *recorder) {
			tm := l.StartTimer(2*ms, false, r.add("t"))
			tm.Unref()
			tm.Ref()
		}, []string{"t"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			l := newLoop(t)
			r := &recorder{}
			tc.setup(l, r)
			run(t, l)
			checkLog(t, r.log, tc.want)
		})
	}
}

func TestTimersFireNoEarlierThanTheirExpiry(t *testing.T) {
	l := newLoop(t)
	for _, d := range []time.Duration{0, time.Millisecond, 2 * time.Millisecond, 5 * time.Millisecond, 15 * time.Millisecond} {
		l.UpdateTime()
		startNow, startReal := l.Now(), time.Now()
		want := max(d, time.Millisecond)
		l.StartTimer(d, false, func() {
			if got := l.Now() - startNow; got < want {
				t.Errorf("timer of %v fired after %v of loop time", d, got)
			}
			// The loop clock truncates to milliseconds, so real time may
			// fall short of the delay by less than one millisecond.
			if got := time.Since(startReal); got < want-time.Millisecond {
				t.Errorf("timer of %v fired after %v of real time", d, got)
			}
		})
	}
	run(t, l)
}

func TestPhaseOrder(t *testing.T) {
	ms := time.Millisecond
	tests := []struct {
		name  string
		setup func(l *Loop, r *recorder)
		want  []string
	}{
		{"an immediate queued by an immediate waits for the next iteration", func(l *Loop, r *recorder) {
			p := l.NewPrepare(r.add("prepare"))
			p.Start()
			p.Unref()
			l.SetImmediate(func() { r.add("a")(); l.SetImmediate(r.add("c")) })
			l.SetImmediate(r.add("b"))
		}, []string{"prepare", "a", "b", "prepare", "c"}},
		{"inside a timer an immediate runs before a new 1 ms timer", func(l *Loop, r *recorder) {
			l.StartTimer(ms, false, func() {
				l.StartTimer(0, false, r.add("timeout"))
				l.SetImmediate(r.add("immediate"))
			})
		}, []string{"immediate", "timeout"}},
		{"inside a posted callback an immediate runs before a new timer", func(l *Loop, r *recorder) {
			if err := l.QueueWork(func() {}, func() {
				l.StartTimer(0, false, r.add("timeout"))
				l.SetImmediate(r.add("immediate"))
			}); err != nil {
				panic(err)
			}
		}, []string{"immediate", "timeout"}},
		{"a closed immediate does not run", func(l *Loop, r *recorder) {
			var b *Immediate
			l.SetImmediate(func() { r.add("a")(); b.Close() })
			b = l.SetImmediate(r.add("b"))
			l.SetImmediate(r.add("c"))
		}, []string{"a", "c"}},
		{"an unreferenced immediate does not keep the loop alive", func(l *Loop, r *recorder) {
			l.SetImmediate(r.add("unref")).Unref()
		}, nil},
		{"check hooks run after the immediates and close callbacks after both", func(l *Loop, r *recorder) {
			c := l.NewCheck(nil)
			c.cb = func() { r.add("check")(); c.Close(r.add("close")) }
			c.Start()
			l.SetImmediate(r.add("immediate"))
		}, []string{"immediate", "check", "close"}},
		{"an idle hook keeps polling without blocking until stopped", func(l *Loop, r *recorder) {
			n := 0
			var h *Hook
			h = l.NewIdle(func() {
				n++
				if n == 3 {
					r.add("idle3")()
					h.Stop()
				}
			})
			h.Start()
		}, []string{"idle3"}},
		{"after-callback runs after every callback", func(l *Loop, r *recorder) {
			l.AfterCallback = r.add("after")
			l.StartTimer(ms, false, r.add("timer"))
			l.SetImmediate(r.add("immediate"))
		}, []string{"immediate", "after", "timer", "after"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			l := newLoop(t)
			r := &recorder{}
			tc.setup(l, r)
			run(t, l)
			checkLog(t, r.log, tc.want)
		})
	}
}

func TestPostFromGoroutinesRunsEveryCallbackWithCoalescedWakeups(t *testing.T) {
	l := newLoop(t)
	const goroutines, perGoroutine = 10, 100
	ran := 0 // touched only on the loop goroutine
	var posting sync.WaitGroup
	posting.Add(goroutines)
	// Keep the loop busy inside one callback while all posts arrive, so
	// every post after the first finds a wake-up outstanding.
	l.SetImmediate(func() {
		for range goroutines {
			go func() {
				defer posting.Done()
				for range perGoroutine {
					if err := l.Post(func() { ran++ }); err != nil {
						t.Error(err)
					}
				}
			}()
		}
		posting.Wait()
	})
	before := l.wakeups.Load()
	run(t, l)
	if ran != goroutines*perGoroutine {
		t.Errorf("ran %d callbacks, want %d", ran, goroutines*perGoroutine)
	}
	if got := l.wakeups.Load() - before; got != 1 {
		t.Errorf("%d wake-ups for %d posts, want 1", got, goroutines*perGoroutine)
	}
}

func TestPostWakesABlockedPoll(t *testing.T) {
	l := newLoop(t)
	done := false
	// The loop blocks in poll for up to an hour unless the post wakes it.
	tm := l.StartTimer(time.Hour, false, func() { t.Error("timer fired") })
	go func() {
		if err := l.Post(func() { done = true; tm.Close() }); err != nil {
			t.Error(err)
		}
	}()
	run(t, l)
	if !done {
		t.Error("posted callback did not run")
	}
}

func TestWorkPool(t *testing.T) {
	t.Run("every completion arrives on the loop", func(t *testing.T) {
		l := newLoop(t)
		const n = 200
		results := make([]int, n)
		completed := 0
		for i := range n {
			if err := l.QueueWork(func() { results[i] = i * i }, func() {
				if results[i] != i*i {
					t.Errorf("done %d saw %d", i, results[i])
				}
				completed++
			}); err != nil {
				t.Fatal(err)
			}
		}
		run(t, l)
		if completed != n {
			t.Errorf("%d completions, want %d", completed, n)
		}
	})
	t.Run("a work panic is re-raised on the loop", func(t *testing.T) {
		l := newLoop(t)
		if err := l.QueueWork(func() { panic("boom") }, func() { t.Error("done ran after a panic") }); err != nil {
			t.Fatal(err)
		}
		defer func() {
			wp, ok := recover().(*WorkPanic)
			if !ok || wp.Value != "boom" {
				t.Errorf("recovered %v, want a *WorkPanic with boom", wp)
			}
		}()
		_ = l.Run(RunDefault)
	})
}

func TestParsePoolSize(t *testing.T) {
	tests := []struct {
		env  string
		want int
	}{{"", 4}, {"8", 8}, {"0", 1}, {"-3", 1}, {"junk", 1}, {"1024", 1024}, {"5000", 1024}}
	for _, tc := range tests {
		t.Run("UV_THREADPOOL_SIZE="+tc.env, func(t *testing.T) {
			if got := parsePoolSize(tc.env); got != tc.want {
				t.Errorf("got %d, want %d", got, tc.want)
			}
		})
	}
}

func TestTimeoutMillis(t *testing.T) {
	tests := []struct {
		d    time.Duration
		want int
	}{{-1, -1}, {0, 0}, {time.Nanosecond, 1}, {time.Millisecond, 1}, {1500 * time.Microsecond, 2}, {time.Hour, 3600000}}
	for _, tc := range tests {
		t.Run(tc.d.String()+" rounds up to whole milliseconds", func(t *testing.T) {
			if got := timeoutMillis(tc.d); got != tc.want {
				t.Errorf("got %d, want %d", got, tc.want)
			}
		})
	}
}

func TestRunControl(t *testing.T) {
	t.Run("stop from another goroutine ends Run with a timer still active", func(t *testing.T) {
		l := newLoop(t)
		l.StartTimer(time.Hour, false, func() { t.Error("timer fired") })
		go l.Stop()
		if err := l.Run(RunDefault); err != nil {
			t.Fatal(err)
		}
		if !l.Alive() {
			t.Error("loop should still be alive after Stop")
		}
	})
	t.Run("a panic propagates and the next Run resumes the rest", func(t *testing.T) {
		l := newLoop(t)
		r := &recorder{}
		l.SetImmediate(func() { panic("first") })
		l.SetImmediate(r.add("second"))
		func() {
			defer func() {
				if p := recover(); p != "first" {
					t.Errorf("recovered %v, want first", p)
				}
			}()
			_ = l.Run(RunDefault)
		}()
		run(t, l)
		checkLog(t, r.log, []string{"second"})
	})
	t.Run("a panic in a posted callback leaves the rest to the next Run", func(t *testing.T) {
		l := newLoop(t)
		r := &recorder{}
		// Posts do not keep the loop alive; this timer does until the
		// second callback runs.
		keep := l.StartTimer(time.Hour, false, func() {})
		// Both posts land before Run, so one wake-up reports them and
		// nothing signals the poller again after the panic.
		var landed sync.WaitGroup
		landed.Add(1)
		go func() {
			defer landed.Done()
			_ = l.Post(func() { panic("first") })
			_ = l.Post(func() { r.add("second")(); keep.Close() })
		}()
		landed.Wait()
		func() {
			defer func() {
				if p := recover(); p != "first" {
					t.Errorf("recovered %v, want first", p)
				}
			}()
			_ = l.Run(RunDefault)
		}()
		run(t, l)
		checkLog(t, r.log, []string{"second"})
	})
	t.Run("Run inside a callback is refused", func(t *testing.T) {
		l := newLoop(t)
		var err error
		l.SetImmediate(func() { err = l.Run(RunDefault) })
		run(t, l)
		if !errors.Is(err, ErrRunning) {
			t.Errorf("got %v, want ErrRunning", err)
		}
	})
	t.Run("RunNoWait returns without blocking", func(t *testing.T) {
		l := newLoop(t)
		l.StartTimer(time.Hour, false, func() {})
		if err := l.Run(RunNoWait); err != nil {
			t.Fatal(err)
		}
	})
	t.Run("a closed loop refuses work", func(t *testing.T) {
		l := newLoop(t)
		if err := l.Close(); err != nil {
			t.Fatal(err)
		}
		for name, err := range map[string]error{
			"Run":       l.Run(RunDefault),
			"Post":      l.Post(func() {}),
			"QueueWork": l.QueueWork(func() {}, nil),
			"Close":     l.Close(),
		} {
			if !errors.Is(err, ErrClosed) {
				t.Errorf("%s: got %v, want ErrClosed", name, err)
			}
		}
	})
}

func TestIdleTimeCountsBlockedWaits(t *testing.T) {
	l, err := New()
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	if l.IdleTime() != 0 {
		t.Fatalf("IdleTime before running = %v, want 0", l.IdleTime())
	}
	start := time.Now()
	l.StartTimer(100*time.Millisecond, false, func() {})
	if err := l.Run(RunDefault); err != nil {
		t.Fatal(err)
	}
	// The loop had nothing to do but wait for the timer: some of that wait
	// is idle, and no more than the time Run took.
	if got := l.IdleTime(); got <= 0 || got > time.Since(start) {
		t.Errorf("IdleTime after waiting on a 100ms timer = %v, want > 0 and <= %v", got, time.Since(start))
	}
}

func TestMetricsCountIterations(t *testing.T) {
	l, err := New()
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	if m := l.Metrics(); m != (Metrics{}) {
		t.Fatalf("Metrics before running = %+v, want zero", m)
	}
	l.StartTimer(time.Millisecond, false, func() {
		l.StartTimer(time.Millisecond, false, func() {})
	})
	if err := l.Run(RunDefault); err != nil {
		t.Fatal(err)
	}
	// Each timer needs an iteration of its own to wait for it.
	if got := l.Metrics().LoopCount; got < 2 {
		t.Errorf("LoopCount after two timers in turn = %d, want at least 2", got)
	}
}
