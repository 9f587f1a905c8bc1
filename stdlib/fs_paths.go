package stdlib

import (
	"crypto/rand"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
)

// The fs operations that take more than one system call; each reports the
// failing call as Node's implementation of it does.

// dirEntry is one readdir result.
type dirEntry struct {
	name, parent string
	kind         int // UV_DIRENT_*
}

// readDir lists path sorted by name, as libuv's scandir does. Recursive
// listings name entries by their path below path, a directory's contents
// following all of its siblings, as Node v20 orders them.
func readDir(path string, recursive bool) ([]dirEntry, error) {
	var out []dirEntry
	queue := []string{""}
	for len(queue) > 0 {
		rel := queue[0]
		queue = queue[1:]
		dir := path
		if rel != "" {
			dir = filepath.Join(path, rel)
		}
		ents, err := os.ReadDir(dir)
		if err != nil {
			return nil, sysErr("scandir", dir, unwrapPathError(err))
		}
		for _, e := range ents {
			name := e.Name()
			if rel != "" {
				name = filepath.Join(rel, name)
			}
			out = append(out, dirEntry{name: name, parent: dir, kind: direntKind(e.Type())})
			if recursive && e.IsDir() {
				queue = append(queue, name)
			}
		}
	}
	return out, nil
}

// direntKind is libuv's UV_DIRENT_* for a file type.
func direntKind(t fs.FileMode) int {
	switch {
	case t&fs.ModeSymlink != 0:
		return 3
	case t.IsDir():
		return 2
	case t&fs.ModeNamedPipe != 0:
		return 4
	case t&fs.ModeSocket != 0:
		return 5
	case t&fs.ModeCharDevice != 0:
		return 6
	case t&fs.ModeDevice != 0:
		return 7
	case t.IsRegular():
		return 1
	}
	return 0
}

// mkdirAll is mkdir -p: it returns the first directory it created ("" when
// path already was one) and reports any failure against path itself.
func mkdirAll(path string, mode os.FileMode) (string, error) {
	clean := strings.TrimRight(path, string(filepath.Separator))
	if clean == "" {
		clean = path
	}
	if st, err := os.Stat(clean); err == nil {
		if st.IsDir() {
			return "", nil
		}
		return "", sysErr("mkdir", path, syscall.EEXIST)
	}
	missing := []string{clean}
	for p := clean; ; {
		parent := filepath.Dir(p)
		if parent == p {
			break
		}
		if _, err := os.Stat(parent); err == nil || !errors.Is(err, fs.ErrNotExist) {
			break
		}
		missing = append(missing, parent)
		p = parent
	}
	// Another mkdir (a concurrent fs.promises.mkdir on the worker pool, or
	// another process) may make any of these between the stats and here: a
	// directory that already exists is no failure, as in libuv's mkdirp, and
	// the first one this call made is the one reported.
	first := ""
	for i := len(missing) - 1; i >= 0; i-- {
		err := os.Mkdir(missing[i], mode)
		if err == nil {
			if first == "" {
				first = missing[i]
			}
			continue
		}
		if errors.Is(err, fs.ErrExist) {
			if st, serr := os.Stat(missing[i]); serr == nil && st.IsDir() {
				continue
			}
		}
		return "", sysErr("mkdir", path, unwrapPathError(err))
	}
	return first, nil
}

const tempChars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

// mkdtemp makes prefix followed by six random characters, as mkdtemp(3).
func mkdtemp(prefix string) (string, error) {
	for {
		var r [6]byte
		rand.Read(r[:])
		for i := range r {
			r[i] = tempChars[int(r[i])%len(tempChars)]
		}
		dir := prefix + string(r[:])
		err := os.Mkdir(dir, 0o700)
		if err == nil {
			return dir, nil
		}
		if !errors.Is(err, fs.ErrExist) {
			return "", sysErr("mkdtemp", prefix+"XXXXXX", unwrapPathError(err))
		}
	}
}

// rm is fs.rm: a file, or with recursive a whole tree; force makes a
// missing path no error.
func rm(path string, recursive, force bool) error {
	st, err := os.Lstat(path)
	if err != nil {
		if force && errors.Is(err, fs.ErrNotExist) {
			return nil
		}
		return sysErr("lstat", path, unwrapPathError(err))
	}
	if !st.IsDir() {
		return sysErr("unlink", path, unlink(path))
	}
	if !recursive {
		return &errRmDir{path}
	}
	return removeTree(path)
}

func removeTree(path string) error {
	ents, err := os.ReadDir(path)
	if err != nil {
		return sysErr("scandir", path, unwrapPathError(err))
	}
	for _, e := range ents {
		p := filepath.Join(path, e.Name())
		if e.IsDir() {
			err = removeTree(p)
		} else {
			err = sysErr("unlink", p, unlink(p))
		}
		if err != nil {
			return err
		}
	}
	return sysErr("rmdir", path, rmdir(path))
}

// copyFile copies from's bytes and permission bits to to; excl is
// COPYFILE_EXCL. Errors are the caller's to name (copyfile from -> to).
func copyFile(from, to string, excl bool) error {
	src, err := os.Open(from)
	if err != nil {
		return err
	}
	defer src.Close()
	st, err := src.Stat()
	if err != nil {
		return err
	}
	if st.IsDir() {
		return syscall.EISDIR
	}
	flags := os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	if excl {
		flags |= os.O_EXCL
	}
	dst, err := os.OpenFile(to, flags, st.Mode().Perm())
	if err != nil {
		return err
	}
	if _, err = io.Copy(dst, src); err == nil {
		err = dst.Chmod(st.Mode().Perm())
	}
	if cerr := dst.Close(); err == nil {
		err = cerr
	}
	return err
}
