package stdlib

import "golang.org/x/sys/unix"

// The open flags only Linux has, at their places in fs.constants.
var (
	openConstantsOfOS   = []fsConstant{{"O_NOATIME", unix.O_NOATIME}}
	directConstantsOfOS = []fsConstant{{"O_DIRECT", unix.O_DIRECT}}
)
