// The readline Interface, shared by readline and readline/promises, with the
// terminal cursor helpers and the keypress decoder. Non-terminal mode (lines
// from any Readable) is complete; terminal mode edits one line with the
// common keys (arrows, Home/End, backspace/delete, Ctrl-A/E/B/F/H/D/U/K/W/C,
// word moves and deletes on Meta and Ctrl, the kill ring with Ctrl-Y and
// Meta-Y, undo and redo with Ctrl-_ and Ctrl-^, history), moving the cursor
// by columns and redrawing the line after an edit, without wrapping (a line
// longer than the terminal is redrawn as one row) or tab completion menus.

const EventEmitter = require('events');

const kDecoder = Symbol('_decoder');
const kLineBuffer = Symbol('_line_buffer');
const kSawReturnAt = Symbol('_sawReturnAt');
const kPrompt = Symbol('_prompt');
const kOldPrompt = Symbol('_oldPrompt');
const kQuestionCallback = Symbol('_questionCallback');
const kQuestionCancel = Symbol('kQuestionCancel');
const kLineIterator = Symbol('line object stream');
const kSubstringSearch = Symbol('kSubstringSearch');
const kKillRing = Symbol('_killRing');
const kKillRingCursor = Symbol('_killRingCursor');
const kYanking = Symbol('_yanking');
const kUndoStack = Symbol('_undoStack');
const kRedoStack = Symbol('_redoStack');
const kBeforeEdit = Symbol('_beforeEdit');
const kPushToKillRing = Symbol('_pushToKillRing');
const kYank = Symbol('_yank');
const kYankPop = Symbol('_yankPop');

const kHistorySize = 30;
const kMaxKillRing = 32;
const kMaxUndoStack = 2048;
const kMinCrlfDelay = 100;
// Line endings: \n, \r\n, and a lone \r (even at a chunk's end; a \n opening
// the next chunk within crlfDelay is then the same ending).
const lineEnding = /\r?\n|\r(?!\n)/g;

function invalidArgValue(name, value) {
  return binding.invalidArgValue(name, value);
}

function validateCallback(cb) {
  if (cb !== undefined && typeof cb !== 'function') throw binding.invalidArgType('callback', 'of type function', cb);
}

function outOfRange(name, range, value) {
  return binding.nodeError('RangeError', 'ERR_OUT_OF_RANGE',
    `The value of "${name}" is out of range. It must be ${range}. Received ${binding.inspect(value)}`);
}

function useAfterClose() {
  return binding.nodeError('Error', 'ERR_USE_AFTER_CLOSE', 'readline was closed');
}

// ---- cursor helpers: the ANSI sequences Node writes ----

const CSI = '\x1b[';

function cursorTo(stream, x, y, callback) {
  validateCallback(callback);
  if (typeof y === 'function') {
    callback = y;
    y = undefined;
  }
  if (Number.isNaN(x)) throw invalidArgValue('x', x);
  if (Number.isNaN(y)) throw invalidArgValue('y', y);
  if (stream == null || (typeof x !== 'number' && typeof y !== 'number')) {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }
  if (typeof x !== 'number') {
    throw binding.nodeError('TypeError', 'ERR_INVALID_CURSOR_POS', 'Cannot set cursor row without setting its column');
  }
  const data = typeof y !== 'number' ? `${CSI}${x + 1}G` : `${CSI}${y + 1};${x + 1}H`;
  return stream.write(data, callback);
}

function moveCursor(stream, dx, dy, callback) {
  validateCallback(callback);
  if (stream == null || !(dx || dy)) {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }
  let data = '';
  if (dx < 0) data += `${CSI}${-dx}D`;
  else if (dx > 0) data += `${CSI}${dx}C`;
  if (dy < 0) data += `${CSI}${-dy}A`;
  else if (dy > 0) data += `${CSI}${dy}B`;
  return stream.write(data, callback);
}

// dir < 0 clears left of the cursor, dir > 0 right of it, 0 the whole line.
function clearLine(stream, dir, callback) {
  validateCallback(callback);
  if (stream == null) {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }
  const code = dir < 0 ? `${CSI}1K` : dir > 0 ? `${CSI}0K` : `${CSI}2K`;
  return stream.write(code, callback);
}

function clearScreenDown(stream, callback) {
  validateCallback(callback);
  if (stream == null) {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }
  return stream.write(`${CSI}0J`, callback);
}

// ---- keypress events ----

const kKeypressDecoder = Symbol('keypress-decoder');

// Names of the final bytes of CSI and SS3 sequences without a number, and
// of the "CSI n ~" sequences.
const letterKeys = { A: 'up', B: 'down', C: 'right', D: 'left', E: 'clear', F: 'end', H: 'home',
  P: 'f1', Q: 'f2', R: 'f3', S: 'f4', Z: 'tab' };
const tildeKeys = { 1: 'home', 2: 'insert', 3: 'delete', 4: 'end', 5: 'pageup', 6: 'pagedown', 7: 'home', 8: 'end',
  11: 'f1', 12: 'f2', 13: 'f3', 14: 'f4', 15: 'f5', 17: 'f6', 18: 'f7', 19: 'f8', 20: 'f9', 21: 'f10', 23: 'f11',
  24: 'f12' };

// escapeKey decodes the escape sequence at the start of s (which begins
// with ESC) and returns [key, length].
function escapeKey(s) {
  const m = /^\x1b([[O])(\d*)(?:;(\d+))?([A-Za-z~])/.exec(s);
  if (m) {
    // "CSI n ~" numbers the key and may add ";modifier"; before a letter
    // the one number there is ("CSI 5 D", rxvt's ctrl-left) is the modifier.
    const tilde = m[4] === '~';
    const modifier = m[3] ?? (tilde ? undefined : m[2]);
    const mod = (modifier ? +modifier : 1) - 1;
    const name = tilde ? tildeKeys[m[2]] : letterKeys[m[4]];
    const key = { sequence: m[0], name: name ?? 'undefined', ctrl: !!(mod & 4), meta: !!(mod & 10),
      shift: !!(mod & 1) || m[4] === 'Z', code: m[1] + (tilde ? m[2] : '') + m[4] };
    return [key, m[0].length];
  }
  if (s.length > 1) {
    const [inner, n] = charKey(s.slice(1));
    inner.meta = true;
    inner.sequence = '\x1b' + inner.sequence;
    return [inner, n + 1];
  }
  return [{ sequence: s[0], name: 'escape', ctrl: false, meta: false, shift: false }, 1];
}

function charKey(s) {
  const ch = String.fromCodePoint(s.codePointAt(0));
  if (ch === '\x1b') return escapeKey(s);
  const key = { sequence: ch, name: undefined, ctrl: false, meta: false, shift: false };
  if (ch === '\r') key.name = 'return';
  else if (ch === '\n') key.name = 'enter';
  else if (ch === '\t') key.name = 'tab';
  else if (ch === '\b' || ch === '\x7f') key.name = 'backspace';
  else if (ch === ' ') key.name = 'space';
  else if (ch < ' ') {
    key.name = String.fromCharCode(ch.charCodeAt(0) + 96);
    key.ctrl = true;
  } else if (/^[a-z0-9]$/.test(ch)) key.name = ch;
  else if (/^[A-Z]$/.test(ch)) {
    key.name = ch.toLowerCase();
    key.shift = true;
  }
  return [key, ch.length];
}

// emitKeypressEvents makes stream emit 'keypress' (string, key) for what
// it reads, from the moment a 'keypress' listener is added.
function emitKeypressEvents(stream) {
  if (stream[kKeypressDecoder]) return;
  const { StringDecoder } = require('string_decoder');
  stream[kKeypressDecoder] = new StringDecoder('utf8');
  function onData(input) {
    if (stream.listenerCount('keypress') === 0) {
      stream.removeListener('data', onData);
      stream.on('newListener', onNewListener);
      return;
    }
    let s = typeof input === 'string' ? input : stream[kKeypressDecoder].write(input);
    while (s.length > 0) {
      const [key, n] = charKey(s);
      const seq = s.slice(0, n);
      s = s.slice(n);
      // Escape sequences come without a string, as in Node.
      stream.emit('keypress', seq.length > 1 && seq[0] === '\x1b' ? undefined : seq, key);
    }
  }
  function onNewListener(event) {
    if (event === 'keypress') {
      stream.on('data', onData);
      stream.removeListener('newListener', onNewListener);
    }
  }
  if (stream.listenerCount('keypress') > 0) stream.on('data', onData);
  else stream.on('newListener', onNewListener);
}

// ---- Interface ----

function InterfaceConstructor(input, output, completer, terminal) {
  let history;
  let historySize;
  let removeHistoryDuplicates = false;
  let crlfDelay;
  let prompt = '> ';
  let signal;
  // These come before the emitter's own properties, as in node.
  this.isCompletionEnabled = true;
  this.escapeCodeTimeout = 500;
  this.tabSize = 8;
  EventEmitter.call(this);
  if (input?.input) {
    output = input.output;
    completer = input.completer;
    terminal = input.terminal;
    history = input.history;
    historySize = input.historySize;
    signal = input.signal;
    if (input.tabSize !== undefined) {
      if (typeof input.tabSize !== 'number') throw binding.invalidArgType('tabSize', 'of type number', input.tabSize);
      if (!Number.isInteger(input.tabSize) || input.tabSize < 1 || input.tabSize > 4294967295) {
        throw outOfRange('tabSize', '>= 1 && <= 4294967295', input.tabSize);
      }
      this.tabSize = input.tabSize;
    }
    removeHistoryDuplicates = input.removeHistoryDuplicates;
    if (input.prompt !== undefined) prompt = input.prompt;
    if (input.escapeCodeTimeout !== undefined) {
      if (!Number.isFinite(input.escapeCodeTimeout)) {
        // Node names the value already set, not the one given.
        throw binding.nodeError('TypeError', 'ERR_INVALID_ARG_VALUE',
          `The property 'input.escapeCodeTimeout' is invalid. Received ${binding.inspect(this.escapeCodeTimeout)}`);
      }
      this.escapeCodeTimeout = input.escapeCodeTimeout;
    }
    if (signal !== undefined) {
      require('internal/abort_controller').validateAbortSignal(signal, 'options.signal');
    }
    crlfDelay = input.crlfDelay;
    input = input.input;
  }
  if (completer !== undefined && typeof completer !== 'function') throw invalidArgValue('completer', completer);
  if (history === undefined) history = [];
  else if (!Array.isArray(history)) throw binding.invalidArgType('history', 'an instance of Array', history);
  if (historySize === undefined) historySize = kHistorySize;
  if (typeof historySize !== 'number') throw binding.invalidArgType('historySize', 'of type number', historySize);
  if (Number.isNaN(historySize) || historySize < 0) throw outOfRange('historySize', '>= 0', historySize);
  if (terminal === undefined && !(output === null || output === undefined)) terminal = !!output.isTTY;

  this.line = '';
  this[kSawReturnAt] = 0;
  this.output = output;
  this.input = input;
  this.history = history;
  this.historySize = historySize;
  this.removeHistoryDuplicates = !!removeHistoryDuplicates;
  this.crlfDelay = crlfDelay ? Math.max(kMinCrlfDelay, crlfDelay) : kMinCrlfDelay;
  this.completer = completer;
  this[kPrompt] = prompt;
  this[kQuestionCallback] = null;
  this[kLineBuffer] = null;
  this.terminal = !!terminal;

  const self = this;
  function onerror(err) { self.emit('error', err); }
  function ondata(data) { self._normalWrite(data); }
  function onend() {
    if (typeof self[kLineBuffer] === 'string' && self[kLineBuffer].length > 0) {
      self.emit('line', self[kLineBuffer]);
    }
    self.close();
  }
  function ontermend() {
    if (typeof self.line === 'string' && self.line.length > 0) self.emit('line', self.line);
    self.close();
  }
  function onkeypress(s, key) {
    self._ttyWrite(s, key);
  }
  function onresize() { self._refreshLine(); }

  const { StringDecoder } = require('string_decoder');
  this[kDecoder] = new StringDecoder('utf8');
  input.on('error', onerror);
  if (!this.terminal) {
    input.on('data', ondata);
    input.on('end', onend);
    this.once('close', () => {
      input.removeListener('data', ondata);
      input.removeListener('error', onerror);
      input.removeListener('end', onend);
    });
  } else {
    emitKeypressEvents(input);
    input.on('keypress', onkeypress);
    input.on('end', ontermend);
    this._setRawMode(true);
    this.cursor = 0;
    this.historyIndex = -1;
    this[kSubstringSearch] = null;
    this[kKillRing] = [];
    this[kKillRingCursor] = 0;
    this[kYanking] = false;
    this[kUndoStack] = [];
    this[kRedoStack] = [];
    if (output !== null && output !== undefined) output.on('resize', onresize);
    this.once('close', () => {
      input.removeListener('keypress', onkeypress);
      input.removeListener('error', onerror);
      input.removeListener('end', ontermend);
      if (output !== null && output !== undefined) output.removeListener('resize', onresize);
    });
  }
  if (signal) {
    const onAborted = () => self.close();
    if (signal.aborted) {
      process.nextTick(onAborted);
    } else {
      signal.addEventListener('abort', onAborted, { once: true });
      self.once('close', () => signal.removeEventListener('abort', onAborted));
    }
  }
  input.resume();
}
Object.setPrototypeOf(InterfaceConstructor.prototype, EventEmitter.prototype);
Object.setPrototypeOf(InterfaceConstructor, EventEmitter);

class Interface extends InterfaceConstructor {
  get columns() {
    if (this.output && this.output.columns) return this.output.columns;
    return Infinity;
  }

  setPrompt(prompt) {
    this[kPrompt] = prompt;
  }

  getPrompt() {
    return this[kPrompt];
  }

  prompt(preserveCursor) {
    if (this.paused) this.resume();
    if (this.terminal) {
      if (!preserveCursor) this.cursor = 0;
      this._refreshLine();
    } else {
      this._writeToOutput(this[kPrompt]);
    }
  }

  close() {
    if (this.closed) return;
    this.pause();
    if (this.terminal) this._setRawMode(false);
    this.closed = true;
    this.emit('close');
  }

  pause() {
    if (this.paused) return;
    this.input.pause();
    this.paused = true;
    this.emit('pause');
    return this;
  }

  resume() {
    if (!this.paused) return;
    this.input.resume();
    this.paused = false;
    this.emit('resume');
    return this;
  }

  write(d, key) {
    if (this.paused) this.resume();
    if (this.terminal) this._ttyWrite(d, key);
    else this._normalWrite(d);
  }

  clearLine() {
    this._moveCursor(+Infinity);
    this._writeToOutput('\r\n');
    this.line = '';
    this.cursor = 0;
  }

  getCursorPos() {
    const col = this._getDisplayPos(this[kPrompt] + this.line.slice(0, this.cursor));
    return { cols: col % this.columns, rows: Math.floor(col / this.columns) };
  }

  [Symbol.asyncIterator]() {
    if (this[kLineIterator] === undefined) this[kLineIterator] = lineIterator(this);
    return this[kLineIterator];
  }
}

// A question's callback stands in for the next 'line' event; a second
// question while one is pending only prompts again.
Interface.prototype.question = function question(query, options, cb) {
  cb = typeof options === 'function' ? options : cb;
  if (options !== null && typeof options === 'object' && options.signal) {
    const { signal } = options;
    require('internal/abort_controller').validateAbortSignal(signal, 'options.signal');
    if (signal.aborted) return;
    signal.addEventListener('abort', () => this[kQuestionCancel](), { once: true });
  }
  if (typeof cb === 'function') this._question(query, cb);
};

Interface.prototype._question = function _question(query, cb) {
  if (this.closed) throw useAfterClose();
  if (this[kQuestionCallback]) {
    this.prompt();
  } else {
    this[kOldPrompt] = this[kPrompt];
    this.setPrompt(query);
    this[kQuestionCallback] = cb;
    this.prompt();
  }
};

Interface.prototype[kQuestionCancel] = function questionCancel() {
  if (this[kQuestionCallback]) {
    this[kQuestionCallback] = null;
    this.setPrompt(this[kOldPrompt]);
    this.clearLine();
  }
};

Interface.prototype._setRawMode = function _setRawMode(mode) {
  if (typeof this.input.setRawMode === 'function') return this.input.setRawMode(mode);
};

Interface.prototype._onLine = function _onLine(line) {
  if (this[kQuestionCallback]) {
    const cb = this[kQuestionCallback];
    this[kQuestionCallback] = null;
    this.setPrompt(this[kOldPrompt]);
    cb(line);
  } else {
    this.emit('line', line);
  }
};

Interface.prototype._writeToOutput = function _writeToOutput(stringToWrite) {
  if (typeof stringToWrite !== 'string') {
    throw binding.invalidArgType('stringToWrite', 'of type string', stringToWrite);
  }
  if (this.output !== null && this.output !== undefined) this.output.write(stringToWrite);
};

// _normalWrite splits what the input gave into lines; an unfinished line
// waits in kLineBuffer for the rest.
Interface.prototype._normalWrite = function _normalWrite(b) {
  if (b === undefined) return;
  let string = typeof b === 'string' ? b : this[kDecoder].write(b);
  if (this[kSawReturnAt] && Date.now() - this[kSawReturnAt] <= this.crlfDelay) {
    if (string.charCodeAt(0) === 10) string = string.slice(1);
    this[kSawReturnAt] = 0;
  }
  lineEnding.lastIndex = 0;
  if (!lineEnding.test(string)) {
    if (string) this[kLineBuffer] = (this[kLineBuffer] ?? '') + string;
    return;
  }
  if (this[kLineBuffer]) {
    string = this[kLineBuffer] + string;
    this[kLineBuffer] = null;
  }
  this[kSawReturnAt] = string.endsWith('\r') ? Date.now() : 0;
  const lines = [];
  let start = 0;
  lineEnding.lastIndex = 0;
  for (let m; (m = lineEnding.exec(string)) !== null;) {
    lines.push(string.slice(start, m.index));
    start = lineEnding.lastIndex;
  }
  this[kLineBuffer] = string.slice(start);
  // An index loop, not for-of: closing the array iterator after a throwing
  // 'line' listener would move the uncaught error's banner here.
  for (let i = 0; i < lines.length; i++) {
    this._onLine(lines[i]);
    if (this.closed) break;
  }
};

Interface.prototype._addHistory = function _addHistory() {
  if (this.line.length === 0) return '';
  if (this.historySize === 0) return this.line;
  if (this.line.trim().length === 0) return this.line;
  if (this.history.length === 0 || this.history[0] !== this.line) {
    if (this.removeHistoryDuplicates) {
      const i = this.history.indexOf(this.line);
      if (i !== -1) this.history.splice(i, 1);
    }
    this.history.unshift(this.line);
    if (this.history.length > this.historySize) this.history.pop();
  }
  this.historyIndex = -1;
  const line = this.history[0];
  this.emit('history', this.history);
  return line;
};

Interface.prototype._getDisplayPos = function _getDisplayPos(str) {
  return [...str.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '')].length;
};

Interface.prototype._refreshLine = function _refreshLine() {
  if (!this.output) return;
  cursorTo(this.output, 0);
  clearScreenDown(this.output);
  this._writeToOutput(this[kPrompt] + this.line);
  cursorTo(this.output, this._getDisplayPos(this[kPrompt] + this.line.slice(0, this.cursor)));
};

Interface.prototype._insertString = function _insertString(c) {
  this[kBeforeEdit]();
  if (this.cursor < this.line.length) {
    this.line = this.line.slice(0, this.cursor) + c + this.line.slice(this.cursor);
    this.cursor += c.length;
    this._refreshLine();
  } else {
    this.line += c;
    this.cursor += c.length;
    this._writeToOutput(c);
  }
};

// _moveCursor moves the terminal's cursor along the line as node's does:
// by the difference in columns while it stays on the same row, and by
// redrawing the line when it changes rows.
Interface.prototype._moveCursor = function _moveCursor(dx) {
  if (dx === 0 || !this.terminal) return;
  const oldPos = this.getCursorPos();
  this.cursor = Math.max(0, Math.min(this.line.length, this.cursor + dx));
  const newPos = this.getCursorPos();
  if (oldPos.rows === newPos.rows) {
    moveCursor(this.output, newPos.cols - oldPos.cols, 0);
  } else {
    this._refreshLine();
  }
};

// The UTF-16 lengths of the code points left of and at the cursor: the
// cursor never stops inside a surrogate pair.
function charLengthLeft(line, cursor) {
  if (cursor <= 0) return 0;
  return cursor > 1 && line.codePointAt(cursor - 2) > 0xffff ? 2 : 1;
}

function charLengthAt(line, cursor) {
  if (cursor >= line.length) return 1;
  return line.codePointAt(cursor) > 0xffff ? 2 : 1;
}

Interface.prototype._deleteLeft = function _deleteLeft() {
  if (this.cursor > 0 && this.line.length > 0) {
    this[kBeforeEdit]();
    const n = charLengthLeft(this.line, this.cursor);
    this.line = this.line.slice(0, this.cursor - n) + this.line.slice(this.cursor);
    this.cursor -= n;
    this._refreshLine();
  }
};

Interface.prototype._deleteRight = function _deleteRight() {
  if (this.cursor < this.line.length) {
    this[kBeforeEdit]();
    this.line = this.line.slice(0, this.cursor) + this.line.slice(this.cursor + charLengthAt(this.line, this.cursor));
    this._refreshLine();
  }
};

// Words are runs of \w or of punctuation; the spaces after a word belong
// to it going right, the spaces before it going left. The left side is
// matched on the reversed text so the regexp anchors at the cursor.
function wordLengthLeft(line, cursor) {
  const reversed = Array.from(line.slice(0, cursor)).reverse().join('');
  return /^\s*(?:[^\w\s]+|\w+)?/.exec(reversed)[0].length;
}

Interface.prototype._wordLeft = function _wordLeft() {
  if (this.cursor > 0) this._moveCursor(-wordLengthLeft(this.line, this.cursor));
};

Interface.prototype._wordRight = function _wordRight() {
  if (this.cursor < this.line.length) {
    this._moveCursor(/^(?:\s+|[^\w\s]+|\w+)\s*/.exec(this.line.slice(this.cursor))[0].length);
  }
};

Interface.prototype._deleteWordLeft = function _deleteWordLeft() {
  if (this.cursor > 0) {
    this[kBeforeEdit]();
    const left = this.line.slice(0, this.cursor - wordLengthLeft(this.line, this.cursor));
    this.line = left + this.line.slice(this.cursor);
    this.cursor = left.length;
    this._refreshLine();
  }
};

// Going right, any run of non-word characters (spaces included) is one
// word, unlike _wordRight: node's own asymmetry.
Interface.prototype._deleteWordRight = function _deleteWordRight() {
  if (this.cursor < this.line.length) {
    this[kBeforeEdit]();
    const right = this.line.slice(this.cursor);
    this.line = this.line.slice(0, this.cursor) + right.slice(/^(?:\s+|\W+|\w+)\s*/.exec(right)[0].length);
    this._refreshLine();
  }
};

// The line deletes keep what they took in the kill ring, for ctrl-y.
Interface.prototype._deleteLineLeft = function _deleteLineLeft() {
  this[kBeforeEdit]();
  const killed = this.line.slice(0, this.cursor);
  this.line = this.line.slice(this.cursor);
  this.cursor = 0;
  this[kPushToKillRing](killed);
  this._refreshLine();
};

Interface.prototype._deleteLineRight = function _deleteLineRight() {
  this[kBeforeEdit]();
  const killed = this.line.slice(this.cursor);
  this.line = this.line.slice(0, this.cursor);
  this[kPushToKillRing](killed);
  this._refreshLine();
};

Interface.prototype[kPushToKillRing] = function pushToKillRing(killed) {
  if (!killed || killed === this[kKillRing][0]) return;
  this[kKillRing].unshift(killed);
  this[kKillRingCursor] = 0;
  if (this[kKillRing].length > kMaxKillRing) this[kKillRing].length = kMaxKillRing;
};

// ctrl-y inserts the last text killed; meta-y right after it replaces
// that with the one killed before, round the ring.
Interface.prototype[kYank] = function yank() {
  if (this[kKillRing].length > 0) {
    this[kYanking] = true;
    this._insertString(this[kKillRing][this[kKillRingCursor]]);
  }
};

Interface.prototype[kYankPop] = function yankPop() {
  if (!this[kYanking] || this[kKillRing].length < 2) return;
  const last = this[kKillRing][this[kKillRingCursor]];
  this[kKillRingCursor] = (this[kKillRingCursor] + 1) % this[kKillRing].length;
  const current = this[kKillRing][this[kKillRingCursor]];
  const head = this.line.slice(0, this.cursor - last.length);
  this.line = head + current + this.line.slice(this.cursor);
  this.cursor = head.length + current.length;
  this._refreshLine();
};

// Every edit of the line saves it first for ctrl-_ (undo); ctrl-^ redoes.
// A new line starts both stacks afresh.
Interface.prototype[kBeforeEdit] = function beforeEdit() {
  this[kUndoStack].push({ text: this.line, cursor: this.cursor });
  if (this[kUndoStack].length > kMaxUndoStack) this[kUndoStack].shift();
};

function undoRedo(rl, from, to) {
  if (rl[from].length === 0) return;
  rl[to].push({ text: rl.line, cursor: rl.cursor });
  const entry = rl[from].pop();
  rl.line = entry.text;
  rl.cursor = entry.cursor;
  rl._refreshLine();
}

Interface.prototype._line = function _line() {
  const line = this._addHistory();
  this[kUndoStack] = [];
  this[kRedoStack] = [];
  this.clearLine();
  this._onLine(line);
};

// Up and down search the history for entries that start with what was
// left of the cursor when the search began (skipping ones equal to the
// line), as node 20's do; past either end the line is that prefix again.
// historyIndex is -1 for the line being edited, history.length past the
// oldest entry.
Interface.prototype._historyPrev = function _historyPrev() {
  if (this.historyIndex >= this.history.length || this.history.length === 0) return;
  this[kBeforeEdit]();
  const search = this[kSubstringSearch] || '';
  let index = this.historyIndex + 1;
  while (index < this.history.length && (!this.history[index].startsWith(search) || this.line === this.history[index])) {
    index++;
  }
  this.line = index === this.history.length ? search : this.history[index];
  this.historyIndex = index;
  this.cursor = this.line.length;
  this._refreshLine();
};

Interface.prototype._historyNext = function _historyNext() {
  if (this.historyIndex < 0) return;
  this[kBeforeEdit]();
  const search = this[kSubstringSearch] || '';
  let index = this.historyIndex - 1;
  while (index >= 0 && (!this.history[index].startsWith(search) || this.line === this.history[index])) {
    index--;
  }
  this.line = index === -1 ? search : this.history[index];
  this.historyIndex = index;
  this.cursor = this.line.length;
  this._refreshLine();
};

Interface.prototype._tabComplete = function _tabComplete() {
  const done = (err, result) => {
    if (err || !result) return;
    const [completions, completeOn] = result;
    if (!completions || completions.length !== 1) return;
    this._insertString(completions[0].slice(completeOn.length));
  };
  if (this.completer.length === 2) this.completer(this.line.slice(0, this.cursor), done);
  else {
    try {
      done(null, this.completer(this.line.slice(0, this.cursor)));
    } catch (err) {
      done(err);
    }
  }
};

Interface.prototype._ttyWrite = function _ttyWrite(s, key) {
  key = key || {};
  if (!key.meta || key.name !== 'y') this[kYanking] = false;
  if ((key.name === 'up' || key.name === 'down') && !key.ctrl && !key.meta && !key.shift) {
    if (this[kSubstringSearch] === null) this[kSubstringSearch] = this.line.slice(0, this.cursor);
  } else if (this[kSubstringSearch] !== null) {
    this[kSubstringSearch] = null;
    // A search that found nothing left the index past the oldest entry.
    if (this.history.length === this.historyIndex) this.historyIndex = -1;
  }
  if (typeof key.sequence === 'string') {
    switch (key.sequence.codePointAt(0)) {
      case 0x1f: undoRedo(this, kUndoStack, kRedoStack); return;
      case 0x1e: undoRedo(this, kRedoStack, kUndoStack); return;
    }
  }
  if (key.name === 'escape') return;
  if (key.ctrl && key.shift) {
    switch (key.name) {
      case 'backspace': this._deleteLineLeft(); return;
      case 'delete': this._deleteLineRight(); return;
    }
    return;
  }
  if (key.ctrl) {
    switch (key.name) {
      case 'c':
        if (this.listenerCount('SIGINT') > 0) this.emit('SIGINT');
        else this.close();
        return;
      case 'h': this._deleteLeft(); return;
      case 'd':
        if (this.cursor === 0 && this.line.length === 0) this.close();
        else if (this.cursor < this.line.length) this._deleteRight();
        return;
      case 'u': this._deleteLineLeft(); return;
      case 'k': this._deleteLineRight(); return;
      case 'a': this._moveCursor(-Infinity); return;
      case 'e': this._moveCursor(+Infinity); return;
      case 'b': this._moveCursor(-charLengthLeft(this.line, this.cursor)); return;
      case 'f': this._moveCursor(+charLengthAt(this.line, this.cursor)); return;
      case 'l': cursorTo(this.output, 0, 0); clearScreenDown(this.output); this._refreshLine(); return;
      case 'n': this._historyNext(); return;
      case 'p': this._historyPrev(); return;
      case 'y': this[kYank](); return;
      case 'w': case 'backspace': this._deleteWordLeft(); return;
      case 'delete': this._deleteWordRight(); return;
      case 'left': this._wordLeft(); return;
      case 'right': this._wordRight(); return;
    }
    return;
  }
  if (key.meta) {
    switch (key.name) {
      case 'b': this._wordLeft(); return;
      case 'f': this._wordRight(); return;
      case 'd': case 'delete': this._deleteWordRight(); return;
      case 'backspace': this._deleteWordLeft(); return;
      case 'y': this[kYankPop](); return;
    }
    return;
  }
  // A \r only swallows a \n that comes right after it.
  if (this[kSawReturnAt] && key.name !== 'enter') this[kSawReturnAt] = 0;
  switch (key.name) {
    case 'return':
      this[kSawReturnAt] = Date.now();
      this._line();
      return;
    case 'enter':
      if (this[kSawReturnAt] === 0 || Date.now() - this[kSawReturnAt] > this.crlfDelay) this._line();
      this[kSawReturnAt] = 0;
      return;
    case 'backspace': this._deleteLeft(); return;
    case 'delete': this._deleteRight(); return;
    case 'left': this._moveCursor(-charLengthLeft(this.line, this.cursor)); return;
    case 'right': this._moveCursor(+charLengthAt(this.line, this.cursor)); return;
    case 'home': this._moveCursor(-Infinity); return;
    case 'end': this._moveCursor(+Infinity); return;
    case 'up': this._historyPrev(); return;
    case 'down': this._historyNext(); return;
    case 'tab':
      if (typeof this.completer === 'function' && this.isCompletionEnabled) {
        this._tabComplete();
        return;
      }
      break;
  }
  if (typeof s === 'string' && s) {
    // A paste arrives as one string: its line breaks end lines.
    const parts = s.split(/\r\n|\n|\r/);
    for (let i = 0; i < parts.length; i++) {
      if (i > 0) this._line();
      if (parts[i]) this._insertString(parts[i]);
    }
  }
};

// lineIterator is what for await (const line of rl) reads: lines queue up
// from 'line' events (the input pauses past 1024 of them), and the loop
// ends at 'close'.
function lineIterator(rl) {
  const queue = [];
  const waiting = [];
  let done = false;
  let error = null;
  let pausedHere = false;
  const highWaterMark = 1024;
  rl.on('line', (line) => {
    if (waiting.length > 0) {
      waiting.shift().resolve({ value: line, done: false });
      return;
    }
    queue.push(line);
    if (queue.length >= highWaterMark && !rl.paused) {
      pausedHere = true;
      rl.pause();
    }
  });
  const finish = () => {
    done = true;
    while (waiting.length > 0) waiting.shift().resolve({ value: undefined, done: true });
  };
  rl.on('close', finish);
  rl.on('error', (err) => {
    if (waiting.length > 0) {
      waiting.shift().reject(err);
      finish();
    } else {
      error = err;
    }
  });
  const iterator = {
    next() {
      if (queue.length > 0) {
        const value = queue.shift();
        if (pausedHere && queue.length < highWaterMark / 2 && !rl.closed) {
          pausedHere = false;
          rl.resume();
        }
        return Promise.resolve({ value, done: false });
      }
      if (error) {
        const err = error;
        error = null;
        done = true;
        return Promise.reject(err);
      }
      if (done) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
    // Node v20 leaves the interface open when a loop breaks: lines keep
    // queuing for the next loop over the same iterator.
    return() {
      return Promise.resolve({ value: undefined, done: true });
    },
    throw(err) {
      return Promise.reject(err);
    },
  };
  Object.setPrototypeOf(iterator, Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype));
  return iterator;
}

module.exports = {
  Interface,
  InterfaceConstructor,
  clearLine,
  clearScreenDown,
  cursorTo,
  moveCursor,
  emitKeypressEvents,
  kQuestionCancel,
};
