//go:build unix

package stdlib

import (
	"syscall"

	"golang.org/x/sys/unix"
)

// resourceUsage is getrusage(2) for the process in process.resourceUsage's
// order: user and system CPU in microseconds, maxRSS in kilobytes, then the
// counters as the kernel keeps them.
func resourceUsage() [16]float64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return [16]float64{}
	}
	us := func(tv syscall.Timeval) float64 { return float64(tv.Sec)*1e6 + float64(tv.Usec) }
	return [16]float64{
		us(ru.Utime), us(ru.Stime), float64(ru.Maxrss), float64(ru.Ixrss), float64(ru.Idrss), float64(ru.Isrss),
		float64(ru.Minflt), float64(ru.Majflt), float64(ru.Nswap), float64(ru.Inblock), float64(ru.Oublock),
		float64(ru.Msgsnd), float64(ru.Msgrcv), float64(ru.Nsignals), float64(ru.Nvcsw), float64(ru.Nivcsw),
	}
}

// userLimit is one row of the report's userLimits: soft and hard, with
// -1 for unlimited.
type userLimit struct {
	name       string
	soft, hard float64
}

// userLimits are getrlimit(2)'s limits under the names node's report
// gives them.
func userLimits() []userLimit {
	rows := [...]struct {
		name     string
		resource int
	}{
		{"core_file_size_blocks", unix.RLIMIT_CORE}, {"data_seg_size_kbytes", unix.RLIMIT_DATA},
		{"file_size_blocks", unix.RLIMIT_FSIZE}, {"max_locked_memory_bytes", unix.RLIMIT_MEMLOCK},
		{"max_memory_size_kbytes", unix.RLIMIT_RSS}, {"open_files", unix.RLIMIT_NOFILE},
		{"stack_size_bytes", unix.RLIMIT_STACK}, {"cpu_time_seconds", unix.RLIMIT_CPU},
		{"max_user_processes", unix.RLIMIT_NPROC}, {"virtual_memory_kbytes", unix.RLIMIT_AS},
	}
	out := make([]userLimit, 0, len(rows))
	for _, r := range rows {
		var l unix.Rlimit
		if unix.Getrlimit(r.resource, &l) != nil {
			continue
		}
		limit := func(v uint64) float64 {
			if v == unix.RLIM_INFINITY {
				return -1
			}
			return float64(v)
		}
		// Rlimit's fields are int64 on FreeBSD, uint64 elsewhere.
		out = append(out, userLimit{r.name, limit(uint64(l.Cur)), limit(uint64(l.Max))})
	}
	return out
}
