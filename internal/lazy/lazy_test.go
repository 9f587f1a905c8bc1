package lazy

import (
	"sync"
	"testing"
)

func TestGetBuildsOnceAcrossGoroutines(t *testing.T) {
	calls := 0
	v := &Value[[]int]{New: func() []int { calls++; return []int{1, 2, 3} }}
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if got := v.Get(); len(got) != 3 {
				t.Errorf("Get() = %v, want [1 2 3]", got)
			}
		}()
	}
	wg.Wait()
	if calls != 1 {
		t.Errorf("New ran %d times, want 1", calls)
	}
}
