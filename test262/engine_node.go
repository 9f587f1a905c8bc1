package main

// The "node" engine runs tests on the installed node, one vm context per test, in a long-lived node child
// (engine_node_driver.js). It exists to check the runner against a mature engine; CI does not use it.

import (
	"bufio"
	_ "embed"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
)

//go:embed engine_node_driver.js
var nodeDriver string

func init() { engines["node"] = func() Engine { return &nodeEngine{} } }

type nodeEngine struct {
	runID int // numbers the runs, so that messages about an earlier test are recognised
	cmd   *exec.Cmd
	stdin io.WriteCloser
	enc   *json.Encoder
	out   *bufio.Reader
}

// The messages between nodeEngine and its driver.
type nodeRun struct {
	ID        int      `json:"id"`
	Harness   []Source `json:"harness"`
	Test      Source   `json:"test"`
	Module    bool     `json:"module"`
	Async     bool     `json:"async"`
	TimeoutMS int64    `json:"timeoutMs"`
}

type nodeToDriver struct {
	Run    *nodeRun         `json:"run,omitempty"`
	Module *nodeModuleReply `json:"module,omitempty"`
}

type nodeModuleReply struct {
	ID     int    `json:"id"`
	Source Source `json:"source"`
	Error  string `json:"error,omitempty"`
}

type nodeFromDriver struct {
	Load *nodeLoad `json:"load,omitempty"`
	Done *nodeDone `json:"done,omitempty"`
}

type nodeLoad struct {
	Run       int    `json:"run"`
	ID        int    `json:"id"`
	Specifier string `json:"specifier"`
	Referrer  string `json:"referrer"`
}

type nodeDone struct {
	Run    int    `json:"run"`
	Result Result `json:"result"`
}

func (e *nodeEngine) start() error {
	// The driver's stderr is the worker's, so a dying node explains itself in the worker's crash reason.
	cmd := exec.Command("node", "--expose-gc", "--experimental-vm-modules", "--no-warnings", "-e", nodeDriver)
	cmd.Stderr = os.Stderr
	stdin, err := cmd.StdinPipe()
	if err != nil {
		return err
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return err
	}
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("starting node: %w", err)
	}
	e.cmd, e.stdin, e.enc, e.out = cmd, stdin, json.NewEncoder(stdin), bufio.NewReader(stdout)
	return nil
}

// stop ends a driver that broke the protocol; the next Run starts a new one.
func (e *nodeEngine) stop() {
	e.stdin.Close()
	e.cmd.Process.Kill()
	e.cmd.Wait()
	e.cmd = nil
}

func (e *nodeEngine) Run(req *Request) Result {
	res, err := e.run(req)
	if err != nil {
		if e.cmd != nil {
			e.stop()
		}
		return Result{Phase: PhaseHarness, ErrorName: "NodeDriverError", Message: err.Error()}
	}
	return res
}

func (e *nodeEngine) run(req *Request) (Result, error) {
	if e.cmd == nil {
		if err := e.start(); err != nil {
			return Result{}, err
		}
	}
	e.runID++
	run := &nodeRun{ID: e.runID, Harness: req.Harness, Test: req.Test, Module: req.Module, Async: req.Async, TimeoutMS: req.Timeout.Milliseconds()}
	if err := e.enc.Encode(nodeToDriver{Run: run}); err != nil {
		return Result{}, err
	}
	for {
		var msg nodeFromDriver
		if err := readMsg(e.out, &msg); err != nil {
			return Result{}, fmt.Errorf("node driver: %w", err)
		}
		switch {
		case msg.Done != nil && msg.Done.Run == e.runID:
			return msg.Done.Result, nil
		case msg.Done != nil:
			// The answer to a run abandoned by an earlier error.
		case msg.Load != nil:
			reply := &nodeModuleReply{ID: msg.Load.ID, Error: "the test that asked has ended"}
			if msg.Load.Run == e.runID {
				reply.Error = ""
				src, err := req.LoadModule(msg.Load.Specifier, msg.Load.Referrer)
				if err != nil {
					reply.Error = err.Error()
				}
				reply.Source = src
			}
			if err := e.enc.Encode(nodeToDriver{Module: reply}); err != nil {
				return Result{}, err
			}
		default:
			return Result{}, fmt.Errorf("node driver: unexpected message")
		}
	}
}
