package stdlib

import (
	"errors"
	"syscall"

	"github.com/kilnjs/kiln/loop"
	"github.com/kilnjs/kiln/vm"
)

// fs.watch's Go half: loop.FSEvent handles for lib/fs.js's FSWatcher (the
// role of Node's FSEvent from fs_event_wrap). A handle is a number; the
// watcher object stays pinned while its handle is open, and each event
// calls its onchange(eventType, filename). Recursive watching, fs.watchFile
// and fs.promises.watch are written in lib/fs.js over these calls.

type fsWatchHandle struct {
	ev    *loop.FSEvent
	owner vm.Pin
}

func (n *Node) fillFSWatch(b vm.Value) {
	rt := n.VM
	next := 0
	handles := map[int]*fsWatchHandle{}
	get := func(args []vm.Value) (int, *fsWatchHandle) {
		id := int(rt.ToNumber(vm.Arg(args, 0)))
		return id, handles[id]
	}
	// fsEventStart(owner, path, persistent) starts watching path and returns
	// the handle's number, or throws node's watch error.
	rt.DefineMethod(b, "fsEventStart", 3, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		path := rt.ToGoString(vm.Arg(args, 1))
		ev, err := n.Loop.NewFSEvent()
		if err == nil {
			h := &fsWatchHandle{ev: ev}
			err = ev.Start(path, func(name string, kind loop.FSEventKind) {
				owner := rt.Pinned(h.owner)
				// Node reports rename when both flags are set.
				eventType := "change"
				if kind&loop.FSRename != 0 {
					eventType = "rename"
				}
				if exc := rt.Try(func() {
					rt.Call(rt.GetS(owner, "onchange"), owner, rt.NewString(eventType), rt.NewString(name))
				}); exc != nil {
					n.uncaught(exc)
				}
			})
			if err == nil {
				h.owner = rt.Pin(vm.Arg(args, 0))
				if !rt.ToBoolean(vm.Arg(args, 2)) {
					ev.Unref()
				}
				next++
				handles[next] = h
				return vm.Int(next)
			}
		}
		rt.Throw(n.watchError(err, path))
		return vm.Undefined
	})
	rt.DefineMethod(b, "fsEventClose", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		id, h := get(args)
		if h != nil {
			delete(handles, id)
			h.ev.Close(func() { rt.Unpin(h.owner) })
		}
		return vm.Undefined
	})
	rt.DefineMethod(b, "fsEventRef", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		if _, h := get(args); h != nil {
			if rt.ToBoolean(vm.Arg(args, 1)) {
				h.ev.Ref()
			} else {
				h.ev.Unref()
			}
		}
		return vm.Undefined
	})
}

// watchError is the error fs.watch throws, node's UVException with syscall
// 'watch' and the path also as filename (so its own keys come in that order).
func (n *Node) watchError(err error, path string) vm.Value {
	rt := n.VM
	u := uvErrorOf(err)
	desc := u.desc
	if errors.Is(err, syscall.ENOSPC) {
		desc = "System limit for number of file watchers reached"
	}
	e := rt.NewError(vm.ErrPlain, u.code+": "+desc+", watch '"+path+"'")
	rt.CreateDataProperty(e, "errno", vm.Int(u.errno))
	rt.CreateDataProperty(e, "syscall", rt.NewString("watch"))
	rt.CreateDataProperty(e, "code", rt.NewString(u.code))
	rt.CreateDataProperty(e, "path", rt.NewString(path))
	rt.CreateDataProperty(e, "filename", rt.NewString(path))
	return e
}
