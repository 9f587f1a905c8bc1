package deflate

// DefaultChunk is node's default chunkSize, the output space of each call.
const DefaultChunk = 16384

// Compress runs in through the stream under flush as node's one-shot
// functions (deflateSync, gzip, ...) do: with a fresh chunk-byte buffer.
func (s *Stream) Compress(in []byte, flush Flush, chunk int) ([]byte, error) {
	return NewChunked(s, chunk).Write(in, flush)
}

// Params changes the level and strategy mid-stream as deflateParams does:
// when the block function changes, what was read so far is first
// compressed under Z_BLOCK (into out), and the output so far is returned.
func (s *Stream) Params(level, strategy int, out []byte) (int, error) {
	if level == -1 {
		level = 6
	}
	if level < 0 || level > 9 || strategy < 0 || strategy > Fixed {
		return 0, ErrStream
	}
	n := 0
	if (strategy != s.strategy || configs[level].fn != configs[s.level].fn) && s.lastFlush != -2 {
		var err error
		_, n, _, err = s.Deflate(nil, out, Block)
		if err != nil {
			return n, err
		}
		if s.strStart-s.blockStart+s.lookahead != 0 || len(s.pending) != 0 {
			return n, errBuf
		}
	}
	if s.level != level {
		if s.level == 0 && s.slides != 0 {
			if s.slides == 1 {
				s.slideHash()
			} else {
				clear(s.head)
			}
			s.slides = 0
		}
		s.setLevel(level)
	}
	s.strategy = strategy
	return n, nil
}

// Chunked drives a Stream as a node zlib stream does: output goes into a
// buffer of chunk bytes that later writes go on filling, and a write is
// repeated with a fresh buffer while the current one fills. The output
// space of each deflate() call matters for level 0, whose stored blocks
// are sized by it.
type Chunked struct {
	S     *Stream
	chunk int
	off   int // bytes of the current buffer already used
}

// NewChunked drives s with output buffers of chunk bytes.
func NewChunked(s *Stream, chunk int) *Chunked { return &Chunked{S: s, chunk: chunk} }

// Write compresses in under flush and returns what came out.
func (c *Chunked) Write(in []byte, flush Flush) ([]byte, error) {
	var out []byte
	buf := make([]byte, c.chunk)
	for {
		room := buf[:c.chunk-c.off]
		nIn, nOut, _, err := c.S.Deflate(in, room, flush)
		out = append(out, room[:nOut]...)
		if err != nil {
			return out, err
		}
		in = in[nIn:]
		c.off += nOut
		full := nOut == len(room)
		if full || c.off >= c.chunk {
			c.off = 0
		}
		if !full {
			return out, nil
		}
	}
}
