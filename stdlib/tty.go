package stdlib

import "github.com/kilnjs/kiln/vm"

// tty's natives: whether a descriptor is a terminal, raw mode
// (tty_linux.go, tty_other.go) and the window size (tty_winsize_*.go).

func fillTTY(n *Node, b vm.Value) {
	n.VM.DefineMethod(b, "isatty", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		return vm.Bool(isatty(int(rt.ToNumber(vm.Arg(args, 0)))))
	})
	// setRawMode(fd, flag) gives back the failure as [errno, code,
	// message], or undefined.
	n.VM.DefineMethod(b, "setRawMode", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		if err := setRawMode(int(rt.ToNumber(vm.Arg(args, 0))), rt.ToBoolean(vm.Arg(args, 1))); err != nil {
			return n.netErrno(err)
		}
		return vm.Undefined
	})
	// getWindowSize(fd) gives back [columns, rows], or an error message.
	n.VM.DefineMethod(b, "getWindowSize", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		cols, rows, err := windowSize(int(rt.ToNumber(vm.Arg(args, 0))))
		if err != nil {
			return rt.NewString(err.Error())
		}
		return rt.NewArray([]vm.Value{vm.Int(cols), vm.Int(rows)})
	})
}

// fillSyncWriteStream gives lib/internal/sync_write_stream.js the write
// that process.stdout and stderr share with the global console.
func fillSyncWriteStream(n *Node, b vm.Value) {
	n.VM.DefineMethod(b, "write", 2, n.writeStdio)
}
