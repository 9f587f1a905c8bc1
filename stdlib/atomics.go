package stdlib

import "github.com/kilnjs/kiln/vm"

var _ vm.WaitHost = (*Node)(nil)

// PostToAgent implements vm.WaitHost: Atomics.waitAsync settles its promise
// through the loop, from whichever thread notified or from its timeout's
// timer. Post does not keep the loop alive, which is node's behaviour here
// too: a program whose only pending work is a waitAsync ends.
func (n *Node) PostToAgent(f func()) { _ = n.Loop.Post(f) }
