/**
 * programs — the registry: every program saraban knows, by name.
 * Adding a program is one folder src/programs/<name>/ (payload.ts, rules.ts, index.ts), its
 * templates in templates/<name>/, and one line here (docs/programs.md walks through it).
 */
import { kboProgram } from './kbo/index.js';
import { marketerHiringProgram } from './marketer-hiring/index.js';
import { meetingProgram } from './meeting/index.js';
import { opcProgram } from './opc/index.js';
import type { Program } from './program.js';
import type { ProgramName } from './program-types.js';
import { registrationProgram } from './registration/index.js';

export const PROGRAMS: readonly Program[] = [meetingProgram, opcProgram, kboProgram, registrationProgram, marketerHiringProgram];

/** The names of the bundled programs, in registry order. */
export const PROGRAM_NAMES: readonly ProgramName[] = ['meeting', 'opc', 'kbo', 'registration', 'marketer-hiring'];

/** The program called `name`, or undefined. */
export function findProgram(name: string): Program | undefined {
  return PROGRAMS.find((p) => p.name === name);
}
