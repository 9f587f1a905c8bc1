package regex

import (
	"archive/tar"
	"compress/gzip"
	"io"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// test262Archive is the conformance suite, shared beside the repository; tests that read it skip without it.
const test262Archive = "../../shared/test262/test262.tar.gz"

// readTest262 returns the files under test/built-ins/RegExp/ whose path contains sub.
func readTest262(t *testing.T, sub string) map[string]string {
	t.Helper()
	f, err := os.Open(test262Archive)
	if err != nil {
		t.Skipf("test262 not available: %v", err)
	}
	defer f.Close()
	gz, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	tr := tar.NewReader(gz)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(h.Name, "test/built-ins/RegExp/") || !strings.Contains(h.Name, sub) || !strings.HasSuffix(h.Name, ".js") {
			continue
		}
		b, err := io.ReadAll(tr)
		if err != nil {
			t.Fatal(err)
		}
		out[h.Name[strings.LastIndex(h.Name, "/")+1:]] = string(b)
	}
}

var (
	escapeRE = regexp.MustCompile(`/\^(\\[pP]\{[^}]*\})\+\$/u,\s*(\w+),`)
	blockRE  = regexp.MustCompile(`(?s)const (nonMatchSymbols|matchSymbols) = buildString\(\{\s*loneCodePoints: \[(.*?)\],\s*ranges: \[(.*?)\]\s*\]?\s*\}\);`)
	numRE    = regexp.MustCompile(`0x[0-9A-Fa-f]+`)
)

// unicodeDrift are the code points, assigned in Unicode 15.0, whose properties changed by the Unicode version
// test262's tables come from (17.0): Unicode 15.1 widened ID_Continue, 16.0 moved many viramas between Mn and Mc.
var unicodeDrift = newSet(
	rng{0x295, 0x295}, rng{0x363, 0x36F}, rng{0x5A2, 0x5A2}, rng{0x5C5, 0x5C5}, rng{0x5C7, 0x5C7}, rng{0x836, 0x836},
	rng{0xA71, 0xA71}, rng{0xAFB, 0xAFB}, rng{0xCC0, 0xCC0}, rng{0xCC7, 0xCC8}, rng{0xCCA, 0xCCB}, rng{0xE3A, 0xE3A},
	rng{0x1715, 0x1715}, rng{0x1734, 0x1734}, rng{0x17D4, 0x17D5}, rng{0x1A60, 0x1A60}, rng{0x1B3B, 0x1B3B},
	rng{0x1B3D, 0x1B3D}, rng{0x1B43, 0x1B44}, rng{0x1BAA, 0x1BAA}, rng{0x1BE6, 0x1BE6}, rng{0x1BF2, 0x1BF3},
	rng{0x1D9B, 0x1DBE}, rng{0x1DD3, 0x1DE6}, rng{0x200C, 0x200D}, rng{0x2024, 0x2024}, rng{0x2CF9, 0x2CFB},
	rng{0x30FB, 0x30FB}, rng{0xA806, 0xA806}, rng{0xA82C, 0xA82C}, rng{0xA953, 0xA953}, rng{0xA9C0, 0xA9C0},
	rng{0xFE12, 0xFE12}, rng{0xFE15, 0xFE16}, rng{0xFF65, 0xFF65}, rng{0x10A38, 0x10A3A}, rng{0x10A3F, 0x10A3F},
	rng{0x111C0, 0x111C0}, rng{0x11235, 0x11235}, rng{0x11237, 0x11237}, rng{0x1133B, 0x1133B},
	rng{0x1134D, 0x1134D}, rng{0x116B6, 0x116B6}, rng{0x1171E, 0x1171E}, rng{0x1193D, 0x1193D},
	rng{0x11F41, 0x11F42}, rng{0x16FF0, 0x16FF1}, rng{0x1D166, 0x1D166}, rng{0x1D16D, 0x1D16D},
)

// TestPropertyEscapesAgreeWithTest262 checks every generated property escape test against the sets built here,
// over the code points Go's Unicode version assigns (test262's data is newer, so newly assigned characters differ).
func TestPropertyEscapesAgreeWithTest262(t *testing.T) {
	files := readTest262(t, "property-escapes/generated/")
	assigned := assignedSet().subtract(unicodeDrift)
	for _, src := range files {
		if strings.Contains(src, "/v,") {
			continue
		}
		want := map[string]*charSet{}
		for _, m := range blockRE.FindAllStringSubmatch(src, -1) {
			s := &charSet{}
			for _, n := range numRE.FindAllString(m[2], -1) {
				v, _ := strconv.ParseInt(n[2:], 16, 32)
				s.add(rune(v), rune(v))
			}
			nums := numRE.FindAllString(m[3], -1)
			for i := 0; i+1 < len(nums); i += 2 {
				lo, _ := strconv.ParseInt(nums[i][2:], 16, 32)
				hi, _ := strconv.ParseInt(nums[i+1][2:], 16, 32)
				s.add(rune(lo), rune(hi))
			}
			s.normalize()
			want[m[1]] = s.intersect(assigned)
		}
		for _, k := range []string{"matchSymbols", "nonMatchSymbols"} {
			if want[k] == nil {
				want[k] = &charSet{}
			}
		}
		for _, m := range escapeRE.FindAllStringSubmatch(src, -1) {
			escape, in, out := m[1], m[2], "nonMatchSymbols"
			if strings.Contains(escape, "scx=") || strings.Contains(escape, "Script_Extensions=") {
				continue // Script_Extensions uses Script data (doc.go).
			}
			if in == out {
				out = "matchSymbols"
			}
			t.Run(escape+" has the code points test262 lists", func(t *testing.T) {
				p, err := Compile(utf16Of(escape), FlagUnicode)
				if err != nil {
					t.Fatal(err)
				}
				if err := p.generate(); err != nil {
					t.Fatal(err)
				}
				got := p.prog[0].set.intersect(assigned)
				if miss := want[in].subtract(got); !miss.isEmpty() {
					t.Errorf("missing %d ranges, first %U-%U", len(miss.r), miss.r[0].lo, miss.r[0].hi)
				}
				if extra := want[out].intersect(got); !extra.isEmpty() {
					t.Errorf("%d extra ranges, first %U-%U", len(extra.r), extra.r[0].lo, extra.r[0].hi)
				}
			})
		}
	}
}
