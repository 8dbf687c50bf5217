// The size of a response as the response cache counts it: the UTF-8 bytes of its JSON, what
// Redis stores and the client receives. Measured once per response, though both the decision
// to cache it and the in-memory cache's budget ask (the ETag and Last-Modified Yoga adds after
// deciding are left out: tens of bytes).
import type { ExecutionResult } from 'graphql';

const sizes = new WeakMap<ExecutionResult, number>();

export function responseBytes(result: ExecutionResult): number {
  let bytes = sizes.get(result);
  if (bytes === undefined) {
    bytes = Buffer.byteLength(JSON.stringify(result));
    sizes.set(result, bytes);
  }
  return bytes;
}
