console.log('first', typeof globalThis.preloaded);
await new Promise((resolve) => setTimeout(resolve, 5));
console.log('first, after its await');
