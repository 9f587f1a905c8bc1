package deflate

import (
	"errors"
	"hash/crc32"
)

// Format is the wrapper around the deflate data.
type Format int

const (
	Raw  Format = iota // bare RFC 1951
	Zlib               // RFC 1950: two-byte header, Adler-32 trailer
	Gzip               // RFC 1952: ten-byte header, CRC-32 and size trailer
)

// Strategy values, as zlib numbers them.
const (
	DefaultStrategy = 0
	Filtered        = 1 // lazy matching that drops short matches
	HuffmanOnly     = 2 // literals only
	RLE             = 3 // matches at distance 1 only
	Fixed           = 4 // no dynamic codes
)

// Flush values, as zlib numbers them.
type Flush int

const (
	NoFlush      Flush = 0
	PartialFlush Flush = 1
	SyncFlush    Flush = 2
	FullFlush    Flush = 3
	Finish       Flush = 4
	Block        Flush = 5
)

// Result is what a Deflate call reports, as zlib's return codes.
type Result int

const (
	OK        Result = 0  // progress made; call again when the output filled
	StreamEnd Result = 1  // the stream is complete
	BufError  Result = -5 // no progress possible (nothing to do, or no output space)
)

// ErrStream is a call zlib would refuse with Z_STREAM_ERROR.
var ErrStream = errors.New("deflate: stream error")

// The stream's states, for the header and the end.
const (
	stateInit = iota
	stateBusy
	stateFinish
)

type blockState int

const (
	needMore      blockState = iota // more input or output space wanted
	blockDone                       // a flush was completed
	finishStarted                   // the last block begun; output space wanted
	finishDone                      // the last block written
)

// config is a level's tuning of the match search.
type config struct {
	good, lazy, nice, chain int
	fn                      int // 0 stored, 1 greedy (fast), 2 lazy (slow)
}

// configs is zlib's table of what each level trades: good (above it the
// chain is searched a quarter as far), lazy (the longest match after which
// no better one is looked for one byte on; in the greedy levels, the
// longest match whose strings are all inserted), nice (a match this long
// ends the search) and chain (how many chain links are followed).
var configs = [10]config{
	{0, 0, 0, 0, 0},
	{4, 4, 8, 4, 1},
	{4, 5, 16, 8, 1},
	{4, 6, 32, 32, 1},
	{4, 4, 16, 16, 2},
	{8, 16, 32, 32, 2},
	{8, 16, 128, 128, 2},
	{8, 32, 128, 256, 2},
	{32, 128, 258, 1024, 2},
	{32, 258, 258, 4096, 2},
}

// Stream is one deflate stream.
type Stream struct {
	format     Format
	level      int
	strategy   int
	wBits      int
	wSize      int
	wMask      int
	window     []byte // 2*wSize bytes and a little more for the hash's reads
	windowSize int
	prev       []uint16 // per window position: the previous string with its hash
	head       []uint16 // per hash: the newest string with it
	hashMask   uint32

	blockStart    int // window index where the current block began; <0 once slid out
	strStart      int // window index of the current string
	lookahead     int // valid bytes from strStart on
	matchStart    int
	matchLength   int
	prevMatch     int
	prevLength    int
	matchAvail    bool
	insert        int // strings before strStart not yet inserted in the hash
	maxChain      int
	maxLazy       int
	goodMatch     int
	niceMatch     int
	slides        int // deflate_stored's count of window slides (zlib's matches), up to 2
	pendingBufCap int

	h        *huffman
	pending  []byte
	bitBuf   uint64
	bitCount int

	status    int
	lastFlush Flush
	wrapDone  bool
	check     uint32 // Adler-32 or CRC-32 of the input so far
	totalIn   uint32
	in        []byte // the current call's input not yet consumed
	inAll     []byte // the current call's whole input
	out       []byte // the current call's output space
	nOut      int
}

// New makes a stream, validating the parameters as deflateInit2 does
// (windowBits 8 is taken as 9, as zlib takes it).
func New(format Format, level, windowBits, memLevel, strategy int) (*Stream, error) {
	if level == -1 {
		level = 6
	}
	if memLevel < 1 || memLevel > 9 || windowBits < 8 || windowBits > 15 || level < 0 || level > 9 ||
		strategy < 0 || strategy > Fixed || windowBits == 8 && format == Gzip || format > Gzip {
		return nil, ErrStream
	}
	if windowBits == 8 {
		windowBits = 9
	}
	wSize := 1 << windowBits
	hashBits := max(memLevel+7, 15)
	litBufSize := 1 << (memLevel + 6)
	s := &Stream{
		format: format, strategy: strategy, wBits: windowBits, wSize: wSize, wMask: wSize - 1,
		window:        make([]byte, 2*(wSize+8)),
		windowSize:    2 * wSize,
		prev:          make([]uint16, wSize),
		head:          make([]uint16, 1<<hashBits),
		hashMask:      1<<hashBits - 1,
		pendingBufCap: 4 * litBufSize,
		h:             newHuffman(litBufSize),
		lastFlush:     -2,
		matchLength:   minMatch - 1,
		prevLength:    minMatch - 1,
	}
	s.setLevel(level)
	if format == Zlib {
		s.check = 1
	}
	return s, nil
}

func (s *Stream) setLevel(level int) {
	s.level = level
	c := configs[level]
	s.maxLazy, s.goodMatch, s.niceMatch, s.maxChain = c.lazy, c.good, c.nice, c.chain
}

// maxDist is the farthest back a match may start, leaving room for
// minLookahead at the window's end.
func (s *Stream) maxDist() int { return s.wSize - minLookahead }

// Deflate is one call of zlib's deflate(): it compresses from in into
// out under flush and returns how much of each it used. Output beyond
// out waits in the stream for the next call, as does input when the
// output filled.
func (s *Stream) Deflate(in, out []byte, flush Flush) (nIn, nOut int, r Result, err error) {
	s.in, s.inAll, s.out, s.nOut = in, in, out, 0
	r, err = s.deflate(flush)
	nIn, nOut = len(in)-len(s.in), s.nOut
	s.in, s.inAll, s.out = nil, nil, nil
	return nIn, nOut, r, err
}

func (s *Stream) availOut() int { return len(s.out) - s.nOut }

// rank orders flushes by strength for the duplicate-flush check, with
// Z_BLOCK between Z_NO_FLUSH and Z_PARTIAL_FLUSH.
func rank(f Flush) int {
	r := int(f) * 2
	if f > 4 {
		r -= 9
	}
	return r
}

func (s *Stream) deflate(flush Flush) (Result, error) {
	if flush < NoFlush || flush > Block || s.status == stateFinish && flush != Finish {
		return 0, ErrStream
	}
	if s.availOut() == 0 {
		return BufError, nil
	}
	oldFlush := s.lastFlush
	s.lastFlush = flush
	if len(s.pending) != 0 {
		s.flushPending()
		if s.availOut() == 0 {
			// Called again with more room; let the same flush through then.
			s.lastFlush = -1
			return OK, nil
		}
	} else if len(s.in) == 0 && rank(flush) <= rank(oldFlush) && flush != Finish {
		return BufError, nil
	}
	if s.status == stateFinish && len(s.in) != 0 {
		return BufError, nil
	}
	if s.status == stateInit {
		s.writeHeader()
		s.status = stateBusy
		s.flushPending()
		if len(s.pending) != 0 {
			s.lastFlush = -1
			return OK, nil
		}
	}
	if len(s.in) != 0 || s.lookahead != 0 || flush != NoFlush && s.status != stateFinish {
		var bs blockState
		switch {
		case s.level == 0:
			bs = s.deflateStored(flush)
		case s.strategy == HuffmanOnly:
			bs = s.deflateHuff(flush)
		case s.strategy == RLE:
			bs = s.deflateRLE(flush)
		case configs[s.level].fn == 1:
			bs = s.deflateFast(flush)
		default:
			bs = s.deflateSlow(flush)
		}
		if bs == finishStarted || bs == finishDone {
			s.status = stateFinish
		}
		if bs == needMore || bs == finishStarted {
			if s.availOut() == 0 {
				s.lastFlush = -1
			}
			return OK, nil
		}
		if bs == blockDone {
			switch flush {
			case PartialFlush:
				s.align()
			case Block:
			default:
				s.storedBlock(nil, 0, false)
				if flush == FullFlush {
					clear(s.head)
					if s.lookahead == 0 {
						s.strStart, s.blockStart, s.insert = 0, 0, 0
					}
				}
			}
			s.flushPending()
			if s.availOut() == 0 {
				s.lastFlush = -1
				return OK, nil
			}
		}
	}
	if flush != Finish {
		return OK, nil
	}
	if s.format == Raw || s.wrapDone {
		if len(s.pending) != 0 {
			return OK, nil
		}
		return StreamEnd, nil
	}
	c := s.check
	if s.format == Gzip {
		n := s.totalIn
		s.pending = append(s.pending, byte(c), byte(c>>8), byte(c>>16), byte(c>>24),
			byte(n), byte(n>>8), byte(n>>16), byte(n>>24))
	} else {
		s.pending = append(s.pending, byte(c>>24), byte(c>>16), byte(c>>8), byte(c))
	}
	s.flushPending()
	s.wrapDone = true
	if len(s.pending) != 0 {
		return OK, nil
	}
	return StreamEnd, nil
}

// writeHeader writes the zlib or gzip header. The zlib header's FLEVEL
// and gzip's XFL say how hard the level worked; gzip's MTIME is 0 and OS
// is 3 (Unix), as node writes them.
func (s *Stream) writeHeader() {
	switch s.format {
	case Zlib:
		flevel := 3
		switch {
		case s.strategy >= HuffmanOnly || s.level < 2:
			flevel = 0
		case s.level < 6:
			flevel = 1
		case s.level == 6:
			flevel = 2
		}
		hdr := (8+(s.wBits-8)<<4)<<8 | flevel<<6
		hdr += 31 - hdr%31
		s.pending = append(s.pending, byte(hdr>>8), byte(hdr))
	case Gzip:
		xfl := byte(0)
		switch {
		case s.level == 9:
			xfl = 2
		case s.strategy >= HuffmanOnly || s.level < 2:
			xfl = 4
		}
		s.pending = append(s.pending, 0x1f, 0x8b, 8, 0, 0, 0, 0, 0, xfl, 3)
	}
}

// flushPending copies as much pending output as fits into out.
func (s *Stream) flushPending() {
	s.flushBits()
	n := copy(s.out[s.nOut:], s.pending)
	s.nOut += n
	if n == len(s.pending) {
		s.pending = s.pending[:0]
	} else {
		s.pending = append(s.pending[:0], s.pending[n:]...)
	}
}

// readIn moves up to len(dst) input bytes into dst, updating the check.
func (s *Stream) readIn(dst []byte) int {
	n := copy(dst, s.in)
	if n == 0 {
		return 0
	}
	switch s.format {
	case Zlib:
		s.check = adlerUpdate(s.check, dst[:n])
	case Gzip:
		s.check = crc32.Update(s.check, crc32.IEEETable, dst[:n])
	}
	s.totalIn += uint32(n)
	s.in = s.in[n:]
	return n
}

func adlerUpdate(a uint32, p []byte) uint32 {
	const mod = 65521
	s1, s2 := a&0xffff, a>>16
	for len(p) > 0 {
		n := min(len(p), 5552) // the most bytes before s2 can overflow
		for _, b := range p[:n] {
			s1 += uint32(b)
			s2 += s1
		}
		s1 %= mod
		s2 %= mod
		p = p[n:]
	}
	return s2<<16 | s1
}

// errBuf is Params' Z_BUF_ERROR: the output space did not take all that
// had to be flushed first.
var errBuf = errors.New("deflate: buffer error")
