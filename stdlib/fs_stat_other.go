//go:build !linux

package stdlib

import "os"

// statPath builds Stats from what os.Stat reports portably; the fields it
// does not carry (dev, ino, nlink, ...) are 0, and every time is mtime.
func statPath(path string, lstat bool) (statFields, error) {
	stat := os.Stat
	if lstat {
		stat = os.Lstat
	}
	fi, err := stat(path)
	if err != nil {
		return statFields{}, err
	}
	mt := float64(fi.ModTime().UnixNano()) / 1e6
	return statFields{0, goModeToUnix(fi.Mode()), 1, 0, 0, 0, 4096, 0, float64(fi.Size()), 0, mt, mt, mt, mt}, nil
}

// statFile is fstat from what File.Stat reports portably.
func statFile(f *os.File) (statFields, error) {
	fi, err := f.Stat()
	if err != nil {
		return statFields{}, err
	}
	mt := float64(fi.ModTime().UnixNano()) / 1e6
	return statFields{0, goModeToUnix(fi.Mode()), 1, 0, 0, 0, 4096, 0, float64(fi.Size()), 0, mt, mt, mt, mt}, nil
}
