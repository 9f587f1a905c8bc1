package loop

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"unsafe"

	"golang.org/x/sys/unix"
)

// Linux FSEvents share one inotify instance per loop, as libuv's do: the
// kernel allows few instances per user (max_user_instances, often 128),
// and a recursive watch of a tree opens one FSEvent per entry. Watches of
// the same inode share a watch descriptor, so a descriptor maps to the list
// of handles that watch it.

// inotifyMask is libuv's: every change to an entry or its attributes.
const inotifyMask = unix.IN_ATTRIB | unix.IN_CREATE | unix.IN_MODIFY | unix.IN_DELETE |
	unix.IN_DELETE_SELF | unix.IN_MOVE_SELF | unix.IN_MOVED_FROM | unix.IN_MOVED_TO

// fsEventSys is the handle's watch descriptor.
type fsEventSys struct {
	wd int32
}

// fsEventLoop is the loop's inotify instance, opened on the first Start.
type fsEventLoop struct {
	open  bool
	w     watcher
	lists map[int32][]*FSEvent
	buf   []byte
}

func (s *fsEventLoop) forceClose() {
	if s.open {
		s.open = false
		_ = unix.Close(s.w.fd)
	}
}

func (l *Loop) fsEventStart(e *FSEvent, path string) error {
	s := &l.fsev
	if !s.open {
		fd, err := unix.InotifyInit1(unix.IN_NONBLOCK | unix.IN_CLOEXEC)
		if err != nil {
			return os.NewSyscallError("inotify_init1", err)
		}
		s.w = watcher{fd: fd, on: func(Events) { l.readInotify() }}
		if err := l.addWatcher(&s.w); err != nil {
			unix.Close(fd)
			return err
		}
		if err := l.setInterest(&s.w, Readable); err != nil {
			l.removeWatcher(&s.w)
			unix.Close(fd)
			return err
		}
		s.open = true
		s.lists = map[int32][]*FSEvent{}
		s.buf = make([]byte, 4096)
		l.open[s] = struct{}{}
	}
	wd, err := unix.InotifyAddWatch(s.w.fd, path, inotifyMask)
	if err != nil {
		return err
	}
	e.sys.wd = int32(wd)
	s.lists[e.sys.wd] = append(s.lists[e.sys.wd], e)
	return nil
}

func (l *Loop) fsEventStop(e *FSEvent) {
	s := &l.fsev
	if !s.open {
		return
	}
	list := s.lists[e.sys.wd]
	for i, h := range list {
		if h == e {
			list = append(list[:i:i], list[i+1:]...)
			break
		}
	}
	if len(list) > 0 {
		s.lists[e.sys.wd] = list
		return
	}
	delete(s.lists, e.sys.wd)
	// EINVAL only means the kernel already dropped the watch (its entry
	// was deleted, IN_IGNORED).
	_, _ = unix.InotifyRmWatch(s.w.fd, uint32(e.sys.wd))
}

// readInotify reads events until the fd is drained and hands each to the
// handles on its watch descriptor. An event without a name concerns the
// watched path itself and is reported under its base name, as libuv does.
// ATTRIB and MODIFY alone are a change; anything else (IN_IGNORED included,
// as in libuv) is a rename.
func (l *Loop) readInotify() {
	s := &l.fsev
	for s.open {
		n, err := unix.Read(s.w.fd, s.buf)
		if err != nil {
			if errors.Is(err, syscall.EINTR) {
				continue
			}
			return // EAGAIN: drained
		}
		for off := 0; off+unix.SizeofInotifyEvent <= n; {
			ev := (*unix.InotifyEvent)(unsafe.Pointer(&s.buf[off]))
			nameBytes := s.buf[off+unix.SizeofInotifyEvent : off+unix.SizeofInotifyEvent+int(ev.Len)]
			off += unix.SizeofInotifyEvent + int(ev.Len)
			var kind FSEventKind
			if ev.Mask&(unix.IN_ATTRIB|unix.IN_MODIFY) != 0 {
				kind |= FSChange
			}
			if ev.Mask&^uint32(unix.IN_ATTRIB|unix.IN_MODIFY) != 0 {
				kind |= FSRename
			}
			// The list may change under the callbacks: a copy keeps the
			// batch fixed, and deliver skips handles stopped meanwhile.
			list := append([]*FSEvent(nil), s.lists[ev.Wd]...)
			for _, h := range list {
				name := string(bytes.TrimRight(nameBytes, "\x00"))
				if ev.Len == 0 {
					name = filepath.Base(h.path)
				}
				h.deliver(name, kind)
			}
		}
	}
}
