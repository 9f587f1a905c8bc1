export let counter = 0;
export function bump() { counter++; return counter; }
export default function greet(name) { return `hello ${name}`; }
export const tag = 'util';
