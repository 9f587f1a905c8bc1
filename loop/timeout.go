package loop

import "time"

// timeoutMillis converts a poll timeout to the millisecond argument of
// epoll_wait and GetQueuedCompletionStatus, rounding up so that a timer is
// never reported before it is due (the loop clock has millisecond steps).
// Negative means forever (-1).
func timeoutMillis(d time.Duration) int {
	if d < 0 {
		return -1
	}
	ms := (d + time.Millisecond - 1) / time.Millisecond
	return int(min(ms, 1<<31-1))
}
