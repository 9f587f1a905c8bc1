package jsnum_test

import (
	"fmt"

	"github.com/kilnjs/kiln/internal/jsnum"
)

func ExampleFormatNumber() {
	fmt.Println(jsnum.FormatNumber(1e21), jsnum.FormatNumber(123456789012345680000), jsnum.FormatNumber(1e-7))
	// Output: 1e+21 123456789012345680000 1e-7
}

func ExampleToFixed() {
	// The double nearest 1.005 lies just below it; 1.25 is exact and ties round up.
	fmt.Println(jsnum.ToFixed(1.005, 2), jsnum.ToFixed(1.25, 1), jsnum.ToFixed(0.5, 0))
	// Output: 1.00 1.3 1
}

func ExampleFormatRadix() {
	fmt.Println(jsnum.FormatRadix(0.5, 2), jsnum.FormatRadix(-255.5, 16), jsnum.FormatRadix(1e21, 36))
	// Output: 0.1 -ff.8 5v1j4f4ds7c000
}

func ExampleParseInt() {
	fmt.Println(jsnum.ParseInt("  0x1f", 0), jsnum.ParseInt("123456789012345678901234567890", 10))
	// Output: 31 1.2345678901234568e+29
}
