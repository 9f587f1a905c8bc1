package regex

import (
	"errors"
	"strings"
	"testing"
)

func TestLongInputDoesNotGrowTheGoStack(t *testing.T) {
	for _, c := range []struct{ name, pattern, input string }{
		{"an alternation loop over a million characters", "(a|b)*c", strings.Repeat("ab", 500000) + "c"},
		{"a counted loop over a million characters", "(?:a|b){0,2000000}$", strings.Repeat("ab", 500000)},
		{"a lazy loop over a million characters", "(a|b)*?c", strings.Repeat("ab", 500000) + "c"},
		{"a lookbehind over a million characters", "(?<=^(?:a|b)*)c", strings.Repeat("ab", 500000) + "c"},
	} {
		t.Run(c.name, func(t *testing.T) {
			p, err := Compile(utf16Of(c.pattern), 0)
			if err != nil {
				t.Fatal(err)
			}
			caps := make([]int, 2*p.NumCaptures())
			ok, err := p.Match(utf16Of(c.input), 0, caps, nil)
			if err != nil || !ok {
				t.Fatalf("Match = %v, %v; want a match", ok, err)
			}
		})
	}
}

func TestInterruptStopsACatastrophicMatch(t *testing.T) {
	p, err := Compile(utf16Of("(a*)*b"), 0)
	if err != nil {
		t.Fatal(err)
	}
	polls := 0
	stop := func() bool { polls++; return polls > 3 }
	caps := make([]int, 2*p.NumCaptures())
	_, err = p.Match(utf16Of(strings.Repeat("a", 40)), 0, caps, stop)
	if !errors.Is(err, ErrInterrupted) {
		t.Fatalf("Match error = %v, want ErrInterrupted", err)
	}
}

func TestDeepNestingIsASyntaxError(t *testing.T) {
	deep := strings.Repeat("(", maxDepth+1) + strings.Repeat(")", maxDepth+1)
	_, err := Compile(utf16Of(deep), 0)
	want := "Invalid regular expression: /" + deep + "/: Regular expression too large"
	if err == nil || err.Error() != want {
		t.Fatalf("Compile error = %.80v…, want %.80v…", err, want)
	}
	ok := strings.Repeat("(", 1000) + strings.Repeat(")", 1000)
	if _, err := Compile(utf16Of(ok), 0); err != nil {
		t.Fatalf("1000 nested groups: %v", err)
	}
}

func TestShortCapsIsAnError(t *testing.T) {
	p, err := Compile(utf16Of("(a)"), 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.Match(utf16Of("a"), 0, make([]int, 2), nil); err == nil {
		t.Fatal("Match with 2 caps for 2 groups: want an error")
	}
}

func TestStartOutOfRangeDoesNotMatch(t *testing.T) {
	p, err := Compile(utf16Of(""), 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, start := range []int{-1, 2} {
		if ok, err := p.Match(utf16Of("a"), start, make([]int, 2), nil); ok || err != nil {
			t.Errorf("Match at %d = %v, %v; want no match", start, ok, err)
		}
	}
}

func TestGroupNames(t *testing.T) {
	for _, c := range []struct {
		pattern string
		want    []string
	}{
		{"(a)(b)", nil},
		{"(?<x>a)(b)(?<y>c)", []string{"", "x", "", "y"}},
	} {
		t.Run("/"+c.pattern+"/ names its groups", func(t *testing.T) {
			p, err := Compile(utf16Of(c.pattern), 0)
			if err != nil {
				t.Fatal(err)
			}
			got := p.GroupNames()
			if len(got) != len(c.want) || (got == nil) != (c.want == nil) {
				t.Fatalf("GroupNames() = %q, want %q", got, c.want)
			}
			for i := range got {
				if got[i] != c.want[i] {
					t.Fatalf("GroupNames() = %q, want %q", got, c.want)
				}
			}
		})
	}
}

func FuzzCompileMatch(f *testing.F) {
	for _, c := range matchCases {
		f.Add(c.pattern, c.flags, c.input)
	}
	for _, c := range errorCases {
		f.Add(c.pattern, c.flags, "abc")
	}
	f.Fuzz(func(t *testing.T, pattern, flags, input string) {
		fl, err := ParseFlags(flags)
		if err != nil {
			return
		}
		p, err := Compile(utf16Of(pattern), fl)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "Invalid regular expression: /") {
				t.Fatalf("error %q lacks V8's prefix", err)
			}
			return
		}
		// The step budget stands in for a time bound: catastrophic patterns are cut off, not waited for.
		steps := 0
		stop := func() bool { steps++; return steps > 50 }
		caps := make([]int, 2*p.NumCaptures())
		in := utf16Of(input)
		ok, err := p.Match(in, 0, caps, stop)
		if err != nil && !errors.Is(err, ErrInterrupted) {
			t.Fatal(err)
		}
		if ok && (caps[0] < 0 || caps[0] > caps[1] || caps[1] > len(in)) {
			t.Fatalf("match [%d, %d] outside input of %d", caps[0], caps[1], len(in))
		}
	})
}
