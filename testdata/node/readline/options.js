// createInterface options and their errors, as a table; the positional
// form; properties of a fresh interface.
const { PassThrough } = require('stream');
const readline = require('readline');

const inp = () => new PassThrough();
const calls = [
  () => readline.createInterface({ input: inp() }),
  () => readline.createInterface(inp()),
  () => readline.createInterface(inp(), null, undefined, false),
  () => readline.createInterface({ input: inp(), historySize: -1 }),
  () => readline.createInterface({ input: inp(), historySize: NaN }),
  () => readline.createInterface({ input: inp(), historySize: 'a' }),
  () => readline.createInterface({ input: inp(), historySize: 0 }),
  () => readline.createInterface({ input: inp(), history: 'a' }),
  () => readline.createInterface({ input: inp(), history: ['b', 'a'] }),
  () => readline.createInterface({ input: inp(), completer: 1 }),
  () => readline.createInterface({ input: inp(), completer: () => [[], ''] }),
  () => readline.createInterface({ input: inp(), tabSize: 0 }),
  () => readline.createInterface({ input: inp(), tabSize: 'a' }),
  () => readline.createInterface({ input: inp(), tabSize: 4 }),
  () => readline.createInterface({ input: inp(), escapeCodeTimeout: 'a' }),
  () => readline.createInterface({ input: inp(), escapeCodeTimeout: 100 }),
  () => readline.createInterface({ input: inp(), signal: 1 }),
  () => readline.createInterface({ input: inp(), crlfDelay: 5 }),
  () => readline.createInterface({ input: inp(), crlfDelay: 500, prompt: '$ ' }),
  () => readline.createInterface({ input: inp(), removeHistoryDuplicates: 1 }),
  () => readline.createInterface({ input: inp(), output: { isTTY: true, on() {}, write() {} } }),
  () => readline.createInterface({ input: inp(), output: { isTTY: false, write() {} } }),
  () => readline.createInterface({}),
  () => readline.createInterface({ input: 1 }),
  () => readline.Interface({ input: inp() }),
  () => new readline.Interface({ input: inp() }),
];

for (const call of calls) {
  try {
    const rl = call();
    console.log(rl.constructor.name, rl.terminal, rl.historySize, rl.history, rl.crlfDelay, rl.tabSize,
      rl.escapeCodeTimeout, rl.removeHistoryDuplicates, typeof rl.completer, JSON.stringify(rl.getPrompt()),
      rl.line, rl.cursor, rl.input instanceof PassThrough);
    rl.close();
  } catch (e) {
    console.log(e.code + ' ' + e.name + ': ' + e.message);
  }
}

const ac = new AbortController();
const rl = readline.createInterface({ input: inp(), signal: ac.signal });
rl.on('close', () => console.log('closed by abort', rl.closed));
ac.abort();
const rl2 = readline.createInterface({ input: inp(), signal: AbortSignal.abort() });
console.log('pre-aborted closed now', rl2.closed);
rl2.on('close', () => console.log('pre-aborted closed later'));
