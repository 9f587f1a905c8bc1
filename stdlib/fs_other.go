//go:build !unix

package stdlib

import (
	"os"
	"syscall"
	"time"
)

// Portable stand-ins for the calls fs_unix.go makes directly.

func rmdir(path string) error {
	st, err := os.Lstat(path)
	if err != nil {
		return unwrapPathError(err)
	}
	if !st.IsDir() {
		return syscall.ENOTDIR
	}
	return unwrapPathError(os.Remove(path))
}

func unlink(path string) error {
	st, err := os.Lstat(path)
	if err != nil {
		return unwrapPathError(err)
	}
	if st.IsDir() {
		return syscall.EISDIR
	}
	return unwrapPathError(os.Remove(path))
}

// access checks existence only; W_OK is the file's write bit.
func access(path string, mode uint32) error {
	st, err := os.Stat(path)
	if err != nil {
		return unwrapPathError(err)
	}
	if mode&2 != 0 && st.Mode().Perm()&0o200 == 0 {
		return syscall.EACCES
	}
	return nil
}

func chmod(path string, mode uint32) error {
	return unwrapPathError(os.Chmod(path, os.FileMode(mode)&os.ModePerm))
}

func lutimes(path string, at, mt time.Time) error { return unwrapPathError(os.Chtimes(path, at, mt)) }

func futimes(f *os.File, at, mt time.Time) error {
	return unwrapPathError(os.Chtimes(f.Name(), at, mt))
}

func fsConstantList() []fsConstant {
	list := []fsConstant{
		{"UV_FS_SYMLINK_DIR", 1}, {"UV_FS_SYMLINK_JUNCTION", 2},
		{"O_RDONLY", os.O_RDONLY}, {"O_WRONLY", os.O_WRONLY}, {"O_RDWR", os.O_RDWR},
		{"UV_DIRENT_UNKNOWN", 0}, {"UV_DIRENT_FILE", 1}, {"UV_DIRENT_DIR", 2}, {"UV_DIRENT_LINK", 3},
		{"UV_DIRENT_FIFO", 4}, {"UV_DIRENT_SOCKET", 5}, {"UV_DIRENT_CHAR", 6}, {"UV_DIRENT_BLOCK", 7},
		{"EXTENSIONLESS_FORMAT_JAVASCRIPT", 0}, {"EXTENSIONLESS_FORMAT_WASM", 1},
		{"S_IFMT", 0o170000}, {"S_IFREG", 0o100000}, {"S_IFDIR", 0o040000}, {"S_IFCHR", 0o020000},
		{"S_IFLNK", 0o120000}, {"O_CREAT", os.O_CREATE}, {"O_EXCL", os.O_EXCL}, {"UV_FS_O_FILEMAP", 0},
		{"O_TRUNC", os.O_TRUNC}, {"O_APPEND", os.O_APPEND}, {"S_IRUSR", 0o400}, {"S_IWUSR", 0o200},
	}
	return append(list, commonFSConstants...)
}
