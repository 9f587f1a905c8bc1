//go:build !unix

package sysfile

import (
	"io"
	"os"
)

// File is an open file; on systems without Unix system calls it is an
// os.File.
type File struct {
	f    *os.File
	name string
}

// Open opens the named file for reading.
func Open(name string) (*File, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	return &File{f: f, name: name}, nil
}

// stat gives the file's size and whether it is a regular file.
func (f *File) stat() (size int64, regular bool, err error) {
	st, err := f.f.Stat()
	if err != nil {
		return 0, false, err
	}
	return st.Size(), st.Mode().IsRegular(), nil
}

func (f *File) read(p []byte) (int, error) {
	n, err := f.f.Read(p)
	if n > 0 && err == io.EOF {
		err = nil
	}
	return n, err
}

func (f *File) pread(p []byte, off int64) (int, error) {
	n, err := f.f.ReadAt(p, off)
	if n > 0 {
		err = nil
	}
	if err == io.EOF {
		return 0, nil
	}
	return n, err
}

// Close closes the file.
func (f *File) Close() error {
	if f.f == nil {
		return errClosed
	}
	err := f.f.Close()
	f.f = nil
	return err
}

// MapReadOnly returns n bytes of the file from off. Here they are read
// into memory, and writes to them are not caught.
func (f *File) MapReadOnly(off, n int64) ([]byte, error) {
	b := make([]byte, n)
	return b, f.ReadAt(b, off)
}
