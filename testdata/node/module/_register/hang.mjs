// A resolve hook whose answer never comes.
export async function resolve(s, c, next) {
  if (s === 'never') return new Promise(() => {});
  return next(s, c);
}
