package deflate

import "encoding/binary"

// The window and the match finders. The window holds 2*wSize bytes of
// input; when strStart nears its end the upper half is copied down and
// every position in the hash chains drops by wSize (positions that fall
// below 0 become 0, "no string"). Bytes past the valid data are whatever
// was there before (zero, or input from before a slide), and the match
// search reads them as zlib does, so they are kept exactly as zlib keeps
// them: a longer false match changes which match is chosen, not its
// length once capped to the lookahead.

// insertString puts the string at pos at the head of its hash chain and
// returns the previous head (0: none). The hash is of the four bytes at
// pos, as node's zlib hashes.
func (s *Stream) insertString(pos int) int {
	v := binary.LittleEndian.Uint32(s.window[pos:])
	h := ((v*66521 + 66521) >> 16) & s.hashMask
	old := s.head[h]
	s.prev[pos&s.wMask] = old
	s.head[h] = uint16(pos)
	return int(old)
}

func (s *Stream) slideHash() {
	w := uint16(s.wSize)
	for i, p := range s.head {
		s.head[i] = p - min(p, w)
	}
	for i, p := range s.prev {
		s.prev[i] = p - min(p, w)
	}
}

// fillWindow reads input until there is minLookahead or the input is
// gone, sliding the window when strStart is in its last minLookahead.
func (s *Stream) fillWindow() {
	for {
		more := s.windowSize - s.lookahead - s.strStart
		if s.strStart >= s.wSize+s.maxDist() {
			copy(s.window, s.window[s.wSize:2*s.wSize-more])
			s.matchStart -= s.wSize
			s.strStart -= s.wSize
			s.blockStart -= s.wSize
			s.insert = min(s.insert, s.strStart)
			s.slideHash()
			more += s.wSize
		}
		if len(s.in) == 0 {
			return
		}
		n := s.readIn(s.window[s.strStart+s.lookahead : s.strStart+s.lookahead+more])
		s.lookahead += n
		// Insert the strings that waited for bytes to hash.
		if s.lookahead+s.insert > minMatch {
			for pos := s.strStart - s.insert; s.insert != 0; pos++ {
				s.insertString(pos)
				s.insert--
				if s.lookahead+s.insert <= minMatch {
					break
				}
			}
		}
		if s.lookahead >= minLookahead || len(s.in) == 0 {
			return
		}
	}
}

// longestMatch follows the hash chain from cur and returns the length of
// the longest match (longer than prevLength) for the string at strStart,
// setting matchStart.
func (s *Stream) longestMatch(cur int) int {
	chain := s.maxChain
	w := s.window
	scan := s.strStart
	bestLen := s.prevLength
	nice := s.niceMatch
	limit := 0
	if s.strStart > s.maxDist() {
		limit = s.strStart - s.maxDist()
	}
	strEnd := scan + maxMatch
	scanEnd1, scanEnd := w[scan+bestLen-1], w[scan+bestLen]
	if s.prevLength >= s.goodMatch {
		chain >>= 2
	}
	nice = min(nice, s.lookahead)
	for {
		m := cur
		// Only a candidate that could beat bestLen is compared in full.
		if w[m+bestLen] == scanEnd && w[m+bestLen-1] == scanEnd1 && w[m] == w[scan] && w[m+1] == w[scan+1] &&
			w[m+2] == w[scan+2] {
			// Compare from byte 3 on, eight at a time: 32 rounds reach
			// strEnd exactly.
			sc, mt := scan+2, m+2
			for {
				done := false
				for range 8 {
					sc++
					mt++
					if w[sc] != w[mt] {
						done = true
						break
					}
				}
				if done || sc >= strEnd {
					break
				}
			}
			l := maxMatch - (strEnd - sc)
			if l > bestLen {
				s.matchStart = cur
				bestLen = l
				if l >= nice {
					break
				}
				scanEnd1, scanEnd = w[scan+bestLen-1], w[scan+bestLen]
			}
		}
		cur = int(s.prev[cur&s.wMask])
		if cur <= limit {
			break
		}
		chain--
		if chain == 0 {
			break
		}
	}
	return min(bestLen, s.lookahead)
}

// flushBlockOnly ends the block at strStart and moves output along.
func (s *Stream) flushBlockOnly(last bool) {
	var data []byte
	if s.blockStart >= 0 {
		data = s.window[s.blockStart:]
	}
	s.flushBlock(data, s.strStart-s.blockStart, last)
	s.blockStart = s.strStart
	s.flushPending()
}

// finishBlocks is the end shared by the compressing block functions once
// the input is used up under a flush.
func (s *Stream) finishBlocks(flush Flush) blockState {
	if flush == Finish {
		s.flushBlockOnly(true)
		if s.availOut() == 0 {
			return finishStarted
		}
		return finishDone
	}
	if len(s.h.lits) != 0 {
		s.flushBlockOnly(false)
		if s.availOut() == 0 {
			return needMore
		}
	}
	return blockDone
}

// deflateFast is greedy matching (levels 1–3): take the longest match
// found at each position.
func (s *Stream) deflateFast(flush Flush) blockState {
	for {
		if s.lookahead < minLookahead {
			s.fillWindow()
			if s.lookahead < minLookahead && flush == NoFlush {
				return needMore
			}
			if s.lookahead == 0 {
				break
			}
		}
		head := 0
		if s.lookahead >= minMatch {
			head = s.insertString(s.strStart)
		}
		if head != 0 && s.strStart-head <= s.maxDist() {
			s.matchLength = s.longestMatch(head)
		}
		var full bool
		if s.matchLength >= minMatch {
			full = s.h.tallyMatch(s.strStart-s.matchStart, s.matchLength-minMatch)
			s.lookahead -= s.matchLength
			// Short matches have all their strings inserted; long ones
			// only their first, to save time.
			if s.matchLength <= s.maxLazy && s.lookahead >= minMatch {
				for s.matchLength--; s.matchLength > 0; s.matchLength-- {
					s.strStart++
					s.insertString(s.strStart)
				}
				s.strStart++
			} else {
				s.strStart += s.matchLength
				s.matchLength = 0
			}
		} else {
			full = s.h.tallyLit(s.window[s.strStart])
			s.lookahead--
			s.strStart++
		}
		if full {
			s.flushBlockOnly(false)
			if s.availOut() == 0 {
				return needMore
			}
		}
	}
	s.insert = min(s.strStart, minMatch-1)
	return s.finishBlocks(flush)
}

// deflateSlow is lazy matching (levels 4–9): a match is kept only if the
// string one byte on does not match longer.
func (s *Stream) deflateSlow(flush Flush) blockState {
	for {
		if s.lookahead < minLookahead {
			s.fillWindow()
			if s.lookahead < minLookahead && flush == NoFlush {
				return needMore
			}
			if s.lookahead == 0 {
				break
			}
		}
		head := 0
		if s.lookahead >= minMatch {
			head = s.insertString(s.strStart)
		}
		s.prevLength, s.prevMatch = s.matchLength, s.matchStart
		s.matchLength = minMatch - 1
		if head != 0 && s.prevLength < s.maxLazy && s.strStart-head <= s.maxDist() {
			s.matchLength = s.longestMatch(head)
			if s.matchLength <= 5 && (s.strategy == Filtered ||
				s.matchLength == minMatch && s.strStart-s.matchStart > tooFar) {
				s.matchLength = minMatch - 1
			}
		}
		switch {
		case s.prevLength >= minMatch && s.matchLength <= s.prevLength:
			maxInsert := s.strStart + s.lookahead - minMatch
			full := s.h.tallyMatch(s.strStart-1-s.prevMatch, s.prevLength-minMatch)
			// strStart-1 and strStart are in the hash already; insert the
			// rest of the match while there is lookahead to hash.
			s.lookahead -= s.prevLength - 1
			for s.prevLength -= 2; s.prevLength > 0; s.prevLength-- {
				s.strStart++
				if s.strStart <= maxInsert {
					s.insertString(s.strStart)
				}
			}
			s.matchAvail = false
			s.matchLength = minMatch - 1
			s.strStart++
			if full {
				s.flushBlockOnly(false)
				if s.availOut() == 0 {
					return needMore
				}
			}
		case s.matchAvail:
			if s.h.tallyLit(s.window[s.strStart-1]) {
				s.flushBlockOnly(false)
			}
			s.strStart++
			s.lookahead--
			if s.availOut() == 0 {
				return needMore
			}
		default:
			s.matchAvail = true
			s.strStart++
			s.lookahead--
		}
	}
	if s.matchAvail {
		s.h.tallyLit(s.window[s.strStart-1])
		s.matchAvail = false
	}
	s.insert = min(s.strStart, minMatch-1)
	return s.finishBlocks(flush)
}

// deflateRLE finds only runs: matches at distance one (Z_RLE).
func (s *Stream) deflateRLE(flush Flush) blockState {
	w := s.window
	for {
		if s.lookahead <= maxMatch {
			s.fillWindow()
			if s.lookahead <= maxMatch && flush == NoFlush {
				return needMore
			}
			if s.lookahead == 0 {
				break
			}
		}
		s.matchLength = 0
		if s.lookahead >= minMatch && s.strStart > 0 {
			scan := s.strStart - 1
			b := w[scan]
			if b == w[scan+1] && b == w[scan+2] && b == w[scan+3] {
				scan += 3
				strEnd := s.strStart + maxMatch
				for {
					done := false
					for range 8 {
						scan++
						if w[scan] != b {
							done = true
							break
						}
					}
					if done || scan >= strEnd {
						break
					}
				}
				s.matchLength = min(maxMatch-(strEnd-scan), s.lookahead)
			}
		}
		var full bool
		if s.matchLength >= minMatch {
			full = s.h.tallyMatch(1, s.matchLength-minMatch)
			s.lookahead -= s.matchLength
			s.strStart += s.matchLength
			s.matchLength = 0
		} else {
			full = s.h.tallyLit(w[s.strStart])
			s.lookahead--
			s.strStart++
		}
		if full {
			s.flushBlockOnly(false)
			if s.availOut() == 0 {
				return needMore
			}
		}
	}
	s.insert = 0
	return s.finishBlocks(flush)
}

// deflateHuff sends literals only (Z_HUFFMAN_ONLY).
func (s *Stream) deflateHuff(flush Flush) blockState {
	for {
		if s.lookahead == 0 {
			s.fillWindow()
			if s.lookahead == 0 {
				if flush == NoFlush {
					return needMore
				}
				break
			}
		}
		s.matchLength = 0
		full := s.h.tallyLit(s.window[s.strStart])
		s.lookahead--
		s.strStart++
		if full {
			s.flushBlockOnly(false)
			if s.availOut() == 0 {
				return needMore
			}
		}
	}
	s.insert = 0
	return s.finishBlocks(flush)
}
