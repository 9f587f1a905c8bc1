package stdlib_test

import (
	"bytes"
	"testing"

	"github.com/kilnjs/kiln/stdlib"
	"github.com/kilnjs/kiln/vm"
)

// TestWorkerMessages runs workers that echo many messages while the main
// thread sends more, so that under -race the cross-runtime path (serialize,
// post, deserialize, output through the parent) is checked for shared
// state.
func TestWorkerMessages(t *testing.T) {
	const code = `
const { Worker } = require('worker_threads');
const echo = 'require("worker_threads").parentPort.on("message", (m) => {' +
  ' if (m === "end") process.exit(0);' +
  ' require("worker_threads").parentPort.postMessage({ back: m, s: new Set([m.i]) }); console.log("line", m.i); });';
const totals = [];
for (let k = 0; k < 3; k++) {
  const w = new Worker(echo, { eval: true });
  let sum = 0;
  let got = 0;
  w.on('message', (m) => {
    sum += m.back.i + m.back.m.get('x').length + (m.s.has(m.back.i) ? 1 : 0);
    if (++got === 200) w.postMessage('end');
  });
  w.on('exit', (code) => {
    totals.push(sum + ':' + code);
    if (totals.length === 3) console.log(totals.join(' '));
  });
  for (let i = 0; i < 200; i++) w.postMessage({ i, m: new Map([['x', new Uint8Array(i % 7)]]) });
}
`
	var out, errb bytes.Buffer
	n, err := stdlib.New(stdlib.Options{Stdout: &out, Stderr: &errb})
	if err != nil {
		t.Fatal(err)
	}
	defer n.Close()
	if code := n.RunEval(code, false); code != 0 {
		t.Fatalf("exit code %d, stderr %q", code, errb.String())
	}
	// Each message counts i (19900 in all), i%7 (594) and 1 (200).
	lines := bytes.Count(out.Bytes(), []byte("line "))
	if !bytes.HasSuffix(out.Bytes(), []byte("20694:0 20694:0 20694:0\n")) || lines != 600 {
		t.Errorf("got %d worker lines and output ending %q", lines, out.String()[max(0, out.Len()-60):])
	}
}

// TestSerializeAcrossRuntimes serializes a value in one runtime and
// rebuilds it in another on another goroutine.
func TestSerializeAcrossRuntimes(t *testing.T) {
	src := vm.New(vm.Options{})
	p, err := stdlib.Compile(`var o = { a: [1, 'two', 3n], d: new Date(5), m: new Map([[1, new Set(['x'])]]), e: new TypeError('t') }; o.o = o; o`, "a.js", stdlib.KindScript)
	if err != nil {
		t.Fatal(err)
	}
	s := src.Serialize(src.RunScript(p), nil, nil, func(msg string) vm.Value { return src.NewString(msg) }, nil)
	done := make(chan string)
	go func() {
		dst := vm.New(vm.Options{})
		dst.SetS(dst.Global(), "v", dst.Deserialize(s))
		check, _ := stdlib.Compile(`[v.o === v, v.a[1], typeof v.a[2], v.d.getTime(), v.m.get(1).has('x'), v.e instanceof TypeError, v.e.message].join()`, "b.js", stdlib.KindScript)
		done <- dst.ToGoString(dst.RunScript(check))
	}()
	if got, want := <-done, "true,two,bigint,5,true,true,t"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
