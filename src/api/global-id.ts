import { decodeGlobalID } from '@pothos/plugin-relay';
import { GraphQLError } from 'graphql';

/** The numeric key of a global ID that must name a `typename` node. */
export function idOf(globalId: string | number, typename: string, field: string): number {
  let decoded: { typename: string; id: string };
  try {
    decoded = decodeGlobalID(String(globalId));
  } catch {
    throw new GraphQLError(`${field}: "${globalId}" is not a valid ID`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  const id = Number(decoded.id);
  if (decoded.typename !== typename || !Number.isInteger(id)) {
    throw new GraphQLError(`${field}: "${globalId}" is not the ID of a ${typename}`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return id;
}

export function idsOf(globalIds: readonly (string | number)[], typename: string, field: string): number[] {
  return globalIds.map((id) => idOf(id, typename, field));
}
