package stdlib

import (
	"bufio"
	"os"
	"strconv"
	"strings"

	"golang.org/x/sys/unix"
)

func uname() (sysname, release, version, machine string) {
	var u unix.Utsname
	if unix.Uname(&u) != nil {
		return "Linux", "", "", ""
	}
	str := func(b []byte) string {
		if i := strings.IndexByte(string(b), 0); i >= 0 {
			b = b[:i]
		}
		return string(b)
	}
	return str(u.Sysname[:]), str(u.Release[:]), str(u.Version[:]), str(u.Machine[:])
}

// cpuInfo reads models from /proc/cpuinfo, times from /proc/stat (in
// clock ticks of 10 ms) and speeds from cpufreq, as libuv does.
func cpuInfo() []cpu {
	var cpus []cpu
	if f, err := os.Open("/proc/stat"); err == nil {
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			fields := strings.Fields(sc.Text())
			if len(fields) < 8 || !strings.HasPrefix(fields[0], "cpu") || fields[0] == "cpu" {
				continue
			}
			var c cpu
			for i, idx := range []int{1, 2, 3, 4, 6} {
				t, _ := strconv.ParseFloat(fields[idx], 64)
				c.times[i] = t * 10
			}
			cpus = append(cpus, c)
		}
		f.Close()
	}
	var models []string
	if f, err := os.Open("/proc/cpuinfo"); err == nil {
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			if k, v, ok := strings.Cut(sc.Text(), ":"); ok && strings.TrimSpace(k) == "model name" {
				models = append(models, strings.TrimSpace(v))
			}
		}
		f.Close()
	}
	for i := range cpus {
		cpus[i].model = "unknown"
		if i < len(models) {
			cpus[i].model = models[i]
		}
		if b, err := os.ReadFile("/sys/devices/system/cpu/cpu" + strconv.Itoa(i) + "/cpufreq/scaling_cur_freq"); err == nil {
			khz, _ := strconv.ParseFloat(strings.TrimSpace(string(b)), 64)
			cpus[i].speed = float64(int(khz / 1000))
		}
	}
	return cpus
}

// memory gives total and available bytes; available is MemAvailable, as
// libuv reports freemem.
func memory() (total, free float64) {
	var si unix.Sysinfo_t
	if unix.Sysinfo(&si) == nil {
		total = float64(si.Totalram) * float64(si.Unit)
		free = float64(si.Freeram) * float64(si.Unit)
	}
	if b, err := os.ReadFile("/proc/meminfo"); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			if rest, ok := strings.CutPrefix(line, "MemAvailable:"); ok {
				kb, _ := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 64)
				free = kb * 1024
			}
		}
	}
	return total, free
}

// loadavg reads /proc/loadavg, whose two decimals are what libuv reports.
func loadavg() [3]float64 {
	var l [3]float64
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return l
	}
	for i, f := range strings.Fields(string(b)) {
		if i == len(l) {
			break
		}
		l[i], _ = strconv.ParseFloat(f, 64)
	}
	return l
}

func uptime() float64 {
	var ts unix.Timespec
	if unix.ClockGettime(unix.CLOCK_BOOTTIME, &ts) != nil {
		return 0
	}
	return float64(ts.Sec) + float64(ts.Nsec/1e7)/100
}

// getPriority undoes the raw system call's 20 - nice encoding.
func getPriority(pid int) (int, error) {
	p, err := unix.Getpriority(unix.PRIO_PROCESS, pid)
	if err != nil {
		return 0, err
	}
	return 20 - p, nil
}

func setPriority(pid, prio int) error { return unix.Setpriority(unix.PRIO_PROCESS, pid, prio) }

// signalConstants is os.constants.signals in Node's order on Linux.
func signalConstants() []fsConstant {
	return []fsConstant{
		{"SIGHUP", 1}, {"SIGINT", 2}, {"SIGQUIT", 3}, {"SIGILL", 4}, {"SIGTRAP", 5}, {"SIGABRT", 6}, {"SIGIOT", 6},
		{"SIGBUS", 7}, {"SIGFPE", 8}, {"SIGKILL", 9}, {"SIGUSR1", 10}, {"SIGSEGV", 11}, {"SIGUSR2", 12},
		{"SIGPIPE", 13}, {"SIGALRM", 14}, {"SIGTERM", 15}, {"SIGCHLD", 17}, {"SIGSTKFLT", 16}, {"SIGCONT", 18},
		{"SIGSTOP", 19}, {"SIGTSTP", 20}, {"SIGTTIN", 21}, {"SIGTTOU", 22}, {"SIGURG", 23}, {"SIGXCPU", 24},
		{"SIGXFSZ", 25}, {"SIGVTALRM", 26}, {"SIGPROF", 27}, {"SIGWINCH", 28}, {"SIGIO", 29}, {"SIGPOLL", 29},
		{"SIGPWR", 30}, {"SIGSYS", 31},
	}
}

// errnoConstants is os.constants.errno on Linux.
var errnoConstants = []fsConstant{
	{"E2BIG", 7}, {"EACCES", 13}, {"EADDRINUSE", 98}, {"EADDRNOTAVAIL", 99}, {"EAFNOSUPPORT", 97}, {"EAGAIN", 11},
	{"EALREADY", 114}, {"EBADF", 9}, {"EBADMSG", 74}, {"EBUSY", 16}, {"ECANCELED", 125}, {"ECHILD", 10},
	{"ECONNABORTED", 103}, {"ECONNREFUSED", 111}, {"ECONNRESET", 104}, {"EDEADLK", 35}, {"EDESTADDRREQ", 89},
	{"EDOM", 33}, {"EDQUOT", 122}, {"EEXIST", 17}, {"EFAULT", 14}, {"EFBIG", 27}, {"EHOSTUNREACH", 113},
	{"EIDRM", 43}, {"EILSEQ", 84}, {"EINPROGRESS", 115}, {"EINTR", 4}, {"EINVAL", 22}, {"EIO", 5},
	{"EISCONN", 106}, {"EISDIR", 21}, {"ELOOP", 40}, {"EMFILE", 24}, {"EMLINK", 31}, {"EMSGSIZE", 90},
	{"EMULTIHOP", 72}, {"ENAMETOOLONG", 36}, {"ENETDOWN", 100}, {"ENETRESET", 102}, {"ENETUNREACH", 101},
	{"ENFILE", 23}, {"ENOBUFS", 105}, {"ENODATA", 61}, {"ENODEV", 19}, {"ENOENT", 2}, {"ENOEXEC", 8},
	{"ENOLCK", 37}, {"ENOLINK", 67}, {"ENOMEM", 12}, {"ENOMSG", 42}, {"ENOPROTOOPT", 92}, {"ENOSPC", 28},
	{"ENOSR", 63}, {"ENOSTR", 60}, {"ENOSYS", 38}, {"ENOTCONN", 107}, {"ENOTDIR", 20}, {"ENOTEMPTY", 39},
	{"ENOTSOCK", 88}, {"ENOTSUP", 95}, {"ENOTTY", 25}, {"ENXIO", 6}, {"EOPNOTSUPP", 95}, {"EOVERFLOW", 75},
	{"EPERM", 1}, {"EPIPE", 32}, {"EPROTO", 71}, {"EPROTONOSUPPORT", 93}, {"EPROTOTYPE", 91}, {"ERANGE", 34},
	{"EROFS", 30}, {"ESPIPE", 29}, {"ESRCH", 3}, {"ESTALE", 116}, {"ETIME", 62}, {"ETIMEDOUT", 110},
	{"ETXTBSY", 26}, {"EWOULDBLOCK", 11}, {"EXDEV", 18},
}
