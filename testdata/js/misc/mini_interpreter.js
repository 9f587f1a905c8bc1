// A small realistic program: a tokenizer, a Pratt parser, and an evaluator for arithmetic with variables and functions.
function tokenize(src) {
  const tokens = [];
  const re = /\s*(?:(\d+\.?\d*)|([A-Za-z_]\w*)|(\*\*|[-+*/%^(),=]))/y;
  let m;
  while (re.lastIndex < src.length) {
    const start = re.lastIndex;
    if (!(m = re.exec(src))) throw new SyntaxError(`unexpected character at ${start}: ${JSON.stringify(src[start])}`);
    if (m[1]) tokens.push({ type: 'num', value: Number(m[1]) });
    else if (m[2]) tokens.push({ type: 'id', value: m[2] });
    else tokens.push({ type: 'op', value: m[3] });
  }
  return tokens;
}
function parse(tokens) {
  let i = 0;
  const peek = () => tokens[i];
  const next = () => tokens[i++];
  const bp = { '=': 1, '+': 10, '-': 10, '*': 20, '/': 20, '%': 20, '**': 30 };
  function expr(minBp) {
    let t = next();
    let left;
    if (!t) throw new SyntaxError('unexpected end');
    if (t.type === 'num') left = { k: 'num', v: t.value };
    else if (t.type === 'id') {
      if (peek()?.value === '(') {
        next();
        const args = [];
        if (peek()?.value !== ')') do { args.push(expr(0)); } while (peek()?.value === ',' && next());
        if (next()?.value !== ')') throw new SyntaxError('expected )');
        left = { k: 'call', name: t.value, args };
      } else left = { k: 'var', name: t.value };
    } else if (t.value === '(') {
      left = expr(0);
      if (next()?.value !== ')') throw new SyntaxError('expected )');
    } else if (t.value === '-') left = { k: 'neg', e: expr(25) };
    else throw new SyntaxError(`unexpected ${t.value}`);
    for (;;) {
      const op = peek();
      if (!op || op.type !== 'op' || !(op.value in bp)) break;
      const lbp = bp[op.value];
      if (lbp < minBp || (lbp === minBp && op.value !== '**' && op.value !== '=')) break;
      next();
      const right = expr(op.value === '**' || op.value === '=' ? lbp : lbp + 1);
      left = { k: 'bin', op: op.value, l: left, r: right };
    }
    return left;
  }
  const ast = expr(0);
  if (i < tokens.length) throw new SyntaxError(`trailing token ${tokens[i].value}`);
  return ast;
}
const env = new Map(Object.entries({ pi: Math.PI }));
const fns = { max: Math.max, min: Math.min, sqrt: Math.sqrt, hyp: (a, b) => Math.hypot(a, b) };
function evaluate(n) {
  switch (n.k) {
    case 'num': return n.v;
    case 'var': if (!env.has(n.name)) throw new ReferenceError(`${n.name} is not defined`); return env.get(n.name);
    case 'neg': return -evaluate(n.e);
    case 'call': if (!(n.name in fns)) throw new TypeError(`${n.name} is not a function`); return fns[n.name](...n.args.map(evaluate));
    case 'bin':
      if (n.op === '=') { const v = evaluate(n.r); env.set(n.l.name, v); return v; }
      const a = evaluate(n.l), b = evaluate(n.r);
      return { '+': a + b, '-': a - b, '*': a * b, '/': a / b, '%': a % b, '**': a ** b }[n.op];
  }
}
const show = (n) => n.k === 'num' ? String(n.v) : n.k === 'var' ? n.name : n.k === 'neg' ? `(-${show(n.e)})` : n.k === 'call' ? `${n.name}(${n.args.map(show).join(', ')})` : `(${show(n.l)} ${n.op} ${show(n.r)})`;
for (const src of ['1 + 2 * 3', '(1 + 2) * 3', '2 ** 3 ** 2', '-2 ** 2', 'x = y = 4', 'x * y - 1', 'max(1, x, 3) + min(7, 8)', 'hyp(3, 4)', '10 % 4 - -3',
  'sqrt(2) * sqrt(2)', 'pi * 2', 'z + 1', 'foo(1)', '1 +', '(1', '3 $ 4', '1 2']) {
  try {
    const ast = parse(tokenize(src));
    console.log(src.padEnd(26), show(ast).padEnd(36), evaluate(ast));
  } catch (e) {
    console.log(src.padEnd(26), `${e.name}: ${e.message}`);
  }
}
