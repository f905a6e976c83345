// Limits on what one GraphQL request may ask, so an external tool (or a mistake in one) cannot
// make the API resolve millions of objects: a maximum depth (a validation rule) and a maximum
// estimated cost (a plugin, because the cost depends on `first: $n` variables, which validation
// rules never see: Apollo validates and caches a document once, whatever its variables).
// Introspection (`__schema`, `__type`, `__typename`) is not counted, so GraphiQL, codegen and
// graphql-http audits keep working.
import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  valueFromASTUntyped,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type FieldNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationRule,
} from 'graphql';
import { AppError } from '../common/app-error';
import { DEFAULT_PAGE_SIZE } from './connection';

export interface QueryLimits {
  /** Deepest nesting of fields allowed (`{ regions { name } }` has depth 2). */
  maxDepth: number;
  /** Highest estimated cost allowed (about the number of fields a worst-case answer resolves). */
  maxCost: number;
  /** Assumed length of a list field that takes no `first` argument. */
  listSize: number;
}

const isIntrospection = (name: string) => name.startsWith('__');

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const out = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) out.set(def.name.value, def);
  return out;
}

/**
 * Depth of the deepest field below a selection set. Fragments are measured once each (memoized),
 * so a document that spreads fragments many times is still measured in linear time; a fragment
 * cycle (reported by graphql's own NoFragmentCycles rule) counts as depth 0 here.
 */
function selectionDepth(set: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, memo: Map<string, number>, visiting: Set<string>): number {
  let max = 0;
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) {
      if (isIntrospection(sel.name.value)) continue;
      max = Math.max(max, 1 + (sel.selectionSet ? selectionDepth(sel.selectionSet, fragments, memo, visiting) : 0));
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      max = Math.max(max, selectionDepth(sel.selectionSet, fragments, memo, visiting));
    } else {
      const name = sel.name.value;
      if (!memo.has(name)) {
        const fragment = fragments.get(name);
        if (!fragment || visiting.has(name)) continue;
        visiting.add(name);
        memo.set(name, selectionDepth(fragment.selectionSet, fragments, memo, visiting));
        visiting.delete(name);
      }
      max = Math.max(max, memo.get(name)!);
    }
  }
  return max;
}

/** The depth of one operation of a document. */
export function operationDepth(document: DocumentNode, operation: OperationDefinitionNode): number {
  return selectionDepth(operation.selectionSet, fragmentsOf(document), new Map(), new Set());
}

/** A validation rule that refuses operations nested deeper than `maxDepth`. */
export function depthLimitRule(maxDepth: number): ValidationRule {
  return (context) => ({
    OperationDefinition(node) {
      const depth = operationDepth(context.getDocument(), node);
      if (depth > maxDepth) {
        context.reportError(new AppError('QUERY_TOO_DEEP', `De query is te diep genest: ${depth} niveaus, hoogstens ${maxDepth} toegestaan.`, { depth, maxDepth }));
      }
    },
  });
}

const isConnection = (type: GraphQLCompositeType) => type.name.endsWith('Connection');
const hasFirst = (field: GraphQLField<unknown, unknown>) => field.args.some((a) => a.name === 'first');

/** The page size a field with a `first` argument asks: the argument, else its default in the schema, else the API's. */
function pageSize(field: GraphQLField<unknown, unknown>, node: FieldNode, variables: Record<string, unknown>): number {
  const arg = node.arguments?.find((a) => a.name.value === 'first');
  let value: unknown = field.args.find((a) => a.name === 'first')?.defaultValue;
  if (arg?.value.kind === Kind.INT) value = Number(arg.value.value);
  else if (arg?.value.kind === Kind.VARIABLE) value = variables[arg.value.name.value] ?? value;
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : DEFAULT_PAGE_SIZE;
}

/**
 * How many items a list field is assumed to return: the page size for the items (`edges`,
 * `nodes`) of a connection and for the lists of an object asked with `first` (`search`), `first`
 * for a paged list, the number of `ids` asked, else a default.
 */
function multiplier(
  field: GraphQLField<unknown, unknown>,
  node: FieldNode,
  parent: GraphQLCompositeType,
  variables: Record<string, unknown>,
  listSize: number,
  page: number | undefined,
): number {
  const isList = isListType(getNullableType(field.type));
  if (isConnection(parent) || page !== undefined) return isList ? (page ?? DEFAULT_PAGE_SIZE) : 1;
  // A connection (or `search`) is one object: its `first` applies to its lists (above).
  if (hasFirst(field)) return isList ? pageSize(field, node, variables) : 1;
  // `nodes(ids: [...])` returns one item per id.
  const ids = node.arguments?.find((a) => a.name.value === 'ids');
  if (ids?.value.kind === Kind.LIST) return ids.value.values.length;
  if (ids?.value.kind === Kind.VARIABLE) {
    const value = variables[ids.value.name.value];
    if (Array.isArray(value)) return value.length;
  }
  return isList ? listSize : 1;
}

/**
 * What a field costs besides the fields it resolves. Fields below a list are batched per request
 * (DataLoaders, one statement per relation), so they cost about 1 per item: a region overview
 * (678 000) takes ~50 ms. But every field of the root, and every alias of one, runs statements of
 * its own (a page of 200 ids ~1.7 ms), and a search or a list of similar actions runs several
 * full-text or trigram statements wherever it appears (~7 ms). Measured with 100 aliases on the
 * seed data; without these weights 1 000 aliased searches (5-10 s) passed the limit.
 */
export const FIELD_WEIGHTS = {
  /** Every field of the query or mutation root, per alias. */
  root: 20_000,
  /** `search` (five ranked statements) and `Action.similarActions` (one per action). */
  search: 100_000,
  similarActions: 100_000,
  /** `ActionPlan.yearReport` and `Region.yearReport`: a handful of statements per report, not batched across plans. */
  yearReport: 20_000,
} as const;

function weight(parent: GraphQLCompositeType, field: GraphQLField<unknown, unknown>, isRoot: boolean): number {
  if (parent.name === 'Query' && field.name === 'search') return FIELD_WEIGHTS.search;
  if (parent.name === 'Action' && field.name === 'similarActions') return FIELD_WEIGHTS.similarActions;
  if ((parent.name === 'ActionPlan' || parent.name === 'Region') && field.name === 'yearReport') return FIELD_WEIGHTS.yearReport;
  return isRoot ? FIELD_WEIGHTS.root : 0;
}

/**
 * The estimated cost of one operation: every field costs 1 plus its weight (`FIELD_WEIGHTS`), and
 * the fields below a list count once per assumed item, so aliases add up and nested lists multiply. Fragments are costed once each (their cost does not depend on where
 * they are spread); fields under @skip/@include are counted (a worst-case estimate).
 */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, options: { variables?: Record<string, unknown>; listSize: number }): number {
  const fragments = fragmentsOf(document);
  // The variables as sent, with the operation's defaults for those left out (`$first: Int = 100`).
  const variables: Record<string, unknown> = { ...options.variables };
  for (const def of operation.variableDefinitions ?? []) {
    if (variables[def.variable.name.value] === undefined && def.defaultValue) variables[def.variable.name.value] = valueFromASTUntyped(def.defaultValue);
  }
  const memo = new Map<string, number>();
  const visiting = new Set<string>();

  // `page`: the page size asked of the connection whose fields are being costed.
  const cost = (set: SelectionSetNode, parent: GraphQLCompositeType, page?: number, isRoot = false): number => {
    let total = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        if (isIntrospection(sel.name.value) || !(isObjectType(parent) || isInterfaceType(parent))) continue;
        const field = parent.getFields()[sel.name.value];
        if (!field) continue;
        const type = getNamedType(field.type);
        // `first` of a field that returns one object (a connection, `search`) sizes that object's lists.
        const childPage = hasFirst(field) && !isListType(getNullableType(field.type)) ? pageSize(field, sel, variables) : undefined;
        const below = sel.selectionSet && isCompositeType(type) ? cost(sel.selectionSet, type, childPage) : 0;
        total += 1 + weight(parent, field, isRoot) + multiplier(field, sel, parent, variables, options.listSize, page) * below;
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        const type = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : parent;
        if (type && isCompositeType(type)) total += cost(sel.selectionSet, type, page, isRoot);
      } else {
        const name = sel.name.value;
        const key = `${name}:${page ?? ''}:${isRoot}`;
        if (!memo.has(key)) {
          const fragment = fragments.get(name);
          const type = fragment && schema.getType(fragment.typeCondition.name.value);
          if (!fragment || !type || !isCompositeType(type) || visiting.has(name)) continue;
          visiting.add(name);
          memo.set(key, cost(fragment.selectionSet, type, page, isRoot));
          visiting.delete(name);
        }
        total += memo.get(key)!;
      }
    }
    return total;
  };

  const root = operation.operation === 'query' ? schema.getQueryType() : operation.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
  return root ? cost(operation.selectionSet, root, undefined, true) : 0;
}

/** Refuses operations whose estimated cost exceeds `maxCost`, before anything is resolved. */
export function costLimitPlugin(limits: Pick<QueryLimits, 'maxCost' | 'listSize'>): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const cost = operationCost(schema, document, operation, { variables: request.variables ?? {}, listSize: limits.listSize });
          if (cost > limits.maxCost) {
            throw new AppError(
              'QUERY_TOO_COMPLEX',
              `De query is te zwaar: geschatte kost ${cost}, hoogstens ${limits.maxCost} toegestaan. Vraag minder velden of kleinere pagina's (first).`,
              { cost, maxCost: limits.maxCost, http: { status: 400 } },
            );
          }
        },
      };
    },
  };
}
