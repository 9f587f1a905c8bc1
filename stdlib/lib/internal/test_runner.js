// `kiln --test [paths]`: node v20's test runner process. It finds the
// test files, runs each in a child process of its own (this executable,
// with the file and the node options it was given, KILN_TEST_CONTEXT=child
// in the environment so that the child's node:test reports its events to
// it), and reports them together, in the order of the files' paths, as
// node does: a file's tests appear as top-level tests of the run, and the
// file itself as a test named by its path only when it says something its
// tests do not (it failed outside them, or it had none).

const fs = require('fs');
const path = require('path');
const os = require('os');
const { spawn } = require('child_process');
const { inspect } = require('util');
const reporters = require('internal/test_reporters');
const coverageLib = require('internal/test_coverage');
const { getOptionValue } = require('internal/options');

const { countEvent, emitSummary } = reporters;

// node v20's default patterns: **/*.test.?(c|m)js, **/*-test.?(c|m)js,
// **/*_test.?(c|m)js, **/test-*.?(c|m)js, **/test.?(c|m)js, and any
// JavaScript file below a folder named test.
const testName = /^(?:test|test-.+|.+[.\-_]test)\.[cm]?js$/;
const jsName = /\.[cm]?js$/;

function search(dir, underTest, files) {
  const entries = fs.readdirSync(dir, { withFileTypes: true });
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'node_modules') search(p, underTest || e.name === 'test', files);
    } else if (e.isFile() && (underTest ? jsName : testName).test(e.name)) {
      files.add(p);
    }
  }
}

// testFiles returns the files to run, sorted, or undefined after saying
// which path does not exist.
function testFiles(paths) {
  const files = new Set();
  if (paths.length === 0) paths = [process.cwd()];
  for (const p of paths) {
    const abs = path.resolve(p);
    let st;
    try {
      st = fs.statSync(abs);
    } catch {
      process.stderr.write(`Could not find '${abs}'\n`);
      return undefined;
    }
    // A folder named test counts as one below the search's start, as in
    // node: `kiln --test test` runs all of it, `kiln --test test/unit`
    // only the files named as tests.
    if (st.isDirectory()) search(abs, path.basename(abs) === 'test', files);
    else files.add(abs);
  }
  return [...files].sort();
}

// The node options a child gets: those of this process but the ones that
// make it a runner or choose its reporter.
function childArgs(file) {
  const args = [];
  const own = /^--(?:test|test-reporter|test-reporter-destination|watch)(?:=|$)/;
  const execArgv = process.execArgv;
  for (let i = 0; i < execArgv.length; i++) {
    const a = execArgv[i];
    if (own.test(a)) {
      if (!a.includes('=') && a !== '--test' && a !== '--watch') i++; // its value
      continue;
    }
    args.push(a);
  }
  args.push(file);
  return args;
}

// An exit code or signal as TAP's YAML has it: null is ~.
const yamlValue = (v) => (v === null ? '~' : inspect(v));

// runTests is `kiln --test paths`.
function runTests(paths) {
  const files = testFiles(paths);
  if (files === undefined) {
    process.exitCode = 1;
    return;
  }
  const o = reporters.commandLineOptions();
  const coverage = startCoverage();
  runFiles(files, reporters.create(o.reporter, o.destination), (failed) => {
    if (failed) process.exitCode = 1;
  }, coverage);
}

// startCoverage is --experimental-test-coverage: the children write their
// reports to a folder of the run's own, and (as node does) to the
// NODE_V8_COVERAGE folder the run was given too, once the run is done.
// It returns what makes the summary at the end, or undefined.
function startCoverage() {
  if (!getOptionValue('--experimental-test-coverage')) return undefined;
  const original = process.env.NODE_V8_COVERAGE && path.resolve(process.env.NODE_V8_COVERAGE);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'node-coverage-'));
  process.env.NODE_V8_COVERAGE = dir;
  return () => {
    let summary;
    try {
      summary = coverageLib.summarize(coverageLib.collectDir(dir), process.cwd());
      if (original) {
        fs.mkdirSync(original, { recursive: true });
        for (const name of fs.readdirSync(dir)) fs.copyFileSync(path.join(dir, name), path.join(original, name));
      }
    } finally {
      if (original) process.env.NODE_V8_COVERAGE = original;
      else delete process.env.NODE_V8_COVERAGE;
      fs.rmSync(dir, { recursive: true, force: true });
    }
    return summary;
  };
}

// runFiles runs files and sends their events to reporter, then calls
// done with whether a test or a file failed.
// coverage, when set, gives the coverage summary to report after the
// counts.
function runFiles(files, reporter, done, coverage) {
  const start = process.hrtime.bigint();
  const counts = { tests: 0, suites: 0, pass: 0, fail: 0, cancelled: 0, skipped: 0, todo: 0, topLevel: 0 };
  let failed = false;
  const emit = (ev) => {
    if (ev.type === 'test:pass' || ev.type === 'test:fail') countEvent(counts, ev);
    reporter.event(ev);
  };

  const runs = files.map((file, i) => ({ file, index: i, items: [], done: false }));
  let head = 0; // the file being reported: the others wait their turn

  // flush reports what the file at the head has sent so far, and the
  // files after it once it is done.
  function flush() {
    while (head < runs.length) {
      const r = runs[head];
      for (const item of r.items) report(r, item);
      r.items = [];
      if (!r.done) return;
      finishFile(r);
      head++;
    }
    emitSummary(emit, counts, counts.topLevel, Number(process.hrtime.bigint() - start) / 1e6);
    if (coverage !== undefined) emit({ type: 'test:coverage', nesting: 0, summary: coverage() });
    reporter.end();
    done(failed || counts.fail > 0 || counts.cancelled > 0);
  }

  function report(r, ev) {
    if (ev.type === 'test:pass' || ev.type === 'test:fail') {
      r.reported++;
      if (ev.nesting === 0) {
        // The run numbers the top-level tests of all files in one series.
        ev.testNumber = counts.topLevel + 1;
        if (ev.type === 'test:fail') r.failedTopLevel = true;
      }
    }
    emit(ev);
  }

  function finishFile(r) {
    const ok = r.code === 0 && r.signal === null;
    const failureType = r.failedTopLevel ? 'subtestsFailed' : 'testCodeFailure';
    if (r.reported > 0 && (ok || failureType === 'subtestsFailed')) return;
    if (!ok) failed = true;
    const details = { duration_ms: r.duration, type: undefined, error: undefined };
    if (!ok) {
      const location = `${r.file}:1:1`;
      details.error = {
        location, failureType, message: 'test failed',
        yaml: `location: ${inspect(location)}\nfailureType: '${failureType}'\nexitCode: ${yamlValue(r.code)}\n` +
          `signal: ${yamlValue(r.signal)}\nerror: 'test failed'\ncode: 'ERR_TEST_FAILURE'\n`,
        cause: inspect('test failed'),
        causeColor: inspect('test failed', { colors: true }),
        junit: inspect(fileFailure(failureType, r), { breakLength: Infinity }),
      };
    }
    emit({ type: 'test:start', nesting: 0, name: r.file });
    // node numbers a file's own report by its place among the files.
    emit({ type: ok ? 'test:pass' : 'test:fail', nesting: 0, name: r.file, testNumber: r.index + 1, details });
  }

  // fileFailure is node's error for a file whose process failed: made
  // where no frame is on the stack, its code among its properties only.
  function fileFailure(failureType, r) {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    const err = new Error('test failed');
    Error.stackTraceLimit = limit;
    return Object.assign(err, { code: 'ERR_TEST_FAILURE', failureType, cause: 'test failed', exitCode: r.code, signal: r.signal });
  }

  function startFile(r) {
    r.reported = 0;
    r.failedTopLevel = false;
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, childArgs(r.file), {
      env: { ...process.env, KILN_TEST_CONTEXT: 'child' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let rest = '';
    const received = () => {
      if (runs[head] === r) flush();
    };
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop();
      let text = '';
      for (const line of lines) {
        if (line.startsWith(reporters.childMarker)) {
          if (text) r.items.push({ type: 'test:stdout', message: text });
          text = '';
          r.items.push(JSON.parse(line.slice(reporters.childMarker.length)));
        } else {
          text += line + '\n';
        }
      }
      if (text) r.items.push({ type: 'test:stdout', message: text });
      received();
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => {
      r.items.push({ type: 'test:stderr', message: chunk });
      received();
    });
    child.on('close', (code, signal) => {
      if (rest) r.items.push({ type: 'test:stdout', message: rest });
      r.code = code;
      r.signal = signal;
      r.duration = Number(process.hrtime.bigint() - t0) / 1e6;
      r.done = true;
      next();
      received();
    });
  }

  // As many files run at once as node runs: one fewer than the CPUs, at
  // least one.
  const concurrency = Math.max(1, os.availableParallelism() - 1);
  let started = 0;
  function next() {
    if (started < runs.length) startFile(runs[started++]);
  }
  if (runs.length === 0) {
    flush();
    return;
  }
  for (let i = 0; i < concurrency && i < runs.length; i++) next();
}

module.exports = runTests;
runTests.runFiles = runFiles;
runTests.testFiles = testFiles;
