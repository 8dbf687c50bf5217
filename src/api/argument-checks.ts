// Checks every cursor and global ID an operation passes, with its variables, and that no
// connection is given both `first` and `last`, before anything executes. Resolvers cannot do
// it: Pothos reads a nested connection's cursor while it builds the parent's query, and the
// Relay plugin decodes `node(id:)` itself, so a tampered value would otherwise reach Prisma
// and come back as an unexpected error.
import {
  BREAK,
  getArgumentValues,
  getNamedType,
  getNullableType,
  getOperationAST,
  getVariableValues,
  isInputObjectType,
  isInterfaceType,
  isListType,
  GraphQLError,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type ExecutableDefinitionNode,
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { cursorShape, isValidCursor } from './cursors.js';
import { badInput, shown } from './bad-input.js';
import { parseGlobalId, tooManyIds } from './global-id.js';

const nodeTypesOf = new WeakMap<GraphQLSchema, Set<string>>();

/** The typenames a global ID may name: the types implementing Node. */
function nodeTypes(schema: GraphQLSchema): Set<string> {
  let names = nodeTypesOf.get(schema);
  if (!names) {
    const node = schema.getType('Node');
    names = new Set(isInterfaceType(node) ? schema.getPossibleTypes(node).map((t) => t.name) : []);
    nodeTypesOf.set(schema, names);
  }
  return names;
}

/** The first ID in `value` (of input type `type`, at `path`) that is malformed, or in a list too long. */
function checkIds(schema: GraphQLSchema, type: GraphQLInputType, value: unknown, path: string): GraphQLError | null {
  if (value == null) return null;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    const items: unknown[] = Array.isArray(value) ? value : [value];
    if (getNamedType(nullable).name === 'ID') {
      const tooMany = tooManyIds(items.length, path);
      if (tooMany) return tooMany;
    }
    for (const [i, item] of items.entries()) {
      const error = checkIds(schema, nullable.ofType, item, `${path}[${i}]`);
      if (error) return error;
    }
    return null;
  }
  if (isInputObjectType(nullable)) {
    for (const field of Object.values(nullable.getFields())) {
      const error = checkIds(schema, field.type, (value as Record<string, unknown>)[field.name], `${path}.${field.name}`);
      if (error) return error;
    }
    return null;
  }
  if (nullable.name !== 'ID') return null;
  const parsed = parseGlobalId(String(value));
  return parsed && nodeTypes(schema).has(parsed.typename) ? null : badInput(`${path}: ${shown(value)} is not a valid ID`);
}

function checkArguments(schema: GraphQLSchema, coordinate: string, defs: readonly GraphQLArgument[], values: Record<string, unknown>): GraphQLError | null {
  // Relay allows both, but a page counted from both ends is no page a reader asked for.
  if (values.first != null && values.last != null) return badInput('first and last: give one or the other, not both');
  for (const arg of defs) {
    const value = values[arg.name];
    if ((arg.name === 'after' || arg.name === 'before') && typeof value === 'string' && !isValidCursor(value, cursorShape(coordinate), schema)) {
      return badInput(`${arg.name}: ${shown(value)} is not a valid cursor`);
    }
    const error = checkIds(schema, arg.type, value, arg.name);
    if (error) return error;
  }
  return null;
}

/** The operation and the fragments it uses, directly or through other fragments. */
function executedDefinitions(document: DocumentNode, operationName: string | null | undefined): ExecutableDefinitionNode[] {
  const operation = getOperationAST(document, operationName);
  if (!operation) return [];
  const fragments = new Map(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])));
  const found: ExecutableDefinitionNode[] = [operation];
  for (let i = 0; i < found.length; i++) {
    visit(found[i]!, {
      FragmentSpread(spread) {
        const fragment = fragments.get(spread.name.value);
        if (fragment && !found.includes(fragment)) found.push(fragment);
      },
    });
  }
  return found;
}

/** The first bad cursor, ID or first+last pair among the arguments the operation would execute with, or null. */
export function firstBadArgument(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  rawVariables: Record<string, unknown> | null | undefined,
): GraphQLError | null {
  const definitions = executedDefinitions(document, operationName);
  const operation = definitions[0];
  if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) return null;
  // Variables that do not coerce are execution's to report (with its own message).
  const variables = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {});
  if (variables.errors) return null;
  let bad: GraphQLError | null = null;
  const typeInfo = new TypeInfo(schema);
  const visitor = visitWithTypeInfo(typeInfo, {
    Field(node) {
      const parent = typeInfo.getParentType();
      const field = typeInfo.getFieldDef();
      if (!parent || !field || field.args.length === 0) return;
      let values: Record<string, unknown>;
      try {
        values = getArgumentValues(field, node, variables.coerced);
      } catch {
        return; // execution reports it
      }
      const error = checkArguments(schema, `${parent.name}.${field.name}`, field.args, values);
      if (!error) return undefined;
      bad = new GraphQLError(error.message, { nodes: node, extensions: error.extensions });
      return BREAK;
    },
  });
  for (const definition of definitions) {
    visit(definition, visitor);
    if (bad) break;
  }
  return bad;
}

/** Answers an operation with a bad cursor, ID or first+last pair with that one error, before it executes. */
export function useArgumentChecks(): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const variables = args.variableValues as Record<string, unknown> | null | undefined;
      const error = firstBadArgument(args.schema, args.document, args.operationName, variables);
      if (error) setResultAndStopExecution({ errors: [error] });
    },
  };
}
