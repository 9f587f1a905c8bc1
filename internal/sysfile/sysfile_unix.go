//go:build unix

package sysfile

import (
	"io"
	"io/fs"
	"syscall"
)

// File is an open file, read with read(2) and pread(2).
type File struct {
	fd   int
	name string
}

// Open opens the named file for reading.
func Open(name string) (*File, error) {
	for {
		fd, err := syscall.Open(name, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return nil, &fs.PathError{Op: "open", Path: name, Err: err}
		}
		return &File{fd: fd, name: name}, nil
	}
}

// stat gives the file's size and whether it is a regular file; a
// directory is an error, as os.ReadFile's read of one is.
func (f *File) stat() (size int64, regular bool, err error) {
	var st syscall.Stat_t
	if err := ignoringEINTR(func() error { return syscall.Fstat(f.fd, &st) }); err != nil {
		return 0, false, &fs.PathError{Op: "stat", Path: f.name, Err: err}
	}
	switch st.Mode & syscall.S_IFMT {
	case syscall.S_IFDIR:
		return 0, false, &fs.PathError{Op: "read", Path: f.name, Err: syscall.EISDIR}
	case syscall.S_IFREG:
		return st.Size, true, nil
	}
	return st.Size, false, nil
}

func (f *File) read(p []byte) (int, error) {
	for {
		n, err := syscall.Read(f.fd, p)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return 0, err
		}
		if n == 0 && len(p) > 0 {
			return 0, io.EOF
		}
		return n, nil
	}
}

func (f *File) pread(p []byte, off int64) (int, error) {
	for {
		n, err := syscall.Pread(f.fd, p, off)
		if err == syscall.EINTR {
			continue
		}
		return n, err
	}
}

// Close closes the file.
func (f *File) Close() error {
	if f.fd < 0 {
		return errClosed
	}
	err := syscall.Close(f.fd)
	f.fd = -1
	return err
}

func ignoringEINTR(fn func() error) error {
	for {
		if err := fn(); err != syscall.EINTR {
			return err
		}
	}
}

// MapReadOnly returns n bytes of the file from off, mapped read-only
// rather than read: pages come in as they are touched, and a write to
// them is a fault. The mapping outlives Close and is never unmapped. Where
// the file cannot be mapped it is read instead.
func (f *File) MapReadOnly(off, n int64) ([]byte, error) {
	if n == 0 {
		return []byte{}, nil
	}
	page := int64(syscall.Getpagesize())
	start := off &^ (page - 1)
	if int64(int(n+off-start)) == n+off-start {
		m, err := syscall.Mmap(f.fd, start, int(n+off-start), syscall.PROT_READ, syscall.MAP_PRIVATE)
		if err == nil {
			return m[off-start : off-start+n : off-start+n], nil
		}
	}
	b := make([]byte, n)
	return b, f.ReadAt(b, off)
}
