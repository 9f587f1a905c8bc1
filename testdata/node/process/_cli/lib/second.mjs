console.log('second', import.meta.url.endsWith('/lib/second.mjs'));
