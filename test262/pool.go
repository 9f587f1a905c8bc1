package main

// The parent side of the worker protocol (see worker.go): a fixed number of worker processes, each owned by one
// goroutine that feeds it jobs. A worker that misses a job's deadline is killed with its whole process group (an
// engine may have children, as the node engine does) and the test recorded as a timeout; a worker that dies is
// recorded as a crash. Either way the next job starts a fresh worker.

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os/exec"
	"strings"
	"sync"
	"time"
)

// killGrace is how long past its timeout a job may run before its worker is killed: the engine's own interrupt
// should end it first, and a timeout recorded from the engine's answer costs no worker restart.
const killGrace = 2 * time.Second

// job is one test×mode to run.
type job struct {
	path, mode string
	meta       *meta
}

type pool struct {
	suite   *suite
	command []string // the worker command line: the runner's executable and its -worker flags
	timeout time.Duration
	grace   time.Duration // killGrace, shorter in tests

	mu   sync.Mutex
	live map[*worker]bool // for killing everything on interrupt
}

func newPool(s *suite, command []string, timeout time.Duration) *pool {
	return &pool{suite: s, command: command, timeout: timeout, grace: killGrace, live: map[*worker]bool{}}
}

// worker is one running worker process as the parent sees it.
type worker struct {
	cmd    *exec.Cmd
	stdin  io.WriteCloser
	enc    *json.Encoder
	msgs   chan workerMsg
	sent   map[string]bool // harness files this worker already has
	stderr *tailBuffer
}

type workerMsg struct {
	msg fromWorker
	err error
}

func (p *pool) start() (*worker, error) {
	cmd := exec.Command(p.command[0], p.command[1:]...)
	setProcessGroup(cmd)
	w := &worker{cmd: cmd, msgs: make(chan workerMsg), sent: map[string]bool{}, stderr: &tailBuffer{}}
	cmd.Stderr = w.stderr
	// A grandchild that outlives a killed worker must not keep Wait waiting for its stderr.
	cmd.WaitDelay = time.Second
	stdin, err := cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("starting worker: %w", err)
	}
	w.stdin, w.enc = stdin, json.NewEncoder(stdin)
	go func() {
		r := bufio.NewReader(stdout)
		for {
			var m fromWorker
			err := readMsg(r, &m)
			if err != nil {
				w.msgs <- workerMsg{err: err}
				close(w.msgs)
				return
			}
			w.msgs <- workerMsg{msg: m}
		}
	}()
	p.mu.Lock()
	p.live[w] = true
	p.mu.Unlock()
	return w, nil
}

// stop ends a worker: politely (closing its stdin) when it is idle, by killing its process group otherwise.
func (p *pool) stop(w *worker, kill bool) error {
	p.mu.Lock()
	delete(p.live, w)
	p.mu.Unlock()
	if kill {
		killProcessGroup(w.cmd)
	}
	w.stdin.Close()
	for range w.msgs {
	}
	return w.cmd.Wait()
}

// killAll kills every live worker; the run is being abandoned.
func (p *pool) killAll() {
	p.mu.Lock()
	defer p.mu.Unlock()
	for w := range p.live {
		killProcessGroup(w.cmd)
	}
}

// run runs the jobs on n workers and returns their records in no particular order; done is called after each.
func (p *pool) run(jobs []job, n int, done func(record)) []record {
	in := make(chan job)
	out := make(chan record)
	var wg sync.WaitGroup
	for range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var w *worker
			for j := range in {
				out <- p.runJob(&w, j)
			}
			if w != nil {
				p.stop(w, false)
			}
		}()
	}
	go func() {
		for _, j := range jobs {
			in <- j
		}
		close(in)
		wg.Wait()
		close(out)
	}()
	records := make([]record, 0, len(jobs))
	for r := range out {
		done(r)
		records = append(records, r)
	}
	return records
}

// runJob runs one job on *wp, starting a worker if there is none and leaving nil there if the worker had to go.
func (p *pool) runJob(wp **worker, j job) record {
	rec := record{Path: j.path, Mode: j.mode}
	start := time.Now()
	fail := func(status, reason string) record {
		rec.Status, rec.Reason, rec.MS = status, reason, time.Since(start).Milliseconds()
		return rec
	}
	req, err := newRequest(p.suite, j.path, j.meta, j.mode, p.timeout)
	if err != nil {
		return fail(statusFail, err.Error())
	}
	if *wp == nil {
		if *wp, err = p.start(); err != nil {
			return fail(statusCrash, err.Error())
		}
	}
	w := *wp
	msg := &jobMsg{Test: req.Test, Module: req.Module, Async: req.Async, Raw: req.Raw, TimeoutMS: p.timeout.Milliseconds()}
	for _, h := range req.Harness {
		msg.Harness = append(msg.Harness, h.Name)
		if !w.sent[h.Name] {
			msg.Files = append(msg.Files, h)
			w.sent[h.Name] = true
		}
	}
	crash := func(why string) record {
		*wp = nil
		waitErr := p.stop(w, true)
		return fail(statusCrash, fmt.Sprintf("worker died (%s, %v): %s", why, waitErr, w.stderr.lastLine()))
	}
	if err := w.enc.Encode(toWorker{Job: msg}); err != nil {
		return crash(err.Error())
	}
	deadline := time.NewTimer(p.timeout + p.grace)
	defer deadline.Stop()
	for {
		select {
		case m := <-w.msgs:
			switch {
			case m.err != nil:
				return crash(m.err.Error())
			case m.msg.Load != nil:
				reply := &moduleReply{}
				src, err := p.suite.resolveModule(m.msg.Load.Specifier, m.msg.Load.Referrer)
				if err != nil {
					reply.Error = err.Error()
				}
				reply.Source = src
				if err := w.enc.Encode(toWorker{Module: reply}); err != nil {
					return crash(err.Error())
				}
			case m.msg.Done != nil:
				rec.Status, rec.Reason = judge(j.meta, m.msg.Done.Result)
				rec.MS = m.msg.Done.MS
				// An engine that interrupted itself at the timeout reports an error; it is still a timeout.
				if rec.Status == statusFail && rec.MS >= p.timeout.Milliseconds() {
					rec.Status = statusTimeout
					rec.Reason = fmt.Sprintf("interrupted after %v: %s", p.timeout, rec.Reason)
				}
				return rec
			default:
				return crash("unexpected message")
			}
		case <-deadline.C:
			*wp = nil
			p.stop(w, true)
			return fail(statusTimeout, fmt.Sprintf("killed after %v", p.timeout+p.grace))
		}
	}
}

// tailBuffer keeps the end of a worker's stderr, to say why it died.
type tailBuffer struct {
	mu  sync.Mutex
	buf []byte
}

const tailSize = 4096

func (t *tailBuffer) Write(b []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.buf = append(t.buf, b...)
	if len(t.buf) > tailSize {
		t.buf = append(t.buf[:0], t.buf[len(t.buf)-tailSize:]...)
	}
	return len(b), nil
}

// lastLine returns the last non-empty line written, or a note that there was none.
func (t *tailBuffer) lastLine() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	lines := strings.Split(string(bytes.TrimSpace(t.buf)), "\n")
	if last := lines[len(lines)-1]; last != "" {
		return last
	}
	return "no output on stderr"
}
