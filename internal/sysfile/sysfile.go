// Package sysfile reads files with plain system calls, for the reads Kiln
// makes itself, outside the event loop: the snapshot it was given, the
// trailer at the end of its own executable, and the modules, package.json
// files and compile-cache entries that require and import load.
//
// An os.File registers itself with Go's network poller at every open: four
// fcntl calls setting and clearing non-blocking mode around an epoll_ctl
// that fails for a regular file. The first registration also starts the
// poller (an epoll instance and an eventfd, which idle threads then poll).
// Kiln's event loop has a poller of its own, so that is pure cost: five
// system calls per file loaded by a require (strace of an Express app's
// start-up: 5,824 → 3,643 calls), and three more to start the poller.
// Programs that open files through fs still use os.
package sysfile

import (
	"errors"
	"io"
	"io/fs"
)

// ReadFile returns the contents of the named file. Its errors are the
// *fs.PathError values os.ReadFile returns, so messages read the same.
func ReadFile(name string) ([]byte, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	size, regular, err := f.stat()
	if err != nil {
		return nil, err
	}
	// One byte more than the size: a file that grew since the stat is read to
	// its end all the same, and a regular file's short read is its end, which
	// saves the read that would return nothing. Files of /proc and /sys say
	// they are regular and empty, and are read until a read returns nothing.
	regular = regular && size > 0
	data := make([]byte, 0, size+1)
	for {
		want := cap(data) - len(data)
		n, err := f.read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err == io.EOF || regular && n > 0 && n < want {
			return data, nil
		}
		if err != nil {
			return nil, &fs.PathError{Op: "read", Path: name, Err: err}
		}
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
	}
}

// Size is the file's size.
func (f *File) Size() (int64, error) {
	size, _, err := f.stat()
	return size, err
}

// ReadAt reads len(p) bytes at off, failing unless it gets them all.
func (f *File) ReadAt(p []byte, off int64) error {
	for len(p) > 0 {
		n, err := f.pread(p, off)
		if err != nil {
			return &fs.PathError{Op: "read", Path: f.name, Err: err}
		}
		if n == 0 {
			return &fs.PathError{Op: "read", Path: f.name, Err: io.ErrUnexpectedEOF}
		}
		p, off = p[n:], off+int64(n)
	}
	return nil
}

var errClosed = errors.New("file already closed")
