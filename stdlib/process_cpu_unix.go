//go:build !windows

package stdlib

import "syscall"

// cpuTimes returns the user and system CPU time the process has used, in
// microseconds, as process.cpuUsage reports them (getrusage, as libuv).
func cpuTimes() (user, system int64) {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0, 0
	}
	return ru.Utime.Sec*1e6 + int64(ru.Utime.Usec), ru.Stime.Sec*1e6 + int64(ru.Stime.Usec)
}
