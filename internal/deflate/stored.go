package deflate

// maxStored is the most a stored block holds.
const maxStored = 65535

// deflateStored is level 0: the input in stored blocks. Blocks go straight
// from the input to the output space when it has room for a block worth
// writing (at least min(wSize, the pending buffer) bytes, or all that is
// left under a flush); otherwise input collects in the window and goes out
// through the pending buffer. So the block sizes depend on the output
// space of each call, which is why Compress gives node's.
func (s *Stream) deflateStored(flush Flush) blockState {
	minBlock := min(s.pendingBufCap-5, s.wSize)
	last := false
	used := len(s.in)
	for {
		n := maxStored
		have := (s.bitCount + 42) >> 3 // the block header's bytes
		if s.availOut() < have {
			break
		}
		have = s.availOut() - have
		left := s.strStart - s.blockStart
		n = min(n, left+len(s.in), have)
		if n < minBlock && (n == 0 && flush != Finish || flush == NoFlush || n != left+len(s.in)) {
			break
		}
		last = flush == Finish && n == left+len(s.in)
		s.storedBlock(nil, n, last)
		s.flushPending()
		if left != 0 {
			left = min(left, n)
			copy(s.out[s.nOut:], s.window[s.blockStart:s.blockStart+left])
			s.nOut += left
			s.blockStart += left
			n -= left
		}
		if n != 0 {
			s.readIn(s.out[s.nOut : s.nOut+n])
			s.nOut += n
		}
		if last {
			break
		}
	}
	// Keep the last wSize bytes of what went straight out in the window,
	// for a later level that matches against them (see Params).
	used -= len(s.in)
	if used != 0 {
		consumed := s.inAll[:len(s.inAll)-len(s.in)]
		if used >= s.wSize {
			s.slides = 2
			copy(s.window, consumed[len(consumed)-s.wSize:])
			s.strStart = s.wSize
			s.insert = s.strStart
		} else {
			if s.windowSize-s.strStart <= used {
				s.strStart -= s.wSize
				copy(s.window, s.window[s.wSize:s.wSize+s.strStart])
				s.slides = min(s.slides+1, 2)
				s.insert = min(s.insert, s.strStart)
			}
			copy(s.window[s.strStart:], consumed[len(consumed)-used:])
			s.strStart += used
			s.insert += min(used, s.wSize-s.insert)
		}
		s.blockStart = s.strStart
	}
	if last {
		return finishDone
	}
	if flush != NoFlush && flush != Finish && len(s.in) == 0 && s.strStart == s.blockStart {
		return blockDone
	}
	// Collect the rest of the input in the window.
	have := s.windowSize - s.strStart
	if len(s.in) > have && s.blockStart >= s.wSize {
		s.blockStart -= s.wSize
		s.strStart -= s.wSize
		copy(s.window, s.window[s.wSize:s.wSize+s.strStart])
		s.slides = min(s.slides+1, 2)
		have += s.wSize
		s.insert = min(s.insert, s.strStart)
	}
	have = min(have, len(s.in))
	if have != 0 {
		s.readIn(s.window[s.strStart : s.strStart+have])
		s.strStart += have
		s.insert += min(have, s.wSize-s.insert)
	}
	// Write a block through the pending buffer if it is worth it, or if
	// flushing and what is left fits.
	have = (s.bitCount + 42) >> 3
	have = min(s.pendingBufCap-have, maxStored)
	minBlock = min(have, s.wSize)
	left := s.strStart - s.blockStart
	if left >= minBlock || (left != 0 || flush == Finish) && flush != NoFlush && len(s.in) == 0 && left <= have {
		n := min(left, have)
		last = flush == Finish && len(s.in) == 0 && n == left
		s.storedBlock(s.window[s.blockStart:s.blockStart+n], n, last)
		s.blockStart += n
		s.flushPending()
	}
	if last {
		return finishStarted
	}
	return needMore
}
