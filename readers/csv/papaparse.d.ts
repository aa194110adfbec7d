/**
 * The part of papaparse's API the CSV reader uses, declared here because @types/papaparse
 * references @types/node, which readers/ (browser-safe) must not see. Mirrors papaparse 5.
 */
declare module 'papaparse' {
  export type ParseError = {
    readonly type: 'Quotes' | 'Delimiter' | 'FieldMismatch';
    readonly code: string;
    readonly message: string;
    readonly row?: number;
  };
  export type ParseStepResult<T> = { readonly data: T; readonly errors: readonly ParseError[] };
  export type ParseConfig<T> = {
    readonly delimiter?: string;
    readonly newline?: string;
    readonly skipEmptyLines?: boolean;
    step?(result: ParseStepResult<T>): void;
  };
  const Papa: { parse<T>(input: string, config: ParseConfig<T>): unknown };
  export default Papa;
}
