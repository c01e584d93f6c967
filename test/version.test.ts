import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { VERSION } from '../src/version.js';
import { NICKNAMES } from '../src/match/names/nickname-data.js';
import { nicknameDataModule } from '../scripts/nickname-data-module.js';

it('VERSION equals package.json', () => {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  expect(VERSION).toBe(pkg.version);
});

it('the nickname module is generated from data/nicknames/names.csv', () => {
  const csv = readFileSync(new URL('../data/nicknames/names.csv', import.meta.url), 'utf8');
  expect(readFileSync(new URL('../src/match/names/nickname-data.ts', import.meta.url), 'utf8')).toBe(nicknameDataModule(csv));
  expect(NICKNAMES.length).toBeGreaterThan(1000);
});
