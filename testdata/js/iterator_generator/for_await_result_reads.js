// Which of an iterator result's done and value for await and an async generator's yield* read, in what order: for
// await reads a finished result's done alone; yield* in an async generator reads both.
const log = [];
const it = { [Symbol.asyncIterator]() { let i = 0; return { next() { i++; return { get done() { log.push('done'); return i > 2; }, get value() { log.push('value'); return i; } }; } }; } };
(async () => { for await (const x of it) log.push('x' + x); console.log(log.join(','));
 const l2 = []; const ai = { [Symbol.asyncIterator]() { let i = 0; return { next() { i++; return Promise.resolve({ get done() { l2.push('done'); return i > 1; }, get value() { l2.push('value'); return i; } }); } }; } };
 async function* ag() { const r = yield* ai; l2.push('r' + r); }
 for await (const x of ag()) l2.push('x' + x); console.log(l2.join(','));
})();
