package fdlibm

// The golden file holds node's (V8's) results for every function. To
// regenerate it, from the repository root:
//
//	node internal/fdlibm/testdata/gen.js > internal/fdlibm/testdata/golden.txt
//
// For a wider one-off check, generate more cases per function into another
// file and point FDLIBM_GOLDEN at it:
//
//	node internal/fdlibm/testdata/gen.js 200000 > /tmp/wide.txt
//	FDLIBM_GOLDEN=/tmp/wide.txt go test ./internal/fdlibm/

import (
	"bufio"
	"fmt"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var unary = map[string]func(float64) float64{
	"sin": Sin, "cos": Cos, "tan": Tan, "asin": Asin, "acos": Acos, "atan": Atan,
	"exp": Exp, "expm1": Expm1, "log": Log, "log1p": Log1p, "log2": Log2, "log10": Log10,
	"cbrt": Cbrt, "sinh": Sinh, "cosh": Cosh, "tanh": Tanh, "asinh": Asinh, "acosh": Acosh, "atanh": Atanh,
}

var binary = map[string]func(float64, float64) float64{"atan2": Atan2, "pow": Pow}

// sameBits reports whether a and b are the same double, treating every NaN
// as one value as JavaScript does.
func sameBits(a, b float64) bool {
	if a != a && b != b {
		return true
	}
	return math.Float64bits(a) == math.Float64bits(b)
}

func parseHex(s string) (float64, error) {
	b, err := strconv.ParseUint(s, 16, 64)
	return math.Float64frombits(b), err
}

// TestGolden checks every function against node bit for bit.
func TestGolden(t *testing.T) {
	path := "testdata/golden.txt"
	if p := os.Getenv("FDLIBM_GOLDEN"); p != "" {
		path = p
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	failures := map[string][]string{}
	counts := map[string]int{}
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		fields := strings.Fields(sc.Text())
		nums := make([]float64, len(fields)-1)
		for i, s := range fields[1:] {
			if nums[i], err = parseHex(s); err != nil {
				t.Fatalf("golden.txt:%d: %v", line, err)
			}
		}
		name := fields[0]
		var got, want float64
		switch {
		case unary[name] != nil && len(nums) == 2:
			got, want = unary[name](nums[0]), nums[1]
		case binary[name] != nil && len(nums) == 3:
			got, want = binary[name](nums[0], nums[1]), nums[2]
		default:
			t.Fatalf("golden.txt:%d: unknown case %q", line, sc.Text())
		}
		counts[name]++
		if !sameBits(got, want) {
			args := make([]string, len(nums)-1)
			for i, x := range nums[:len(nums)-1] {
				args[i] = fmt.Sprint(x)
			}
			failures[name] = append(failures[name], fmt.Sprintf("%s(%s) = %v (%016x), node has %v (%016x)",
				name, strings.Join(args, ", "), got, math.Float64bits(got), want, math.Float64bits(want)))
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	names := make([]string, 0, len(unary)+len(binary))
	for n := range unary {
		names = append(names, n)
	}
	for n := range binary {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, name := range names {
		t.Run(name+" matches node on every golden input", func(t *testing.T) {
			if counts[name] == 0 {
				t.Fatalf("no golden cases for %s", name)
			}
			fails := failures[name]
			for i, msg := range fails {
				if i == 10 {
					t.Errorf("... and %d more", len(fails)-10)
					break
				}
				t.Error(msg)
			}
			if len(fails) > 0 {
				t.Errorf("%d of %d cases differ", len(fails), counts[name])
			}
		})
	}
}

// TestSpecialValues pins results that ECMA-262 fixes exactly, independent of
// the golden file.
func TestSpecialValues(t *testing.T) {
	negZero := math.Copysign(0, -1)
	inf := math.Inf(1)
	nan := math.NaN()
	tests := []struct {
		name string
		got  float64
		want float64
	}{
		{"sin of -0 is -0", Sin(negZero), negZero},
		{"cos of Infinity is NaN", Cos(inf), nan},
		{"tan of -0 is -0", Tan(negZero), negZero},
		{"asin of 1 is pi/2", Asin(1), math.Pi / 2},
		{"acos of -1 is pi", Acos(-1), math.Pi},
		{"atan of -Infinity is -pi/2", Atan(-inf), -math.Pi / 2},
		{"atan2 of -0 and -1 is -pi", Atan2(negZero, -1), -math.Pi},
		{"atan2 of 1 and -Infinity is pi", Atan2(1, -inf), math.Pi},
		{"exp of 1 is E", Exp(1), math.E},
		{"exp of -Infinity is 0", Exp(-inf), 0},
		{"exp of 710 overflows", Exp(710), inf},
		{"expm1 of -0 is -0", Expm1(negZero), negZero},
		{"expm1 of -Infinity is -1", Expm1(-inf), -1},
		{"log of 0 is -Infinity", Log(0), -inf},
		{"log of -1 is NaN", Log(-1), nan},
		{"log of the smallest subnormal is finite", Log(5e-324), -744.4400719213812},
		{"log1p of -1 is -Infinity", Log1p(-1), -inf},
		{"log2 of 2^-1074 is -1074", Log2(5e-324), -1074},
		{"log10 of 1000 is 3", Log10(1000), 3},
		{"cbrt of -27 is -3", Cbrt(-27), -3},
		{"sinh of -Infinity is -Infinity", Sinh(-inf), -inf},
		{"cosh of -0 is 1", Cosh(negZero), 1},
		{"tanh of Infinity is 1", Tanh(inf), 1},
		{"asinh of -0 is -0", Asinh(negZero), negZero},
		{"acosh of 0.5 is NaN", Acosh(0.5), nan},
		{"atanh of -1 is -Infinity", Atanh(-1), -inf},
		{"pow of NaN exponent is NaN even for base 1", Pow(1, nan), nan},
		{"pow of 1 to Infinity is NaN", Pow(1, inf), nan},
		{"pow of -0 to -3 is -Infinity", Pow(negZero, -3), -inf},
		{"pow of -8 to 1/3 is NaN", Pow(-8, 1.0/3), nan},
		{"pow of 2 to 10 is exact", Pow(2, 10), 1024},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if !sameBits(tc.got, tc.want) {
				t.Error(cmp.Diff(fmt.Sprintf("%v (%016x)", tc.want, math.Float64bits(tc.want)),
					fmt.Sprintf("%v (%016x)", tc.got, math.Float64bits(tc.got))))
			}
		})
	}
}
