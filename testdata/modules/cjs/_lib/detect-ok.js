// Module syntax that compiles as a module.
export const answer = 42;
