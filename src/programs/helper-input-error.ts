/**
 * programs — the error a template helper throws for a missing or unusable argument.
 * Handlebars' strict mode does not check helper arguments, so helpers check their own and
 * throw this; template-env turns it into a `template_missing_field` or `template_helper_error`
 * diagnostic naming the template, the line and the argument as written in the template.
 */

export interface HelperLocation {
  readonly start: { readonly line: number; readonly column: number };
  readonly end: { readonly line: number; readonly column: number };
}

export class HelperInputError extends Error {
  override name = 'HelperInputError';
  readonly helper: string;
  /** Position of the offending argument among the helper's arguments (0-based). */
  readonly argument: number;
  readonly problem: 'missing' | 'invalid';
  readonly loc: HelperLocation | undefined;
  constructor(helper: string, argument: number, problem: 'missing' | 'invalid', message: string, loc: HelperLocation | undefined) {
    super(message);
    this.helper = helper;
    this.argument = argument;
    this.problem = problem;
    this.loc = loc;
  }
}
