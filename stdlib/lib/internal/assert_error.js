// assert's AssertionError and the messages it generates when the caller
// gives none, worded and laid out as node v20 prints them: the one-line
// "1 !== 2" form for short primitives, and otherwise a line diff of the two
// values' util.inspect output ("+ actual - expected") that keeps the lines
// around each change and elides long identical runs.

const headers = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};

// Both values on one line and at most this many characters together give
// the "a !== b" form instead of a diff.
const kMaxShortLength = 12;
// Longer inspections are cut to this many lines (the last one "...").
const kMaxLines = 50;

const inspectOptions = {
  compact: false,
  customInspect: false,
  depth: 1000,
  maxArrayLength: Infinity,
  showHidden: false,
  showProxy: false,
  sorted: true,
  getters: true,
};

function inspectValue(v) {
  return binding.inspectWith(v, inspectOptions);
}

function isObject(v) {
  return typeof v === 'object' && v !== null;
}

// cutLines keeps the first lines of a long inspection, ending in "...".
function cutLines(lines) {
  if (lines.length > kMaxLines) {
    lines.length = 47;
    lines[46] = '...';
  }
  return lines;
}

// A shallow stand-in for an Error whose inspection shows no stack, so two
// errors diff by their message and properties only.
function copyError(source) {
  const target = Object.assign(Object.create(Object.getPrototypeOf(source)), source);
  Object.defineProperty(target, 'message', { value: source.message });
  if (Object.prototype.hasOwnProperty.call(source, 'cause')) {
    let cause = source.cause;
    if (cause instanceof Error) cause = copyError(cause);
    Object.defineProperty(target, 'cause', { value: cause });
  }
  return target;
}

// Diff is the state of createErrDiff's walk over the lines.
class Diff {
  constructor(actualLines, expectedLines) {
    this.actual = actualLines;
    this.expected = expectedLines;
    this.res = '';
    this.other = '';
    this.identical = 0;
    this.printed = 0;
    this.skipped = false;
  }

  // flushIdentical ends a run of identical lines before a change. The
  // first two of the run were printed as they came; its last lines are
  // printed now, with "..." for what lies between.
  flushIdentical(lines, i) {
    const n = this.identical;
    if (n > 2) {
      if (n > 3) {
        if (n > 4) {
          if (n === 5) {
            this.res += `\n  ${lines[i - 3]}`;
            this.printed++;
          } else {
            this.res += '\n...';
            this.skipped = true;
          }
        }
        this.res += `\n  ${lines[i - 2]}`;
        this.printed++;
      }
      this.res += `\n  ${lines[i - 1]}`;
      this.printed++;
    }
    this.identical = 0;
  }
}

// createErrDiff's header is the caller's message when there is one.
function createErrDiff(actual, expected, operator, message) {
  const actualInspected = inspectValue(actual);
  const actualLines = actualInspected.split('\n');
  const expectedLines = inspectValue(expected).split('\n');
  let i = 0;
  let indicator = '';
  let end = '';
  let other = '';

  if (operator === 'strictEqual' &&
    ((isObject(actual) && isObject(expected)) || (typeof actual === 'function' && typeof expected === 'function'))) {
    operator = 'strictEqualObject';
  }

  if (actualLines.length === 1 && expectedLines.length === 1 && actualLines[0] !== expectedLines[0]) {
    const a = actualLines[0];
    const e = expectedLines[0];
    const inputLength = a.length + e.length;
    if (inputLength <= kMaxShortLength) {
      if (!isObject(actual) && !isObject(expected) && (actual !== 0 || expected !== 0)) {
        return `${message || headers[operator]}\n\n${a} !== ${e}\n`;
      }
    } else if (operator !== 'strictEqualObject' && inputLength < 80) {
      // Node measures against the terminal width of stderr, 80 when it is
      // not a terminal; Kiln always uses 80 so output does not depend on
      // where it goes.
      while (a[i] === e[i]) i++;
      if (i > 2) {
        indicator = `\n  ${' '.repeat(i)}^`;
        i = 0;
      }
    }
  }

  // Identical trailing lines are dropped from the diff; up to three come
  // back at its end.
  let a = actualLines[actualLines.length - 1];
  let b = expectedLines[expectedLines.length - 1];
  while (a === b) {
    if (i++ < 3) {
      end = `\n  ${a}${end}`;
    } else {
      other = a;
    }
    actualLines.pop();
    expectedLines.pop();
    if (actualLines.length === 0 || expectedLines.length === 0) break;
    a = actualLines[actualLines.length - 1];
    b = expectedLines[expectedLines.length - 1];
  }

  const maxLines = Math.max(actualLines.length, expectedLines.length);
  if (maxLines === 0) {
    const lines = cutLines(actualInspected.split('\n'));
    return `${headers.notIdentical}\n\n${lines.join('\n')}\n`;
  }

  const d = new Diff(actualLines, expectedLines);
  if (i >= 5) {
    end = `\n...${end}`;
    d.skipped = true;
  }
  if (other !== '') {
    end = `\n  ${other}${end}`;
  }

  const msg = `${message || headers[operator]}\n+ actual - expected`;
  const skippedMsg = ' ... Lines skipped';
  // Past the end of the shorter side only the longer side's lines remain.
  let lines = actualLines;
  let plusMinus = '+';
  let shorter = expectedLines.length;
  if (actualLines.length < maxLines) {
    lines = expectedLines;
    plusMinus = '-';
    shorter = actualLines.length;
  }

  for (i = 0; i < maxLines; i++) {
    if (shorter < i + 1) {
      d.flushIdentical(lines, i);
      if (lines === actualLines) {
        d.res += `\n${plusMinus} ${lines[i]}`;
      } else {
        d.other += `\n${plusMinus} ${lines[i]}`;
      }
      d.printed++;
    } else {
      const expectedLine = expectedLines[i];
      let actualLine = actualLines[i];
      let diverging = actualLine !== expectedLine &&
        (!actualLine.endsWith(',') || actualLine.slice(0, -1) !== expectedLine);
      // A line that differs only by the expected side's trailing comma
      // counts as the same, printed with the comma.
      if (diverging && expectedLine.endsWith(',') && expectedLine.slice(0, -1) === actualLine) {
        diverging = false;
        actualLine += ',';
      }
      if (diverging) {
        d.flushIdentical(actualLines, i);
        // Expected lines wait in d.other so a block of changes shows as
        // all its + lines, then all its - lines.
        d.res += `\n+ ${actualLine}`;
        d.other += `\n- ${expectedLine}`;
        d.printed += 2;
      } else {
        d.res += d.other;
        d.other = '';
        d.identical++;
        if (d.identical <= 2) {
          d.res += `\n  ${actualLine}`;
          d.printed++;
        }
      }
    }
    if (d.printed > kMaxLines && i < maxLines - 2) {
      return `${msg}${skippedMsg}\n${d.res}\n...${d.other}\n...`;
    }
  }
  return `${msg}${d.skipped ? skippedMsg : ''}\n${d.res}${d.other}${end}${indicator}`;
}

function notEqualMessage(actual, operator) {
  let header = headers[operator];
  const lines = cutLines(inspectValue(actual).split('\n'));
  if (operator === 'notStrictEqual' && (isObject(actual) || typeof actual === 'function')) {
    header = headers.notStrictEqualObject;
  }
  if (lines.length === 1) {
    return `${header}${lines[0].length > 5 ? '\n\n' : ' '}${lines[0]}`;
  }
  return `${header}\n\n${lines.join('\n')}\n`;
}

function otherMessage(actual, expected, operator) {
  let res = inspectValue(actual);
  let other = inspectValue(expected);
  const header = headers[operator];
  if (operator === 'notDeepEqual' && res === other) {
    res = `${header}\n\n${res}`;
    return res.length > 1024 ? `${res.slice(0, 1021)}...` : res;
  }
  if (res.length > 512) res = `${res.slice(0, 509)}...`;
  if (other.length > 512) other = `${other.slice(0, 509)}...`;
  if (operator === 'deepEqual') {
    res = `${header}\n\n${res}\n\nshould loosely deep-equal\n\n`;
  } else if (headers[`${operator}Unequal`]) {
    res = `${headers[`${operator}Unequal`]}\n\n${res}\n\nshould not loosely deep-equal\n\n`;
  } else {
    other = ` ${operator} ${other}`;
  }
  return res + other;
}

// errorMessage is the AssertionError's message: the caller's, except that
// strictEqual and deepStrictEqual put theirs above the diff.
function errorMessage(actual, expected, operator, message) {
  const diffed = operator === 'deepStrictEqual' || operator === 'strictEqual';
  if (message != null && !diffed) return String(message);
  if (isObject(actual) && isObject(expected) && 'stack' in actual && actual instanceof Error &&
    'stack' in expected && expected instanceof Error) {
    actual = copyError(actual);
    expected = copyError(expected);
  }
  switch (operator) {
    case 'deepStrictEqual':
    case 'strictEqual':
      return createErrDiff(actual, expected, operator, message ? String(message) : '');
    case 'notDeepStrictEqual':
    case 'notStrictEqual':
      return notEqualMessage(actual, operator);
  }
  return otherMessage(actual, expected, operator);
}

class AssertionError extends Error {
  constructor(options) {
    if (typeof options !== 'object' || options === null) {
      throw binding.invalidArgType('options', 'of type object', options);
    }
    const { message, operator, stackStartFn, details } = options;
    const { actual, expected } = options;
    super(errorMessage(actual, expected, operator, message));
    this.generatedMessage = !message;
    // The stack's first line carries the code, as for Node's other errors;
    // the name is plain once the stack is made.
    Object.defineProperty(this, 'name', {
      value: 'AssertionError [ERR_ASSERTION]', enumerable: false, writable: true, configurable: true,
    });
    this.code = 'ERR_ASSERTION';
    if (details) {
      this.actual = undefined;
      this.expected = undefined;
      this.operator = undefined;
      for (let i = 0; i < details.length; i++) {
        this['message ' + i] = details[i].message;
        this['actual ' + i] = details[i].actual;
        this['expected ' + i] = details[i].expected;
        this['operator ' + i] = details[i].operator;
        this['stack trace ' + i] = details[i].stack;
      }
    } else {
      this.actual = actual;
      this.expected = expected;
      this.operator = operator;
    }
    Error.captureStackTrace(this, stackStartFn || options.stackStartFunction);
    // Reading the stack formats it now, while the name has the code.
    // eslint-disable-next-line no-unused-expressions
    this.stack;
    this.name = 'AssertionError';
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }
}

module.exports = { AssertionError, inspectValue };
