export const url = import.meta.url; export const frame = new Error('e').stack.split('\n')[1];
