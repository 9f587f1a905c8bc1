package loop

import (
	"slices"
	"testing"
	"time"
)

// reportPercentiles adds p50 and p99 of samples, in microseconds, to b.
func reportPercentiles(b *testing.B, samples []time.Duration) {
	if len(samples) == 0 {
		return
	}
	slices.Sort(samples)
	at := func(q float64) float64 {
		return float64(samples[int(q*float64(len(samples)-1))]) / float64(time.Microsecond)
	}
	b.ReportMetric(at(0.50), "p50-µs")
	b.ReportMetric(at(0.99), "p99-µs")
}

// benchmarkTimerLateness measures how long after its delay (in real time)
// each of b.N sequential timers fires. Run with -benchtime=500x or so.
func benchmarkTimerLateness(b *testing.B, d time.Duration) {
	l, err := New()
	if err != nil {
		b.Fatal(err)
	}
	defer l.Close()
	samples := make([]time.Duration, 0, b.N)
	var arm func()
	arm = func() {
		l.UpdateTime()
		start := time.Now()
		l.StartTimer(d, false, func() {
			samples = append(samples, time.Since(start)-d)
			if len(samples) < b.N {
				arm()
			}
		})
	}
	b.ResetTimer()
	arm()
	if err := l.Run(RunDefault); err != nil {
		b.Fatal(err)
	}
	reportPercentiles(b, samples)
}

func BenchmarkTimerLateness1ms(b *testing.B)  { benchmarkTimerLateness(b, time.Millisecond) }
func BenchmarkTimerLateness10ms(b *testing.B) { benchmarkTimerLateness(b, 10*time.Millisecond) }

// BenchmarkWorkDelivery measures the time from a work function's return on
// a pool goroutine to its done callback starting on the loop.
func BenchmarkWorkDelivery(b *testing.B) {
	l, err := New()
	if err != nil {
		b.Fatal(err)
	}
	defer l.Close()
	samples := make([]time.Duration, 0, b.N)
	var queue func()
	queue = func() {
		var finished time.Time
		if err := l.QueueWork(func() { finished = time.Now() }, func() {
			samples = append(samples, time.Since(finished))
			if len(samples) < b.N {
				queue()
			}
		}); err != nil {
			b.Fatal(err)
		}
	}
	b.ResetTimer()
	queue()
	if err := l.Run(RunDefault); err != nil {
		b.Fatal(err)
	}
	reportPercentiles(b, samples)
}

// BenchmarkPost measures posting from another goroutine and running the
// callbacks on the loop, wake-ups included.
func BenchmarkPost(b *testing.B) {
	l, err := New()
	if err != nil {
		b.Fatal(err)
	}
	defer l.Close()
	ran := 0
	keep := l.StartTimer(time.Hour, false, func() {})
	go func() {
		for range b.N {
			_ = l.Post(func() {
				ran++
				if ran == b.N {
					keep.Close()
				}
			})
		}
	}()
	if err := l.Run(RunDefault); err != nil {
		b.Fatal(err)
	}
}
