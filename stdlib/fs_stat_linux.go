package stdlib

import (
	"io/fs"
	"os"

	"golang.org/x/sys/unix"
)

// statPath uses statx, as libuv does on Linux, so that birthtime is the
// file's creation time where the file system records one (0 otherwise).
func statPath(path string, lstat bool) (statFields, error) {
	flags := unix.AT_STATX_SYNC_AS_STAT
	if lstat {
		flags |= unix.AT_SYMLINK_NOFOLLOW
	}
	var st unix.Statx_t
	if err := unix.Statx(unix.AT_FDCWD, path, flags, unix.STATX_BASIC_STATS|unix.STATX_BTIME, &st); err != nil {
		op := "stat"
		if lstat {
			op = "lstat"
		}
		return statFields{}, &fs.PathError{Op: op, Path: path, Err: err}
	}
	return statxFields(&st), nil
}

// statFile is fstat, through statx on the descriptor.
func statFile(f *os.File) (statFields, error) {
	var st unix.Statx_t
	flags := unix.AT_EMPTY_PATH | unix.AT_STATX_SYNC_AS_STAT
	if err := unix.Statx(int(f.Fd()), "", flags, unix.STATX_BASIC_STATS|unix.STATX_BTIME, &st); err != nil {
		return statFields{}, err
	}
	return statxFields(&st), nil
}

func statxFields(st *unix.Statx_t) statFields {
	ms := func(t unix.StatxTimestamp) float64 { return float64(t.Sec)*1e3 + float64(t.Nsec)/1e6 }
	birth := 0.0
	if st.Mask&unix.STATX_BTIME != 0 {
		birth = ms(st.Btime)
	}
	return statFields{
		float64(unix.Mkdev(st.Dev_major, st.Dev_minor)), float64(st.Mode), float64(st.Nlink), float64(st.Uid),
		float64(st.Gid), float64(unix.Mkdev(st.Rdev_major, st.Rdev_minor)), float64(st.Blksize), float64(st.Ino),
		float64(st.Size), float64(st.Blocks), ms(st.Atime), ms(st.Mtime), ms(st.Ctime), birth,
	}
}
