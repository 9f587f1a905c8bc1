package kiln_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/kilnjs/kiln"
)

// Named func types are called through reflection; the same functions with
// unnamed types take the direct paths (convert_direct.go). Both must give
// JavaScript the same results and the same errors.
type (
	fnVoid      func()
	fnErr       func() error
	fnAny       func() any
	fnAnyErr    func() (any, error)
	fnStr       func() string
	fnSVoid     func(string)
	fnSErr      func(string) error
	fnSS        func(string) string
	fnSSErr     func(string) (string, error)
	fnSAny      func(string) any
	fnSAnyErr   func(string) (any, error)
	fnFF        func(float64) float64
	fnFFF       func(float64, float64) float64
	fnII        func(int) int
	fnIII       func(int, int) int
	fnAVoid     func(any)
	fnAA        func(any) any
	fnAAErr     func(any) (any, error)
	fnVarVoid   func(...any)
	fnVarAny    func(...any) any
	fnVarAnyErr func(...any) (any, error)
	fnV         func(kiln.Value)
	fnVV        func(kiln.Value) kiln.Value
	fnVVErr     func(kiln.Value) (kiln.Value, error)
	fnVarV      func(...kiln.Value) kiln.Value
	fnVarVErr   func(...kiln.Value) (kiln.Value, error)
)

func TestDirectFuncsAgreeWithReflection(t *testing.T) {
	r := newRuntime(t, kiln.Options{})
	var seen []string
	note := func(x any) { seen = append(seen, fmt.Sprintf("%T %v", x, x)) }
	fail := func(s string) error {
		if strings.HasPrefix(s, "e") {
			return errors.New("bad " + s)
		}
		return nil
	}
	anyOf := func(x any) any { note(x); return x }
	last := func(vs ...kiln.Value) kiln.Value {
		if len(vs) == 0 {
			return kiln.Value{}
		}
		return vs[len(vs)-1]
	}
	pairs := []struct{ direct, reflected any }{
		{func() { note("void") }, fnVoid(func() { note("void") })},
		{func() error { return errors.New("no") }, fnErr(func() error { return errors.New("no") })},
		{func() error { return nil }, fnErr(func() error { return nil })},
		{func() any { return nil }, fnAny(func() any { return nil })},
		{func() (any, error) { return []int{1}, nil }, fnAnyErr(func() (any, error) { return []int{1}, nil })},
		{func() string { return "s" }, fnStr(func() string { return "s" })},
		{func(s string) { note(s) }, fnSVoid(func(s string) { note(s) })},
		{func(s string) error { return fail(s) }, fnSErr(func(s string) error { return fail(s) })},
		{func(s string) string { return s + "!" }, fnSS(func(s string) string { return s + "!" })},
		{func(s string) (string, error) { return s, fail(s) }, fnSSErr(func(s string) (string, error) { return s, fail(s) })},
		{func(s string) any { return len(s) }, fnSAny(func(s string) any { return len(s) })},
		{func(s string) (any, error) { return s, fail(s) }, fnSAnyErr(func(s string) (any, error) { return s, fail(s) })},
		{func(x float64) float64 { return x * 2 }, fnFF(func(x float64) float64 { return x * 2 })},
		{func(x, y float64) float64 { return x - y }, fnFFF(func(x, y float64) float64 { return x - y })},
		{func(x int) int { return x + 1 }, fnII(func(x int) int { return x + 1 })},
		{func(x, y int) int { return x * y }, fnIII(func(x, y int) int { return x * y })},
		{func(x any) { note(x) }, fnAVoid(func(x any) { note(x) })},
		{anyOf, fnAA(anyOf)},
		{func(x any) (any, error) { return x, nil }, fnAAErr(func(x any) (any, error) { return x, nil })},
		{func(xs ...any) { note(xs) }, fnVarVoid(func(xs ...any) { note(xs) })},
		{func(xs ...any) any { return len(xs) }, fnVarAny(func(xs ...any) any { return len(xs) })},
		{func(xs ...any) (any, error) { return xs, nil }, fnVarAnyErr(func(xs ...any) (any, error) { return xs, nil })},
		{func(v kiln.Value) { note(v.Kind()) }, fnV(func(v kiln.Value) { note(v.Kind()) })},
		{func(v kiln.Value) kiln.Value { return v }, fnVV(func(v kiln.Value) kiln.Value { return v })},
		{func(v kiln.Value) (kiln.Value, error) { return v.Get("a") }, fnVVErr(func(v kiln.Value) (kiln.Value, error) { return v.Get("a") })},
		{last, fnVarV(last)},
		{func(vs ...kiln.Value) (kiln.Value, error) { return kiln.Value{}, nil }, fnVarVErr(func(vs ...kiln.Value) (kiln.Value, error) { return kiln.Value{}, nil })},
	}
	// Each function is called with each argument list; what it returns or
	// throws is written down the same way for both.
	const probe = `(f) => [[], [1.5], [-0, 2], ['x', 'y'], ['e1'], [undefined], [null], [{a: 1}], [[1, 'b']],
		[2 ** 70], [3, 4, 5], [10n], [NaN]].map((args) => {
			try { const v = f(...args); return typeof v + ' ' + JSON.stringify(v, (k, x) => typeof x === 'bigint' ? x + 'n' : x) }
			catch (e) { return e.name + ': ' + e.message }
		}).join('\n') + '\nlength ' + f.length`
	check, err := r.Run("probe.js", probe)
	if err != nil {
		t.Fatal(err)
	}
	for i, p := range pairs {
		seen = nil
		d, err := check.Call(p.direct)
		if err != nil {
			t.Fatalf("pair %d direct: %v", i, err)
		}
		seenD := seen
		seen = nil
		f, err := check.Call(p.reflected)
		if err != nil {
			t.Fatalf("pair %d reflected: %v", i, err)
		}
		if d.String() != f.String() {
			t.Errorf("pair %d (%T): direct and reflected calls differ\ndirect:\n%s\nreflected:\n%s", i, p.direct, d, f)
		}
		if fmt.Sprint(seenD) != fmt.Sprint(seen) {
			t.Errorf("pair %d (%T): the Go function saw %v directly, %v through reflection", i, p.direct, seenD, seen)
		}
	}
}

func TestFuncGetsThisAndValues(t *testing.T) {
	r := newRuntime(t, kiln.Options{})
	var kept []kiln.Value
	err := r.Set("describe", kiln.Func(func(this kiln.Value, args ...kiln.Value) (any, error) {
		kept = append(kept, args...)
		name, err := this.Get("name")
		if err != nil {
			return nil, err
		}
		if len(args) == 0 {
			return nil, errors.New("describe needs an argument")
		}
		return fmt.Sprintf("%s: %d args, first a %s", name.String(), len(args), args[0].Kind()), nil
	}))
	if err != nil {
		t.Fatal(err)
	}
	got := run(t, r, `const o = {name: 'o', describe}; [o.describe({}, 2), (() => { try { o.describe() } catch (e) { return e.message } })(), describe.length].join('; ')`)
	if want := "o: 2 args, first a object; describe needs an argument; 0"; got.String() != want {
		t.Errorf("got %q, want %q", got, want)
	}
	// The arguments stay usable after the call, as every Value does.
	r.CollectGarbage()
	if k := kept[0].Kind(); k != kiln.Object {
		t.Errorf("a kept argument is a %s after a collection", k)
	}
}
