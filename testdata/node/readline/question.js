// question() with a PassThrough input and a capturing output, prompt(),
// setPrompt, the promises form, AbortSignal, and question after close.
const { PassThrough, Writable } = require('stream');
const readline = require('readline');
const rlp = require('readline/promises');

function capture() {
  const chunks = [];
  const w = new Writable({
    write(chunk, enc, cb) {
      chunks.push(chunk.toString());
      cb();
    },
  });
  w.text = () => JSON.stringify(chunks.join(''));
  return w;
}

async function main() {
  const input = new PassThrough();
  const output = capture();
  const rl = readline.createInterface({ input, output, prompt: '$ ', terminal: false });
  const lines = [];
  rl.on('line', (l) => lines.push(l));
  rl.prompt();
  const answer = await new Promise((resolve) => {
    rl.question('name? ', resolve);
    rl.question('ignored? ', () => console.log('never'));
    console.log('prompt during question', rl.getPrompt());
    input.write('Ada\nafter\n');
  });
  await new Promise(setImmediate);
  console.log('answer', answer, 'lines', lines, 'prompt', rl.getPrompt());
  rl.setPrompt('>> ');
  rl.prompt();
  rl.question('with options? ', {}, (a) => console.log('options answer', a));
  input.write('yes\n');
  const ac = new AbortController();
  rl.question('aborted? ', { signal: ac.signal }, (a) => console.log('never', a));
  ac.abort();
  input.write('goes to line\n');
  rl.question('pre-aborted? ', { signal: AbortSignal.abort() }, () => console.log('never'));
  await new Promise(setImmediate);
  console.log('output', output.text());
  console.log('lines', lines);
  rl.close();
  rl.close();
  try {
    rl.question('closed?', () => {});
  } catch (e) {
    console.log(e.code, e.name, e.message);
  }
  console.log('question without callback', rl.question('x'));

  const in2 = new PassThrough();
  const out2 = capture();
  const rl2 = rlp.createInterface({ input: in2, output: out2 });
  console.log(rl2 instanceof rlp.Interface, rl2 instanceof readline.Interface, rl2.terminal);
  const p = rl2.question('promise? ');
  in2.write('resolved\n');
  console.log('promise answer', await p);
  const ac2 = new AbortController();
  const p2 = rl2.question('abort? ', { signal: ac2.signal });
  ac2.abort();
  try {
    await p2;
  } catch (e) {
    console.log(e.code, e.name, e.message);
  }
  try {
    await rl2.question('pre? ', { signal: AbortSignal.abort() });
  } catch (e) {
    console.log(e.code, e.name, e.message);
  }
  rl2.close();
  try {
    await rl2.question('closed? ');
  } catch (e) {
    console.log(e.code, e.name, e.message);
  }
  console.log('output2', out2.text());
}
main();
