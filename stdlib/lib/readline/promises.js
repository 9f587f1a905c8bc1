// readline/promises: an Interface whose question returns a promise, and
// Readline, which gathers cursor moves and writes them on commit.

const { Interface: BaseInterface, kQuestionCancel } = require('internal/readline_interface');

const CSI = '\x1b[';

class Interface extends BaseInterface {
  constructor(input, output, completer, terminal) {
    super(input, output, completer, terminal);
  }

  question(query, options = {}) {
    return new Promise((resolve, reject) => {
      let cb = resolve;
      const signal = options?.signal;
      if (signal) {
        require('internal/abort_controller').validateAbortSignal(signal, 'options.signal');
        if (signal.aborted) {
          reject(abortError(signal));
          return;
        }
        const onAbort = () => {
          this[kQuestionCancel]();
          reject(abortError(signal));
        };
        signal.addEventListener('abort', onAbort, { once: true });
        cb = (answer) => {
          signal.removeEventListener('abort', onAbort);
          resolve(answer);
        };
      }
      this._question(query, cb);
    });
  }
}

function abortError(signal) {
  const { AbortError } = require('internal/abort_controller');
  return new AbortError(undefined, { cause: signal.reason });
}

function validateInteger(value, name) {
  if (typeof value !== 'number') throw binding.invalidArgType(name, 'of type number', value);
  if (!Number.isInteger(value)) {
    throw binding.nodeError('RangeError', 'ERR_OUT_OF_RANGE',
      `The value of "${name}" is out of range. It must be an integer. Received ${binding.inspect(value)}`);
  }
}

class Readline {
  #stream;
  #todo = [];
  #autoCommit = false;

  constructor(stream, options = undefined) {
    const { Writable } = require('stream');
    if (!(stream instanceof Writable) && !(stream && typeof stream.write === 'function' && stream._isStdio)) {
      throw binding.invalidArgType('stream', 'an instance of Writable', stream);
    }
    this.#stream = stream;
    if (options?.autoCommit != null) {
      if (typeof options.autoCommit !== 'boolean') {
        throw binding.invalidArgType('options.autoCommit', 'of type boolean', options.autoCommit);
      }
      this.#autoCommit = options.autoCommit;
    }
  }

  #add(data) {
    if (this.#autoCommit) process.nextTick(() => this.#stream.write(data));
    else this.#todo.push(data);
    return this;
  }

  cursorTo(x, y = undefined) {
    validateInteger(x, 'x');
    if (y != null) validateInteger(y, 'y');
    return this.#add(y == null ? `${CSI}${x + 1}G` : `${CSI}${y + 1};${x + 1}H`);
  }

  moveCursor(dx, dy) {
    if (dx || dy) {
      validateInteger(dx, 'dx');
      validateInteger(dy, 'dy');
      let data = '';
      if (dx < 0) data += `${CSI}${-dx}D`;
      else if (dx > 0) data += `${CSI}${dx}C`;
      if (dy < 0) data += `${CSI}${-dy}A`;
      else if (dy > 0) data += `${CSI}${dy}B`;
      this.#add(data);
    }
    return this;
  }

  clearLine(dir) {
    validateInteger(dir, 'dir');
    if (dir < -1 || dir > 1) {
      throw binding.nodeError('RangeError', 'ERR_OUT_OF_RANGE',
        `The value of "dir" is out of range. It must be >= -1 && <= 1. Received ${binding.inspect(dir)}`);
    }
    return this.#add(dir < 0 ? `${CSI}1K` : dir > 0 ? `${CSI}0K` : `${CSI}2K`);
  }

  clearScreenDown() {
    return this.#add(`${CSI}0J`);
  }

  commit() {
    return new Promise((resolve) => {
      this.#stream.write(this.#todo.join(''), resolve);
      this.#todo = [];
    });
  }

  rollback() {
    this.#todo = [];
    return this;
  }
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

module.exports = { Interface, Readline, createInterface };
