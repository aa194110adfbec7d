/**
 * The WHATWG Encoding API, which browsers and Node (≥ 11) both provide as globals. ES2022's lib
 * does not declare it, and readers/ takes neither the DOM lib nor @types/node.
 */
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
