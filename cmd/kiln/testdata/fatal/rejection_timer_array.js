// Rejections of non-errors from a timer and from an async function.
setTimeout(() => { (async () => { await null; throw [1, 2]; })(); }, 1);
