package stdlib

import (
	"context"
	"errors"
	"net"

	"github.com/kilnjs/kiln/vm"
)

// The dns module's Go half: lookup, which Node runs as getaddrinfo(3) on
// libuv's thread pool. Here Go's resolver runs on the loop's worker pool
// instead; it reads /etc/hosts first as getaddrinfo does, so 'localhost'
// gives what the hosts file says (127.0.0.1 on the usual Linux setup, as
// node v20 prints).

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
				code, errno := "EAI_AGAIN", -3001
				var de *net.DNSError
				if errors.As(err, &de) && de.IsNotFound {
					code, errno = "ENOTFOUND", -3008
				}
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
}
