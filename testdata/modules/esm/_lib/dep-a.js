export const which = 'dep-a';
