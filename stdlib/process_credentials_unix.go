//go:build unix

package stdlib

import (
	"errors"
	"os/user"
	"strconv"
	"strings"
	"syscall"

	"github.com/kilnjs/kiln/vm"
)

// process.setuid and its siblings change the credentials of the whole
// process (Go's syscall versions apply them to every thread, as a
// single-threaded node does). lib/internal/process.js validates the
// arguments and resolves names through lookupUser/lookupGroup; here is the
// system call and node's errno exception when it fails.

func (n *Node) installCredentials(b vm.Value) {
	rt := n.VM
	set := func(name string, call func(int) error) {
		rt.DefineMethod(b, name, 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
			if err := call(int(rt.ToNumber(vm.Arg(args, 0)))); err != nil {
				rt.Throw(n.errnoException(err, name))
			}
			return vm.Undefined
		})
	}
	set("setuid", syscall.Setuid)
	set("setgid", syscall.Setgid)
	set("seteuid", syscall.Seteuid)
	set("setegid", syscall.Setegid)
	rt.DefineMethod(b, "setgroups", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		if err := syscall.Setgroups(n.intList(vm.Arg(args, 0))); err != nil {
			rt.Throw(n.errnoException(err, "setgroups"))
		}
		return vm.Undefined
	})
	// initgroups(name, gid): the user's groups from the group database plus
	// gid, as initgroups(3) sets them.
	rt.DefineMethod(b, "initgroups", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		groups := []int{int(rt.ToNumber(vm.Arg(args, 1)))}
		if u, err := user.Lookup(rt.ToGoString(vm.Arg(args, 0))); err == nil {
			ids, _ := u.GroupIds()
			for _, id := range ids {
				if g, err := strconv.Atoi(id); err == nil && g != groups[0] {
					groups = append(groups, g)
				}
			}
		}
		if err := syscall.Setgroups(groups); err != nil {
			rt.Throw(n.errnoException(err, "initgroups"))
		}
		return vm.Undefined
	})
	rt.DefineMethod(b, "lookupUser", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		if u, err := user.Lookup(rt.ToGoString(vm.Arg(args, 0))); err == nil {
			if id, err := strconv.Atoi(u.Uid); err == nil {
				return vm.Int(id)
			}
		}
		return vm.Undefined
	})
	rt.DefineMethod(b, "userName", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		if u, err := user.LookupId(strconv.Itoa(int(rt.ToNumber(vm.Arg(args, 0))))); err == nil {
			return rt.NewString(u.Username)
		}
		return vm.Undefined
	})
	rt.DefineMethod(b, "lookupGroup", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		if g, err := user.LookupGroup(rt.ToGoString(vm.Arg(args, 0))); err == nil {
			if id, err := strconv.Atoi(g.Gid); err == nil {
				return vm.Int(id)
			}
		}
		return vm.Undefined
	})
}

// intList reads an array of numbers (validated by the caller).
func (n *Node) intList(v vm.Value) []int {
	rt := n.VM
	var out []int
	for _, x := range rt.ArrayValues(v) {
		out = append(out, int(rt.ToNumber(x)))
	}
	return out
}

// errnoException is node's errnoException: "EPERM, Operation not
// permitted" with a positive errno, as process.setuid and friends throw.
func (n *Node) errnoException(err error, syscallName string) vm.Value {
	rt := n.VM
	u := uvErrorOf(err)
	desc := err.Error()
	var en syscall.Errno
	if errors.As(err, &en) {
		desc = en.Error()
	}
	if desc != "" {
		desc = strings.ToUpper(desc[:1]) + desc[1:]
	}
	e := rt.NewError(vm.ErrPlain, u.code+", "+desc)
	rt.CreateDataProperty(e, "errno", vm.Int(-u.errno))
	rt.CreateDataProperty(e, "code", rt.NewString(u.code))
	rt.CreateDataProperty(e, "syscall", rt.NewString(syscallName))
	return e
}
