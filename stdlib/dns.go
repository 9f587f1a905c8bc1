package stdlib

import (
	"bufio"
	"context"
	"errors"
	"net"
	"os"
	"strconv"
	"strings"

	"github.com/kilnjs/kiln/vm"
)

// The dns module's Go half: lookup, which Node runs as getaddrinfo(3) on
// libuv's thread pool. Here Go's resolver runs on the loop's worker pool
// instead; it reads /etc/hosts first as getaddrinfo does, so 'localhost'
// gives what the hosts file says (127.0.0.1 on the usual Linux setup, as
// node v20 prints).
//
// lookupService is getnameinfo(3) the same way: the name from the hosts file
// or a PTR query through the system's resolver, the service from
// /etc/services. The resolve* family does not come here: it is a DNS client
// of its own in lib/internal/dns_resolver.js.

func fillDNS(n *Node, b vm.Value) {
	// lookup(host, family, cb): cb(null, [address, family, ...]) or
	// cb([errno, code]) with libuv's getaddrinfo codes.
	n.VM.DefineMethod(b, "lookup", 3, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		host := rt.ToGoString(vm.Arg(args, 0))
		network := "ip"
		switch int(rt.ToNumber(vm.Arg(args, 1))) {
		case 4:
			network = "ip4"
		case 6:
			network = "ip6"
		}
		var ips []net.IP
		var err error
		n.fsRequest(vm.Arg(args, 2), func() {
			ips, err = net.DefaultResolver.LookupIP(context.Background(), network, host)
		}, func() []vm.Value {
			if err == nil && len(ips) == 0 {
				err = &net.DNSError{IsNotFound: true}
			}
			if err != nil {
				code, errno := getaddrinfoCode(err)
				return []vm.Value{rt.NewArray([]vm.Value{vm.Int(errno), rt.NewString(code)})}
			}
			out := make([]vm.Value, 0, 2*len(ips))
			for _, ip := range ips {
				fam := 6
				if ip.To4() != nil {
					fam = 4
					ip = ip.To4()
				}
				out = append(out, rt.NewString(ip.String()), vm.Int(fam))
			}
			return []vm.Value{vm.Null, rt.NewArray(out)}
		})
		return vm.Undefined
	})
	// lookupService(address, port, cb): cb(null, host, service) or
	// cb([errno, code]).
	n.VM.DefineMethod(b, "lookupService", 3, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		addr := rt.ToGoString(vm.Arg(args, 0))
		port := int(rt.ToNumber(vm.Arg(args, 1)))
		var names []string
		var service string
		var err error
		n.fsRequest(vm.Arg(args, 2), func() {
			names, err = net.DefaultResolver.LookupAddr(context.Background(), addr)
			service = serviceName(port)
		}, func() []vm.Value {
			if err != nil || len(names) == 0 {
				return []vm.Value{rt.NewArray([]vm.Value{vm.Int(-3008), rt.NewString("ENOTFOUND")})}
			}
			return []vm.Value{vm.Null, rt.NewString(strings.TrimSuffix(names[0], ".")), rt.NewString(service)}
		})
		return vm.Undefined
	})
}

// getaddrinfoCode names a failed lookup as libuv's getaddrinfo does: a name
// that does not exist, or has no address of the family asked for (Go's
// AddrError: 'localhost' with family 6 on a hosts file that lists only
// 127.0.0.1), is ENOTFOUND, as getaddrinfo's EAI_NONAME; anything else,
// such as an unreachable DNS server, EAI_AGAIN.
func getaddrinfoCode(err error) (string, int) {
	var de *net.DNSError
	var ae *net.AddrError
	if errors.As(err, &de) && de.IsNotFound || errors.As(err, &ae) {
		return "ENOTFOUND", -3008
	}
	return "EAI_AGAIN", -3001
}

// serviceName is getnameinfo's service for a TCP port: its name in
// /etc/services, else the number.
func serviceName(port int) string {
	f, err := os.Open("/etc/services")
	if err != nil {
		return strconv.Itoa(port)
	}
	defer f.Close()
	want := strconv.Itoa(port) + "/tcp"
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) >= 2 && fields[1] == want && !strings.HasPrefix(fields[0], "#") {
			return fields[0]
		}
	}
	return strconv.Itoa(port)
}
