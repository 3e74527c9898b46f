/**
 * programs — the names of the bundled programs and the payload each takes, as types: what a
 * caller of buildProgramCircular('kbo', base, payload) is checked against at compile time.
 * Payload types are the input side of each payload schema (what a JSON file holds).
 */
import type { z } from 'zod';
import type { KboPayloadSchema } from './kbo/payload.js';
import type { MarketerHiringPayloadSchema } from './marketer-hiring/payload.js';
import type { MeetingPayloadSchema } from './meeting/payload.js';
import type { OpcPayloadSchema } from './opc/payload.js';
import type { RegistrationPayloadSchema } from './registration/payload.js';

/** The payload each bundled program takes, by program name. */
export interface ProgramPayloads {
  readonly meeting: z.input<typeof MeetingPayloadSchema>;
  readonly opc: z.input<typeof OpcPayloadSchema>;
  readonly kbo: z.input<typeof KboPayloadSchema>;
  readonly registration: z.input<typeof RegistrationPayloadSchema>;
  readonly 'marketer-hiring': z.input<typeof MarketerHiringPayloadSchema>;
}

/** The name of a bundled program: `'meeting' | 'opc' | 'kbo' | 'registration' | 'marketer-hiring'`. */
export type ProgramName = keyof ProgramPayloads;

/** The payload of program `N`, e.g. `ProgramPayload<'kbo'>`. */
export type ProgramPayload<N extends ProgramName> = ProgramPayloads[N];
