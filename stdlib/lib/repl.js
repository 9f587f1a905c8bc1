'use strict';
// node:repl. A REPLServer is a readline Interface that evaluates each line
// it reads. Code runs as a script of its own in the global context
// (vm.Script.runInThisContext), so top-level let, const and class
// declarations persist from one line to the next the way the ECMAScript
// global lexical environment keeps them. Kiln has no per-REPL context: the
// context is always the global object, as node's own interactive REPL
// (useGlobal) has it.
//
// Input that ends before the code does (a SyntaxError at the end of the
// input) is kept and the next line appended, behind the '... ' prompt.

const { InterfaceConstructor, Interface } = require('internal/readline_interface');
const vm = require('vm');
const util = require('util');

const kBuffered = Symbol('bufferedCommand');
const kLast = Symbol('lastValue');
const kLastError = Symbol('lastError');
const kUnderscoreSet = Symbol('underscoreAssigned');
const kUnderscoreErrSet = Symbol('underscoreErrAssigned');

let nextReplId = 0;

class Recoverable extends SyntaxError {
  constructor(err) {
    super();
    this.err = err;
  }
}

function writer(obj) {
  return util.inspect(obj, writer.options);
}
writer.options = { ...util.inspect.defaultOptions, showProxy: true };

// isRecoverable tells a SyntaxError that more input could cure: the code
// ended inside an expression, a block, a template or a comment.
function isRecoverable(err, code) {
  const msg = err.message;
  if (msg === 'Unexpected end of input' || msg.startsWith('Unterminated template')) return true;
  if (msg === 'Invalid or unexpected token' || msg.startsWith('Unterminated')) {
    return endsInOpenComment(code) || /\\\s*$/.test(code);
  }
  return false;
}

// endsInOpenComment scans code for a /* comment that never closes, skipping
// strings, templates and line comments (regular expressions are rare
// enough at a prompt that a slash is taken as division).
function endsInOpenComment(code) {
  for (let i = 0; i < code.length; i++) {
    const c = code[i];
    if (c === '/' && code[i + 1] === '*') {
      const end = code.indexOf('*/', i + 2);
      if (end < 0) return true;
      i = end + 1;
    } else if (c === '/' && code[i + 1] === '/') {
      const end = code.indexOf('\n', i);
      if (end < 0) return false;
      i = end;
    } else if (c === '"' || c === '\'' || c === '`') {
      for (i++; i < code.length && code[i] !== c; i++) if (code[i] === '\\') i++;
    }
  }
  return false;
}

function compile(code, file) {
  return new vm.Script(code, { filename: file, displayErrors: true });
}

// topLevelAwait rewrites code that awaits at its top level into an async
// function called at once, whose promise gives { value }. A lone
// declaration keeps its name in the global scope (declared first, assigned
// inside); other code that is an expression gives its value.
function topLevelAwait(code, file) {
  const decl = /^\s*(?:let|const|var)\s+([A-Za-z_$][\w$]*)\s*=([\s\S]*?);?\s*$/.exec(code);
  if (decl !== null) {
    return compile(`let ${decl[1]}; (async () => { void (${decl[1]} = ${decl[2]}\n); })()`, file);
  }
  const trimmed = code.replace(/;?\s*$/, '');
  try {
    return compile(`(async () => { return { value: (${trimmed}\n) } })()`, file);
  } catch {
    return compile(`(async () => { ${code}\n })()`, file);
  }
}

const REPL_MODE_SLOPPY = Symbol('repl-sloppy');
const REPL_MODE_STRICT = Symbol('repl-strict');

function defaultEval(code, context, file, cb) {
  // An empty line has no result to print (a callback with one argument).
  if (/^\s*$/.test(code)) return cb(null);
  // In strict mode each input is strict code, as node makes it.
  if (this?.replMode === REPL_MODE_STRICT) code = `'use strict'; void 0;\n${code}`;
  let script;
  let awaited = false;
  // A line that starts with { is an object literal rather than a block, as
  // node reads it, when it parses as one.
  if (/^\s*{/.test(code) && !/;\s*$/.test(code)) {
    try {
      script = compile(`(${code.trim()})\n`, file);
    } catch {
      script = undefined;
    }
  }
  if (script === undefined) {
    try {
      script = compile(code, file);
    } catch (e) {
      if (e instanceof SyntaxError && isRecoverable(e, code)) return cb(new Recoverable(e));
      // The engine reports an await outside async code as whatever
      // token follows it, so any SyntaxError in code that mentions await
      // gets the rewrite tried.
      if (!(e instanceof SyntaxError) || !/\bawait\b/.test(code)) return cb(e);
      try {
        script = topLevelAwait(code, file);
        awaited = true;
      } catch {
        return cb(e);
      }
    }
  }
  let result;
  try {
    // node's REPL shows a thrown error without the source line and caret
    // that a vm run puts in front of its stack.
    result = script.runInThisContext({ displayErrors: false });
  } catch (e) {
    return cb(e);
  }
  if (!awaited) return cb(null, result);
  result.then((r) => cb(null, r?.value), (e) => cb(e));
}

// trimStack cuts an error's stack at the script the REPL ran (the frame
// that vm's runInThisContext called): what ran below it is the REPL's
// machinery, not the user's code.
function trimStack(stack) {
  const lines = stack.split('\n');
  let cut = lines.findIndex((l) => /^\s+at Script\.runInThisContext /.test(l));
  if (cut < 0) return stack;
  if (cut > 0 && /^\s+at REPL\d+:\d+:\d+$/.test(lines[cut - 1])) cut--;
  return lines.slice(0, cut).join('\n');
}

function REPLServer(prompt, stream, evalFn, useGlobal, ignoreUndefined, replMode) {
  if (!(this instanceof REPLServer)) return new REPLServer(prompt, stream, evalFn, useGlobal, ignoreUndefined, replMode);
  let options;
  if (prompt !== null && typeof prompt === 'object') {
    options = { ...prompt };
    stream = options.stream || options.socket;
    prompt = options.prompt;
    evalFn = options.eval;
    useGlobal = options.useGlobal;
    ignoreUndefined = options.ignoreUndefined;
    replMode = options.replMode;
  } else {
    options = {};
  }
  if (prompt === undefined) prompt = '> ';
  const input = options.input || stream || process.stdin;
  const output = options.output || stream || process.stdout;
  const terminal = options.terminal === undefined ? !!output.isTTY : !!options.terminal;
  const useColors = options.useColors === undefined ? terminal : !!options.useColors;

  InterfaceConstructor.call(this, { input, output, terminal, prompt });

  this.useColors = useColors;
  this.useGlobal = !!useGlobal;
  this.ignoreUndefined = !!ignoreUndefined;
  this.replMode = replMode || REPL_MODE_SLOPPY;
  this.breakEvalOnSigint = !!options.breakEvalOnSigint;
  this.eval = evalFn || defaultEval;
  this._initialPrompt = prompt;
  this.context = globalThis;
  this.commands = { __proto__: null };
  this.lines = [];
  this[kBuffered] = '';
  this[kLast] = undefined;
  this[kLastError] = undefined;
  this[kUnderscoreSet] = false;
  this[kUnderscoreErrSet] = false;

  if (options.writer) {
    this.writer = options.writer;
  } else if (useColors) {
    // Colours belong to this server: writer.options stays shared, as
    // node's is, and only this server's copy turns them on.
    const w = (obj) => util.inspect(obj, w.options);
    w.options = { ...writer.options, colors: true };
    this.writer = w;
  } else {
    this.writer = writer;
  }

  defineDefaultCommands(this);
  addReplGlobals(this.context);
  this.resetContext();

  const self = this;
  let sawSIGINT = false;
  this.on('close', () => self.emit('exit'));
  // Ctrl+C drops the line being typed; on an empty prompt it warns once
  // and exits the second time.
  this.on('SIGINT', () => {
    const empty = self.line.length === 0 && self[kBuffered].length === 0;
    self.clearLine();
    self.clearBufferedCommand();
    if (empty && sawSIGINT) {
      self.close();
      return;
    }
    if (empty) self.output.write('(To exit, press Ctrl+C again or Ctrl+D or type .exit)\n');
    sawSIGINT = empty;
    self.displayPrompt();
  });
  this.on('line', (cmd) => {
    sawSIGINT = false;
    self.onLine(cmd);
  });
  this.displayPrompt();
}
Object.setPrototypeOf(REPLServer.prototype, Interface.prototype);
Object.setPrototypeOf(REPLServer, Interface);

REPLServer.prototype.onLine = function onLine(cmd) {
  const self = this;
  const trimmed = cmd.trim();
  if (trimmed.startsWith('.') && trimmed[1] !== '.' && Number.isNaN(Number.parseFloat(trimmed))) {
    const m = /^\.([^\s]+)\s*(.*)$/.exec(trimmed);
    const command = m && this.commands[m[1]];
    if (command) {
      command.action.call(this, m[2]);
      return;
    }
    if (!this[kBuffered]) {
      this.output.write('Invalid REPL keyword\n');
      this.displayPrompt();
      return;
    }
  }
  this.lines.push(cmd);
  const evalCmd = `${this[kBuffered]}${cmd}\n`;
  // One name for each evaluation, whatever it takes to compile, counted
  // across all servers as node's.
  this.eval(evalCmd, this.context, `REPL${++nextReplId}`, function finish(e, ret) {
    if (e instanceof Recoverable) {
      self[kBuffered] = evalCmd;
      self.displayPrompt();
      return;
    }
    self.clearBufferedCommand();
    if (e) {
      self._handleError(e);
    } else if (arguments.length === 2 && (!self.ignoreUndefined || ret !== undefined)) {
      if (!self[kUnderscoreSet]) self[kLast] = ret;
      self.output.write(`${self.writer(ret)}\n`);
    }
    if (!self.closed) self.displayPrompt();
  });
};

REPLServer.prototype._handleError = function _handleError(e) {
  let text;
  if (e instanceof Error || (e !== null && typeof e === 'object' && typeof e.stack === 'string')) {
    if (typeof e.stack === 'string') {
      if (e.name === 'SyntaxError') {
        e.stack = e.stack.replace(/^REPL\d+:\d+\r?\n/, '').replace(/^\s+at\s.*\n?/gm, '').replace(/\n$/, '');
      } else {
        const trimmed = trimStack(e.stack);
        if (trimmed !== e.stack) e.stack = trimmed;
      }
    }
    text = this.writer(e);
    if (text[0] === '[' && text[text.length - 1] === ']') text = text.slice(1, -1);
  } else {
    text = this.writer(e);
  }
  if (!this[kUnderscoreErrSet]) this[kLastError] = e;
  const lines = text.split(/(?<=\n)/);
  const breakLength = this.writer.options?.breakLength ?? 128;
  let matched = false;
  let out = '';
  for (const line of lines) {
    if (!matched && /^\[?([A-Z][a-z0-9_]*)*Error/.test(line)) {
      out += breakLength >= line.length ? `Uncaught ${line}` : `Uncaught:\n${line}`;
      matched = true;
    } else {
      out += line;
    }
  }
  if (!matched) out = `Uncaught${lines.length === 1 ? ' ' : ':\n'}${out}`;
  this.output.write(`${out}\n`);
};

REPLServer.prototype.clearBufferedCommand = function clearBufferedCommand() {
  this[kBuffered] = '';
};

REPLServer.prototype.displayPrompt = function displayPrompt(preserveCursor) {
  const prompt = this[kBuffered].length > 0 ? '... ' : this._initialPrompt;
  Interface.prototype.setPrompt.call(this, prompt);
  this.prompt(preserveCursor);
};

REPLServer.prototype.setPrompt = function setPrompt(prompt) {
  this._initialPrompt = prompt;
  Interface.prototype.setPrompt.call(this, prompt);
};

REPLServer.prototype.defineCommand = function defineCommand(keyword, cmd) {
  if (typeof cmd === 'function') cmd = { action: cmd };
  else if (cmd === null || typeof cmd !== 'object' || typeof cmd.action !== 'function') {
    throw binding.invalidArgType('cmd.action', 'of type function', cmd?.action);
  }
  this.commands[keyword] = cmd;
};

// resetContext puts _ and _error on the context: they follow the last
// result and the last error until the user assigns them.
REPLServer.prototype.resetContext = function resetContext() {
  const self = this;
  this.lines = [];
  Object.defineProperty(this.context, '_', {
    configurable: true,
    get: () => self[kLast],
    set: (v) => {
      self[kLast] = v;
      if (!self[kUnderscoreSet]) {
        self[kUnderscoreSet] = true;
        self.output.write('Expression assignment to _ now disabled.\n');
      }
    },
  });
  Object.defineProperty(this.context, '_error', {
    configurable: true,
    get: () => self[kLastError],
    set: (v) => {
      self[kLastError] = v;
      if (!self[kUnderscoreErrSet]) {
        self[kUnderscoreErrSet] = true;
        self.output.write('Expression assignment to _error now disabled.\n');
      }
    },
  });
  this.emit('reset', this.context);
};

// addReplGlobals gives the context what node's REPL has there: require and
// module as for a file in the working directory, and each built-in module
// under its own name, loaded on first use.
function addReplGlobals(context) {
  const Module = require('module');
  const path = require('path');
  const define = (name, value) => Object.defineProperty(context, name, {
    configurable: true, writable: true, enumerable: false, value,
  });
  if (!('require' in context)) define('require', Module.createRequire(path.join(process.cwd(), '<repl>')));
  if (!('module' in context)) define('module', { id: '<repl>', exports: {}, paths: [] });
  for (const name of Module.builtinModules) {
    if (name.startsWith('_') || !/^[a-z_]+$/.test(name) || name in context) continue;
    Object.defineProperty(context, name, {
      configurable: true,
      enumerable: false,
      get() {
        const mod = require(name);
        define(name, mod);
        return mod;
      },
      set(v) {
        define(name, v);
      },
    });
  }
}

function defineDefaultCommands(repl) {
  repl.defineCommand('break', {
    help: 'Sometimes you get stuck, this gets you out',
    action() {
      this.clearBufferedCommand();
      this.displayPrompt();
    },
  });
  repl.defineCommand('clear', {
    help: 'Break, and also clear the local context',
    action() {
      this.clearBufferedCommand();
      // The global context cannot be cleared; node says the same there.
      this.displayPrompt();
    },
  });
  repl.defineCommand('exit', {
    help: 'Exit the REPL',
    action() {
      this.close();
    },
  });
  repl.defineCommand('help', {
    help: 'Print this help message',
    action() {
      const names = Object.keys(this.commands).sort();
      const width = Math.max(...names.map((n) => n.length)) + 3;
      for (const name of names) {
        const help = this.commands[name].help;
        this.output.write(help ? `.${name.padEnd(width)}${help}\n` : `.${name}\n`);
      }
      this.output.write('\nPress Ctrl+C to abort current expression, Ctrl+D to exit the REPL\n');
      this.displayPrompt();
    },
  });
  repl.defineCommand('save', {
    help: 'Save all evaluated commands in this REPL session to a file',
    action(file) {
      try {
        require('fs').writeFileSync(file, `${this.lines.join('\n')}\n`);
        this.output.write(`Session saved to: ${file}\n`);
      } catch {
        this.output.write(`Failed to save: ${file}\n`);
      }
      this.displayPrompt();
    },
  });
  repl.defineCommand('load', {
    help: 'Load JS from a file into the REPL session',
    action(file) {
      let data;
      try {
        data = require('fs').readFileSync(file, 'utf8');
      } catch {
        this.output.write(`Failed to load: ${file}\n`);
        this.displayPrompt();
        return;
      }
      // The file is one piece of input, as node's editor mode reads it.
      this.onLine(data.replace(/\n$/, ''));
    },
  });
}

function start(prompt, source, evalFn, useGlobal, ignoreUndefined, replMode) {
  return new REPLServer(prompt, source, evalFn, useGlobal, ignoreUndefined, replMode);
}

// isValidSyntax tells whether input parses as a REPL line: a script, one
// that awaits at its top level, or an expression (as the right side of an
// assignment, so that a lone object literal counts).
function isValidSyntax(input) {
  const parses = (code) => {
    try {
      new vm.Script(code);
      return true;
    } catch {
      return false;
    }
  };
  if (parses(input) || parses(`_=${input}`)) return true;
  return /\bawait\b/.test(input) && parses(`(async () => { ${input}\n})`) && !parses(`(() => { ${input}\n})`);
}

module.exports = {
  start,
  writer,
  REPLServer,
  REPL_MODE_SLOPPY,
  REPL_MODE_STRICT,
  Recoverable,
  isValidSyntax,
  builtinModules: require('module').builtinModules.filter((m) => !m.startsWith('_')),
};
