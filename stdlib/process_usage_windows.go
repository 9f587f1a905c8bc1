package stdlib

import "syscall"

// resourceUsage on Windows has the CPU times only, which is what most
// callers read; the other counters are POSIX's and stay 0.
func resourceUsage() [16]float64 {
	var creation, exit, kernel, user syscall.Filetime
	h, err := syscall.GetCurrentProcess()
	if err != nil || syscall.GetProcessTimes(h, &creation, &exit, &kernel, &user) != nil {
		return [16]float64{}
	}
	// FILETIME counts 100 ns intervals.
	us := func(f syscall.Filetime) float64 {
		return float64(uint64(f.HighDateTime)<<32|uint64(f.LowDateTime)) / 10
	}
	return [16]float64{0: us(user), 1: us(kernel)}
}

type userLimit struct {
	name       string
	soft, hard float64
}

// userLimits: Windows has no rlimits; node's report leaves the section
// empty there too.
func userLimits() []userLimit { return nil }
