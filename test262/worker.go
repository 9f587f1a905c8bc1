package main

// The worker protocol. The runner starts itself with -worker; parent and worker then exchange JSON objects, one per
// line, over the worker's stdin and stdout:
//
//	parent → worker  {"job": {...}}                  run one test (jobMsg)
//	worker → parent  {"load": {specifier, referrer}} the engine's LoadModule asks for a module
//	parent → worker  {"module": {...}}               the answer (moduleReply)
//	worker → parent  {"done": {result, ms}}          the test ended
//
// A worker handles one job at a time. Harness files are sent once per worker and named afterwards, since every job
// needs assert.js and sta.js. Nothing but the protocol may go to the worker's stdout: the worker points os.Stdout
// at stderr before constructing its engine, and the parent keeps the tail of stderr to explain a crash.

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"time"
)

type toWorker struct {
	Job    *jobMsg      `json:"job,omitempty"`
	Module *moduleReply `json:"module,omitempty"`
}

type jobMsg struct {
	Harness   []string `json:"harness"`         // harness file names, in evaluation order
	Files     []Source `json:"files,omitempty"` // the harness files this worker has not been sent before
	Test      Source   `json:"test"`
	Module    bool     `json:"module,omitempty"`
	Async     bool     `json:"async,omitempty"`
	Raw       bool     `json:"raw,omitempty"`
	TimeoutMS int64    `json:"timeoutMs"`
}

type moduleReply struct {
	Source Source `json:"source"`
	Error  string `json:"error,omitempty"`
}

type fromWorker struct {
	Load *loadRequest `json:"load,omitempty"`
	Done *doneMsg     `json:"done,omitempty"`
}

type loadRequest struct {
	Specifier string `json:"specifier"`
	Referrer  string `json:"referrer"`
}

type doneMsg struct {
	Result Result `json:"result"`
	MS     int64  `json:"ms"`
}

// readMsg reads one protocol line into v; io.EOF means the other side closed the stream between messages.
func readMsg(r *bufio.Reader, v any) error {
	line, err := r.ReadBytes('\n')
	if err == io.EOF && len(line) == 0 {
		return io.EOF
	}
	if err != nil && err != io.EOF {
		return err
	}
	if err := json.Unmarshal(line, v); err != nil {
		return fmt.Errorf("worker protocol: %w in %.200q", err, line)
	}
	return nil
}

// newEngine constructs the engine registered under name.
func newEngine(name string) (Engine, error) {
	ctor := engines[name]
	if ctor == nil {
		return nil, fmt.Errorf("engine %q is not registered (registered: %s)", name, registeredEngines())
	}
	return ctor(), nil
}

func registeredEngines() string {
	names := make([]string, 0, len(engines))
	for n := range engines {
		names = append(names, n)
	}
	sort.Strings(names)
	if len(names) == 0 {
		return "none"
	}
	return strings.Join(names, ", ")
}

// runWorker is the worker process's main loop: it runs jobs from in until in closes.
func runWorker(engineName string, in io.Reader, out io.Writer) error {
	eng, err := newEngine(engineName)
	if err != nil {
		return err
	}
	r := bufio.NewReader(in)
	enc := json.NewEncoder(out)
	harness := map[string]string{}
	for {
		var msg toWorker
		if err := readMsg(r, &msg); err == io.EOF {
			return nil
		} else if err != nil {
			return err
		}
		job := msg.Job
		if job == nil {
			return errors.New("worker protocol: expected a job")
		}
		for _, f := range job.Files {
			harness[f.Name] = f.Text
		}
		req := &Request{
			Test:    job.Test,
			Module:  job.Module,
			Async:   job.Async,
			Raw:     job.Raw,
			Timeout: time.Duration(job.TimeoutMS) * time.Millisecond,
		}
		for _, name := range job.Harness {
			text, ok := harness[name]
			if !ok {
				return fmt.Errorf("worker protocol: harness file %s was never sent", name)
			}
			req.Harness = append(req.Harness, Source{Name: name, Text: text})
		}
		var protoErr error
		req.LoadModule = func(specifier, referrer string) (Source, error) {
			if err := enc.Encode(fromWorker{Load: &loadRequest{specifier, referrer}}); err != nil {
				protoErr = err
				return Source{}, err
			}
			var reply toWorker
			if err := readMsg(r, &reply); err != nil || reply.Module == nil {
				protoErr = fmt.Errorf("worker protocol: expected a module reply: %v", err)
				return Source{}, protoErr
			}
			if reply.Module.Error != "" {
				return Source{}, errors.New(reply.Module.Error)
			}
			return reply.Module.Source, nil
		}
		start := time.Now()
		res := eng.Run(req)
		if protoErr != nil {
			return protoErr
		}
		if err := enc.Encode(fromWorker{Done: &doneMsg{res, time.Since(start).Milliseconds()}}); err != nil {
			return err
		}
	}
}

// workerMain runs the process as a worker: the protocol keeps the real stdout, and anything else the engine
// prints goes to stderr.
func workerMain(engineName string) int {
	out := os.Stdout
	os.Stdout = os.Stderr
	if err := runWorker(engineName, os.Stdin, out); err != nil {
		fmt.Fprintln(os.Stderr, "test262 worker:", err)
		return 2
	}
	return 0
}
