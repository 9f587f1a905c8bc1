package deflate

// DefaultChunk is node's default chunkSize, the output space of each call.
const DefaultChunk = 16384

// Compress runs in through the stream under flush as node's zlib binding
// does: deflate() with chunk bytes of output space, called again with the
// rest of the input and a fresh chunk while the output space fills. It
// returns all the output.
func (s *Stream) Compress(in []byte, flush Flush, chunk int) ([]byte, error) {
	var out []byte
	buf := make([]byte, chunk)
	for {
		nIn, nOut, _, err := s.Deflate(in, buf, flush)
		if err != nil {
			return out, err
		}
		out = append(out, buf[:nOut]...)
		in = in[nIn:]
		if nOut < chunk {
			return out, nil
		}
	}
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
