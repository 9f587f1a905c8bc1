package stdlib

import (
	"sync"

	"github.com/kilnjs/kiln/vm"
)

// MessagePorts that cross threads. Within one thread a MessageChannel is
// JavaScript only (lib/internal/messaging.js). When one of its ports is
// transferred to another thread, the pair becomes a portPipe: two sides
// behind one mutex, each with an inbox of serialized messages and the
// Node that owns it (nil while the side travels in a message). The JS
// ports keep their objects and listeners; only where their messages wait
// changes. Node does the same with its MessagePortData: the queue belongs
// to the channel end, not to the port object, so messages posted while a
// port is on its way are waiting for it when it arrives.
//
// A message to a side wakes its owner through the owner's loop.Post, once
// until the owner has looked (notified), and the owner takes the messages
// one at a time when it delivers them, so receiveMessageOnPort, the
// delivery limit per pass and a transfer onwards all see one queue. Post
// does not keep a loop alive: a port with a 'message' listener does, as
// in one thread.

type portPipe struct {
	mu    sync.Mutex
	sides [2]pipeSide
}

type pipeSide struct {
	inbox    []*vm.Serialized
	owner    *Node // nil while in transit or once closed
	id       int   // the owner's number for this side
	closed   bool
	notified bool
}

// portEnd is one side of a pipe: what a transferred MessagePort becomes
// while it travels, and what its Node holds of it once it has arrived.
type portEnd struct {
	pipe *portPipe
	side int
}

func (e *portEnd) self() *pipeSide { return &e.pipe.sides[e.side] }
func (e *portEnd) peer() *pipeSide { return &e.pipe.sides[1-e.side] }

// notifyLocked wakes the owner of s once; the caller holds the pipe's lock.
func (e *portEnd) notifyLocked() {
	s := e.self()
	if s.owner == nil || s.notified {
		return
	}
	s.notified = true
	n, id := s.owner, s.id
	_ = n.Loop.Post(func() { n.portNews(e, id) })
}

// portNews runs on the owner's loop: the side numbered id has messages or
// lost its peer, unless it has moved on meanwhile.
func (n *Node) portNews(e *portEnd, id int) {
	e.pipe.mu.Lock()
	s := e.self()
	current := s.owner == n && s.id == id
	if current {
		s.notified = false
	}
	e.pipe.mu.Unlock()
	if current {
		rt := n.VM
		messaging := n.lib("internal/messaging")
		if exc := rt.Try(func() { rt.Call(rt.GetS(messaging, "portNews"), vm.Undefined, vm.Int(id)) }); exc != nil {
			n.uncaught(exc)
		}
	}
}

// ownPort makes n the owner of e and returns n's number for it.
func (n *Node) ownPort(e *portEnd) int {
	if n.ports == nil {
		n.ports = map[int]*portEnd{}
	}
	n.portSeq++
	id := n.portSeq
	n.ports[id] = e
	e.pipe.mu.Lock()
	s := e.self()
	s.owner, s.id, s.notified = n, id, false
	e.pipe.mu.Unlock()
	return id
}

// adoptPort makes the MessagePort for a side that arrived in a message.
func (n *Node) adoptPort(data any) vm.Value {
	id := n.ownPort(data.(*portEnd))
	rt := n.VM
	return rt.Call(rt.GetS(n.lib("internal/messaging"), "adoptPort"), vm.Undefined, vm.Int(id))
}

// deserialize rebuilds a message in n, with the ports it carries.
func (n *Node) deserialize(m *vm.Serialized) (vm.Value, []vm.Value) {
	return n.VM.Deserialize(m, n.adoptPort)
}

// push queues m for side e, or drops it where e is closed.
func (e *portEnd) push(m *vm.Serialized) {
	e.pipe.mu.Lock()
	s := e.self()
	if s.closed {
		e.pipe.mu.Unlock()
		dropMessage(m)
		return
	}
	s.inbox = append(s.inbox, m)
	e.notifyLocked()
	e.pipe.mu.Unlock()
}

// dropMessage closes the ports a message that will not be delivered
// carries, so that their peers see them close.
func dropMessage(m *vm.Serialized) {
	for _, h := range m.Hosts() {
		h.(*portEnd).close()
	}
}

// close closes side e: its peer hears of it, its queue is dropped.
func (e *portEnd) close() {
	e.pipe.mu.Lock()
	s := e.self()
	if s.closed {
		e.pipe.mu.Unlock()
		return
	}
	dropped := s.inbox
	s.closed, s.inbox, s.owner = true, nil, nil
	(&portEnd{e.pipe, 1 - e.side}).notifyLocked()
	e.pipe.mu.Unlock()
	for _, m := range dropped {
		dropMessage(m)
	}
}

// closePorts closes the ports n still owns as n ends.
func (n *Node) closePorts() {
	for _, e := range n.ports {
		e.close()
	}
	n.ports = nil
}

func fillPorts(n *Node, b vm.Value) {
	rt := n.VM
	// The lib passes only the numbers of sides n holds; anything else is
	// a bug there, reported as an error rather than a crash.
	end := func(args []vm.Value) *portEnd {
		e := n.ports[int(rt.ToNumber(vm.Arg(args, 0)))]
		if e == nil {
			rt.Throw(n.newNodeError(vm.ErrType, "ERR_INTERNAL_ASSERTION", "no such MessagePort side"))
		}
		return e
	}
	// portPair(peerClosed) makes a pipe for a local pair and returns n's
	// numbers for its sides; the second side starts closed if the pair's
	// other port already is.
	rt.DefineMethod(b, "portPair", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		p := &portPipe{}
		a, c := &portEnd{p, 0}, &portEnd{p, 1}
		ida, idc := n.ownPort(a), n.ownPort(c)
		if rt.ToBoolean(vm.Arg(args, 0)) {
			c.close()
			delete(n.ports, idc)
		}
		return rt.NewArray([]vm.Value{vm.Int(ida), vm.Int(idc)})
	})
	rt.DefineMethod(b, "portSize", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		e := end(args)
		e.pipe.mu.Lock()
		defer e.pipe.mu.Unlock()
		return vm.Int(len(e.self().inbox))
	})
	rt.DefineMethod(b, "portPeerClosed", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		e := end(args)
		e.pipe.mu.Lock()
		defer e.pipe.mu.Unlock()
		return vm.Bool(e.peer().closed)
	})
	// portTake returns the next message as { data, ports }, or undefined.
	rt.DefineMethod(b, "portTake", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		e := end(args)
		e.pipe.mu.Lock()
		s := e.self()
		if len(s.inbox) == 0 {
			e.pipe.mu.Unlock()
			return vm.Undefined
		}
		m := s.inbox[0]
		s.inbox[0] = nil
		s.inbox = s.inbox[1:]
		e.pipe.mu.Unlock()
		data, ports := n.deserialize(m)
		out := rt.NewObject()
		rt.CreateDataProperty(out, "data", data)
		rt.CreateDataProperty(out, "ports", rt.NewArray(ports))
		return out
	})
	// portPost(id, value, transferList, source) posts to the side's peer.
	rt.DefineMethod(b, "portPost", 4, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		e := end(args)
		m := n.serialize(vm.Arg(args, 1), vm.Arg(args, 2), vm.Arg(args, 3))
		(&portEnd{e.pipe, 1 - e.side}).push(m)
		return vm.Undefined
	})
	// portRequeue(id, value, ports) queues a message that waited on a
	// local port for the side that port now has.
	rt.DefineMethod(b, "portRequeue", 3, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		end(args).push(n.serialize(vm.Arg(args, 1), vm.Arg(args, 2), vm.Undefined))
		return vm.Undefined
	})
	rt.DefineMethod(b, "portClose", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		end(args).close()
		delete(n.ports, int(rt.ToNumber(vm.Arg(args, 0))))
		return vm.Undefined
	})
	// portDetach lets go of a side that leaves in a message.
	rt.DefineMethod(b, "portDetach", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		e := end(args)
		e.pipe.mu.Lock()
		s := e.self()
		s.owner, s.notified = nil, false
		e.pipe.mu.Unlock()
		delete(n.ports, int(rt.ToNumber(vm.Arg(args, 0))))
		return vm.Undefined
	})
}
