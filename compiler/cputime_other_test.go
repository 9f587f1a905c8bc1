//go:build !unix

package compiler_test

// cpuTime is not measured here: the benchmarks report wall time only.
func cpuTime() int64 { return 0 }
