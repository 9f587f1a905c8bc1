package stdlib

import (
	"slices"
	"sync"

	"github.com/kilnjs/kiln/vm"
)

// process.env shared between threads: a worker made with env: SHARE_ENV
// reads and writes its parent's variables, as node's share one
// KVStore. Each thread's process.env stays a Proxy over a plain object
// (lib/internal/process.js); once shared, the object is a cache of the
// envStore: a write goes through to the store, and an access first pulls
// the store's variables when its version has moved since the thread last
// looked.
type envStore struct {
	mu      sync.Mutex
	vars    map[string]string
	order   []string // the names in the order they were first set
	version int
}

// setLocked sets or, when del, deletes a variable; the caller holds mu.
func (s *envStore) setLocked(k, v string, del bool) {
	_, had := s.vars[k]
	switch {
	case del && had:
		delete(s.vars, k)
		s.order = slices.DeleteFunc(s.order, func(x string) bool { return x == k })
	case !del:
		if !had {
			s.order = append(s.order, k)
		}
		s.vars[k] = v
	}
	s.version++
}

// shareEnv returns the store n's process.env shares with the workers it
// makes with SHARE_ENV, making it from the variables n has now.
func (n *Node) shareEnv() *envStore {
	if n.sharedEnv != nil {
		return n.sharedEnv
	}
	rt := n.VM
	s := &envStore{vars: map[string]string{}, version: 1}
	for _, k := range rt.OwnKeys(n.processEnv) {
		s.setLocked(k, rt.ToGoString(rt.GetS(n.processEnv, k)), false)
	}
	n.sharedEnv = s
	rt.Call(rt.Pinned(n.envSharer), vm.Undefined, vm.Int(s.version))
	return s
}

func fillEnvShare(n *Node, b vm.Value) {
	rt := n.VM
	if l := n.opts.worker; l != nil && l.env != nil {
		n.sharedEnv = l.env
	}
	// setEnvSharer(fn): fn(version) turns sharing on in the lib; it runs
	// at once in a worker that shares its parent's variables.
	rt.DefineMethod(b, "setEnvSharer", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		n.envSharer = rt.Pin(vm.Arg(args, 0))
		if s := n.sharedEnv; s != nil {
			s.mu.Lock()
			v := s.version
			s.mu.Unlock()
			rt.Call(rt.Pinned(n.envSharer), vm.Undefined, vm.Int(v))
		}
		return vm.Undefined
	})
	rt.DefineMethod(b, "envVersion", 0, func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
		s := n.sharedEnv
		s.mu.Lock()
		defer s.mu.Unlock()
		return vm.Int(s.version)
	})
	// envSnapshot gives the shared variables as a null-prototype object.
	rt.DefineMethod(b, "envSnapshot", 0, func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
		s := n.sharedEnv
		s.mu.Lock()
		keys := slices.Clone(s.order)
		vals := make([]string, len(keys))
		for i, k := range keys {
			vals[i] = s.vars[k]
		}
		s.mu.Unlock()
		o := rt.NewObjectProto(vm.Null)
		for i, k := range keys {
			rt.CreateDataProperty(o, k, rt.NewString(vals[i]))
		}
		return o
	})
	// envSet(key, value) sets a variable, envSet(key) deletes one; both
	// return the store's new version.
	rt.DefineMethod(b, "envSet", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		s := n.sharedEnv
		k := rt.ToGoString(vm.Arg(args, 0))
		var v string
		set := len(args) > 1
		if set {
			v = rt.ToGoString(args[1])
		}
		s.mu.Lock()
		defer s.mu.Unlock()
		s.setLocked(k, v, !set)
		return vm.Int(s.version)
	})
}
