Object.defineProperty(exports, 'more', { enumerable: true, value: 'm' });
