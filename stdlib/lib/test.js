// node:test for a file run directly: test/describe/it and their hooks,
// subtests through the test context, skip/todo/only/timeout,
// --test-name-pattern and --test-only, each top-level test reported as it
// ends to the reporter the command line chose (node's default: spec on a
// terminal, else TAP). The run starts after the
// main module has run and ends at 'beforeExit', when the summary is
// printed and process.exitCode set to 1 if a test failed.
//
// The reporters are in internal/test_reporters (tap, spec, dot, and the
// one a file run by `kiln --test` reports to its parent with), the runner
// of `kiln --test` in internal/test_runner.
//
// Not here: node:test/reporters, reporters loaded as modules, coverage,
// watch mode, run()'s options other than files.
//
// Subtests run one after another unless their parent's concurrency
// option says otherwise, as in node; the file's top-level tests always do.

const { inspect } = require('util');
const { AsyncLocalStorage } = require('async_hooks');
const { getOptionValue } = require('internal/options');
const { MockTracker } = require('internal/test_mock');
// The runner's own timers, kept from mock.timers' replacements.
const { setImmediate, setTimeout, clearTimeout } = require('timers');

const kFailure = 'ERR_TEST_FAILURE';
const kMaxTimeout = 2 ** 31 - 1; // the longest a timer waits

function invalidArgType(name, expected, value) {
  return binding.invalidArgType(name, expected, value);
}

// A test or a suite. The root is a suite without a name whose children
// are the file's top-level tests.
class Test {
  constructor(parent, name, options, fn, isSuite, loc) {
    this.parent = parent;
    this.name = name;
    this.fn = fn;
    this.isSuite = isSuite;
    this.loc = loc;
    this.nesting = parent ? (parent.parent ? parent.nesting + 1 : 0) : -1;
    this.children = [];
    this.next = 0; // index of the next child to run
    this.running = false;
    this.hooks = { before: [], after: [], beforeEach: [], afterEach: [] };
    this.diagnostics = [];
    this.skip = options.skip;
    this.todo = options.todo;
    this.timeout = options.timeout;
    // How many subtests run at once: the option's number, any with true.
    const c = options.concurrency;
    this.concurrency = c === true ? Infinity : typeof c === 'number' && c >= 1 ? c : 1;
    this.failed = false;
    this.error = null; // what failed the test: any value can be thrown
    this.failureType = '';
    this.noStack = false; // a failure whose error's stack says nothing useful
    this.cancelled = false;
    this.duration = 0;
    this.finished = false;
    this.controller = new AbortController();
    this.plan = undefined;
    this.planned = 0; // assertions and subtests made, for plan
    this.done = null; // the promise the test's run settles with
    // With --test-only, the file's tests, a suite's, and those of a test
    // that called runOnly(true) run only if marked so; without it, node
    // says what only and runOnly would need.
    const o = getOptions();
    this.runOnlySubtests = parent === null || (isSuite && o.only); // or runOnly(true) called
    const onlyMatters = parent !== null && parent.runOnlySubtests;
    if (!o.only && (options.only || (onlyMatters && parent.parent))) {
      this.diagnostics.push("'only' and 'runOnly' require the --test-only command-line option.");
    }
    if (o.only && !options.only && onlyMatters) this.skip = "'only' option not set";
    if (o.patterns !== null && !isSuite && parent && !this.matchesPatterns()) {
      this.skip = 'test name does not match pattern';
    }
  }

  // A test runs under --test-name-pattern when its name or a suite's or
  // test's above it matches.
  matchesPatterns() {
    for (let t = this; t.parent; t = t.parent) {
      if (getOptions().patterns.some((re) => re.exec(t.name) !== null)) return true;
    }
    return false;
  }

  fail(type, err) {
    if (!this.failed) {
      this.failed = true;
      this.failureType = type;
      this.error = err;
    }
  }
}

// Node's TestContext: what a test function gets as its first argument.
class TestContext {
  #test;

  constructor(test) { this.#test = test; }

  get signal() { return this.#test.controller.signal; }

  get name() { return this.#test.name; }

  get fullName() {
    const names = [];
    for (let t = this.#test; t.parent; t = t.parent) names.unshift(t.name);
    return names.join(' > ');
  }

  get error() { return this.#test.error; }

  get passed() { return this.#test.finished && !this.#test.failed; }

  get mock() {
    if (this.#test.mock === undefined) this.#test.mock = new MockTracker();
test.run = run;
    return this.#test.mock;
  }

  diagnostic(message) { this.#test.diagnostics.push(message); }

  // plan(n): the test must make n assertions through t.assert and
  // subtests, counted when its function is done.
  plan(count) {
    if (!Number.isInteger(count) || count < 0) throw invalidArgType('count', 'of type number', count);
    this.#test.plan = count;
  }

  get assert() {
    const t = this.#test;
    if (t.assert === undefined) {
      const assert = require('assert');
      t.assert = {};
      for (const k of Object.keys(assert)) {
        const f = assert[k];
        if (typeof f !== 'function' || /^[A-Z]/.test(k) || k === 'strict') continue;
        t.assert[k] = function(...args) {
          t.planned++;
          return Reflect.apply(f, this, args);
        };
      }
    }
    return t.assert;
  }

  skip(message) { this.#test.skip = message === undefined ? true : message; }

  todo(message) { this.#test.todo = message === undefined ? true : message; }

  // runOnly matters only with --test-only; node without it runs every
  // test too.
  runOnly(value) { this.#test.runOnlySubtests = !!value; }

  test(name, options, fn) {
    this.#test.planned++;
    const t = makeTest(this.#test, name, options, fn, false, callSite());
    return t.done;
  }

  before(fn, options) { addHook(this.#test, 'before', fn, options); }

  after(fn, options) { addHook(this.#test, 'after', fn, options); }

  beforeEach(fn, options) { addHook(this.#test, 'beforeEach', fn, options); }

  afterEach(fn, options) { addHook(this.#test, 'afterEach', fn, options); }
}

// The location of the user's call that made a test: the first frame of
// the stack outside the library.
function callSite() {
  for (const line of new Error().stack.split('\n')) {
    const m = /^ {4}at (?:.*\()?(.*):(\d+):(\d+)\)?$/.exec(line);
    if (m && !m[1].startsWith('node:')) {
      // An ES module's frames name its URL; node reports the path.
      const file = m[1].startsWith('file:') ? require('url').fileURLToPath(m[1]) : m[1];
      return `${file}:${m[2]}:${m[3]}`;
    }
  }
  return undefined;
}

// now is a time in nanoseconds; durations are printed in milliseconds with
// node's precision (whole nanoseconds).
const now = () => process.hrtime.bigint();
const msSince = (start) => Number(now() - start) / 1e6;

let root = null;
const context = new AsyncLocalStorage();

function getRoot() {
  if (root === null) {
    root = new Test(null, '<root>', {}, undefined, true, undefined);
    root.startTime = now();
    root.started = false;
    process.on('beforeExit', finish);
    process.on('uncaughtException', (err) => failRunning('uncaughtException', err));
    process.on('unhandledRejection', (err) => failRunning('unhandledRejection', err));
  }
  return root;
}

// currentParent is what a test(), describe() or hook made now belongs to:
// the suite or test whose code is running, followed through awaits and
// callbacks as node does, else the file.
function currentParent() {
  return context.getStore() || getRoot();
}

// The arguments of test(name, options, fn) in any of the forms node takes.
function parseArgs(name, options, fn) {
  if (typeof name === 'function') {
    fn = name;
    name = fn.name;
    options = {};
  } else if (typeof options === 'function') {
    fn = options;
    options = {};
  }
  // Node ignores options and functions of the wrong type.
  if (options === null || typeof options !== 'object') options = {};
  if (name === undefined || name === null || name === '') name = fn && fn.name ? fn.name : '<anonymous>';
  name = String(name);
  if (typeof fn !== 'function') fn = noop;
  const { timeout, concurrency } = options;
  if (timeout !== undefined && timeout !== Infinity) {
    if (typeof timeout !== 'number') throw invalidArgType('options.timeout', 'of type number', timeout);
    if (!(timeout >= 0 && timeout <= kMaxTimeout)) {
      throw binding.nodeError('RangeError', 'ERR_OUT_OF_RANGE',
        `The value of "options.timeout" is out of range. It must be >= 0 && <= ${kMaxTimeout}. Received ${inspect(timeout)}`);
    }
  }
  if (concurrency !== undefined && typeof concurrency !== 'boolean' && typeof concurrency !== 'number') {
    throw invalidArgType('options.concurrency', 'one of type boolean or number', concurrency);
  }
  return { name, options, fn };
}

function noop() {}

function makeTest(parent, name, options, fn, isSuite, loc) {
  const a = parseArgs(name, options, fn);
  const t = new Test(parent, a.name, a.options, a.fn, isSuite, loc);
  if (parent.finished) {
    // A subtest made after its parent ended: node cancels it.
    t.cancelled = true;
    t.fail('cancelledByParent', new Error('test did not finish before its parent and was cancelled'));
    t.done = Promise.resolve();
    return t;
  }
  parent.children.push(t);
  let resolve;
  t.done = new Promise((r) => { resolve = r; });
  t.resolve = resolve;
  if (isSuite) buildSuite(t);
  if (parent === root) {
    if (!root.started) {
      root.started = true;
      // The file's top-level code runs to its end before the first test,
      // as in node.
      setImmediate(runRoot);
    }
  } else if (!parent.isSuite && parent.running) {
    // A subtest made with t.test runs now if none of its siblings is
    // running, else when they are done.
    runChildren(parent);
  }
  return t;
}

// The tests whose functions are running, in the order they started: an
// error nothing caught is the latest one's, as node has it.
const running = [];
let idleWaiter = null; // called when running empties

// With no test running, the error is fatal as it would be without the
// runner; thrown from the listener, it exits 7 as node's does.
function failRunning(type, err) {
  if (running.length === 0) throw err;
  running[running.length - 1].fail(type, err);
}

// runRoot runs the file's top-level before hooks, then its tests.
async function runRoot() {
  try {
    await runHooks(root, 'before', new TestContext(root));
  } catch (err) {
    root.fail('hookFailed', err);
    cancelChildren(root);
    for (const t of root.children) report(t);
    return;
  }
  runChildren(root);
}

// buildSuite runs a describe body at once, as node does, so that the
// tests and hooks it declares attach to the suite.
function buildSuite(s) {
  if (s.skip) return;
  try {
    const r = context.run(s, s.fn);
    if (r && typeof r.then === 'function') {
      s.bodyPromise = Promise.resolve(r).catch((err) => s.fail('testCodeFailure', err));
    }
  } catch (err) {
    s.fail('testCodeFailure', err);
  }
}

function addHook(test, kind, fn, options) {
  if (typeof fn !== 'function') throw invalidArgType('fn', 'of type function', fn);
  test.hooks[kind].push({ fn, timeout: options && options.timeout });
}

// runChildren runs parent's children, as many at a time as its
// concurrency allows, from the first not yet run; a child added meanwhile
// is picked up by the same loop.
async function runChildren(parent) {
  if (parent.draining) {
    parent.pump();
    return;
  }
  parent.draining = true;
  parent.pump = noop; // until the hooks below are done
  try {
    if (!parent.isSuite && parent.hooks.before.length && !parent.beforeDone) {
      // A test's own before hooks (t.before) run before its first subtest.
      parent.beforeDone = true;
      try {
        await runHooks(parent, 'before', new TestContext(parent));
      } catch (err) {
        parent.fail('hookFailed', err);
      }
    }
    await new Promise((resolve) => {
      let active = 0;
      const pump = () => {
        while (active < parent.concurrency && parent.next < parent.children.length) {
          const t = parent.children[parent.next++];
          active++;
          runTest(t).then(() => {
            active--;
            if (parent === root) report(t);
            pump();
          });
        }
        if (active === 0) resolve();
      };
      parent.pump = pump;
      pump();
    });
    if (parent === root && root.hooks.after.length && !root.afterDone) {
      // The file's after hooks run once its tests are done, cancelled ones
      // that still run included, before the last report is out, as node's.
      root.afterDone = true;
      if (running.length) await new Promise((resolve) => { idleWaiter = resolve; });
      try {
        await runHooks(root, 'after', new TestContext(root));
      } catch (err) {
        root.fail('hookFailed', err);
      }
    }
  } finally {
    parent.draining = false;
  }
  if (parent.childrenDone) parent.childrenDone();
}

function waitChildren(parent) {
  if (!parent.draining && parent.next >= parent.children.length) return Promise.resolve();
  return new Promise((resolve) => {
    parent.childrenDone = () => {
      parent.childrenDone = null;
      resolve();
    };
    if (!parent.draining) runChildren(parent);
  });
}

// callFn runs fn with the test context and waits for it: its promise if
// it returns one, its done callback if it takes two arguments.
function callFn(fn, thisArg, args, wantsDone) {
  if (!wantsDone) {
    // Called from here, not from a promise's executor, so that a failure's
    // stack has no more of Kiln's frames above the test than node's has.
    let r;
    try {
      r = Reflect.apply(fn, thisArg, args);
    } catch (err) {
      return Promise.reject(err);
    }
    return new Promise((resolve) => resolve(r));
  }
  return new Promise((resolve, reject) => {
    let called = false;
    const done = (err) => {
      if (called) return;
      called = true;
      if (err) reject(err);
      else resolve();
    };
    let r;
    try {
      r = Reflect.apply(fn, thisArg, [...args, done]);
    } catch (err) {
      reject(err);
      return;
    }
    if (r && typeof r.then === 'function') {
      reject(binding.nodeError('Error', 'ERR_INVALID_ARG_VALUE',
        "The argument 'fn' passed a callback but also returned a Promise"));
    }
  });
}

// withTimeout settles as p does, or rejects when ms pass first.
function withTimeout(p, ms, test) {
  if (ms === undefined || ms === Infinity) return p;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      test.timedOut = true;
      reject(new Error(`test timed out after ${ms}ms`));
    }, ms);
    p.then((v) => { clearTimeout(timer); resolve(v); }, (e) => { clearTimeout(timer); reject(e); });
  });
}

async function runHooks(test, kind, ctx) {
  for (const h of test.hooks[kind]) {
    await withTimeout(callFn(h.fn, undefined, [ctx], h.fn.length >= 2), h.timeout, test);
  }
}

function hasEachHooks(test, kind) {
  for (let p = test.parent; p; p = p.parent) if (p.hooks[kind].length) return true;
  return false;
}

// The beforeEach (outermost first) or afterEach (innermost first) hooks of
// the suites and tests above test.
async function runEachHooks(test, kind, ctx) {
  const chain = [];
  for (let p = test.parent; p; p = p.parent) chain.unshift(p);
  if (kind === 'afterEach') chain.reverse();
  for (const p of chain) await runHooks(p, kind, ctx);
}

async function runTest(t) {
  t.startTime = now();
  t.running = true;
  running.push(t);
  const ctx = new TestContext(t);
  if (t.isSuite) {
    await runSuite(t, ctx);
  } else if (!t.skip) {
    // Without hooks to wait for, the function starts at once, as node
    // starts it: a subtest's body runs inside the t.test call.
    let hookFailed = false;
    if (hasEachHooks(t, 'beforeEach')) {
      try {
        await runEachHooks(t, 'beforeEach', ctx);
      } catch (err) {
        hookFailed = true;
        t.fail('hookFailed', err);
      }
    }
    if (!hookFailed) {
      try {
        await withTimeout(context.run(t, callFn, t.fn, ctx, [ctx], t.fn.length >= 2), t.timeout, t);
      } catch (err) {
        if (t.timedOut) {
          t.cancelled = true;
          t.fail('testTimeoutFailure', err);
        } else {
          t.fail('testCodeFailure', err);
        }
      }
      // Subtests still running or waiting when the function is done were
      // not awaited: node cancels them.
      cancelChildren(t);
      if (t.plan !== undefined && t.planned !== t.plan) {
        t.fail('testCodeFailure', new Error(`plan expected ${t.plan} assertions but received ${t.planned}`));
        t.noStack = true;
      }
      if (t.hooks.after.length) {
        try {
          await runHooks(t, 'after', ctx);
        } catch (err) {
          t.fail('hookFailed', err);
        }
      }
    }
    if (hasEachHooks(t, 'afterEach')) {
      try {
        await runEachHooks(t, 'afterEach', ctx);
      } catch (err) {
        t.fail('hookFailed', err);
      }
    }
  }
  running.splice(running.indexOf(t), 1);
  if (running.length === 0 && idleWaiter !== null) {
    idleWaiter();
    idleWaiter = null;
  }
  if (t.finished) return; // cancelled by its parent meanwhile, and reported so
  subtestsFailed(t);
  t.duration = msSince(t.startTime);
  t.running = false;
  t.finished = true;
  // A test's own mocks last as long as the test, as in node.
  if (t.mock !== undefined) t.mock.reset();
  t.controller.abort();
  t.resolve();
}

async function runSuite(s, ctx) {
  if (s.skip) return;
  if (s.bodyPromise) await s.bodyPromise;
  if (s.failed) {
    cancelChildren(s);
    return;
  }
  try {
    await runHooks(s, 'before', ctx);
  } catch (err) {
    s.fail('hookFailed', err);
    cancelChildren(s);
    return;
  }
  await waitChildren(s);
  try {
    await runHooks(s, 'after', ctx);
  } catch (err) {
    s.fail('hookFailed', err);
  }
}

function cancelChildren(s) {
  for (const c of s.children) {
    if (c.finished) continue;
    c.cancelled = true;
    c.finished = true;
    c.fail('cancelledByParent', new Error('test did not finish before its parent and was cancelled'));
    c.noStack = true;
    c.resolve();
  }
  s.next = s.children.length;
}

function subtestsFailed(t) {
  if (t.failed) return;
  let n = 0;
  for (const c of t.children) if (c.failed && !c.todo) n++;
  if (n > 0) t.fail('subtestsFailed', new Error(`${n} subtest${n === 1 ? '' : 's'} failed`));
  if (t.failureType === 'subtestsFailed') t.noStack = true;
}

// --- reporting ---

// The options node reads from its command line (process.execArgv): the
// reporter and where it writes, --test-name-pattern and --test-only.
function readOptions() {
  const o = require('internal/test_reporters').commandLineOptions();
  o.patterns = o.patterns.length ? o.patterns.map(namePattern) : null;
  // A file run by `kiln --test` reports to its parent, whatever it was
  // asked for.
  if (process.env.KILN_TEST_CONTEXT === 'child') {
    o.reporter = 'child';
    o.destination = undefined;
  }
  return o;
}

// A pattern written /like this/flags is that regular expression; anything
// else is a regular expression's source, as node reads them.
function namePattern(s) {
  const m = /^\/(.*)\/([a-z]*)$/s.exec(s);
  return m ? new RegExp(m[1], m[2]) : new RegExp(s);
}

let options;
function getOptions() {
  if (options === undefined) options = readOptions();
  return options;
}

let reporter = null;
const { countEvent, emitSummary, kReport } = require('internal/test_reporters');
const counts = { tests: 0, suites: 0, pass: 0, fail: 0, cancelled: 0, skipped: 0, todo: 0, topLevel: 0 };

// emit counts an event for the summary and hands it to the reporter.
function emit(ev) {
  if (ev.type === 'test:pass' || ev.type === 'test:fail') countEvent(counts, ev);
  getReporter().event(ev);
}

function getReporter() {
  if (reporter === null) reporter = require('internal/test_reporters').create(getOptions().reporter, getOptions().destination);
  return reporter;
}

// report sends a top-level test's events in a later turn of the event
// loop: node's reporter is a stream behind the tests, so what the code
// that runs right after a test (its promise's callbacks, the next test's
// synchronous part) logs comes first there.
function report(t) {
  t.reported = true;
  const events = testEvents(t, 1 + root.children.indexOf(t), []);
  setImmediate(() => { for (const ev of events) emit(ev); });
}

// testEvents lists a finished test's events in node's order: its start,
// its subtests', their plan, its end, its diagnostics.
function testEvents(t, n, out) {
  const where = locationFields(t.loc);
  out.push({ type: 'test:start', nesting: t.nesting, name: t.name, ...where });
  t.children.forEach((c, i) => testEvents(c, i + 1, out));
  if (t.children.length) out.push({ type: 'test:plan', nesting: t.nesting + 1, count: t.children.length });
  const details = { duration_ms: t.duration, type: t.isSuite ? 'suite' : undefined, error: undefined };
  if (t.failed) details.error = errorDetails(t);
  out.push({
    type: t.failed ? 'test:fail' : 'test:pass', name: t.name, nesting: t.nesting, testNumber: n,
    skip: t.skip ? t.skip : undefined, todo: t.todo ? t.todo : undefined, details, ...where,
  });
  for (const d of t.diagnostics) out.push({ type: 'test:diagnostic', nesting: t.nesting, message: d });
  return out;
}

// locationFields is a test's location as node's events give it: line,
// column and file, when the test was made from a file's code.
function locationFields(loc) {
  const m = loc === undefined ? null : /^(.*):(\d+):(\d+)$/s.exec(loc);
  return m ? { line: Number(m[2]), column: Number(m[3]), file: m[1] } : {};
}

// errorDetails renders a failed test's error for the reporters (see
// internal/test_reporters). What the runner itself failed a test with
// (a timeout, a cancellation, failed subtests, a broken plan) is a message
// to node's spec reporter, not an error with a stack.
function errorDetails(t) {
  const err = t.error;
  const byRunner = t.noStack || t.failureType === 'testTimeoutFailure';
  let cause = byRunner && err instanceof Error ? err.message : err;
  let causeData;
  if (getOptions().reporter === 'child') {
    if (cause instanceof Error) cause = crossed(cause);
    causeData = serializeCause(cause);
  }
  const message = err instanceof Error ? String(err.message) : typeof err === 'string' ? err : inspect(err);
  // node's top-level tests after the first start from its queue of
  // pending tests, where none of the program's frames is on the stack:
  // the error that wraps their failure has no frames there.
  const framed = t.nesting > 0 || root.children.indexOf(t) === 0;
  const failure = wrappedFailure(message, framed, { failureType: t.failureType, cause });
  return {
    location: t.loc,
    failureType: t.failureType,
    message,
    yaml: formatError(t, ''),
    cause: inspect(cause),
    causeColor: inspect(cause, { colors: true }),
    junit: inspect(failure, { breakLength: Infinity }),
    causeData,
  };
}

// wrappedFailure is node's ERR_TEST_FAILURE error around a failure, as
// the junit reporter inspects it: the stack named by its code (with this
// runner's frames, or none), then code and the given properties.
function wrappedFailure(message, framed, props) {
  const limit = Error.stackTraceLimit;
  if (!framed) Error.stackTraceLimit = 0;
  const err = new Error(message);
  Error.stackTraceLimit = limit;
  err.stack = `Error [${kFailure}]` + err.stack.slice('Error'.length);
  err.code = kFailure;
  return Object.assign(err, props);
}

// serializeCause is a failure's cause as text that crosses from a test
// file's process to run()'s, where deserializeCause makes it again: an
// error as crossed() shows it (its class, name, message, stack and own
// enumerable properties), or another value, through node:v8's serializer.
// What the serializer cannot take is left out.
function serializeCause(cause) {
  const v8 = require('v8');
  const encode = (v) => {
    try {
      return v8.serialize(v).toString('base64');
    } catch {
      return undefined;
    }
  };
  if (!(cause instanceof Error)) return { value: encode(cause) };
  const props = {};
  for (const k of Object.keys(cause)) if (k !== 'name') props[k] = cause[k];
  const base = kErrorClasses.find((c) => Object.getPrototypeOf(cause) === c.prototype) || Error;
  const nameListed = Object.keys(cause).includes('name');
  return { error: base.name, name: cause.name, nameListed, message: cause.message, stack: cause.stack, props: encode(props) };
}

function deserializeCause(data) {
  const v8 = require('v8');
  const decode = (s) => (s === undefined ? undefined : v8.deserialize(Buffer.from(s, 'base64')));
  if (data.error === undefined) return decode(data.value);
  const base = kErrorClasses.find((c) => c.name === data.error) || Error;
  const props = data.props === undefined ? {} : decode(data.props);
  const copy = Object.create(base.prototype);
  for (const k of ['name', 'message', 'stack']) {
    Object.defineProperty(copy, k, { value: data[k], writable: true, configurable: true, enumerable: k === 'name' && data.nameListed });
  }
  Object.assign(copy, props);
  Object.defineProperty(copy, Symbol.toStringTag, { value: 'Error', configurable: true });
  return copy;
}

// The built-in error classes an error keeps on its way to the parent of
// `kiln --test`, as node's error serialization keeps them.
const kErrorClasses = [Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError];

// crossed is the error as node's runner shows it after it crossed from
// the file's process to the runner's: an object of the nearest built-in
// error class above it, with its name, message, stack and enumerable
// properties, tagged Error (so that a TypeError inspects as
// "TypeError [Error]: ..." there, a subclass by its base).
function crossed(err) {
  let proto = Error.prototype;
  for (let p = Object.getPrototypeOf(err); p !== null; p = Object.getPrototypeOf(p)) {
    if (kErrorClasses.some((c) => c.prototype === p)) {
      proto = p;
      break;
    }
  }
  const copy = Object.create(proto);
  for (const k of ['name', 'message', 'stack']) {
    Object.defineProperty(copy, k, { value: err[k], writable: true, configurable: true });
  }
  // Own properties cross as node's serializer takes them: a name the error
  // was given stays listed, what it cannot serialize (a function) is lost.
  for (const k of Object.keys(err)) {
    if (k === 'message' || k === 'stack' || !serializable(err[k])) continue;
    if (k === 'name') Object.defineProperty(copy, k, { enumerable: true });
    else copy[k] = err[k];
  }
  Object.defineProperty(copy, Symbol.toStringTag, { value: 'Error', configurable: true });
  return copy;
}

function serializable(v) {
  try {
    require('v8').serialize(v);
    return true;
  } catch {
    return false;
  }
}

function formatError(t, ind) {
  const err = t.error;
  let s = '';
  if (t.loc !== undefined) s += yaml(ind, 'location', t.loc);
  s += yaml(ind, 'failureType', t.failureType);
  const isObj = err !== null && (typeof err === 'object' || typeof err === 'function');
  const isErr = isObj && err instanceof Error;
  let message;
  if (isErr) message = err.message;
  else if (typeof err === 'string') message = err;
  else message = inspect(err);
  s += yaml(ind, 'error', String(message));
  const code = isObj && err.code !== undefined ? err.code : kFailure;
  s += yaml(ind, 'code', code);
  if (isErr && err.name !== undefined && err.name !== 'Error') s += yaml(ind, 'name', err.name);
  if (isErr) {
    const seen = new Set();
    for (const k of ['expected', 'actual', 'operator']) s += yaml(ind, k, err[k], seen);
    if (!t.noStack && typeof err.stack === 'string' && t.failureType !== 'testTimeoutFailure') {
      const frames = err.stack.split('\n').filter((l) => /^ {4}at /.test(l)).map((l) => l.slice(7));
      s += `${ind}stack: |-\n`;
      for (const f of frames) s += `${ind}  ${f}\n`;
    }
  }
  return s;
}

// yaml is one key of a YAML block: objects as their own enumerable keys
// nested (an object met before, anywhere in the block, as <Circular>),
// null as ~, strings with line breaks as literal blocks, other values and
// dates inspected. An error inside a value adds its message, code and
// name after its other keys, at its own key's level, as node writes it.
function yaml(ind, key, value, seen = new Set()) {
  if (value === undefined) return '';
  if (value === null) return `${ind}${key}: ~\n`;
  if (typeof value === 'object' && !(value instanceof Date)) {
    if (seen.has(value)) return `${ind}${key}: <Circular>\n`;
    seen.add(value);
    let s = `${ind}${key}:\n`;
    const isErr = value instanceof Error;
    for (const k of Object.keys(value)) {
      if (!(isErr && k === 'code')) s += yaml(ind + '  ', k, value[k], seen);
    }
    if (isErr) {
      s += yaml(ind, 'error', String(value.message), seen);
      s += yaml(ind, 'code', value.code, seen);
      if (value.name !== 'Error') s += yaml(ind, 'name', value.name, seen);
    }
    return s;
  }
  if (typeof value === 'string' && value.includes('\n')) {
    let s = `${ind}${key}: |-\n`;
    for (const line of value.split('\n')) s += `${ind}  ${line}\n`;
    return s;
  }
  return `${ind}${key}: ${inspect(value)}\n`;
}

function cancelPending(t) {
  if (!t.finished) {
    t.cancelled = true;
    t.finished = true;
    t.fail('cancelledByParent', new Error('Promise resolution is still pending but the event loop has already resolved'));
    t.noStack = true;
    if (t.startTime !== undefined) t.duration = msSince(t.startTime);
  }
  for (const c of t.children) cancelPending(c);
}

// finish reports the plan and the counts once every test has run, and
// makes the process fail if one did.
function finish() {
  if (root.finished) return;
  root.finished = true;
  // Tests still pending now wait on something that can no longer happen:
  // node cancels them, and reports those not reported yet.
  root.children.forEach((t, i) => {
    cancelPending(t);
    if (!t.reported) {
      t.reported = true;
      for (const ev of testEvents(t, i + 1, [])) emit(ev);
    }
  });
  // A child of `kiln --test` leaves the summary to its parent.
  if (getOptions().reporter !== 'child') {
    emitSummary(emit, counts, root.children.length, msSince(root.startTime));
    if (getOptionValue('--experimental-test-coverage')) {
      const coverage = require('internal/test_coverage');
      emit({ type: 'test:coverage', nesting: 0, summary: coverage.summarize(coverage.collectOwn(), process.cwd()) });
    }
  }
  getReporter().end();
  if (counts.fail > 0 || counts.cancelled > 0 || root.failed) process.exitCode = 1;
}

// --- the module ---

function test(name, options, fn) {
  return makeTest(currentParent(), name, options, fn, false, callSite()).done;
}

function describe(name, options, fn) {
  return makeTest(currentParent(), name, options, fn, true, callSite()).done;
}

function withOption(f, key) {
  return function(name, options, fn) {
    const a = parseArgs(name, options, fn);
    return f(a.name, { ...a.options, [key]: a.options[key] === undefined ? true : a.options[key] }, a.fn);
  };
}

for (const f of [test, describe]) {
  f.skip = withOption(f, 'skip');
  f.todo = withOption(f, 'todo');
  f.only = withOption(f, 'only');
}

function hook(kind) {
  return function(fn, options) {
    addHook(currentParent(), kind, fn, options);
  };
}

// run({ files }) runs the files as `kiln --test` does (the files found
// in the working directory when none are given) and gives their events as
// node's TestsStream does: a readable stream of { type, data } objects,
// each also emitted as an event of its type. Its details.error is an
// ERR_TEST_FAILURE error with the failure's message and failureType.
function run(options) {
  // node v20 takes anything else than an object for no options.
  const { files } = options !== null && typeof options === 'object' ? options : {};
  if (files !== undefined && !Array.isArray(files)) throw invalidArgType('options.files', 'an instance of Array', files);
  const { Readable } = require('stream');
  const path = require('path');
  const runner = require('internal/test_runner');
  const stream = new Readable({ objectMode: true, read() {} });
  const list = files === undefined ? runner.testFiles([]) : files.map((f) => path.resolve(String(f)));
  runner.runFiles(list || [], {
    event(ev) {
      const { type, ...data } = ev;
      if (data.details && data.details.error) {
        const e = data.details.error;
        const err = new Error(e.message);
        err.code = kFailure;
        err.failureType = e.failureType;
        if (e.causeData !== undefined) err.cause = deserializeCause(e.causeData);
        Object.defineProperty(err, kReport, { value: e });
        data.details = { ...data.details, error: err };
      }
      stream.emit(type, data);
      stream.push({ type, data });
    },
    end() { stream.push(null); },
  }, noop);
  return stream;
}

const it = (name, options, fn) => test(name, options, fn);
Object.defineProperty(it, 'name', { value: 'it' });
it.skip = test.skip;
it.todo = test.todo;
it.only = test.only;

module.exports = test;
test.test = test;
test.describe = describe;
test.suite = describe;
test.it = it;
test.before = hook('before');
test.after = hook('after');
test.beforeEach = hook('beforeEach');
test.afterEach = hook('afterEach');
test.mock = new MockTracker();
test.run = run;
