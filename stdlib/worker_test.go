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
	out, _ := runEvalOK(t, code)
	// Each message counts i (19900 in all), i%7 (594) and 1 (200).
	lines := bytes.Count(out, []byte("line "))
	if !bytes.HasSuffix(out, []byte("20694:0 20694:0 20694:0\n")) || lines != 600 {
		t.Errorf("got %d worker lines and output ending %q", lines, out[max(0, len(out)-60):])
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
	s := src.Serialize(src.RunScript(p), nil, nil, nil, func(msg string) vm.Value { return src.NewString(msg) }, nil)
	done := make(chan string)
	go func() {
		dst := vm.New(vm.Options{})
		v, _ := dst.Deserialize(s, nil)
		dst.SetS(dst.Global(), "v", v)
		check, _ := stdlib.Compile(`[v.o === v, v.a[1], typeof v.a[2], v.d.getTime(), v.m.get(1).has('x'), v.e instanceof TypeError, v.e.message].join()`, "b.js", stdlib.KindScript)
		done <- dst.ToGoString(dst.RunScript(check))
	}()
	if got, want := <-done, "true,two,bigint,5,true,true,t"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestPortsAcrossThreads sends MessagePorts between threads and many
// messages over them from both sides at once, so that under -race the
// pipes' inboxes, owners and wake-ups are checked for shared state.
func TestPortsAcrossThreads(t *testing.T) {
	const code = `
const { Worker, MessageChannel } = require('worker_threads');
const body = 'const { parentPort } = require("worker_threads");' +
  'parentPort.on("message", ({ port, back }) => {' +
  '  if (back) { parentPort.postMessage({ port }, [port]); parentPort.close(); return; }' +
  '  let n = 0;' +
  '  port.on("message", (m) => { n += m.i; if (m.last) { port.postMessage({ sum: n }); port.close(); parentPort.close(); } });' +
  '  for (let i = 0; i < 300; i++) port.postMessage({ i, buf: new Uint8Array(8) });' +
  '});';
const results = [];
for (let k = 0; k < 3; k++) {
  const bounce = new Worker(body, { eval: true });
  const echo = new Worker(body, { eval: true });
  const { port1, port2 } = new MessageChannel();
  let got = 0;
  port1.on('message', (m) => {
    if (m.sum !== undefined) {
      results.push(m.sum + ':' + got);
      if (results.length === 3) console.log(results.join(' '));
      return;
    }
    got++;
  });
  bounce.postMessage({ port: port2, back: true }, [port2]);
  bounce.once('message', ({ port }) => echo.postMessage({ port }, [port]));
  for (let i = 0; i < 300; i++) port1.postMessage({ i, last: i === 299 });
}
`
	out, errb := runEvalOK(t, code)
	// Each worker adds 0..299 (44850) and sent 300 messages back.
	if got, want := string(out), "44850:300 44850:300 44850:300\n"; got != want {
		t.Errorf("got %q, want %q (stderr %q)", got, want, errb)
	}
}

// runEvalOK runs code as -e code in a Node of its own and fails the test
// unless it exits 0, returning what it wrote.
func runEvalOK(t *testing.T, code string) (stdout []byte, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	n, err := stdlib.New(stdlib.Options{Stdout: &out, Stderr: &errb})
	if err != nil {
		t.Fatal(err)
	}
	defer n.Close()
	if code := n.RunEval(code, false); code != 0 {
		t.Fatalf("exit code %d, stderr %q", code, errb.String())
	}
	return out.Bytes(), errb.String()
}
