package loop

type hookKind uint8

const (
	hookIdle hookKind = iota
	hookPrepare
	hookCheck
)

// Hook is a callback run once per iteration while started: libuv's idle
// (before poll, and poll does not block while one is started), prepare (right
// before poll) and check (right after the immediates) handles. A started,
// referenced hook keeps the loop alive, as in libuv.
type Hook struct {
	handle
	kind hookKind
	cb   func()
}

// NewIdle returns a stopped idle hook.
func (l *Loop) NewIdle(cb func()) *Hook { return &Hook{handle: handle{l: l}, kind: hookIdle, cb: cb} }

// NewPrepare returns a stopped prepare hook.
func (l *Loop) NewPrepare(cb func()) *Hook {
	return &Hook{handle: handle{l: l}, kind: hookPrepare, cb: cb}
}

// NewCheck returns a stopped check hook.
func (l *Loop) NewCheck(cb func()) *Hook { return &Hook{handle: handle{l: l}, kind: hookCheck, cb: cb} }

func (h *Hook) list() *[]*Hook {
	switch h.kind {
	case hookIdle:
		return &h.l.idle
	case hookPrepare:
		return &h.l.prepare
	default:
		return &h.l.check
	}
}

// Start starts the hook; hooks run in the order they were started. Starting
// a started or closing hook does nothing.
func (h *Hook) Start() {
	if h.active || h.closing {
		return
	}
	h.activate()
	list := h.list()
	*list = append(*list, h)
	if h.kind == hookIdle {
		h.l.idleCount++
	}
}

// Stop stops the hook.
func (h *Hook) Stop() {
	if !h.active {
		return
	}
	h.deactivate()
	list := h.list()
	s := *list
	for i, x := range s {
		if x == h {
			copy(s[i:], s[i+1:])
			s[len(s)-1] = nil
			*list = s[:len(s)-1]
			break
		}
	}
	if h.kind == hookIdle {
		h.l.idleCount--
	}
}

// Close stops the hook and calls cb, if not nil, in the close phase.
func (h *Hook) Close(cb func()) {
	if h.closing {
		return
	}
	h.Stop()
	h.queueClose(cb)
}

// runHooks runs the hooks started when the phase began; a hook stopped by an
// earlier one in the same phase is skipped.
func (l *Loop) runHooks(list []*Hook) {
	if len(list) == 0 {
		return
	}
	l.hookScratch = append(l.hookScratch[:0], list...)
	for i, h := range l.hookScratch {
		l.hookScratch[i] = nil
		if h.active {
			h.cb()
			l.after()
		}
	}
}
