console.log('tla start');
export const value = await new Promise((resolve) => setTimeout(() => resolve('late value'), 5));
console.log('tla end');
