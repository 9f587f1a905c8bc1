package stdlib

import "github.com/kilnjs/kiln/vm"

// addonError is what loading a native addon (a .node file, through
// require or process.dlopen) throws: node's ERR_DLOPEN_FAILED, with a reason
// of Kiln's in place of the dynamic loader's. Kiln runs no native code, so
// packages that try an addon and fall back to JavaScript or WebAssembly on
// failure (as many do) take their fallback.
func (n *Node) addonError(filename string) vm.Value {
	return n.newNodeError(vm.ErrPlain, "ERR_DLOPEN_FAILED", filename+": Kiln cannot load native addons (N-API)")
}
