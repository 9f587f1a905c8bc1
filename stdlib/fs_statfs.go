//go:build linux || darwin

package stdlib

import "golang.org/x/sys/unix"

// statFS is statfs(2) in fs.statfs's order: type, bsize, blocks, bfree,
// bavail, files, ffree.
func statFS(path string) ([7]float64, error) {
	var st unix.Statfs_t
	if err := unix.Statfs(path, &st); err != nil {
		return [7]float64{}, err
	}
	return [7]float64{
		float64(st.Type), float64(st.Bsize), float64(st.Blocks), float64(st.Bfree), float64(st.Bavail),
		float64(st.Files), float64(st.Ffree),
	}, nil
}
