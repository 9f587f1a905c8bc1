package deflate

import (
	"encoding/binary"
	"errors"
	"hash"
	"hash/adler32"
	"hash/crc32"
	"io"
	"math/bits"
	"slices"
)

// An Inflater decodes a deflate stream (raw, zlib or gzip) pushed to it in
// pieces of any size, and gives out with each piece every byte that the
// input so far determines. That is what zlib's inflate() does and what
// Go's compress/flate does not: flate keeps a block's output until its
// window fills, so a stream flushed with Z_PARTIAL_FLUSH (a block's end
// code, then part of an empty fixed block) or cut inside a block gave out
// nothing, and a protocol waiting on that output (ssh2's compression)
// hung.
//
// The inflater is a state machine over a bit buffer. Input is read into
// the buffer as it is needed; a state consumes bits only once all that it
// decodes is there (a header field, a stored length, a code length with
// its repeat bits, a literal, or a length with its distance and their
// extra bits, at most 48 bits), and otherwise returns with the bits kept
// for the next Write. So no partial symbol needs state of its own, and an
// input cut anywhere resumes exactly.
//
// Errors are zlib's, with its messages, in the order zlib finds them:
// *CorruptError for bad data, ErrNeedDict for a zlib stream made with a
// preset dictionary, and io.ErrUnexpectedEOF from Close for a stream that
// stops early.
type Inflater struct {
	format     Format // Raw, Zlib or Gzip once a Detect stream has chosen
	windowBits int    // the zlib header's window may not exceed it (0: any)
	state      inflateState
	err        error

	in    []byte // the rest of the current Write's input
	hold  uint64 // bit buffer, least significant bit first
	nbits uint
	// out is the history (at least the last 32 KiB) followed by what this
	// Write decoded. memberStart is where the current stream's output
	// begins in it (negative once slid out of it): distances reach back no
	// further. sumFrom is where the output not yet checksummed begins.
	out         []byte
	memberStart int
	sumFrom     int

	final      bool // the current block is the stream's last
	storedLeft int
	nlen       int // dynamic block: literal/length codes
	ndist      int // dynamic block: distance codes
	ncode      int // dynamic block: code-length codes
	have       int // code lengths read so far
	lens       [lCodes + dCodes]uint8
	codeLens   decodeTable
	dynLit     decodeTable
	dynDist    decodeTable
	lit, dist  *decodeTable
	// Checksums: Adler-32 for zlib; CRC-32 and size for gzip, and the gzip
	// header's own CRC-32, with its flags and the field being skipped.
	adler    hash.Hash32
	crc      uint32
	size     uint32
	gzFlags  int
	headCRC  uint32
	skipLeft int
}

type inflateState int

const (
	inStart inflateState = iota
	inDetect
	inZlibHeader
	inDictID
	inGzipMagic
	inGzipFlags
	inGzipTime
	inGzipOS
	inGzipExtraLen
	inGzipExtra
	inGzipName
	inGzipComment
	inGzipHeaderCRC
	inBlockHeader
	inStoredLen
	inStored
	inTableSizes
	inCodeLenLens
	inCodeLens
	inCodes
	inCheck
	inGzipLength
	inMemberEnd // gzip: a member ended; another may follow
	inDone
)

// Detect is a Format for inflating only: gzip when the stream starts with
// gzip's magic bytes, else zlib, as node's Unzip decides.
const Detect Format = 3

// gzip header flags (RFC 1952 §2.3.1).
const (
	gzHeaderCRC = 1 << 1
	gzExtra     = 1 << 2
	gzName      = 1 << 3
	gzComment   = 1 << 4
	gzReserved  = 0xe0
)

// windowSize is the history a stream may refer back into.
const windowSize = 1 << 15

// CorruptError is input that is not a valid stream; the message is zlib's.
type CorruptError struct{ Msg string }

func (e *CorruptError) Error() string { return e.Msg }

// ErrNeedDict is a zlib stream compressed with a preset dictionary.
var ErrNeedDict = errors.New("deflate: stream needs a preset dictionary")

func corrupt(msg string) error { return &CorruptError{msg} }

// NewInflater returns an inflater for format (Raw, Zlib, Gzip or Detect).
// windowBits is the largest window a zlib header may declare, 8 to 15, or 0
// for any; it is zlib's windowBits without the format's offset.
func NewInflater(format Format, windowBits int) *Inflater {
	return &Inflater{format: format, windowBits: windowBits, adler: adler32.New()}
}

// Write decodes what it can of in, which continues the input so far, and
// returns the bytes decoded: all that the input so far determines. After
// an error, every Write returns it again.
func (f *Inflater) Write(in []byte) ([]byte, error) {
	if f.err != nil {
		return nil, f.err
	}
	f.in = in
	mark := len(f.out)
	err := f.run()
	f.in = nil
	f.checksum()
	got := f.handOut(mark)
	if err != nil {
		f.err = err
	}
	return got, err
}

// Close reports how the input ended: nil after a whole stream (and, for
// gzip, after a whole member), io.ErrUnexpectedEOF inside one, or the
// error a Write returned.
func (f *Inflater) Close() error {
	if f.err != nil {
		return f.err
	}
	if f.state == inDone || f.state == inMemberEnd {
		return nil
	}
	return io.ErrUnexpectedEOF
}

// handOut returns the output from mark on and keeps the history. Output
// of a window or more is handed out in place, and the last window copied
// to a new buffer; less is copied out, and the buffer slid back once it
// has grown to two windows, so a stream fed in small pieces moves its
// window rarely.
func (f *Inflater) handOut(mark int) []byte {
	n := len(f.out)
	var got []byte
	switch {
	case n-mark >= windowSize:
		got = f.out[mark:n:n]
		f.out = append(make([]byte, 0, 4*windowSize), f.out[n-windowSize:]...)
	case n > mark:
		got = append([]byte(nil), f.out[mark:]...)
		if n < 2*windowSize {
			return got
		}
		copy(f.out, f.out[n-windowSize:])
		f.out = f.out[:windowSize]
	default:
		return nil
	}
	shift := n - windowSize
	f.memberStart -= shift
	f.sumFrom -= shift
	return got
}

// checksum adds the output not yet counted to the stream's check value.
func (f *Inflater) checksum() {
	p := f.out[f.sumFrom:]
	f.sumFrom = len(f.out)
	switch f.format {
	case Zlib:
		f.adler.Write(p)
	case Gzip:
		f.crc = crc32.Update(f.crc, crc32.IEEETable, p)
		f.size += uint32(len(p))
	}
}

// need reports whether the bit buffer holds n bits (n ≤ 57), reading
// input into it as far as it can.
func (f *Inflater) need(n uint) bool {
	if f.nbits < n {
		f.fill()
	}
	return f.nbits >= n
}

// fill reads input into the bit buffer until it holds at least 57 bits
// or the input is used up. The bits above nbits may hold the start of the
// next input byte, not yet counted: they are the stream's own next bits,
// so a later fill that ORs that byte in changes nothing.
func (f *Inflater) fill() {
	if len(f.in) >= 8 {
		k := (64 - f.nbits) >> 3
		f.hold |= binary.LittleEndian.Uint64(f.in) << f.nbits
		f.nbits += k << 3
		f.in = f.in[k:]
		return
	}
	for f.nbits <= 56 && len(f.in) > 0 {
		f.hold |= uint64(f.in[0]) << f.nbits
		f.nbits += 8
		f.in = f.in[1:]
	}
}

func (f *Inflater) drop(n uint) {
	f.hold >>= n
	f.nbits -= n
}

// headerBytes takes n bytes of a gzip header from the bit buffer, adding
// them to the header's CRC.
func (f *Inflater) headerBytes(n uint) uint64 {
	v := f.hold & (1<<(8*n) - 1)
	var b [8]byte
	binary.LittleEndian.PutUint64(b[:], v)
	f.headCRC = crc32.Update(f.headCRC, crc32.IEEETable, b[:n])
	f.drop(8 * n)
	return v
}

// startMember sets up for a gzip member or a zlib or raw stream.
func (f *Inflater) startMember() {
	f.memberStart = len(f.out)
	f.sumFrom = len(f.out)
	f.final = false
	f.crc, f.size, f.headCRC = 0, 0, 0
}

// run decodes until the input runs out, the stream ends, or an error.
func (f *Inflater) run() error {
	for {
		switch f.state {
		case inStart:
			f.startMember()
			switch f.format {
			case Raw:
				f.state = inBlockHeader
			case Zlib:
				f.state = inZlibHeader
			case Gzip:
				f.state = inGzipMagic
			default:
				f.state = inDetect
			}

		case inDetect:
			// node's Unzip takes gzip's first magic byte as a promise of the
			// second, and anything else as a zlib header.
			if !f.need(8) {
				return nil
			}
			if f.hold&0xff == 0x1f && !f.need(16) {
				return nil
			}
			f.format, f.state = Zlib, inZlibHeader
			if f.hold&0xffff == 0x8b1f {
				f.format, f.state = Gzip, inGzipMagic
			}

		case inZlibHeader: // RFC 1950 §2.2
			if !f.need(16) {
				return nil
			}
			cmf, flg := int(f.hold&0xff), int(f.hold>>8&0xff)
			if (cmf<<8|flg)%31 != 0 {
				return corrupt("incorrect header check")
			}
			if cmf&0x0f != 8 {
				return corrupt("unknown compression method")
			}
			if w := cmf>>4 + 8; w > 15 || f.windowBits != 0 && w > f.windowBits {
				return corrupt("invalid window size")
			}
			f.drop(16)
			f.adler.Reset()
			f.state = inBlockHeader
			if flg&0x20 != 0 {
				f.state = inDictID
			}

		case inDictID:
			if !f.need(32) {
				return nil
			}
			return ErrNeedDict

		case inGzipMagic: // RFC 1952 §2.3
			if !f.need(16) {
				return nil
			}
			if f.hold&0xffff != 0x8b1f {
				return corrupt("incorrect header check")
			}
			f.headerBytes(2)
			f.state = inGzipFlags

		case inGzipFlags:
			if !f.need(16) {
				return nil
			}
			if f.hold&0xff != 8 {
				return corrupt("unknown compression method")
			}
			if f.hold>>8&gzReserved != 0 {
				return corrupt("unknown header flags set")
			}
			f.gzFlags = int(f.headerBytes(2) >> 8)
			f.state = inGzipTime

		case inGzipTime:
			if !f.need(32) {
				return nil
			}
			f.headerBytes(4)
			f.state = inGzipOS

		case inGzipOS:
			if !f.need(16) {
				return nil
			}
			f.headerBytes(2)
			f.state = inGzipName
			if f.gzFlags&gzExtra != 0 {
				f.state = inGzipExtraLen
			}

		case inGzipExtraLen:
			if !f.need(16) {
				return nil
			}
			f.skipLeft = int(f.headerBytes(2))
			f.state = inGzipExtra

		case inGzipExtra:
			for f.skipLeft > 0 {
				if !f.need(8) {
					return nil
				}
				f.headerBytes(1)
				f.skipLeft--
			}
			f.state = inGzipName

		case inGzipName, inGzipComment:
			flag, next := gzName, inGzipComment
			if f.state == inGzipComment {
				flag, next = gzComment, inGzipHeaderCRC
			}
			if f.gzFlags&flag != 0 {
				for {
					if !f.need(8) {
						return nil
					}
					if f.headerBytes(1) == 0 {
						break
					}
				}
			}
			f.state = next

		case inGzipHeaderCRC:
			if f.gzFlags&gzHeaderCRC != 0 {
				if !f.need(16) {
					return nil
				}
				if uint32(f.hold&0xffff) != f.headCRC&0xffff {
					return corrupt("header crc mismatch")
				}
				f.drop(16)
			}
			f.state = inBlockHeader

		case inBlockHeader: // RFC 1951 §3.2.3
			if f.final {
				f.state = inCheck
				continue
			}
			if !f.need(3) {
				return nil
			}
			f.final = f.hold&1 != 0
			kind := f.hold >> 1 & 3
			f.drop(3)
			switch kind {
			case 0:
				f.drop(f.nbits & 7)
				f.state = inStoredLen
			case 1:
				fixed := fixedTables.Get()
				f.lit, f.dist = &fixed.lit, &fixed.dist
				f.state = inCodes
			case 2:
				f.state = inTableSizes
			default:
				return corrupt("invalid block type")
			}

		case inStoredLen: // §3.2.4
			if !f.need(32) {
				return nil
			}
			n := int(f.hold & 0xffff)
			if n != int(^f.hold>>16&0xffff) {
				return corrupt("invalid stored block lengths")
			}
			f.drop(32)
			f.storedLeft = n
			f.state = inStored

		case inStored:
			for f.storedLeft > 0 && f.nbits >= 8 {
				f.out = append(f.out, byte(f.hold))
				f.drop(8)
				f.storedLeft--
			}
			if f.storedLeft > 0 {
				// The bit buffer is empty: what sits above nbits is input
				// about to be copied past it.
				f.hold = 0
				n := min(f.storedLeft, len(f.in))
				f.out = append(f.out, f.in[:n]...)
				f.in = f.in[n:]
				f.storedLeft -= n
				if f.storedLeft > 0 {
					return nil
				}
			}
			f.state = inBlockHeader

		case inTableSizes: // §3.2.7
			if !f.need(14) {
				return nil
			}
			f.nlen = 257 + int(f.hold&31)
			f.ndist = 1 + int(f.hold>>5&31)
			f.ncode = 4 + int(f.hold>>10&15)
			f.drop(14)
			if f.nlen > 286 || f.ndist > 30 {
				return corrupt("too many length or distance symbols")
			}
			f.have = 0
			f.state = inCodeLenLens

		case inCodeLenLens:
			for ; f.have < f.ncode; f.have++ {
				if !f.need(3) {
					return nil
				}
				f.lens[blOrder[f.have]] = uint8(f.hold & 7)
				f.drop(3)
			}
			for i := f.ncode; i < blCodes; i++ {
				f.lens[blOrder[i]] = 0
			}
			if f.codeLens.build(f.lens[:blCodes], maxBLBits, false) != tableOK {
				return corrupt("invalid code lengths set")
			}
			if f.codeLens.t[0]&entryInvalid != 0 {
				// A code-length code with no codes: zlib reads each bit
				// as a length of zero, so the error comes later, as
				// there.
				f.codeLens.t[0], f.codeLens.t[1] = 1, 1
			}
			f.have = 0
			f.state = inCodeLens

		case inCodeLens:
			if err, more := f.codeLengths(); err != nil || !more {
				return err
			}
			if f.lens[endBlock] == 0 {
				return corrupt("invalid code -- missing end-of-block")
			}
			if f.dynLit.build(f.lens[:f.nlen], 10, true) != tableOK {
				return corrupt("invalid literal/lengths set")
			}
			if f.dynDist.build(f.lens[f.nlen:f.nlen+f.ndist], 8, true) != tableOK {
				return corrupt("invalid distances set")
			}
			f.lit, f.dist = &f.dynLit, &f.dynDist
			f.state = inCodes

		case inCodes:
			if err := f.codes(); err != nil || f.state == inCodes {
				return err
			}

		case inCheck:
			f.drop(f.nbits & 7)
			switch f.format {
			case Raw:
				f.state = inDone
				continue
			case Zlib:
				if !f.need(32) {
					return nil
				}
				f.checksum()
				if uint32(bits.ReverseBytes32(uint32(f.hold))) != f.adler.Sum32() {
					return corrupt("incorrect data check")
				}
				f.drop(32)
				f.state = inDone
			case Gzip:
				if !f.need(32) {
					return nil
				}
				f.checksum()
				if uint32(f.hold) != f.crc {
					return corrupt("incorrect data check")
				}
				f.drop(32)
				f.state = inGzipLength
			}

		case inGzipLength:
			if !f.need(32) {
				return nil
			}
			if uint32(f.hold) != f.size {
				return corrupt("incorrect length check")
			}
			f.drop(32)
			f.state = inMemberEnd

		case inMemberEnd:
			// As node's gunzip: input after a member is another member,
			// unless it starts with a zero byte, padding that ends the
			// stream.
			if !f.need(8) {
				return nil
			}
			if f.hold&0xff == 0 {
				f.state = inDone
				continue
			}
			f.startMember()
			f.state = inGzipMagic

		case inDone:
			f.in = nil
			return nil
		}
	}
}

// codeLengths reads a dynamic block's code lengths (§3.2.7). more is false
// when the input ran out first.
func (f *Inflater) codeLengths() (err error, more bool) {
	t := &f.codeLens
	total := f.nlen + f.ndist
	for f.have < total {
		f.need(maxBLBits + 7)
		e := t.t[f.hold&(1<<t.root-1)]
		n := uint(e & 15)
		if n > f.nbits {
			return nil, false
		}
		sym := e >> 16
		if sym < 16 {
			f.lens[f.have] = uint8(sym)
			f.have++
			f.drop(n)
			continue
		}
		extra := uint(extraBLBits[sym])
		if n+extra > f.nbits {
			return nil, false
		}
		reps := int(f.hold >> n & (1<<extra - 1))
		val := uint8(0)
		switch sym {
		case rep3to6:
			if f.have == 0 {
				return corrupt("invalid bit length repeat"), false
			}
			val = f.lens[f.have-1]
			reps += 3
		case repZ3to10:
			reps += 3
		default:
			reps += 11
		}
		if f.have+reps > total {
			return corrupt("invalid bit length repeat"), false
		}
		f.drop(n + extra)
		for range reps {
			f.lens[f.have] = val
			f.have++
		}
	}
	return nil, true
}

// codes decodes a block's literals and matches (§3.2.5) until the block
// ends, leaving inBlockHeader, or the input runs out, leaving inCodes. It
// works on local copies of the bit buffer and output, the hot loop of the
// whole inflater.
func (f *Inflater) codes() error {
	hold, nbits, out, in := f.hold, f.nbits, f.out, f.in
	lt, lroot := f.lit.t, f.lit.root
	dt, droot := f.dist.t, f.dist.root
	lmask, dmask := uint64(1)<<lroot-1, uint64(1)<<droot-1
	tb := tables.Get()
	var err error
	for {
		if nbits < 48 {
			if len(in) >= 8 {
				k := (64 - nbits) >> 3
				hold |= binary.LittleEndian.Uint64(in) << nbits
				nbits += k << 3
				in = in[k:]
			} else {
				for nbits <= 56 && len(in) > 0 {
					hold |= uint64(in[0]) << nbits
					nbits += 8
					in = in[1:]
				}
			}
		}
		e := lt[hold&lmask]
		if e&entryLink != 0 {
			e = lt[e>>16+uint32(hold>>lroot)&(1<<(e&15)-1)]
		}
		n := uint(e & 15)
		if n > nbits {
			break
		}
		sym := e >> 16
		if e&entryInvalid != 0 || sym > 285 {
			err = corrupt("invalid literal/length code")
			break
		}
		if sym < endBlock {
			hold >>= n
			nbits -= n
			out = append(out, byte(sym))
			continue
		}
		if sym == endBlock {
			hold >>= n
			nbits -= n
			f.state = inBlockHeader
			break
		}
		// A match: its length, then its distance, each with extra bits,
		// taken whole or not at all.
		c := sym - endBlock - 1
		used := n + uint(extraLBits[c])
		if used > nbits {
			break
		}
		length := minMatch + tb.baseLength[c] + int(hold>>n&(1<<extraLBits[c]-1))
		rest := hold >> used
		e = dt[rest&dmask]
		if e&entryLink != 0 {
			e = dt[e>>16+uint32(rest>>droot)&(1<<(e&15)-1)]
		}
		dn := uint(e & 15)
		if used+dn > nbits {
			break
		}
		dsym := e >> 16
		if e&entryInvalid != 0 || dsym >= dCodes {
			err = corrupt("invalid distance code")
			break
		}
		dextra := uint(extraDBits[dsym])
		if used+dn+dextra > nbits {
			break
		}
		dist := 1 + tb.baseDist[dsym] + int(rest>>dn&(1<<dextra-1))
		if dist > len(out)-f.memberStart {
			err = corrupt("invalid distance too far back")
			break
		}
		used += dn + dextra
		hold >>= used
		nbits -= used
		pos := len(out)
		out = slices.Grow(out, length)[:pos+length]
		// An overlapping match repeats its first dist bytes: copy them,
		// then what is there so far, doubling each time.
		from := pos - dist
		for pos < len(out) {
			pos += copy(out[pos:], out[from:pos])
		}
	}
	f.hold, f.nbits, f.out, f.in = hold, nbits, out, in
	return err
}
