package stdlib

import (
	"io"
	"strconv"
	"strings"

	"github.com/kilnjs/kiln/vm"
)

// installConsole defines the global console (stdout for log/info/debug,
// stderr for error/warn/trace).
func (n *Node) installConsole() {
	rt := n.VM
	c := rt.NewObject()
	out := func(w io.Writer) vm.NativeFunc {
		return func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
			io.WriteString(w, n.formatLog(args)+"\n")
			return vm.Undefined
		}
	}
	for _, name := range []string{"log", "info", "debug"} {
		rt.DefineMethod(c, name, 0, out(n.opts.Stdout))
	}
	for _, name := range []string{"error", "warn", "trace"} {
		rt.DefineMethod(c, name, 0, out(n.opts.Stderr))
	}
	rt.DefineValue(rt.Global(), "console", c)
}

// formatLog is util.format (§ Node's util.format): a leading format string
// with %s %d %i %f %j %o %O %c %%, then the remaining arguments inspected.
func (n *Node) formatLog(args []vm.Value) string {
	rt := n.VM
	if len(args) == 0 {
		return ""
	}
	var b strings.Builder
	rest := args
	if args[0].IsString() {
		f := rt.GoString(args[0])
		rest = args[1:]
		for i := 0; i < len(f); i++ {
			if f[i] != '%' || i+1 >= len(f) {
				b.WriteByte(f[i])
				continue
			}
			verb := f[i+1]
			if verb == '%' {
				b.WriteByte('%')
				i++
				continue
			}
			if len(rest) == 0 || !strings.ContainsRune("sdifjoOc", rune(verb)) {
				b.WriteByte('%')
				continue
			}
			a := rest[0]
			rest = rest[1:]
			i++
			switch verb {
			case 's':
				if a.IsString() {
					b.WriteString(rt.GoString(a))
				} else {
					b.WriteString(n.inspect(a, inspectOptions{depth: 1}))
				}
			case 'd', 'i':
				if a.IsObject() {
					b.WriteString("NaN")
					continue
				}
				f := rt.ToNumber(a)
				if verb == 'i' {
					f = float64(int64(f))
				}
				b.WriteString(n.inspect(vm.Float(f), inspectOptions{}))
			case 'f':
				b.WriteString(strconv.FormatFloat(rt.ToNumber(a), 'g', -1, 64))
			case 'j':
				b.WriteString(n.inspect(a, inspectOptions{depth: 2}))
			case 'o', 'O':
				b.WriteString(n.inspect(a, inspectOptions{depth: 4}))
			case 'c':
			}
		}
		if len(rest) > 0 {
			b.WriteByte(' ')
		}
	}
	for i, a := range rest {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(n.inspect(a, inspectOptions{depth: 2}))
	}
	return b.String()
}
