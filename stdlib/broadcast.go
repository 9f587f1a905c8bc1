package stdlib

import (
	"sync"

	"github.com/kilnjs/kiln/vm"
)

// BroadcastChannels across threads. Within one thread the channels of a
// name are JavaScript only (lib/internal/messaging.js); the process keeps
// here, for each name, the threads (Nodes) that have channels of it open,
// so that a message posted in one thread reaches the others, as Node's
// BroadcastChannel reaches every worker of the process. A message is
// serialized once for each thread it goes to and delivered through that
// thread's loop.Post; like a port's, the post does not keep the loop alive
// (an open channel does).
var broadcasts struct {
	mu     sync.Mutex
	byName map[string]map[*Node]int // open channels per thread, made on first use
}

// broadcastJoin counts a channel of name that n opened (d = 1) or closed
// (d = -1).
func (n *Node) broadcastJoin(name string, d int) {
	broadcasts.mu.Lock()
	defer broadcasts.mu.Unlock()
	if broadcasts.byName == nil {
		broadcasts.byName = map[string]map[*Node]int{}
	}
	nodes := broadcasts.byName[name]
	if nodes == nil {
		nodes = map[*Node]int{}
		broadcasts.byName[name] = nodes
	}
	if nodes[n] += d; nodes[n] <= 0 {
		delete(nodes, n)
	}
	if len(nodes) == 0 {
		delete(broadcasts.byName, name)
	}
}

// leaveBroadcasts forgets n's channels as n ends.
func (n *Node) leaveBroadcasts() {
	broadcasts.mu.Lock()
	defer broadcasts.mu.Unlock()
	for name, nodes := range broadcasts.byName {
		delete(nodes, n)
		if len(nodes) == 0 {
			delete(broadcasts.byName, name)
		}
	}
}

// broadcastPost sends v to the channels of name in the other threads.
func (n *Node) broadcastPost(name string, v vm.Value) {
	broadcasts.mu.Lock()
	var to []*Node
	for m := range broadcasts.byName[name] {
		if m != n {
			to = append(to, m)
		}
	}
	broadcasts.mu.Unlock()
	for _, m := range to {
		msg := n.serialize(v, vm.Undefined, vm.Undefined)
		_ = m.Loop.Post(func() { m.broadcastArrive(name, msg) })
	}
}

// broadcastArrive runs on n's loop: a message for n's channels of name.
func (n *Node) broadcastArrive(name string, msg *vm.Serialized) {
	rt := n.VM
	if exc := rt.Try(func() {
		data, _ := n.deserialize(msg)
		rt.Call(rt.GetS(n.lib("internal/messaging"), "broadcastNews"), vm.Undefined, rt.NewString(name), data)
	}); exc != nil {
		n.uncaught(exc)
	}
}

func fillBroadcast(n *Node, b vm.Value) {
	rt := n.VM
	rt.DefineMethod(b, "broadcastJoin", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		n.broadcastJoin(rt.ToGoString(vm.Arg(args, 0)), int(rt.ToNumber(vm.Arg(args, 1))))
		return vm.Undefined
	})
	rt.DefineMethod(b, "broadcastPost", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		n.broadcastPost(rt.ToGoString(vm.Arg(args, 0)), vm.Arg(args, 1))
		return vm.Undefined
	})
}
