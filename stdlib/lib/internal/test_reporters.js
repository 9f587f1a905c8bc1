// node:test's reporters as node v20 writes them: tap (its default when
// stdout is not a terminal), spec (on a terminal), dot, junit and lcov. A reporter is
// fed the events of finished tests, in node's order, by the runner of a
// file (lib/test.js) or by `kiln --test` (internal/test_runner.js), which
// gets them from the files' child processes; so an event is plain data
// that survives JSON:
//
//   { type: 'test:start', nesting, name }
//   { type: 'test:plan', nesting, count }
//   { type: 'test:pass' | 'test:fail', nesting, name, testNumber, skip, todo,
//     details: { duration_ms, type ('suite' or undefined), error } }
//   { type: 'test:diagnostic', nesting, message }
//   { type: 'test:stdout' | 'test:stderr', message }   (a child's output)
//   { type: 'test:coverage', nesting, summary }   (internal/test_coverage)
//
// A failure's error is rendered where the error object lives: yaml is
// its TAP block without the indentation, cause and causeColor what
// util.inspect makes of it (node's spec and dot reporters print that),
// location the file:line:column of the test, junit what util.inspect
// makes of node's ERR_TEST_FAILURE error around it, on long lines.

const path = require('path');
const { inspect } = require('util');
const coverage = require('internal/test_coverage');

const colorCodes = {
  green: '\x1b[32m', red: '\x1b[31m', yellow: '\x1b[33m', gray: '\x1b[90m', blue: '\x1b[34m', white: '\x1b[39m',
};
const noColors = { green: '', red: '', yellow: '', gray: '', blue: '', white: '' };

function tap(write) {
  let headerDone = false;
  const out = (s) => {
    if (!headerDone) {
      headerDone = true;
      s = 'TAP version 13\n' + s;
    }
    write(s);
  };
  const escapeName = (name) => name.replace(/\\/g, '\\\\').replace(/#/g, '\\#').replace(/\n/g, '\\\\n');
  return {
    event(ev) {
      const ind = '    '.repeat(ev.nesting);
      switch (ev.type) {
        case 'test:start':
          out(`${ind}# Subtest: ${escapeName(ev.name)}\n`);
          break;
        case 'test:plan':
          out(`${ind}1..${ev.count}\n`);
          break;
        case 'test:pass':
        case 'test:fail': {
          let directive = '';
          if (ev.skip !== undefined) directive = ' # SKIP' + (typeof ev.skip === 'string' && ev.skip ? ' ' + ev.skip : '');
          else if (ev.todo !== undefined) directive = ' # TODO' + (typeof ev.todo === 'string' && ev.todo ? ' ' + ev.todo : '');
          const ok = ev.type === 'test:pass' ? 'ok' : 'not ok';
          let s = `${ind}${ok} ${ev.testNumber} - ${escapeName(ev.name)}${directive}\n${ind}  ---\n`;
          const d = ev.details;
          s += `${ind}  duration_ms: ${d.duration_ms}\n`;
          if (d.type === 'suite') s += `${ind}  type: 'suite'\n`;
          if (d.error) for (const line of d.error.yaml.split('\n').slice(0, -1)) s += `${ind}  ${line}\n`;
          out(s + `${ind}  ...\n`);
          break;
        }
        case 'test:diagnostic':
          out(`${ind}# ${ev.message}\n`);
          break;
        case 'test:stdout':
        case 'test:stderr':
          // The TAP stream stays parseable: a child's own output goes in
          // as comments, its blank lines left out, as node's does.
          for (const line of ev.message.split(/\r?\n/)) if (line) out(`# ${line}\n`);
          break;
        case 'test:coverage':
          out(coverage.format(ind, ev.summary, '# ', '', noColors));
          break;
      }
    },
    end() {},
  };
}

// The line a spec or dot reporter writes for a finished test, with its
// error below it unless the test had subtests, which speak for it.
function formatReport(ev, c, indent, hasChildren, inspectColors) {
  let color = ev.type === 'test:pass' ? c.green : c.red;
  let symbol = ev.type === 'test:pass' ? '✔ ' : '✖ ';
  const d = ev.details;
  let title = ev.name + (d.duration_ms ? ` ${c.gray}(${d.duration_ms}ms)${c.white}` : '');
  if (ev.skip !== undefined) {
    title += ` # ${typeof ev.skip === 'string' && ev.skip ? ev.skip : 'SKIP'}`;
    color = c.gray;
    symbol = '﹣ ';
  } else if (ev.todo !== undefined) {
    title += ` # ${typeof ev.todo === 'string' && ev.todo ? ev.todo : 'TODO'}`;
  }
  const line = `${indent}${color}${symbol}${title}${c.white}`;
  if (hasChildren || !d.error) return line;
  const text = inspectColors ? d.error.causeColor : d.error.cause;
  return `${line}\n${indent}  ${text.split(/\r?\n/).join(`\n${indent}  `)}\n`;
}

function wantsListing(ev) {
  return ev.type === 'test:fail' && ev.details.error && ev.details.error.failureType !== 'subtestsFailed';
}

function spec(write, colors, inspectColors) {
  const c = colors ? colorCodes : noColors;
  const indent = (nesting) => '  '.repeat(nesting);
  const failures = [];
  // The tests started and not yet ended: a parent's ▶ line goes out with
  // its first subtest's report.
  const open = [];
  return {
    event(ev) {
      switch (ev.type) {
        case 'test:start':
          open.push({ name: ev.name, nesting: ev.nesting, announced: false });
          break;
        case 'test:pass':
        case 'test:fail': {
          const self = open.pop();
          let s = '';
          for (const p of open) {
            if (!p.announced) {
              p.announced = true;
              s += `${indent(p.nesting)}▶ ${p.name}\n`;
            }
          }
          write(`${s}${formatReport(ev, c, indent(ev.nesting), self !== undefined && self.announced, inspectColors)}\n`);
          if (wantsListing(ev)) failures.push(ev);
          break;
        }
        case 'test:diagnostic':
          write(`${indent(ev.nesting)}${c.blue}ℹ ${ev.message}${c.white}\n`);
          break;
        case 'test:stdout':
        case 'test:stderr':
          write(ev.message);
          break;
        case 'test:coverage':
          write(coverage.format(indent(ev.nesting), ev.summary, 'ℹ ', c.blue, c));
          break;
      }
    },
    end() {
      if (failures.length === 0) return;
      let s = `\n${c.red}✖ failing tests:${c.white}\n`;
      for (const ev of failures) {
        s += '\n';
        const loc = ev.details.error.location;
        if (loc !== undefined) s += `test at ${relativeLocation(loc)}\n`;
        s += formatReport(ev, c, '', false, inspectColors);
      }
      write(s);
    },
  };
}

// node names a failing test's place relative to the working directory.
function relativeLocation(loc) {
  const m = /^(.*):(\d+):(\d+)$/.exec(loc);
  if (!m) return loc;
  return `${path.relative(process.cwd(), m[1])}:${m[2]}:${m[3]}`;
}

function dot(write, colors, inspectColors, columns) {
  const c = colors ? colorCodes : noColors;
  const failures = [];
  let n = 0;
  return {
    event(ev) {
      if (ev.type !== 'test:pass' && ev.type !== 'test:fail') return;
      if (ev.type === 'test:pass') {
        write(`${c.green}.${c.white}`);
      } else {
        write(`${c.red}X${c.white}`);
        failures.push(ev);
      }
      if (++n % columns === 0) write('\n');
    },
    end() {
      let s = '\n';
      if (failures.length) {
        s += `\n${c.red}Failed tests:${c.white}\n\n`;
        for (const ev of failures) s += formatReport(ev, c, '', false, inspectColors);
      }
      write(s);
    },
  };
}

// junit is node's JUnit XML: the tests as a tree, a test with subtests a
// <testsuite>, the others <testcase>s, and diagnostics as comments where
// they were made, written out when the run ends. Its escaping is node's:
// an attribute loses its line ends and has '"' escaped before '&', so a
// quote comes out as &amp;quot;.
function junit(write) {
  const hostname = require('os').hostname();
  const escapeContent = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const escapeAttribute = (s) => escapeContent(s.replace(/\n/g, '').replace(/"/g, '&quot;'));
  const escapeComment = (s) => s.replace(/--/g, '&#45;&#45;');
  const toXML = (node) => {
    if (typeof node === 'string') return `${escapeContent(node)}\n`;
    const indent = '\t'.repeat(node.nesting + 1);
    if (node.comment !== undefined) return `${indent}<!-- ${escapeComment(node.comment)} -->\n`;
    const attrs = Object.entries(node.attrs).map(([k, v]) => `${k}="${escapeAttribute(String(v))}"`).join(' ');
    if (node.children.length === 0) return `${indent}<${node.tag} ${attrs}/>\n`;
    return `${indent}<${node.tag} ${attrs}>\n${node.children.map(toXML).join('')}${indent}</${node.tag}>\n`;
  };
  const hasTag = (node, tag) => node.children !== undefined && node.children.some((c) => c.tag === tag);
  // node counts a suite with failures among the skipped of its parent.
  const failed = (node) => hasTag(node, 'failure') || !!(node.attrs && node.attrs.failures);
  const skipped = (node) => hasTag(node, 'skipped') || !!(node.attrs && node.attrs.failures);

  const roots = [];
  let current = null;
  const start = (name, nesting) => {
    const node = { attrs: { name }, nesting, parent: current, children: [] };
    if (current !== null) current.children.push(node);
    else roots.push(node);
    current = node;
  };
  let headerDone = false;
  const header = () => {
    if (!headerDone) write('<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n');
    headerDone = true;
  };
  return {
    event(ev) {
      header();
      switch (ev.type) {
        case 'test:start':
          start(ev.name, ev.nesting);
          break;
        case 'test:pass':
        case 'test:fail': {
          if (current === null) start('root', 0);
          if (current.attrs.name !== ev.name || current.nesting !== ev.nesting) start(ev.name, ev.nesting);
          const node = current;
          if (node.nesting === ev.nesting) current = node.parent;
          node.attrs.time = (ev.details.duration_ms / 1000).toFixed(6);
          const tests = node.children.filter((c) => c.comment === undefined);
          if (tests.length > 0) {
            node.tag = 'testsuite';
            Object.assign(node.attrs, {
              disabled: 0, errors: 0, tests: tests.length,
              failures: node.children.filter(failed).length, skipped: node.children.filter(skipped).length,
              hostname,
            });
            break;
          }
          node.tag = 'testcase';
          node.attrs.classname = 'test';
          const mark = (type, message) => {
            node.children.push({ nesting: ev.nesting + 1, tag: 'skipped', attrs: { type, message }, children: [] });
          };
          if (ev.skip) mark('skipped', ev.skip);
          if (ev.todo) mark('todo', ev.todo);
          if (ev.type === 'test:fail') {
            const e = ev.details.error;
            node.children.push({
              nesting: ev.nesting + 1, tag: 'failure',
              attrs: { type: e.failureType, message: e.message }, children: [e.junit],
            });
            node.attrs.failure = e.message;
          }
          break;
        }
        case 'test:diagnostic': {
          const comment = { nesting: ev.nesting, comment: ev.message };
          if (current !== null) current.children.push(comment);
          else roots.push(comment);
          break;
        }
      }
    },
    end() {
      header();
      write(`${roots.map(toXML).join('')}</testsuites>\n`);
    },
  };
}

// lcov is node's lcov report of --experimental-test-coverage's summary,
// paths relative to the working directory, an unnamed function named by
// its place in its file's list; it reports nothing else.
function lcov(write) {
  return {
    event(ev) {
      if (ev.type !== 'test:coverage') return;
      const { workingDirectory, files } = ev.summary;
      let s = 'TN:\n';
      for (const f of files) {
        s += `SF:${path.relative(workingDirectory, f.path)}\n`;
        const names = f.functions.map((fn, j) => fn.name || `anonymous_${j}`);
        f.functions.forEach((fn, j) => { s += `FN:${fn.line},${names[j]}\n`; });
        f.functions.forEach((fn, j) => { s += `FNDA:${fn.count},${names[j]}\n`; });
        s += `FNF:${f.totalFunctionCount}\nFNH:${f.coveredFunctionCount}\n`;
        f.branches.forEach((b, j) => { s += `BRDA:${b.line},${j},0,${b.count}\n`; });
        s += `BRF:${f.totalBranchCount}\nBRH:${f.coveredBranchCount}\n`;
        for (const l of f.lines) s += `DA:${l.line},${l.count}\n`;
        s += `LH:${f.coveredLineCount}\nLF:${f.totalLineCount}\nend_of_record\n`;
      }
      write(s);
    },
    end() {},
  };
}

// child is what a file run by `kiln --test` reports to its parent: each
// event as one line of JSON after a marker no program prints by chance.
const childMarker = '\x1bkiln:test ';

function child(write) {
  return {
    event(ev) { write(childMarker + JSON.stringify(ev) + '\n'); },
    end() {},
  };
}

// destination opens where --test-reporter-destination says a reporter
// writes: stdout, stderr or a file.
function destination(name) {
  if (name === undefined || name === 'stdout') return { write: (s) => process.stdout.write(s), stream: process.stdout };
  if (name === 'stderr') return { write: (s) => process.stderr.write(s), stream: process.stderr };
  const fs = require('fs');
  const fd = fs.openSync(name, 'w');
  return { write: (s) => fs.writeSync(fd, s), stream: undefined };
}

// shouldColorize is node's test for colour on a stream: FORCE_COLOR
// decides if set, else a terminal that has colours.
function shouldColorize(stream) {
  const force = process.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  return !!(stream && stream.isTTY) && (typeof stream.getColorDepth !== 'function' || stream.getColorDepth() > 2);
}

// create makes the reporter the options name (node's default: spec on a
// terminal, else tap). An unknown name is an error, as node's: it would
// load it as a module, which Kiln does not do yet.
//
// node colours the reporters' own marks when stderr is a terminal (its
// colour table follows stderr wherever the report goes), and the errors
// they inspect when their destination takes colour.
function create(name, dest) {
  const out = destination(dest);
  if (name === undefined) name = out.stream && out.stream.isTTY ? 'spec' : 'tap';
  const marks = !!process.stderr.isTTY && shouldColorize(process.stderr);
  const inspectColors = shouldColorize(out.stream);
  switch (name) {
    case 'tap': return tap(out.write);
    case 'spec': return spec(out.write, marks, inspectColors);
    case 'dot': return dot(out.write, marks, inspectColors, (out.stream && out.stream.columns) || 20);
    case 'junit': return junit(out.write);
    case 'lcov': return lcov(out.write);
    case 'child': return child(out.write);
  }
  const err = new Error(`Cannot find module '${name}'`);
  err.code = 'MODULE_NOT_FOUND';
  throw err;
}

// commandLineOptions reads node:test's options from NODE_OPTIONS and then
// process.execArgv: the reporter and where it writes,
// --test-name-pattern's patterns (as written) and --test-only.
function commandLineOptions() {
  const o = { reporter: undefined, destination: undefined, patterns: [], only: false };
  const args = [...require('internal/options').envArgv, ...process.execArgv];
  for (let i = 0; i < args.length; i++) {
    let [name, value] = args[i].split(/=(.*)/s);
    const takes = name === '--test-reporter' || name === '--test-reporter-destination' || name === '--test-name-pattern';
    if (takes && value === undefined) value = args[++i];
    if (name === '--test-reporter') o.reporter = value;
    else if (name === '--test-reporter-destination') o.destination = value;
    else if (name === '--test-name-pattern') o.patterns.push(value);
    else if (name === '--test-only') o.only = true;
  }
  return o;
}

// --- the summary ---

// The failures node counts as cancelled rather than failed.
const kCancelled = new Set(['cancelledByParent', 'testTimeoutFailure']);

function countEvent(c, ev) {
  if (ev.nesting === 0) c.topLevel++;
  if (ev.details.type === 'suite') {
    c.suites++;
    return;
  }
  c.tests++;
  if (ev.skip !== undefined) c.skipped++;
  else if (ev.todo !== undefined) c.todo++;
  else if (ev.details.error && kCancelled.has(ev.details.error.failureType)) c.cancelled++;
  else if (ev.type === 'test:fail') c.fail++;
  else c.pass++;
}

// emitSummary sends the plan of the top-level tests and the counts as
// node's root test reports them: diagnostics that every reporter shows
// its way.
function emitSummary(send, c, planned, duration) {
  send({ type: 'test:plan', nesting: 0, count: planned });
  for (const k of ['tests', 'suites', 'pass', 'fail', 'cancelled', 'skipped', 'todo']) {
    send({ type: 'test:diagnostic', nesting: 0, message: `${k} ${c[k]}` });
  }
  send({ type: 'test:diagnostic', nesting: 0, message: `duration_ms ${inspect(duration)}` });
}

// kReport is where run()'s ERR_TEST_FAILURE error keeps the failure as the
// reporters take it, for node:test/reporters to give it back to them.
const kReport = Symbol('kReport');

// generator makes node:test/reporters' form of a reporter: an async
// generator function over a TestsStream's { type, data } items (run()'s
// stream, with .compose()), yielding the text as the reporter writes it.
function generator(name) {
  const make = (write) => {
    const marks = !!process.stderr.isTTY && shouldColorize(process.stderr);
    const inspectColors = shouldColorize(process.stdout);
    switch (name) {
      case 'tap': return tap(write);
      case 'spec': return spec(write, marks, inspectColors);
      case 'dot': return dot(write, marks, inspectColors, process.stdout.columns || 20);
      case 'junit': return junit(write);
      case 'lcov': return lcov(write);
    }
  };
  return async function* reporter(source) {
    let text = '';
    const r = make((s) => { text += s; });
    for await (const item of source) {
      const { type, data } = item;
      const ev = { type, ...data };
      const error = data.details && data.details.error;
      if (error && error[kReport]) ev.details = { ...data.details, error: error[kReport] };
      r.event(ev);
      if (text !== '') {
        yield text;
        text = '';
      }
    }
    r.end();
    if (text !== '') yield text;
  };
}

module.exports = { create, childMarker, commandLineOptions, countEvent, emitSummary, generator, kReport };
