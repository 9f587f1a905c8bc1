package jsdate_test

import (
	"fmt"
	"time"

	"github.com/kilnjs/kiln/internal/jsdate"
)

func Example() {
	jsdate.SetZone(time.UTC)
	defer jsdate.SetZone(nil)
	t := jsdate.Parse("March 1, 2022 10:00:00")
	iso, _ := jsdate.ToISOString(t)
	fmt.Println(iso)
	fmt.Println(jsdate.ToString(t))
	fmt.Println(jsdate.ToLocaleString(t))
	// Output:
	// 2022-03-01T10:00:00.000Z
	// Tue Mar 01 2022 10:00:00 GMT+0000 (Coordinated Universal Time)
	// 3/1/2022, 10:00:00 AM
}
