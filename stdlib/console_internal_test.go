package stdlib

import (
	"testing"
	"time"
)

// Expected strings are node v20's console.timeEnd output for the same
// durations.
func TestFormatElapsed(t *testing.T) {
	tests := []struct {
		d    time.Duration
		want string
	}{
		{1234567 * time.Nanosecond, "1.235ms"},
		{2 * time.Millisecond, "2ms"},
		{999500 * time.Microsecond, "999.5ms"},
		{1100 * time.Millisecond, "1.100s"},
		{59999 * time.Millisecond, "59.999s"},
		{61500 * time.Millisecond, "1:01.500 (m:ss.mmm)"},
		{(2*3600+3*60+4)*time.Second + 5*time.Millisecond, "2:03:04.005 (h:mm:ss.mmm)"},
	}
	for _, tt := range tests {
		if got := formatElapsed(tt.d); got != tt.want {
			t.Errorf("formatElapsed(%v) = %q, want %q", tt.d, got, tt.want)
		}
	}
}
