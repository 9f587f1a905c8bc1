package stdlib

import (
	"bufio"
	"net"
	"os"
	"runtime"
	"sort"
	"strconv"
	"strings"

	"github.com/kilnjs/kiln/vm"
)

// The os module's natives: facts about the machine and the user. Each
// returns plain arrays or numbers; lib/os.js shapes them into Node's
// objects. The platform files (os_linux.go, os_other.go) read what is
// platform-specific: uname, cpus, memory, load, uptime, priorities and the
// constants.

func fillOS(n *Node, b vm.Value) {
	rt := n.VM
	strs := func(ss ...string) vm.Value {
		vals := make([]vm.Value, len(ss))
		for i, s := range ss {
			vals[i] = rt.NewString(s)
		}
		return rt.NewArray(vals)
	}
	nums := func(fs ...float64) vm.Value {
		vals := make([]vm.Value, len(fs))
		for i, f := range fs {
			vals[i] = vm.Float(f)
		}
		return rt.NewArray(vals)
	}
	rt.DefineMethod(b, "hostname", 0, func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
		h, err := os.Hostname()
		if err != nil {
			rt.Throw(n.osSystemError("uv_os_gethostname", err))
		}
		return rt.NewString(h)
	})
	rt.DefineMethod(b, "uname", 0, func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
		return strs(uname())
	})
	// cpus: [model, speed, user, nice, sys, idle, irq, model, ...].
	rt.DefineMethod(b, "cpus", 0, func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
		var vals []vm.Value
		for _, c := range cpuInfo() {
			vals = append(vals, rt.NewString(c.model), vm.Float(c.speed))
			for _, t := range c.times {
				vals = append(vals, vm.Float(t))
			}
		}
		return rt.NewArray(vals)
	})
	rt.DefineMethod(b, "memory", 0, func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
		total, free := memory()
		return nums(total, free)
	})
	rt.DefineMethod(b, "loadavg", 0, func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
		l := loadavg()
		return nums(l[:]...)
	})
	rt.DefineMethod(b, "uptime", 0, func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
		return vm.Float(uptime())
	})
	rt.DefineMethod(b, "availableParallelism", 0, func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
		return vm.Int(runtime.GOMAXPROCS(0))
	})
	rt.DefineMethod(b, "homedir", 0, func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
		if h := os.Getenv("HOME"); h != "" {
			return rt.NewString(h)
		}
		return rt.NewString(currentUser().home)
	})
	// userInfo: [uid, gid, username, homedir, shell or null].
	rt.DefineMethod(b, "userInfo", 0, func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
		u := currentUser()
		shell := vm.Null
		if u.shell != "" {
			shell = rt.NewString(u.shell)
		}
		return rt.NewArray([]vm.Value{vm.Int(u.uid), vm.Int(u.gid), rt.NewString(u.name), rt.NewString(u.home), shell})
	})
	// networkInterfaces: [name, address, netmask, family, mac, internal,
	// scopeid, name, ...].
	rt.DefineMethod(b, "networkInterfaces", 0, func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
		ifaces, err := net.Interfaces()
		if err != nil {
			rt.Throw(n.osSystemError("uv_interface_addresses", err))
		}
		var vals []vm.Value
		for _, ifc := range ifaces {
			if ifc.Flags&net.FlagUp == 0 || ifc.Flags&net.FlagRunning == 0 {
				continue
			}
			addrs, _ := ifc.Addrs()
			mac := ifc.HardwareAddr.String()
			if mac == "" {
				mac = "00:00:00:00:00:00"
			}
			for _, a := range addrs {
				ipn, ok := a.(*net.IPNet)
				if !ok {
					continue
				}
				family, ip, mask, scope := "IPv6", ipn.IP, net.IP(ipn.Mask), 0
				if v4 := ip.To4(); v4 != nil {
					family, ip = "IPv4", v4
				} else if ip.IsLinkLocalUnicast() {
					scope = ifc.Index
				}
				vals = append(vals, rt.NewString(ifc.Name), rt.NewString(ip.String()), rt.NewString(mask.String()),
					rt.NewString(family), rt.NewString(mac), vm.Bool(ifc.Flags&net.FlagLoopback != 0), vm.Int(scope))
			}
		}
		return rt.NewArray(vals)
	})
	rt.DefineMethod(b, "getPriority", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		p, err := getPriority(int(rt.ToNumber(vm.Arg(args, 0))))
		if err != nil {
			rt.Throw(n.osSystemError("uv_os_getpriority", err))
		}
		return vm.Int(p)
	})
	rt.DefineMethod(b, "setPriority", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		if err := setPriority(int(rt.ToNumber(vm.Arg(args, 0))), int(rt.ToNumber(vm.Arg(args, 1)))); err != nil {
			rt.Throw(n.osSystemError("uv_os_setpriority", err))
		}
		return vm.Undefined
	})
	consts := func(list []fsConstant) vm.Value {
		o := rt.NewObjectProto(vm.Null)
		for _, c := range list {
			rt.CreateDataProperty(o, c.name, vm.Int(c.value))
		}
		return o
	}
	rt.DefineValue(b, "signals", consts(signalConstants()))
	rt.DefineValue(b, "errno", consts(errnoConstants))
	rt.DefineValue(b, "dlopen", consts(dlopenConstants))
}

// osSystemError is Node's ERR_SYSTEM_ERROR for a failed libuv call.
func (n *Node) osSystemError(syscall string, err error) vm.Value {
	rt := n.VM
	u := uvErrorOf(err)
	e := n.newSystemError("ERR_SYSTEM_ERROR",
		"A system error occurred: "+syscall+" returned "+u.code+" ("+u.desc+")")
	info := rt.NewObject()
	rt.CreateDataProperty(info, "errno", vm.Int(u.errno))
	rt.CreateDataProperty(info, "code", rt.NewString(u.code))
	rt.CreateDataProperty(info, "message", rt.NewString(u.desc))
	rt.CreateDataProperty(info, "syscall", rt.NewString(syscall))
	rt.CreateDataProperty(e, "info", info)
	rt.CreateDataProperty(e, "errno", vm.Int(u.errno))
	rt.CreateDataProperty(e, "syscall", rt.NewString(syscall))
	return e
}

type cpu struct {
	model string
	speed float64
	times [5]float64 // user, nice, sys, idle, irq in milliseconds
}

type userEntry struct {
	uid, gid          int
	name, home, shell string
}

// currentUser reads the running user's passwd entry, as getpwuid_r does,
// falling back to the environment.
func currentUser() userEntry {
	u := userEntry{uid: os.Getuid(), gid: os.Getgid(), name: os.Getenv("USER"), home: os.Getenv("HOME")}
	f, err := os.Open("/etc/passwd")
	if err != nil {
		return u
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Split(sc.Text(), ":")
		if len(fields) < 7 || fields[2] != strconv.Itoa(u.uid) {
			continue
		}
		u.name, u.home, u.shell = fields[0], fields[5], fields[6]
		if gid, err := strconv.Atoi(fields[3]); err == nil {
			u.gid = gid
		}
		break
	}
	return u
}

// sortedSignals lists the signals process knows, by number, for systems
// without a table of their own.
func sortedSignals() []fsConstant {
	var list []fsConstant
	for _, e := range signalNumbers {
		list = append(list, fsConstant{e.k, int(e.v)})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].value != list[j].value {
			return list[i].value < list[j].value
		}
		return list[i].name < list[j].name
	})
	return list
}

var dlopenConstants = []fsConstant{{"RTLD_LAZY", 1}, {"RTLD_NOW", 2}, {"RTLD_GLOBAL", 256}, {"RTLD_LOCAL", 0}, {"RTLD_DEEPBIND", 8}}
