package stdlib

import "github.com/kilnjs/kiln/vm"

// structuredClone and the DOMException class its errors are made of, as
// Node defines them globally. The clone itself is the vm's
// (vm.Runtime.StructuredClone); this file reads the arguments as Node does
// and turns a DataCloneError into a DOMException.

// installClone defines the structuredClone global.
func (n *Node) installClone() {
	rt := n.VM
	// Node's structuredClone is an enumerable global, unlike the classes.
	rt.CreateDataProperty(rt.Global(), "structuredClone", rt.NewNativeFunction("structuredClone", 0, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		if len(args) == 0 {
			rt.Throw(n.newCodedError(vm.ErrType, "ERR_MISSING_ARGS", "The value argument must be specified"))
		}
		var transfer []vm.Value
		if opts := vm.Arg(args, 1); !opts.IsNullish() {
			if !opts.IsObject() {
				rt.Throw(n.newNodeError(vm.ErrType, "ERR_INVALID_ARG_TYPE", "The options argument must be either an object or undefined"))
			}
			if list := rt.GetS(opts, "transfer"); list != vm.Undefined {
				rt.Iterate(list, func(v vm.Value) bool {
					rt.Keep(v)
					transfer = append(transfer, v)
					return true
				})
			}
		}
		if len(transfer) > 0 {
			// What markAsUntransferable marked is copied, not moved, as
			// postMessage does in node v20.
			marked := rt.GetS(n.lib("internal/messaging"), "isUntransferable")
			kept := transfer[:0]
			for _, v := range transfer {
				if !rt.ToBoolean(rt.Call(marked, vm.Undefined, v)) {
					kept = append(kept, v)
				}
			}
			transfer = kept
		}
		return rt.StructuredClone(args[0], transfer, n.dataCloneError)
	}))
}
