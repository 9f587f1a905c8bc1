package stdlib

import "github.com/kilnjs/kiln/vm"

// tty's one native: whether a descriptor is a terminal (tty_unix.go,
// tty_other.go).

func fillTTY(n *Node, b vm.Value) {
	n.VM.DefineMethod(b, "isatty", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		return vm.Bool(isatty(int(rt.ToNumber(vm.Arg(args, 0)))))
	})
}
