package stdlib

import "syscall"

// cpuTimes returns the user and system CPU time the process has used, in
// microseconds, as process.cpuUsage reports them (GetProcessTimes, as libuv).
func cpuTimes() (user, system int64) {
	h, err := syscall.GetCurrentProcess()
	if err != nil {
		return 0, 0
	}
	var creation, exit, kernel, usr syscall.Filetime
	if syscall.GetProcessTimes(h, &creation, &exit, &kernel, &usr) != nil {
		return 0, 0
	}
	// Filetimes count 100-nanosecond intervals.
	ticks := func(f syscall.Filetime) int64 { return int64(f.HighDateTime)<<32 | int64(f.LowDateTime) }
	return ticks(usr) / 10, ticks(kernel) / 10
}
