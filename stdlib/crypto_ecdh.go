package stdlib

import (
	"crypto/ecdh"
	"crypto/elliptic"
	"crypto/rand"
	"math/big"

	"github.com/kilnjs/kiln/vm"
)

// crypto.createECDH's curves and points. An ECDH object keeps its private
// scalar and uncompressed public point as bytes in JavaScript; these
// functions turn them into crypto/ecdh keys per call. Points come and go
// in SEC 1's three forms: uncompressed (04 x y), compressed (02 or 03, by
// y's parity, then x) and hybrid (06 or 07, then x y).

// ecdhCurves are the curves createECDH takes, by OpenSSL's exact names:
// those crypto/ecdh implements. Functions, so that start-up makes no
// curves.
var ecdhCurves = table[func() ecdh.Curve]{
	{"prime256v1", ecdh.P256},
	{"secp384r1", ecdh.P384},
	{"secp521r1", ecdh.P521},
}

func ellipticOf(c ecdh.Curve) elliptic.Curve {
	switch c {
	case ecdh.P384():
		return elliptic.P384()
	case ecdh.P521():
		return elliptic.P521()
	}
	return elliptic.P256()
}

// ecdhPrivate makes a private key of any big-endian length whose value is
// a valid scalar, as OpenSSL reads it.
func ecdhPrivate(c ecdh.Curve, b []byte) (*ecdh.PrivateKey, bool) {
	size := (ellipticOf(c).Params().BitSize + 7) / 8
	x := new(big.Int).SetBytes(b)
	if x.BitLen() > size*8 {
		return nil, false
	}
	k, err := c.NewPrivateKey(x.FillBytes(make([]byte, size)))
	return k, err == nil
}

// ecdhPublic reads a point in any of the three forms.
func ecdhPublic(c ecdh.Curve, b []byte) (*ecdh.PublicKey, bool) {
	size := (ellipticOf(c).Params().BitSize + 7) / 8
	if len(b) == 0 {
		return nil, false
	}
	switch b[0] {
	case 2, 3:
		x, y := elliptic.UnmarshalCompressed(ellipticOf(c), b)
		if x == nil {
			return nil, false
		}
		b = append([]byte{4}, append(x.FillBytes(make([]byte, size)), y.FillBytes(make([]byte, size))...)...)
	case 6, 7:
		if len(b) != 1+2*size || b[len(b)-1]&1 != b[0]&1 {
			return nil, false
		}
		b = append([]byte{4}, b[1:]...)
	}
	k, err := c.NewPublicKey(b)
	return k, err == nil
}

// ecdhFormat writes an uncompressed point in the form named by node's
// POINT_CONVERSION_ constant.
func ecdhFormat(point []byte, form int) []byte {
	size := (len(point) - 1) / 2
	odd := point[len(point)-1] & 1
	switch form {
	case 2:
		return append([]byte{2 | odd}, point[1:1+size]...)
	case 6:
		return append([]byte{6 | odd}, point[1:]...)
	}
	return point
}

func fillCryptoECDH(n *Node, b vm.Value) {
	rt := n.VM
	bytesOf := func(v vm.Value) []byte {
		bytes, _ := rt.BufferBytes(v)
		return bytes
	}
	curveArg := func(v vm.Value) ecdh.Curve {
		c, _ := ecdhCurves.get(rt.ToGoString(v))
		return c()
	}
	pair := func(k *ecdh.PrivateKey) vm.Value {
		return rt.NewArray([]vm.Value{rt.NewUint8Array(new(big.Int).SetBytes(k.Bytes()).Bytes()), rt.NewUint8Array(k.PublicKey().Bytes())})
	}
	rt.DefineMethod(b, "rangeError", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		return n.newCodedError(vm.ErrRange, rt.ToGoString(vm.Arg(args, 0)), rt.ToGoString(vm.Arg(args, 1)))
	})
	rt.DefineMethod(b, "ecdhCurve", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		_, ok := ecdhCurves.get(rt.ToGoString(vm.Arg(args, 0)))
		return vm.Bool(ok)
	})
	// ecdhGenerate(curve) and ecdhSetPrivate(curve, scalar) are
	// [scalar, uncompressed point]; the scalar without leading zeros, as
	// OpenSSL's numbers print.
	rt.DefineMethod(b, "ecdhGenerate", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		k, err := curveArg(vm.Arg(args, 0)).GenerateKey(rand.Reader)
		if err != nil {
			panic("crypto: ECDH key generation failed: " + err.Error())
		}
		return pair(k)
	})
	rt.DefineMethod(b, "ecdhSetPrivate", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		k, ok := ecdhPrivate(curveArg(vm.Arg(args, 0)), bytesOf(vm.Arg(args, 1)))
		if !ok {
			rt.Throw(n.newCodedError(vm.ErrRange, "ERR_CRYPTO_INVALID_KEYTYPE", "Private key is not valid for specified curve."))
		}
		return pair(k)
	})
	// ecdhCompute(curve, scalar, peer) is the shared secret, or undefined
	// when peer is no point of the curve.
	rt.DefineMethod(b, "ecdhCompute", 3, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		c := curveArg(vm.Arg(args, 0))
		k, _ := ecdhPrivate(c, bytesOf(vm.Arg(args, 1)))
		peer, ok := ecdhPublic(c, bytesOf(vm.Arg(args, 2)))
		if !ok {
			return vm.Undefined
		}
		secret, err := k.ECDH(peer)
		if err != nil {
			return vm.Undefined
		}
		return rt.NewUint8Array(secret)
	})
	// ecdhPoint(curve, point, form) rewrites a point in any form in
	// another, or is undefined when it is no point of the curve.
	rt.DefineMethod(b, "ecdhPoint", 3, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		p, ok := ecdhPublic(curveArg(vm.Arg(args, 0)), bytesOf(vm.Arg(args, 1)))
		if !ok {
			return vm.Undefined
		}
		return rt.NewUint8Array(ecdhFormat(p.Bytes(), int(rt.ToNumber(vm.Arg(args, 2)))))
	})
}
