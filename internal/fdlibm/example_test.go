package fdlibm_test

import (
	"fmt"

	"github.com/kilnjs/kiln/internal/fdlibm"
)

// The results are Node's, digit for digit, even where Go's math package
// differs in the last place.
func Example() {
	fmt.Println(fdlibm.Sin(1e300))
	fmt.Println(fdlibm.Pow(1.1, 2.3))
	fmt.Println(fdlibm.Cbrt(-27))
	// Output:
	// -0.8178819121159085
	// 1.2450969688995253
	// -3
}
