package vm

import (
	"io"
	"math/big"
	"sync"
	"time"

	"github.com/kilnjs/kiln/gc"
)

// $262.agent (test262's INTERPRETING.md): the agents a test starts to wait on and notify shared memory with it.
// Each agent is a runtime of its own on its own goroutine, as a worker is, with an agent-side $262.agent
// (receiveBroadcast, report, leaving, sleep, monotonicNow). A broadcast hands each agent the SharedArrayBuffer's
// memory itself (a SharedArrayBuffer of the agent's realm over the same bytes) and blocks until every agent still
// running has taken it, through an unbuffered channel per agent. Reports are strings in one queue per test.
//
// Every blocking call (broadcast, sleep, and Atomics.wait) also wakes for an interrupt, so the runner's timeout
// ends a test whose agents never answer, and EndAgents ends the agents a test leaves behind.

// agentGroup is what one test's runtime knows of the agents it started.
type agentGroup struct {
	origin  time.Time // of monotonicNow, on every side
	mu      sync.Mutex
	reports []string
	agents  []*agent
}

type agent struct {
	rt    *Runtime
	inbox chan broadcast
	stop  chan struct{} // closed by EndAgents
	done  chan struct{} // closed when the agent's goroutine ends
}

// broadcast is a SharedArrayBuffer and a number or BigInt, as Go data.
type broadcast struct {
	data   []byte
	maxLen int
	num    float64
	big    *big.Int
}

// EndAgents interrupts the agents that $262.agent.start made and waits until they have ended. A test runner calls
// it when a test is over, so that an agent still waiting (a failed test's) does not outlive it.
func (rt *Runtime) EndAgents() {
	g := rt.agents
	if g == nil {
		return
	}
	g.mu.Lock()
	agents := g.agents
	g.agents = nil
	g.mu.Unlock()
	for _, a := range agents {
		close(a.stop)
		a.rt.Interrupt()
	}
	for _, a := range agents {
		<-a.done
	}
}

// installAgent defines $262.agent on host, the parent's side.
func (rt *Runtime) installAgent(r *Realm, host Value) {
	if rt.agents == nil {
		rt.agents = &agentGroup{origin: time.Now()}
	}
	g := rt.agents
	ag := rt.NewObject()
	r.Value(host, "agent", ag)
	r.Method(ag, "start", 1, func(rt *Runtime, _ Value, args []Value) Value {
		g.start(rt.ToGoString(Arg(args, 0)))
		return Undefined
	})
	r.Method(ag, "broadcast", 2, func(rt *Runtime, _ Value, args []Value) Value {
		m := broadcast{}
		sab := Arg(args, 0)
		if !sab.IsObject() || rt.obj(sab).class != ClassArrayBuffer || !rt.hostOf(rt.obj(sab)).(*bufferData).shared {
			rt.throwTypeError("broadcast: %s is not a SharedArrayBuffer", rt.inspectShort(sab))
		}
		b := rt.hostOf(rt.obj(sab)).(*bufferData)
		m.data, m.maxLen = b.data, b.maxLen
		if n := Arg(args, 1); n.IsBigInt() {
			m.big = new(big.Int).Set(rt.bigint(n))
		} else {
			m.num = rt.ToNumber(n)
		}
		g.mu.Lock()
		agents := g.agents
		g.mu.Unlock()
		for _, a := range agents {
		deliver:
			for {
				select {
				case a.inbox <- m:
					break deliver
				case <-a.done:
					break deliver
				case <-rt.wake:
					rt.honourInterrupt()
				}
			}
		}
		return Undefined
	})
	r.Method(ag, "getReport", 0, func(rt *Runtime, _ Value, _ []Value) Value {
		g.mu.Lock()
		defer g.mu.Unlock()
		if len(g.reports) == 0 {
			return Null
		}
		s := g.reports[0]
		g.reports = g.reports[1:]
		return rt.NewString(s)
	})
	agentClockMethods(r, ag, g.origin)
}

// agentClockMethods defines sleep and monotonicNow, which both sides have.
func agentClockMethods(r *Realm, ag Value, origin time.Time) {
	r.Method(ag, "sleep", 1, func(rt *Runtime, _ Value, args []Value) Value {
		d, _ := waitDuration(rt.ToNumber(Arg(args, 0)))
		t := time.NewTimer(d)
		defer t.Stop()
		for {
			select {
			case <-t.C:
				return Undefined
			case <-rt.wake:
				rt.honourInterrupt()
			}
		}
	})
	r.Method(ag, "monotonicNow", 0, func(rt *Runtime, _ Value, _ []Value) Value {
		return gc.Float(float64(time.Since(origin).Nanoseconds()) / 1e6)
	})
}

// honourInterrupt ends the runtime if an interrupt is pending: at every safepoint, and after a wake-up on rt.wake in
// a blocking select (where a wake-up left over from an interrupt already honoured is ignored).
func (rt *Runtime) honourInterrupt() {
	if rt.interrupt.Load() {
		rt.interrupt.Store(false)
		panic(&Terminated{})
	}
}

// start runs src in a new agent and returns once the agent runs.
func (g *agentGroup) start(src string) {
	a := &agent{
		rt:    New(Options{Stdout: io.Discard, Stderr: io.Discard}),
		inbox: make(chan broadcast),
		stop:  make(chan struct{}),
		done:  make(chan struct{}),
	}
	g.mu.Lock()
	g.agents = append(g.agents, a)
	g.mu.Unlock()
	running := make(chan struct{})
	go a.run(g, src, running)
	<-running
}

func (a *agent) run(g *agentGroup, src string, running chan<- struct{}) {
	defer close(a.done)
	rt := a.rt
	// An exception or an interrupt ends the agent; the test sees it through its reports. Any other panic is an
	// engine bug and goes on, taking the runner's worker with it, so that the run fails as a crash.
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(*Terminated); !ok {
				panic(r)
			}
		}
	}()
	var receiver *Pin
	r := rt.realm
	host := rt.NewObject()
	r.Value(r.GlobalThis, "$262", host)
	ag := rt.NewObject()
	r.Value(host, "agent", ag)
	r.Method(ag, "receiveBroadcast", 1, func(rt *Runtime, _ Value, args []Value) Value {
		p := rt.Pin(Arg(args, 0))
		receiver = &p
		return Undefined
	})
	r.Method(ag, "report", 1, func(rt *Runtime, _ Value, args []Value) Value {
		s := rt.ToGoString(rt.ToString(Arg(args, 0)))
		g.mu.Lock()
		g.reports = append(g.reports, s)
		g.mu.Unlock()
		return Undefined
	})
	r.Method(ag, "leaving", 0, func(rt *Runtime, _ Value, _ []Value) Value { return Undefined })
	agentClockMethods(r, ag, g.origin)
	close(running)

	if _, exc := rt.RunSource(src, "agent"); exc != nil || rt.RunJobs() != nil {
		return
	}
	for receiver != nil {
		var m broadcast
		select {
		case m = <-a.inbox:
		case <-a.stop:
			return
		}
		sab, o := rt.newObjectCell(ClassArrayBuffer, r.made(initTypedArray).SharedArrayBufferPrototype)
		rt.setHost(o, &bufferData{data: m.data, maxLen: m.maxLen, shared: true})
		num := gc.Float(m.num)
		if m.big != nil {
			num = rt.NewBigInt(m.big)
		}
		f := rt.Pinned(*receiver)
		if exc := rt.Try(func() { rt.Call(f, Undefined, sab, num) }); exc != nil || rt.RunJobs() != nil {
			return
		}
	}
}
