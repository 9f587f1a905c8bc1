// --experimental-test-coverage: node v20's coverage report of a test run,
// worked out from V8-form block coverage (stdlib/coverage.go makes it).
// `kiln --test` gives its children a NODE_V8_COVERAGE folder of its own and
// reads their reports from it when they are done (collectDir); a test file
// run directly reads its own process's counts (binding.take). Either way
// the scripts go through summarize, and format lays the summary out as the
// tap and spec reporters print it.
//
// The arithmetic is node's:
//   - a file's lines are its source split after each line end; a line
//     counts as run when it has no characters, or when the last range that
//     covers the whole of it (in the report's order: functions, then their
//     ranges) has a count above zero;
//   - every range of a function with block coverage is a branch, covered
//     when its count is not zero;
//   - every function but the script's top level is a function, covered
//     when its first range's count is not zero;
//   - `/* node:coverage ignore next [n] */` and `/* node:coverage
//     disable|enable */` take lines out: they count as run, and a range
//     all of whose lines are ignored counts as covered;
//   - scripts not loaded from a file (node: modules, eval) and those below
//     a node_modules folder are left out;
//   - the same file reported by several processes is merged: functions
//     matched by name and first range, their ranges' counts added.

const fs = require('fs');
const path = require('path');
const { fileURLToPath } = require('url');

const ignoreNext = /\/\* node:coverage ignore next (?<count>\d+ )?\*\//;
const status = /\/\* node:coverage (?<status>enable|disable) \*\//;
const reportFile = /^coverage-(\d+)-(\d{13})-(\d+)\.json$/;

// sourceLines splits a file into lines that keep their offsets (UTF-16
// units, as V8's ranges count them), the ignore comments applied.
function sourceLines(source) {
  const lines = [];
  let ignoreCount = 0;
  let enabled = true;
  let offset = 0;
  for (const text of source.split(/(?<=\r?\n)/u)) {
    const eol = /\r?\n$/u.exec(text);
    const start = offset;
    const end = start + text.length - (eol ? eol[0].length : 0);
    offset += text.length;
    const line = { line: lines.length + 1, start, end, ignore: false, count: start === end ? 1 : 0 };
    if (ignoreCount > 0) {
      ignoreCount--;
      line.ignore = true;
    } else if (!enabled) {
      line.ignore = true;
    }
    if (!line.ignore) {
      const m = ignoreNext.exec(text);
      if (m !== null) ignoreCount = parseInt(m.groups.count ?? '1', 10);
    }
    const s = status.exec(text);
    if (s !== null) {
      ignoreCount = 0;
      enabled = s.groups.status === 'enable';
    }
    lines.push(line);
  }
  return lines;
}

// rangeLines gives the lines a range touches, from the one its start lies
// in, and sets the count of those it covers whole.
function rangeLines(range, lines) {
  let lo = 0;
  let hi = lines.length - 1;
  let first = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const l = lines[mid];
    if (range.startOffset < l.start) hi = mid - 1;
    else if (range.startOffset > l.end) lo = mid + 1;
    else {
      first = mid;
      break;
    }
  }
  const touched = [];
  let ignored = 0;
  if (first < 0) return { touched, ignored };
  for (let i = first; i < lines.length && range.endOffset > lines[i].start; i++) {
    const l = lines[i];
    if (range.startOffset <= l.start && range.endOffset >= l.end) l.count = range.count;
    touched.push(l);
    if (l.ignore) ignored++;
  }
  return { touched, ignored };
}

const percent = (covered, total) => (total === 0 ? 100 : (covered / total) * 100);

function skipped(url) {
  return !url.startsWith('file:') || url.includes('/node_modules/');
}

// merge adds the scripts of one report to merged, a Map by URL.
function merge(merged, scripts) {
  for (const script of scripts) {
    if (skipped(script.url)) continue;
    const old = merged.get(script.url);
    if (old === undefined) merged.set(script.url, script);
    else mergeFunctions(old, script);
  }
}

function sameRange(a, b) {
  return a.startOffset === b.startOffset && a.endOffset === b.endOffset;
}

function contains(outer, inner) {
  return outer.startOffset <= inner.startOffset && outer.endOffset >= inner.endOffset;
}

function mergeFunctions(old, script) {
  for (const fn of script.functions) {
    const match = old.functions.find((o) => o.functionName === fn.functionName &&
      o.ranges[0]?.startOffset === fn.ranges[0]?.startOffset && o.ranges[0]?.endOffset === fn.ranges[0]?.endOffset);
    if (match === undefined) {
      // V8 lists a function only once it exists, so another process may
      // report one this one never made.
      old.functions.push(fn);
      continue;
    }
    if (!fn.isBlockCoverage) continue; // it has nothing the other lacks
    if (!match.isBlockCoverage) {
      match.isBlockCoverage = true;
      match.ranges = fn.ranges;
      continue;
    }
    // Ranges run in either process are kept; of two ranges neither ran,
    // the narrower one, which is what both agree did not run.
    const kept = new Set(match.ranges.filter((r) => r.count > 0));
    for (const r of fn.ranges) {
      let same = false;
      for (const o of match.ranges) {
        if (sameRange(r, o)) {
          o.count += r.count;
          kept.add(o);
          same = true;
          break;
        }
        if (o.count === 0 && r.count === 0) {
          if (contains(o, r)) kept.add(r);
          else if (contains(r, o)) kept.add(o);
        }
      }
      if (r.count > 0 && !same) kept.add(r);
    }
    match.ranges = [...kept];
  }
}

// collectDir reads the reports in dir, merged.
function collectDir(dir) {
  const merged = new Map();
  for (const name of fs.readdirSync(dir)) {
    if (!reportFile.test(name)) continue;
    merge(merged, JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')).result);
  }
  return [...merged.values()];
}

// collectOwn is this process's report so far.
function collectOwn() {
  const merged = new Map();
  merge(merged, JSON.parse(binding.take()).result);
  return [...merged.values()];
}

// summarize is node's coverage summary of scripts, paths absolute.
function summarize(scripts, cwd) {
  const totals = {
    totalLineCount: 0, totalBranchCount: 0, totalFunctionCount: 0,
    coveredLineCount: 0, coveredBranchCount: 0, coveredFunctionCount: 0,
    coveredLinePercent: 0, coveredBranchPercent: 0, coveredFunctionPercent: 0,
  };
  const files = [];
  for (const { url, functions } of scripts) {
    let lines;
    try {
      lines = sourceLines(fs.readFileSync(fileURLToPath(url), 'utf8'));
    } catch {
      continue; // gone since it ran: node leaves it out
    }
    let branches = 0, branchesCovered = 0, funcs = 0, funcsCovered = 0;
    // What the lcov reporter lists: each branch and function by the line
    // it starts on, and each line not ignored, with their counts.
    const branchReports = [];
    const functionReports = [];
    functions.forEach((fn, j) => {
      const mapped = fn.ranges.map((r) => rangeLines(r, lines));
      if (fn.isBlockCoverage) {
        fn.ranges.forEach((r, k) => {
          branches++;
          if (r.count !== 0 || mapped[k].ignored === mapped[k].touched.length) branchesCovered++;
          branchReports.push({ line: mapped[k].touched[0]?.line, count: r.count });
        });
      }
      if (j > 0 && fn.ranges.length > 0) {
        funcs++;
        if (fn.ranges[0].count !== 0 || mapped[0].ignored === mapped[0].touched.length) funcsCovered++;
        const count = Math.max(0, ...fn.ranges.map((r) => r.count));
        functionReports.push({ name: fn.functionName, count, line: mapped[0].touched[0]?.line });
      }
    });
    const covered = lines.filter((l) => l.count > 0 || l.ignore).length;
    files.push({
      path: fileURLToPath(url),
      totalLineCount: lines.length, totalBranchCount: branches, totalFunctionCount: funcs,
      coveredLineCount: covered, coveredBranchCount: branchesCovered, coveredFunctionCount: funcsCovered,
      coveredLinePercent: percent(covered, lines.length),
      coveredBranchPercent: percent(branchesCovered, branches),
      coveredFunctionPercent: percent(funcsCovered, funcs),
      uncoveredLines: lines.filter((l) => !l.ignore && l.count === 0).map((l) => l.line),
      functions: functionReports,
      branches: branchReports,
      lines: lines.filter((l) => !l.ignore).map((l) => ({ line: l.line, count: l.count })),
    });
    totals.totalLineCount += lines.length;
    totals.totalBranchCount += branches;
    totals.totalFunctionCount += funcs;
    totals.coveredLineCount += covered;
    totals.coveredBranchCount += branchesCovered;
    totals.coveredFunctionCount += funcsCovered;
  }
  totals.coveredLinePercent = percent(totals.coveredLineCount, totals.totalLineCount);
  totals.coveredBranchPercent = percent(totals.coveredBranchCount, totals.totalBranchCount);
  totals.coveredFunctionPercent = percent(totals.coveredFunctionCount, totals.totalFunctionCount);
  files.sort((a, b) => a.path.localeCompare(b.path));
  return { workingDirectory: cwd, files, totals };
}

// lineRanges writes runs of consecutive line numbers as first-last.
function lineRanges(numbers) {
  const runs = [];
  for (const n of numbers) {
    const last = runs[runs.length - 1];
    if (last !== undefined && n - last[last.length - 1] === 1) last[1] = n;
    else runs.push([n]);
  }
  return runs.map((r) => r.join('-')).join(' ');
}

const columns = [
  ['line %', 'coveredLinePercent'],
  ['branch %', 'coveredBranchPercent'],
  ['funcs %', 'coveredFunctionPercent'],
];
const ellipsis = '\u2026';

// format is the report's text: pad indents it, symbol starts each line
// ('# ' for tap, 'ℹ ' for spec), and color, when not '', is the colour of
// the report, its cells coloured by how covered they are (c holds the
// colour codes). The table fits the terminal stdout is, if it is one.
function format(pad, summary, symbol, color, c) {
  const prefix = pad + symbol;
  const uncovered = summary.files.map((f) => lineRanges(f.uncoveredLines));
  const relPaths = summary.files.map((f) => path.relative(summary.workingDirectory, f.path));
  let fileWidth = Math.max(4, ...relPaths.map((p) => p.length));
  const colWidths = columns.map(([title]) => Math.max(title.length, 6));
  const colsWidth = colWidths.reduce((sum, w) => sum + w + 3, 0);
  let tableWidth = fileWidth + 2 + colsWidth + Math.max(15, ...uncovered.map((u) => u.length)) + 2;
  let uncoveredWidth = Infinity;
  const available = (process.stdout.columns || Infinity) - prefix.length;
  if (tableWidth > available) {
    const extra = tableWidth - available;
    fileWidth = Math.max(fileWidth - Math.floor(extra * 0.2), Math.min(8, fileWidth));
    uncoveredWidth = Math.max(available - colsWidth - (fileWidth + 2) - 2, 1);
    tableWidth = available;
  }
  const cutEnd = (s, w) => (s.length > w ? s.slice(0, w - 1) + ellipsis : s);
  const cutStart = (s, w) => (s.length > w ? ellipsis + s.slice(s.length - w + 1) : s);
  const tint = (s, coverage) => {
    if (!color) return s;
    const level = coverage > 90 ? c.green : coverage > 50 ? c.yellow : c.red;
    return `${level}${s}${color}`;
  };
  const numbers = (o) => columns.map(([, key], i) => tint(o[key].toFixed(2).padStart(colWidths[i]), o[key]));
  const rule = `${prefix}${'-'.repeat(tableWidth)}\n`;

  let s = `${color}${prefix}start of coverage report\n${rule}`;
  s += `${prefix}${cutEnd('file'.padEnd(fileWidth), fileWidth)} | ` +
    `${columns.map(([title], i) => title.padStart(colWidths[i])).join(' | ')} | ` +
    `${cutEnd('uncovered lines', uncoveredWidth)}\n${rule}`;
  summary.files.forEach((f, i) => {
    const mean = columns.reduce((sum, [, key]) => sum + f[key], 0) / columns.length;
    s += `${prefix}${tint(cutStart(relPaths[i].padEnd(fileWidth), fileWidth), mean)} | ` +
      `${numbers(f).join(' | ')} | ${cutEnd(uncovered[i], uncoveredWidth)}\n`;
  });
  s += rule;
  s += `${prefix}${cutEnd('all files'.padEnd(fileWidth), fileWidth)} | ${numbers(summary.totals).join(' | ')} |\n`;
  s += `${rule}${prefix}end of coverage report\n`;
  if (color) s += c.white;
  return s;
}

module.exports = { collectDir, collectOwn, summarize, format };
