//go:build unix && !freebsd

package stdlib

import "golang.org/x/sys/unix"

// O_DSYNC, where golang.org/x/sys has it (not for FreeBSD, whose
// fs.constants then lack it, as libuv's do without the header's).
var dsyncConstantsOfOS = []fsConstant{{"O_DSYNC", unix.O_DSYNC}}
