package stdlib

import "github.com/kilnjs/kiln/vm"

// fillDomain is lib/domain.js's binding: where it installs the handler
// that emitProcessUncaught asks first. The handler lives in the realm's
// Extra, which the collector treats as a root.
func fillDomain(n *Node, b vm.Value) {
	n.VM.DefineMethod(b, "setUncaughtHandler", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		rt.Realm().Extra[domainHandlerKey] = vm.Arg(args, 0)
		return vm.Undefined
	})
}
