package loop

// FSEventKind is what happened to a watched entry, as libuv's
// uv_fs_event flags: Node reports Rename when it is set, else Change.
type FSEventKind uint8

const (
	// FSRename: an entry appeared, disappeared or was moved.
	FSRename FSEventKind = 1 << iota
	// FSChange: an entry's data or attributes changed.
	FSChange
)

// FSEvent watches a file or a directory (libuv's uv_fs_event_t). Each event
// names the entry it concerns: a directory's child by its name, the watched
// path itself by its base name. How events are found is the OS backend's
// business (fsevent_linux.go, fsevent_poll.go).
type FSEvent struct {
	handle
	path string
	cb   func(name string, kind FSEventKind)
	sys  fsEventSys
}

// NewFSEvent creates a stopped FSEvent.
func (l *Loop) NewFSEvent() (*FSEvent, error) {
	if l.closed {
		return nil, ErrClosed
	}
	return &FSEvent{handle: handle{l: l}}, nil
}

// Path returns the path given to Start.
func (e *FSEvent) Path() string { return e.path }

// Start watches path and calls cb in the poll phase for each event. It
// fails with the OS error (ENOENT for a missing path) without starting.
// Starting a started FSEvent does nothing, as in libuv.
func (e *FSEvent) Start(path string, cb func(name string, kind FSEventKind)) error {
	if e.closing {
		return ErrClosed
	}
	if e.active {
		return nil
	}
	if err := e.l.fsEventStart(e, path); err != nil {
		return err
	}
	e.path, e.cb = path, cb
	e.activate()
	e.l.open[e] = struct{}{}
	return nil
}

// Stop stops watching; events not yet delivered are dropped.
func (e *FSEvent) Stop() {
	if !e.active {
		return
	}
	e.l.fsEventStop(e)
	delete(e.l.open, e)
	e.deactivate()
}

// Close stops watching and calls cb, if not nil, in the close phase.
func (e *FSEvent) Close(cb func()) {
	if e.closing {
		return
	}
	e.Stop()
	e.queueClose(cb)
}

func (e *FSEvent) forceClose() {
	e.l.fsEventStop(e)
	e.closing = true
	e.deactivate()
}

// deliver runs the callback unless the handle was stopped by an earlier
// callback of the same batch.
func (e *FSEvent) deliver(name string, kind FSEventKind) {
	if !e.active {
		return
	}
	e.cb(name, kind)
	e.l.after()
}
