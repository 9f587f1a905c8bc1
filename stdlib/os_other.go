//go:build !linux

package stdlib

import (
	"runtime"
	"strings"
	"syscall"
)

// Portable answers where Kiln does not read the system's own tables yet:
// no cpu times or speeds, memory, load or uptime (all 0), and priorities
// fixed at normal.

func uname() (sysname, release, version, machine string) {
	names := map[string]string{"darwin": "Darwin", "windows": "Windows_NT", "freebsd": "FreeBSD"}
	sysname = names[runtime.GOOS]
	if sysname == "" {
		sysname = strings.ToUpper(runtime.GOOS[:1]) + runtime.GOOS[1:]
	}
	machine = map[string]string{"amd64": "x86_64", "arm64": "arm64", "386": "i686"}[runtime.GOARCH]
	return sysname, "", "", machine
}

func cpuInfo() []cpu {
	cpus := make([]cpu, runtime.NumCPU())
	for i := range cpus {
		cpus[i].model = "unknown"
	}
	return cpus
}

func memory() (total, free float64) { return 0, 0 }
func loadavg() [3]float64           { return [3]float64{} }
func uptime() float64               { return 0 }

func getPriority(pid int) (int, error) { return 0, nil }

func setPriority(pid, prio int) error { return syscall.ENOSYS }

func signalConstants() []fsConstant { return sortedSignals() }

// errnoConstants are the errors libuv names, at this system's numbers.
var errnoConstants = func() []fsConstant {
	var list []fsConstant
	for _, e := range uvErrors {
		list = append(list, fsConstant{e.code, int(e.errno)})
	}
	return list
}()
