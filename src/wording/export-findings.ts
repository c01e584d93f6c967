// What each export finding says, and what to do about it.

import type { ExportFinding, ExportFindingCode } from '../export/types.js';
import { counted } from './plural.js';

type Data = NonNullable<ExportFinding['data']>;

// Values come from the exports: control characters are shown escaped, never sent raw to a terminal.
const visible = (v: string): string => v.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
const s = (d: Data, k: string): string => visible(String(d[k] ?? ''));

const MESSAGES: Record<ExportFindingCode, (d: Data, f: ExportFinding) => string> = {
  'map-row-invalid': (d) => `this identity-map.csv row is not one ctmap writes (${s(d, 'value')}): left out. Run ctmap map again`,
  'previous-row-invalid': (_d, f) => `${f.item ?? ''}: this row of the previous map is not a User row with a UPN or a Group row with an object ID, so no "@removed" item was written for it`,
  'not-matched-in-review': (d, f) =>
    `${f.item ?? ''} is in identity-map.csv but review.csv shows it as ${s(d, 'status') || 'missing'}, not matched or decided: left out. Export from the folder of one map run`,
  'missing-from-map': (d, f) => `${f.item ?? ''} is ${s(d, 'status')} in review.csv but not in identity-map.csv (ctmap map kept it out; see its findings in summary.json): not exported`,
  'value-refused': (d, f) => `${f.item ?? ''} left out of ${s(d, 'format')}: its ${s(d, 'field')} ${JSON.stringify(s(d, 'value'))} is not a value that format can hold`,
  'source-equals-target': (d, f) => `${f.item ?? ''} left out of ${s(d, 'format')}: its target equals its source, and the service rejects such a row`,
  'duplicate-line': (d, f) => `${f.item ?? ''}: the same line is already in the ${s(d, 'format')} file; written once`,
  'groups-not-in-format': (d) => `${counted(Number(d['count']), 'group row')} left out: ${s(d, 'format')} maps users only`,
  'attribute-dropped': (d, f) => `${f.item ?? ''}: ${s(d, 'field')} ${JSON.stringify(s(d, 'value'))} is not a two-letter country code; left empty in the new account`,
  'create-already-mapped': (d, f) => `${f.item ?? ''} is marked create but is ${s(d, 'status')} to ${s(d, 'target')}: not created. Clear the decision, or reject the mapping first`,
  'create-guest': (_d, f) => `${f.item ?? ''} is a guest of the source: invite it to the target as a guest; the bulk-create template makes members only`,
  'create-group': (_d, f) => `group ${f.item ?? ''} is marked create, but the map run read no source groups export: give it with --source-groups`,
  'group-not-creatable': (d, f) => `group ${f.item ?? ''} is a ${s(d, 'kind')} group: only Microsoft 365 and security groups are pre-created (a distribution list holds no SharePoint permissions; a group whose export lost GroupTypes must be created by hand)`,
  'visibility-unknown': (d, f) => `group ${f.item ?? ''}: the export gives no access type (visibility ${JSON.stringify(s(d, 'value'))}): it is created Private. Check the source group's privacy before running the script`,
  'create-not-in-export': (_d, f) => `${f.item ?? ''} is not in the source users export any more: not created. Give the export the map read with --source-users`,
  'no-upn-proposed': (_d, f) => `no UPN could be proposed for ${f.item ?? ''}: no target domain is known for its source domain (no matched user shows one). Create the account by hand`,
  'upn-from-source': (d, f) => `${f.item ?? ''} has no given name or surname to build a UPN from: ${s(d, 'upn')} is its source name. Check it before the upload`,
  'convention-unknown': (d) => `no matched pair shows the target's UPN convention: new UPNs follow ${s(d, 'pattern')}. Check them before the upload`,
  'input-changed': (d, f) => `${f.file ?? ''} changed since the map run read it (${s(d, 'role')}): the accounts are proposed from the file as it is now`,
  'passwords-written': (d) => `${s(d, 'file')} holds initial passwords: it is sensitive. Keep it out of mail and shared folders, and delete it after the upload`,
  'group-name-not-unique': (d, f) =>
    `group ${f.item ?? ''} left out of ${s(d, 'format')}: the file names groups by display name, and '${s(d, 'source')}' or '${s(d, 'target')}' names another exported group too. Map it by hand in the tool`,
};

export function exportFindingMessage(f: ExportFinding): string {
  return MESSAGES[f.code](f.data ?? {}, f.item === undefined ? f : { ...f, item: visible(f.item) });
}

export function exportFindingLine(f: ExportFinding): string {
  const where = f.file ? `${f.file}${f.line !== undefined ? `:${f.line}` : ''}: ` : '';
  return `${f.severity.toUpperCase().padEnd(7)} ${where}${exportFindingMessage(f)} [${f.code}]`;
}
