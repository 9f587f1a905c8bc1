package stdlib

import (
	"crypto/rand"
	"math/big"

	"github.com/kilnjs/kiln/vm"
)

// The Go half of crypto's prime and classic Diffie-Hellman functions
// (lib/internal/crypto_dh.js): generatePrime/checkPrime and the modular
// arithmetic of createDiffieHellman and getDiffieHellman, on math/big.
// Numbers cross to JavaScript as big-endian bytes, which is how node's
// DiffieHellman methods hand them out anyway.
//
// Why math/big and not crypto/internal's constant-time arithmetic: the
// standard library has no public constant-time modular exponentiation,
// and node's classic DH (OpenSSL's BN_mod_exp) is the legacy API it warns
// users away from; ECDH and X25519 are the constant-time paths.

// The MODP groups of RFC 2409 (modp1, modp2) and RFC 3526 (the rest), all
// with generator 2.
const (
	// modp1: 768 bits
	modp1Hex = "" +
		"ffffffffffffffffc90fdaa22168c234c4c6628b80dc1cd129024e088a67cc74020bbea63b139b22514a08798e3404dd" +
		"ef9519b3cd3a431b302b0a6df25f14374fe1356d6d51c245e485b576625e7ec6f44c42e9a63a3620ffffffffffffffff"
	// modp2: 1024 bits
	modp2Hex = "" +
		"ffffffffffffffffc90fdaa22168c234c4c6628b80dc1cd129024e088a67cc74020bbea63b139b22514a08798e3404dd" +
		"ef9519b3cd3a431b302b0a6df25f14374fe1356d6d51c245e485b576625e7ec6f44c42e9a637ed6b0bff5cb6f406b7ed" +
		"ee386bfb5a899fa5ae9f24117c4b1fe649286651ece65381ffffffffffffffff"
	// modp5: 1536 bits
	modp5Hex = "" +
		"ffffffffffffffffc90fdaa22168c234c4c6628b80dc1cd129024e088a67cc74020bbea63b139b22514a08798e3404dd" +
		"ef9519b3cd3a431b302b0a6df25f14374fe1356d6d51c245e485b576625e7ec6f44c42e9a637ed6b0bff5cb6f406b7ed" +
		"ee386bfb5a899fa5ae9f24117c4b1fe649286651ece45b3dc2007cb8a163bf0598da48361c55d39a69163fa8fd24cf5f" +
		"83655d23dca3ad961c62f356208552bb9ed529077096966d670c354e4abc9804f1746c08ca237327ffffffffffffffff"
	// modp14: 2048 bits
	modp14Hex = "" +
		"ffffffffffffffffc90fdaa22168c234c4c6628b80dc1cd129024e088a67cc74020bbea63b139b22514a08798e3404dd" +
		"ef9519b3cd3a431b302b0a6df25f14374fe1356d6d51c245e485b576625e7ec6f44c42e9a637ed6b0bff5cb6f406b7ed" +
		"ee386bfb5a899fa5ae9f24117c4b1fe649286651ece45b3dc2007cb8a163bf0598da48361c55d39a69163fa8fd24cf5f" +
		"83655d23dca3ad961c62f356208552bb9ed529077096966d670c354e4abc9804f1746c08ca18217c32905e462e36ce3b" +
		"e39e772c180e86039b2783a2ec07a28fb5c55df06f4c52c9de2bcbf6955817183995497cea956ae515d2261898fa0510" +
		"15728e5a8aacaa68ffffffffffffffff"
	// modp15: 3072 bits
	modp15Hex = "" +
		"ffffffffffffffffc90fdaa22168c234c4c6628b80dc1cd129024e088a67cc74020bbea63b139b22514a08798e3404dd" +
		"ef9519b3cd3a431b302b0a6df25f14374fe1356d6d51c245e485b576625e7ec6f44c42e9a637ed6b0bff5cb6f406b7ed" +
		"ee386bfb5a899fa5ae9f24117c4b1fe649286651ece45b3dc2007cb8a163bf0598da48361c55d39a69163fa8fd24cf5f" +
		"83655d23dca3ad961c62f356208552bb9ed529077096966d670c354e4abc9804f1746c08ca18217c32905e462e36ce3b" +
		"e39e772c180e86039b2783a2ec07a28fb5c55df06f4c52c9de2bcbf6955817183995497cea956ae515d2261898fa0510" +
		"15728e5a8aaac42dad33170d04507a33a85521abdf1cba64ecfb850458dbef0a8aea71575d060c7db3970f85a6e1e4c7" +
		"abf5ae8cdb0933d71e8c94e04a25619dcee3d2261ad2ee6bf12ffa06d98a0864d87602733ec86a64521f2b18177b200c" +
		"bbe117577a615d6c770988c0bad946e208e24fa074e5ab3143db5bfce0fd108e4b82d120a93ad2caffffffffffffffff"
	// modp16: 4096 bits
	modp16Hex = "" +
		"ffffffffffffffffc90fdaa22168c234c4c6628b80dc1cd129024e088a67cc74020bbea63b139b22514a08798e3404dd" +
		"ef9519b3cd3a431b302b0a6df25f14374fe1356d6d51c245e485b576625e7ec6f44c42e9a637ed6b0bff5cb6f406b7ed" +
		"ee386bfb5a899fa5ae9f24117c4b1fe649286651ece45b3dc2007cb8a163bf0598da48361c55d39a69163fa8fd24cf5f" +
		"83655d23dca3ad961c62f356208552bb9ed529077096966d670c354e4abc9804f1746c08ca18217c32905e462e36ce3b" +
		"e39e772c180e86039b2783a2ec07a28fb5c55df06f4c52c9de2bcbf6955817183995497cea956ae515d2261898fa0510" +
		"15728e5a8aaac42dad33170d04507a33a85521abdf1cba64ecfb850458dbef0a8aea71575d060c7db3970f85a6e1e4c7" +
		"abf5ae8cdb0933d71e8c94e04a25619dcee3d2261ad2ee6bf12ffa06d98a0864d87602733ec86a64521f2b18177b200c" +
		"bbe117577a615d6c770988c0bad946e208e24fa074e5ab3143db5bfce0fd108e4b82d120a92108011a723c12a787e6d7" +
		"88719a10bdba5b2699c327186af4e23c1a946834b6150bda2583e9ca2ad44ce8dbbbc2db04de8ef92e8efc141fbecaa6" +
		"287c59474e6bc05d99b2964fa090c3a2233ba186515be7ed1f612970cee2d7afb81bdd762170481cd0069127d5b05aa9" +
		"93b4ea988d8fddc186ffb7dc90a6c08f4df435c934063199ffffffffffffffff"
	// modp17: 6144 bits
	modp17Hex = "" +
		"ffffffffffffffffc90fdaa22168c234c4c6628b80dc1cd129024e088a67cc74020bbea63b139b22514a08798e3404dd" +
		"ef9519b3cd3a431b302b0a6df25f14374fe1356d6d51c245e485b576625e7ec6f44c42e9a637ed6b0bff5cb6f406b7ed" +
		"ee386bfb5a899fa5ae9f24117c4b1fe649286651ece45b3dc2007cb8a163bf0598da48361c55d39a69163fa8fd24cf5f" +
		"83655d23dca3ad961c62f356208552bb9ed529077096966d670c354e4abc9804f1746c08ca18217c32905e462e36ce3b" +
		"e39e772c180e86039b2783a2ec07a28fb5c55df06f4c52c9de2bcbf6955817183995497cea956ae515d2261898fa0510" +
		"15728e5a8aaac42dad33170d04507a33a85521abdf1cba64ecfb850458dbef0a8aea71575d060c7db3970f85a6e1e4c7" +
		"abf5ae8cdb0933d71e8c94e04a25619dcee3d2261ad2ee6bf12ffa06d98a0864d87602733ec86a64521f2b18177b200c" +
		"bbe117577a615d6c770988c0bad946e208e24fa074e5ab3143db5bfce0fd108e4b82d120a92108011a723c12a787e6d7" +
		"88719a10bdba5b2699c327186af4e23c1a946834b6150bda2583e9ca2ad44ce8dbbbc2db04de8ef92e8efc141fbecaa6" +
		"287c59474e6bc05d99b2964fa090c3a2233ba186515be7ed1f612970cee2d7afb81bdd762170481cd0069127d5b05aa9" +
		"93b4ea988d8fddc186ffb7dc90a6c08f4df435c93402849236c3fab4d27c7026c1d4dcb2602646dec9751e763dba37bd" +
		"f8ff9406ad9e530ee5db382f413001aeb06a53ed9027d831179727b0865a8918da3edbebcf9b14ed44ce6cbaced4bb1b" +
		"db7f1447e6cc254b332051512bd7af426fb8f401378cd2bf5983ca01c64b92ecf032ea15d1721d03f482d7ce6e74fef6" +
		"d55e702f46980c82b5a84031900b1c9e59e7c97fbec7e8f323a97a7e36cc88be0f1d45b7ff585ac54bd407b22b4154aa" +
		"cc8f6d7ebf48e1d814cc5ed20f8037e0a79715eef29be32806a1d58bb7c5da76f550aa3d8a1fbff0eb19ccb1a313d55c" +
		"da56c9ec2ef29632387fe8d76e3c0468043e8f663f4860ee12bf2d5b0b7474d6e694f91e6dcc4024ffffffffffffffff"
	// modp18: 8192 bits
	modp18Hex = "" +
		"ffffffffffffffffc90fdaa22168c234c4c6628b80dc1cd129024e088a67cc74020bbea63b139b22514a08798e3404dd" +
		"ef9519b3cd3a431b302b0a6df25f14374fe1356d6d51c245e485b576625e7ec6f44c42e9a637ed6b0bff5cb6f406b7ed" +
		"ee386bfb5a899fa5ae9f24117c4b1fe649286651ece45b3dc2007cb8a163bf0598da48361c55d39a69163fa8fd24cf5f" +
		"83655d23dca3ad961c62f356208552bb9ed529077096966d670c354e4abc9804f1746c08ca18217c32905e462e36ce3b" +
		"e39e772c180e86039b2783a2ec07a28fb5c55df06f4c52c9de2bcbf6955817183995497cea956ae515d2261898fa0510" +
		"15728e5a8aaac42dad33170d04507a33a85521abdf1cba64ecfb850458dbef0a8aea71575d060c7db3970f85a6e1e4c7" +
		"abf5ae8cdb0933d71e8c94e04a25619dcee3d2261ad2ee6bf12ffa06d98a0864d87602733ec86a64521f2b18177b200c" +
		"bbe117577a615d6c770988c0bad946e208e24fa074e5ab3143db5bfce0fd108e4b82d120a92108011a723c12a787e6d7" +
		"88719a10bdba5b2699c327186af4e23c1a946834b6150bda2583e9ca2ad44ce8dbbbc2db04de8ef92e8efc141fbecaa6" +
		"287c59474e6bc05d99b2964fa090c3a2233ba186515be7ed1f612970cee2d7afb81bdd762170481cd0069127d5b05aa9" +
		"93b4ea988d8fddc186ffb7dc90a6c08f4df435c93402849236c3fab4d27c7026c1d4dcb2602646dec9751e763dba37bd" +
		"f8ff9406ad9e530ee5db382f413001aeb06a53ed9027d831179727b0865a8918da3edbebcf9b14ed44ce6cbaced4bb1b" +
		"db7f1447e6cc254b332051512bd7af426fb8f401378cd2bf5983ca01c64b92ecf032ea15d1721d03f482d7ce6e74fef6" +
		"d55e702f46980c82b5a84031900b1c9e59e7c97fbec7e8f323a97a7e36cc88be0f1d45b7ff585ac54bd407b22b4154aa" +
		"cc8f6d7ebf48e1d814cc5ed20f8037e0a79715eef29be32806a1d58bb7c5da76f550aa3d8a1fbff0eb19ccb1a313d55c" +
		"da56c9ec2ef29632387fe8d76e3c0468043e8f663f4860ee12bf2d5b0b7474d6e694f91e6dbe115974a3926f12fee5e4" +
		"38777cb6a932df8cd8bec4d073b931ba3bc832b68d9dd300741fa7bf8afc47ed2576f6936ba424663aab639c5ae4f568" +
		"3423b4742bf1c978238f16cbe39d652de3fdb8befc848ad922222e04a4037c0713eb57a81a23f0c73473fc646cea306b" +
		"4bcbc8862f8385ddfa9d4b7fa2c087e879683303ed5bdd3a062b3cf5b3a278a66d2a13f83f44f82ddf310ee074ab6a36" +
		"4597e899a0255dc164f31cc50846851df9ab48195ded7ea1b1d510bd7ee74d73faf36bc31ecfa268359046f4eb879f92" +
		"4009438b481c6cd7889a002ed5ee382bc9190da6fc026e479558e4475677e9aa9e3050e2765694dfc81f56e880b96e71" +
		"60c980dd98edd3dfffffffffffffffff"
)

// dhGroup is a named group's prime and the private key length OpenSSL
// uses for it (0: as long as the prime).
func dhGroup(name string) (prime string, keyBits int, ok bool) {
	switch name {
	case "modp1":
		return modp1Hex, 0, true
	case "modp2":
		return modp2Hex, 0, true
	case "modp5":
		return modp5Hex, 200, true
	case "modp14":
		return modp14Hex, 225, true
	case "modp15":
		return modp15Hex, 275, true
	case "modp16":
		return modp16Hex, 325, true
	case "modp17":
		return modp17Hex, 375, true
	case "modp18":
		return modp18Hex, 400, true
	}
	return "", 0, false
}

// DH_check's flags, as node's verifyError reports them.
const (
	dhCheckPNotPrime       = 0x01
	dhCheckPNotSafePrime   = 0x02
	dhNotSuitableGenerator = 0x08
	dhModulusTooSmall      = 0x80
	dhModulusTooLarge      = 0x100
)

// OpenSSL's bounds on a DH modulus (DH_MIN_MODULUS_BITS and
// OPENSSL_DH_CHECK_MAX_MODULUS_BITS).
const (
	dhMinModulusBits = 512
	dhMaxModulusBits = 32768
)

// primeRounds is the Miller-Rabin rounds for a check without a count: with
// the Baillie-PSW test ProbablyPrime always adds, more than OpenSSL's 64.
const primeRounds = 20

// dhCheck is DH_check for a prime and generator.
func dhCheck(p, g *big.Int) int {
	flags := 0
	if !p.ProbablyPrime(primeRounds) {
		flags |= dhCheckPNotPrime
	} else {
		q := new(big.Int).Rsh(p, 1)
		if !q.ProbablyPrime(primeRounds) {
			flags |= dhCheckPNotSafePrime
		}
	}
	pm1 := new(big.Int).Sub(p, big.NewInt(1))
	if g.Cmp(big.NewInt(1)) <= 0 || g.Cmp(pm1) >= 0 {
		flags |= dhNotSuitableGenerator
	}
	if p.BitLen() < dhMinModulusBits {
		flags |= dhModulusTooSmall
	}
	if p.BitLen() > dhMaxModulusBits {
		flags |= dhModulusTooLarge
	}
	return flags
}

// generatePrime is OpenSSL's BN_generate_prime_ex: a prime of exactly bits
// bits with its top two bits set (so that a product of two has exactly
// twice the bits), optionally safe ((p-1)/2 prime too), and, when add is
// given, with p mod add == rem (rem 1, or 3 for a safe prime, when rem is
// nil).
//
// As OpenSSL does, it walks from a random start in steps that keep the
// residue, and sieves each candidate by small primes before any
// probabilistic test: a safe prime of 512 bits is one in some 10^5 odd
// numbers, and testing each in full took a minute where the sieve takes
// well under a second.
func generatePrime(bits int, safe bool, add, rem *big.Int) *big.Int {
	if add != nil && rem == nil {
		rem = big.NewInt(1)
		if safe {
			rem = big.NewInt(3)
		}
	}
	step := big.NewInt(2)
	if add != nil {
		step = add
	}
	sieve := smallOddPrimes(sieveLimit)
	buf := make([]byte, (bits+7)/8)
	p := new(big.Int)
	m := new(big.Int)
	residues := make([]uint64, len(sieve))
	// stepMods are the step's residues, for moving the candidate's along.
	stepMods := make([]uint64, len(sieve))
	for k, r := range sieve {
		stepMods[k] = m.Mod(step, new(big.Int).SetUint64(r)).Uint64()
	}
	for {
		rand.Read(buf)
		p.SetBytes(buf)
		// Keep exactly bits bits, the top two set.
		p.SetBit(p, bits-1, 1)
		for i := p.BitLen() - 1; i >= bits; i-- {
			p.SetBit(p, i, 0)
		}
		if bits >= 2 {
			p.SetBit(p, bits-2, 1)
		}
		if add != nil {
			p.Sub(p, m.Mod(p, add))
			p.Add(p, rem)
		} else {
			p.SetBit(p, 0, 1)
		}
		// Small numbers could be sieved out by being a small prime
		// themselves; they are few enough to test one by one.
		useSieve := bits > 24
		if useSieve {
			for k, r := range sieve {
				residues[k] = m.Mod(p, new(big.Int).SetUint64(r)).Uint64()
			}
		}
		for tries := 0; tries < 1<<16; tries++ {
			if p.BitLen() != bits {
				break
			}
			if !useSieve || sieveAllows(residues, sieve, safe) {
				if primeCandidate(p, safe) {
					return new(big.Int).Set(p)
				}
			}
			p.Add(p, step)
			if useSieve {
				for k, r := range sieve {
					residues[k] = (residues[k] + stepMods[k]) % r
				}
			}
		}
	}
}

// sieveLimit bounds the small primes generatePrime divides by.
const sieveLimit = 1 << 14

// smallOddPrimes lists the odd primes below limit.
func smallOddPrimes(limit int) []uint64 {
	composite := make([]bool, limit)
	var out []uint64
	for i := 3; i < limit; i += 2 {
		if composite[i] {
			continue
		}
		out = append(out, uint64(i))
		for j := i * i; j < limit; j += 2 * i {
			composite[j] = true
		}
	}
	return out
}

// sieveAllows says whether no small prime divides the candidate (nor,
// for a safe prime, (p-1)/2, which a prime r divides when p = 1 mod r).
func sieveAllows(residues, sieve []uint64, safe bool) bool {
	for k := range sieve {
		if residues[k] == 0 || (safe && residues[k] == 1) {
			return false
		}
	}
	return true
}

// primeCandidate tests a sieved candidate: Baillie-PSW first, which is
// cheap and rejects almost every composite, then the full rounds.
func primeCandidate(p *big.Int, safe bool) bool {
	var q *big.Int
	if safe {
		q = new(big.Int).Rsh(p, 1)
		if !q.ProbablyPrime(0) {
			return false
		}
	}
	if !p.ProbablyPrime(0) || !p.ProbablyPrime(primeRounds) {
		return false
	}
	return !safe || q.ProbablyPrime(primeRounds)
}

// dhPrivateKey draws a private key: below 2^keyBits for a named group with
// a key length, else in [2, p-2].
func dhPrivateKey(p *big.Int, keyBits int) *big.Int {
	for {
		var x *big.Int
		var err error
		if keyBits > 0 {
			x, err = rand.Int(rand.Reader, new(big.Int).Lsh(big.NewInt(1), uint(keyBits)))
		} else {
			x, err = rand.Int(rand.Reader, new(big.Int).Sub(p, big.NewInt(3)))
			if err == nil {
				x.Add(x, big.NewInt(2))
			}
		}
		if err != nil {
			panic("crypto: random source failed: " + err.Error())
		}
		if x.Sign() > 0 {
			return x
		}
	}
}

func fillCryptoDH(n *Node, b vm.Value) {
	rt := n.VM
	num := func(v vm.Value) *big.Int {
		bytes, _ := rt.BufferBytes(v)
		return new(big.Int).SetBytes(bytes)
	}
	out := func(x *big.Int) vm.Value { return rt.NewUint8Array(x.Bytes()) }
	// dhGroup(name): [prime, private key bits] or undefined.
	rt.DefineMethod(b, "dhGroup", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		hex, keyBits, ok := dhGroup(rt.ToGoString(vm.Arg(args, 0)))
		if !ok {
			return vm.Undefined
		}
		p, _ := new(big.Int).SetString(hex, 16)
		return rt.NewArray([]vm.Value{out(p), vm.Int(keyBits)})
	})
	rt.DefineMethod(b, "dhCheck", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		return vm.Int(dhCheck(num(vm.Arg(args, 0)), num(vm.Arg(args, 1))))
	})
	// dhPrivateKey(prime, keyBits) draws a private key.
	rt.DefineMethod(b, "dhPrivateKey", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		return out(dhPrivateKey(num(vm.Arg(args, 0)), int(rt.ToNumber(vm.Arg(args, 1)))))
	})
	// modPow(base, exponent, modulus), the modulus above 1.
	rt.DefineMethod(b, "modPow", 3, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		return out(new(big.Int).Exp(num(vm.Arg(args, 0)), num(vm.Arg(args, 1)), num(vm.Arg(args, 2))))
	})
	// compare(a, b) is -1, 0 or 1, for computeSecret's bounds.
	rt.DefineMethod(b, "compare", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		return vm.Int(num(vm.Arg(args, 0)).Cmp(num(vm.Arg(args, 1))))
	})
	// generatePrime(bits, safe, add, rem, callback): add and rem are
	// bytes or null; with a callback the search runs on the worker pool.
	rt.DefineMethod(b, "generatePrime", 5, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		bits := int(rt.ToNumber(vm.Arg(args, 0)))
		safe := rt.ToBoolean(vm.Arg(args, 1))
		var add, rem *big.Int
		if a := vm.Arg(args, 2); a != vm.Null {
			add = num(a)
		}
		if r := vm.Arg(args, 3); r != vm.Null {
			rem = num(r)
		}
		var p *big.Int
		work := func() { p = generatePrime(bits, safe, add, rem) }
		cb := vm.Arg(args, 4)
		if !rt.IsCallable(cb) {
			work()
			return out(p)
		}
		n.cryptoJob(cb, work, func() []vm.Value { return []vm.Value{vm.Null, out(p)} })
		return vm.Undefined
	})
	// checkPrime(bytes, checks, callback), checks 0 for the default.
	rt.DefineMethod(b, "checkPrime", 3, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		candidate := num(vm.Arg(args, 0))
		checks := int(rt.ToNumber(vm.Arg(args, 1)))
		if checks <= 0 {
			checks = primeRounds
		}
		var ok bool
		work := func() { ok = candidate.ProbablyPrime(checks) }
		cb := vm.Arg(args, 2)
		if !rt.IsCallable(cb) {
			work()
			return vm.Bool(ok)
		}
		n.cryptoJob(cb, work, func() []vm.Value { return []vm.Value{vm.Null, vm.Bool(ok)} })
		return vm.Undefined
	})
}
