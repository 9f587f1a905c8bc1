//go:build !linux

package loop

import (
	"maps"
	"os"
	"path/filepath"
	"slices"
	"time"
)

// Outside Linux, FSEvents poll for now: every fsPollInterval a work function
// stats the path (and a directory's entries) and the loop compares with the
// last snapshot. This stands in for kqueue/FSEvents and
// ReadDirectoryChangesW until those backends are written; it reports the
// same kinds of events, later and without the OS's duplicates.
const fsPollInterval = 200 * time.Millisecond

// fsEventLoop is empty: polling handles share nothing.
type fsEventLoop struct{}

// fsEventSys is the handle's polling state.
type fsEventSys struct {
	timer *Timer
	last  fsSnapshot
	busy  bool
}

// fsEntry is what a snapshot compares: a change of any of these is a change
// event, as libuv's uv_fs_poll compares stat fields.
type fsEntry struct {
	size    int64
	mode    os.FileMode
	modTime time.Time
}

type fsSnapshot struct {
	self    fsEntry
	exists  bool
	entries map[string]fsEntry // a directory's children
}

func takeSnapshot(path string) (fsSnapshot, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return fsSnapshot{}, err
	}
	s := fsSnapshot{self: fsEntry{fi.Size(), fi.Mode(), fi.ModTime()}, exists: true}
	if fi.IsDir() {
		s.entries = map[string]fsEntry{}
		des, _ := os.ReadDir(path)
		for _, de := range des {
			if ci, err := de.Info(); err == nil {
				s.entries[de.Name()] = fsEntry{ci.Size(), ci.Mode(), ci.ModTime()}
			}
		}
	}
	return s, nil
}

func (l *Loop) fsEventStart(e *FSEvent, path string) error {
	snap, err := takeSnapshot(path)
	if err != nil {
		return err
	}
	e.sys = fsEventSys{last: snap}
	e.sys.timer = l.StartTimer(fsPollInterval, true, func() { l.pollFSEvent(e) })
	// The handle keeps the loop alive, not its timer.
	e.sys.timer.Unref()
	return nil
}

func (l *Loop) fsEventStop(e *FSEvent) {
	if e.sys.timer != nil {
		e.sys.timer.Close()
		e.sys.timer = nil
	}
}

func (l *Loop) pollFSEvent(e *FSEvent) {
	if e.sys.busy {
		return
	}
	e.sys.busy = true
	var snap fsSnapshot
	path := e.path
	// A failed QueueWork means the loop is closing: nothing to report.
	_ = l.QueueWork(func() { snap, _ = takeSnapshot(path) }, func() {
		e.sys.busy = false
		if !e.active {
			return
		}
		prev := e.sys.last
		e.sys.last = snap
		base := filepath.Base(path)
		switch {
		case prev.exists != snap.exists:
			e.deliver(base, FSRename)
			return
		case prev.entries == nil && snap.self != prev.self:
			e.deliver(base, FSChange)
			return
		}
		for _, name := range slices.Sorted(maps.Keys(prev.entries)) {
			if cur, ok := snap.entries[name]; !ok {
				e.deliver(name, FSRename)
			} else if cur != prev.entries[name] {
				e.deliver(name, FSChange)
			}
		}
		for _, name := range slices.Sorted(maps.Keys(snap.entries)) {
			if _, ok := prev.entries[name]; !ok {
				e.deliver(name, FSRename)
			}
		}
	})
}
