package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// fakeWorkerEnv makes the test binary act as a worker running fakeEngine, so the pool can be tested end to end
// without an engine: the pool starts os.Args[0] as its worker command.
const fakeWorkerEnv = "KILN_TEST262_FAKE_WORKER"

func TestMain(m *testing.M) {
	if os.Getenv(fakeWorkerEnv) != "" {
		engines["fake"] = func() Engine { return fakeEngine{} }
		os.Exit(workerMain("fake"))
	}
	os.Exit(m.Run())
}

// fakeEngine behaves as its test's name says.
type fakeEngine struct{}

func (fakeEngine) Run(req *Request) Result {
	switch req.Test.Name {
	case "test/throws.js":
		return Result{Phase: PhaseRuntime, ErrorName: "Test262Error", Message: "boom"}
	case "test/hangs.js":
		select {}
	case "test/crashes.js":
		fmt.Println("stdout is stderr in a worker")
		os.Exit(3)
	case "test/imports.js":
		src, err := req.LoadModule("./dep_FIXTURE.js", req.Test.Name)
		if err != nil || src.Text != "export default 1;" {
			return Result{Phase: PhaseResolution, ErrorName: "SyntaxError", Message: fmt.Sprint(src, err)}
		}
		if _, err := req.LoadModule("./missing.js", req.Test.Name); err == nil {
			return Result{Phase: PhaseResolution, ErrorName: "SyntaxError", Message: "missing module resolved"}
		}
	case "test/harness.js":
		var names []string
		for _, h := range req.Harness {
			names = append(names, h.Name+"="+h.Text)
		}
		return Result{Printed: append(names, asyncComplete)}
	}
	return Result{}
}

func TestPool(t *testing.T) {
	t.Setenv(fakeWorkerEnv, "1")
	s := &suite{files: map[string]string{
		"harness/assert.js": "A", "harness/sta.js": "S", "harness/doneprintHandle.js": "D",
		"test/dep_FIXTURE.js": "export default 1;",
	}}
	async := &meta{Flags: []string{"async"}}
	jobs := []job{
		{"test/passes.js", modeSloppy, &meta{}},
		{"test/throws.js", modeStrict, &meta{}},
		{"test/hangs.js", modeSloppy, &meta{}},
		{"test/crashes.js", modeSloppy, &meta{}},
		{"test/imports.js", modeModule, &meta{}},
		{"test/harness.js", modeSloppy, async},
		{"test/harness.js", modeStrict, async}, // the second run on a worker gets the harness by name only
		{"test/passes.js", modeStrict, &meta{}},
	}
	p := newPool(s, []string{os.Args[0]}, 200*time.Millisecond)
	p.grace = 0
	records := p.run(jobs, 2, func(record) {})
	got := map[string]string{}
	for _, r := range records {
		got[r.Path+" "+r.Mode] = r.Status
	}
	want := map[string]string{
		"test/passes.js sloppy":  statusPass,
		"test/throws.js strict":  statusFail,
		"test/hangs.js sloppy":   statusTimeout,
		"test/crashes.js sloppy": statusCrash,
		"test/imports.js module": statusPass,
		"test/harness.js sloppy": statusPass,
		"test/harness.js strict": statusPass,
		"test/passes.js strict":  statusPass,
	}
	t.Run("each job ends with the status its engine run earned", func(t *testing.T) {
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("statuses (-want +got):\n%s", diff)
		}
	})
	t.Run("a crash is explained by the worker's last line on stderr", func(t *testing.T) {
		for _, r := range records {
			if r.Status == statusCrash && !strings.Contains(r.Reason, "stdout is stderr in a worker") {
				t.Errorf("crash reason %q does not quote the worker's stderr", r.Reason)
			}
		}
	})
	t.Run("no worker is left running", func(t *testing.T) {
		if len(p.live) != 0 {
			t.Errorf("%d workers still live", len(p.live))
		}
	})
}

// recordingEngine hands each request it gets to the test.
type recordingEngine struct{ got chan *Request }

func (e recordingEngine) Run(req *Request) Result {
	e.got <- req
	return Result{Printed: []string{req.Test.Name}}
}

func TestRunWorker(t *testing.T) {
	got := make(chan *Request, 2)
	engines["recording"] = func() Engine { return recordingEngine{got} }
	defer delete(engines, "recording")
	toWorkerR, toWorkerW := io.Pipe()
	fromWorkerR, fromWorkerW := io.Pipe()
	done := make(chan error, 1)
	go func() { done <- runWorker("recording", toWorkerR, fromWorkerW) }()
	enc, dec := json.NewEncoder(toWorkerW), bufio.NewReader(fromWorkerR)
	jobs := []*jobMsg{
		{Harness: []string{"harness/assert.js", "harness/sta.js"}, Files: []Source{{"harness/assert.js", "A"}, {"harness/sta.js", "S"}},
			Test: Source{"test/a.js", "a"}, TimeoutMS: 1000},
		{Harness: []string{"harness/sta.js", "harness/assert.js"}, Test: Source{"test/b.js", "b"}, Async: true, TimeoutMS: 1000},
	}
	want := []*Request{
		{Harness: []Source{{"harness/assert.js", "A"}, {"harness/sta.js", "S"}}, Test: Source{"test/a.js", "a"}, Timeout: time.Second},
		{Harness: []Source{{"harness/sta.js", "S"}, {"harness/assert.js", "A"}}, Test: Source{"test/b.js", "b"}, Async: true, Timeout: time.Second},
	}
	for i, j := range jobs {
		if err := enc.Encode(toWorker{Job: j}); err != nil {
			t.Fatal(err)
		}
		req := <-got
		var msg fromWorker
		if err := readMsg(dec, &msg); err != nil || msg.Done == nil {
			t.Fatalf("reading the done message: %+v, %v", msg, err)
		}
		t.Run(fmt.Sprintf("job %d reaches the engine with its harness in order", i+1), func(t *testing.T) {
			if diff := cmp.Diff(want[i], req, cmpopts.IgnoreFields(Request{}, "LoadModule")); diff != "" {
				t.Errorf("request (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff([]string{want[i].Test.Name}, msg.Done.Result.Printed); diff != "" {
				t.Errorf("result printed (-want +got):\n%s", diff)
			}
		})
	}
	toWorkerW.Close()
	if err := <-done; err != nil {
		t.Errorf("worker ended with %v, want a clean end when its input closes", err)
	}
}
