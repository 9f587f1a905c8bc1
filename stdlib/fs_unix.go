//go:build unix

package stdlib

import (
	"os"
	"syscall"
	"time"

	"golang.org/x/sys/unix"
)

// The fs calls the os package does not offer as Node makes them: rmdir and
// unlink without os.Remove's trying of both, access with a mode, chmod
// with the setuid/setgid/sticky bits, and the timestamps of links and
// descriptors.

func rmdir(path string) error  { return unix.Rmdir(path) }
func unlink(path string) error { return unix.Unlink(path) }

func access(path string, mode uint32) error { return unix.Access(path, mode) }

func chmod(path string, mode uint32) error { return unix.Chmod(path, mode&0o7777) }

func lutimes(path string, at, mt time.Time) error {
	ts := []unix.Timespec{unix.NsecToTimespec(at.UnixNano()), unix.NsecToTimespec(mt.UnixNano())}
	return unix.UtimesNanoAt(unix.AT_FDCWD, path, ts, unix.AT_SYMLINK_NOFOLLOW)
}

func futimes(f *os.File, at, mt time.Time) error {
	tv := []unix.Timeval{unix.NsecToTimeval(at.UnixNano()), unix.NsecToTimeval(mt.UnixNano())}
	return unix.Futimes(int(f.Fd()), tv)
}

// fsConstantList is fs.constants in Node's order on Linux.
func fsConstantList() []fsConstant {
	list := []fsConstant{
		{"UV_FS_SYMLINK_DIR", 1}, {"UV_FS_SYMLINK_JUNCTION", 2},
		{"O_RDONLY", syscall.O_RDONLY}, {"O_WRONLY", syscall.O_WRONLY}, {"O_RDWR", syscall.O_RDWR},
		{"UV_DIRENT_UNKNOWN", 0}, {"UV_DIRENT_FILE", 1}, {"UV_DIRENT_DIR", 2}, {"UV_DIRENT_LINK", 3},
		{"UV_DIRENT_FIFO", 4}, {"UV_DIRENT_SOCKET", 5}, {"UV_DIRENT_CHAR", 6}, {"UV_DIRENT_BLOCK", 7},
		{"EXTENSIONLESS_FORMAT_JAVASCRIPT", 0}, {"EXTENSIONLESS_FORMAT_WASM", 1},
		{"S_IFMT", syscall.S_IFMT}, {"S_IFREG", syscall.S_IFREG}, {"S_IFDIR", syscall.S_IFDIR},
		{"S_IFCHR", syscall.S_IFCHR}, {"S_IFBLK", syscall.S_IFBLK}, {"S_IFIFO", syscall.S_IFIFO},
		{"S_IFLNK", syscall.S_IFLNK}, {"S_IFSOCK", syscall.S_IFSOCK},
		{"O_CREAT", syscall.O_CREAT}, {"O_EXCL", syscall.O_EXCL}, {"UV_FS_O_FILEMAP", 0},
		{"O_NOCTTY", syscall.O_NOCTTY}, {"O_TRUNC", syscall.O_TRUNC}, {"O_APPEND", syscall.O_APPEND},
		{"O_DIRECTORY", unix.O_DIRECTORY},
	}
	list = append(list, openConstantsOfOS...)
	list = append(list,
		fsConstant{"O_NOFOLLOW", unix.O_NOFOLLOW}, fsConstant{"O_SYNC", unix.O_SYNC})
	list = append(list, dsyncConstantsOfOS...)
	list = append(list, directConstantsOfOS...)
	list = append(list, fsConstant{"O_NONBLOCK", syscall.O_NONBLOCK},
		fsConstant{"S_IRWXU", 0o700}, fsConstant{"S_IRUSR", 0o400}, fsConstant{"S_IWUSR", 0o200},
		fsConstant{"S_IXUSR", 0o100}, fsConstant{"S_IRWXG", 0o70}, fsConstant{"S_IRGRP", 0o40},
		fsConstant{"S_IWGRP", 0o20}, fsConstant{"S_IXGRP", 0o10}, fsConstant{"S_IRWXO", 0o7},
		fsConstant{"S_IROTH", 0o4}, fsConstant{"S_IWOTH", 0o2}, fsConstant{"S_IXOTH", 0o1},
	)
	return append(list, commonFSConstants...)
}
