// Package sysfile reads files with plain system calls, for the few reads a
// process makes before it runs any JavaScript: the snapshot it was given and
// the trailer at the end of its own executable.
//
// An os.File registers itself with Go's network poller, and the first
// registration starts the poller: an epoll instance and an eventfd, which
// idle threads then poll. Kiln's event loop has a poller of its own, so for a
// hello world from a snapshot that start-up is pure cost (seven system calls
// and a wake-up path). Programs that open files through fs still use os.
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
	size, err := f.Size()
	if err != nil {
		return nil, err
	}
	// One byte more than the size: a file that grew since the stat is read to
	// its end all the same.
	data := make([]byte, 0, size+1)
	for {
		n, err := f.read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err == io.EOF {
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
