import type { Principal } from './model.js';

/** The name a reviewer recognizes: the display name, else given name and surname. */
export function displayOf(p: Principal): string {
  if (p.displayName !== '') return p.displayName;
  return [p.givenName, p.surname].filter((x) => x !== '').join(' ');
}
