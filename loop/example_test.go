package loop_test

import (
	"fmt"
	"runtime"
	"time"

	"github.com/kilnjs/kiln/loop"
)

// A loop runs timers, immediates and worker completions in Node's order
// until nothing referenced is left.
func Example() {
	runtime.LockOSThread() // an isolate stays on one OS thread
	defer runtime.UnlockOSThread()

	l, err := loop.New()
	if err != nil {
		panic(err)
	}
	defer l.Close()

	var sum int
	err = l.QueueWork(func() {
		for i := 1; i <= 100; i++ { // runs on a pool goroutine
			sum += i
		}
	}, func() {
		fmt.Println("work done:", sum) // runs on the loop, in the poll phase
		l.StartTimer(10*time.Millisecond, false, func() { fmt.Println("timeout 10ms") })
		l.StartTimer(0, false, func() {
			fmt.Println("timeout 0, run as 1ms")
			l.SetImmediate(func() { fmt.Println("immediate queued by a timer") })
		})
	})
	if err != nil {
		panic(err)
	}
	if err := l.Run(loop.RunDefault); err != nil {
		panic(err)
	}
	fmt.Println("loop alive:", l.Alive())
	// Output:
	// work done: 5050
	// timeout 0, run as 1ms
	// immediate queued by a timer
	// timeout 10ms
	// loop alive: false
}
