package vm_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/kilnjs/kiln/internal/jsdate"
)

func TestDateTimezoneOffsetInLocalZone(t *testing.T) {
	tests := []struct {
		zone, src string
		want      []string
	}{
		{"Asia/Kolkata", `print(new Date(2020, 0, 1).getTimezoneOffset())`, []string{"-330"}},
		{"Asia/Kolkata", `print(new Date(1883, 0, 1).getTimezoneOffset())`, []string{"-321"}},
		{"America/New_York", `print(new Date(1883, 0, 1).getTimezoneOffset())`, []string{"296"}},
		{"America/New_York", `print(new Date(1883, 0, 1).toISOString())`, []string{"1883-01-01T04:56:02.000Z"}},
	}
	for _, tt := range tests {
		t.Run("in "+tt.zone+" "+tt.src+" prints whole minutes as V8 does", func(t *testing.T) {
			loc, err := time.LoadLocation(tt.zone)
			if err != nil {
				t.Skipf("no zone data: %v", err)
			}
			jsdate.SetZone(loc)
			defer jsdate.SetZone(nil)
			if diff := cmp.Diff(tt.want, run262(t, tt.src)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
