package stdlib

import "github.com/kilnjs/kiln/vm"

// Windows has no POSIX credentials: node defines no process.setuid and
// friends there, and neither does Kiln.
func (n *Node) installCredentials(b vm.Value) {}
