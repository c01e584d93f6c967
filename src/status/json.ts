// The shape of status.json, as `ctmap status` writes it (src/emit/status-json.ts builds its body
// against this schema) and as `ctmap report --status` reads it back. Kind is spelled as in the
// snapshots (OneDrive, Site, GroupSite); states and causes are kept as strings, so a state or
// cause a later ctmap knows is still read.

import { z } from 'zod';

const moveRef = z.object({ wave: z.number().int(), kind: z.string(), source: z.string(), target: z.string() });
const moveStatus = moveRef.extend({ state: z.string(), detail: z.string(), time: z.string() });

export const statusJsonSchema = z.object({
  snapshots: z.number().int().nonnegative(),
  latest: z.string().nullable(),
  previous: z.string().nullable(),
  stuckHours: z.number(),
  queue: z.object({
    pending: z.number().int().nonnegative(),
    limit: z.number().int().positive(),
    nextWave: z.number().int().nullable(),
    nextWaveMoves: z.number().int().nonnegative(),
    nextWaveMayStart: z.boolean(),
  }),
  waves: z.array(z.object({ wave: z.number().int(), total: z.number().int().nonnegative(), byState: z.record(z.string(), z.number().int().nonnegative()), notSeen: z.number().int().nonnegative() })),
  changed: z.array(moveRef.extend({ from: z.string().nullable(), to: z.string() })),
  failed: z.array(moveStatus.extend({ cause: z.string().optional(), fix: z.string().optional() })),
  stuck: z.array(moveStatus.extend({ since: z.string(), hours: z.number() })),
  stoppable: z.array(moveStatus),
  notSeen: z.array(moveRef),
  notInPlan: z.number().int().nonnegative(),
});

export type StatusJson = z.output<typeof statusJsonSchema>;
