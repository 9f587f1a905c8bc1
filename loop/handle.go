package loop

// handle is the state libuv keeps in uv_handle_t: whether the handle is
// active (has something to wait for) and referenced. An active, referenced
// handle counts in Loop.refs and keeps the loop alive.
type handle struct {
	l       *Loop
	active  bool
	unref   bool
	closing bool
}

func (h *handle) activate() {
	if !h.active {
		h.active = true
		if !h.unref {
			h.l.refs++
		}
	}
}

func (h *handle) deactivate() {
	if h.active {
		h.active = false
		if !h.unref {
			h.l.refs--
		}
	}
}

// Ref makes the handle keep the loop alive while it is active (the default).
func (h *handle) Ref() {
	if h.unref && h.active {
		h.l.refs++
	}
	h.unref = false
}

// Unref lets the loop exit while the handle is still active.
func (h *handle) Unref() {
	if !h.unref && h.active {
		h.l.refs--
	}
	h.unref = true
}

// HasRef reports whether the handle is referenced.
func (h *handle) HasRef() bool { return !h.unref }

// IsActive reports whether the handle is waiting for something.
func (h *handle) IsActive() bool { return h.active }

// IsClosing reports whether Close has been called.
func (h *handle) IsClosing() bool { return h.closing }

// queueClose queues the close callback for the close phase. The handle
// stays in Loop.closing, which keeps the loop alive, until then.
func (h *handle) queueClose(cb func()) {
	h.closing = true
	h.deactivate()
	h.l.closing.push(func() {
		if cb != nil {
			cb()
			h.l.after()
		}
	})
}
