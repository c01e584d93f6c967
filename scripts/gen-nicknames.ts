// Regenerates src/match/names/nickname-data.ts from data/nicknames/names.csv
// (carltonnorthern/nicknames, Apache-2.0). Run: node dist/scripts/gen-nicknames.js
import { readFileSync, writeFileSync } from 'node:fs';
import { nicknameDataModule } from './nickname-data-module.js';

const csv = readFileSync(new URL('../../data/nicknames/names.csv', import.meta.url), 'utf8');
writeFileSync(new URL('../../src/match/names/nickname-data.ts', import.meta.url), nicknameDataModule(csv));
