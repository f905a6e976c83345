// The edge check of every value a GraphQL operation carries, before any resolver runs: each
// argument of each field (inline literals and the variables they use, inside input objects and
// lists), read with its schema type. What no resolver could use is refused here, once, as
// INVALID_INPUT naming the field:
//   - text with a NUL byte or an unpaired UTF-16 surrogate (PostgreSQL refuses the first, the
//     second is no character), in any String, ID or JSON value;
//   - an ID that is not a global id of this API (blank, garbage, a number): services then check
//     the type they expect (common/global-id.ts);
//   - a blank slug (`zones(regionSlug: "")` would otherwise mean "no filter");
//   - JSON nested deeper than MAX_JSON_DEPTH (an import plan is about 8 levels).
// `field` is the path from the argument (`filter.search`, `ids.2`), without a leading `input.`
// (as the services' own validation names input fields).
// Also here: the validation rule refusing operation types the schema does not have (subscription).
import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNamedType,
  GraphQLError,
  GraphQLID,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  isScalarType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationRule,
  type ValueNode,
} from 'graphql';
import { AppError } from '../common/app-error';
import { parseGlobalId } from '../common/global-id';
import { textProblem } from '../common/validate';

/** Deepest nesting of a JSON argument value (objects and lists). */
export const MAX_JSON_DEPTH = 64;

const isSlugName = (name: string) => name === 'slug' || name.endsWith('Slug');

function invalid(field: string, message: string, details: Record<string, unknown> = {}): AppError {
  // The whole request is refused before anything runs: 400, as for variables that do not fit their types.
  return new AppError('INVALID_INPUT', message, { field, issues: [{ field, message }], ...details, http: { status: 400 } });
}

const join = (path: string, key: string | number) => (path ? `${path}.${key}` : String(key));

class Walker {
  constructor(private readonly variables: Record<string, unknown>) {}

  /** A string value of a scalar of `type`, at `path`, whose innermost name is `name`. */
  private text(value: string, type: GraphQLNamedType, path: string, name: string): void {
    const problem = textProblem(value);
    if (problem) throw invalid(path, problem);
    if (type === GraphQLID && !parseGlobalId(value)) {
      throw invalid(path, value.trim() ? 'Ongeldige id: gebruik een id zoals de API die gaf.' : 'Een lege id kan niet: laat het argument weg of geef een id.');
    }
    if (type.name === 'String' && isSlugName(name) && !value.trim()) throw invalid(path, 'Een lege slug kan niet: laat het argument weg of geef een slug.');
  }

  /** Any JSON value (a JSON scalar, or a scalar we do not know): text checked, depth bounded. */
  private json(value: unknown, path: string, depth: number): void {
    if (typeof value === 'string') {
      const problem = textProblem(value);
      if (problem) throw invalid(path, problem);
      return;
    }
    if (value === null || typeof value !== 'object') return;
    if (depth >= MAX_JSON_DEPTH) throw invalid(path, `De waarde is te diep genest: hoogstens ${MAX_JSON_DEPTH} niveaus.`, { maxDepth: MAX_JSON_DEPTH });
    if (Array.isArray(value)) {
      value.forEach((item, i) => this.json(item, join(path, i), depth + 1));
      return;
    }
    for (const [key, item] of Object.entries(value)) {
      const problem = textProblem(key);
      if (problem) throw invalid(path, problem);
      this.json(item, join(path, key), depth + 1);
    }
  }

  /** A value as sent in the variables, read as `type`. */
  value(value: unknown, type: GraphQLInputType, path: string, name: string): void {
    if (value === null || value === undefined) return;
    if (isNonNullType(type)) return this.value(value, type.ofType, path, name);
    if (isListType(type)) {
      // A single value where a list is expected is a list of one (input coercion).
      if (Array.isArray(value)) value.forEach((item, i) => this.value(item, type.ofType, join(path, i), name));
      else this.value(value, type.ofType, path, name);
      return;
    }
    if (isInputObjectType(type)) {
      if (typeof value !== 'object' || Array.isArray(value)) return; // coercion refuses it
      const fields = type.getFields();
      for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
        const field = fields[key];
        if (field) this.value(item, field.type, join(path, key), key);
      }
      return;
    }
    if (!isScalarType(type)) return; // enums: coercion checks them
    if (type.name === 'JSON') return this.json(value, path, 0);
    if (typeof value === 'string') return this.text(value, type, path, name);
    if (type === GraphQLID && typeof value === 'number') throw invalid(path, 'Ongeldige id: gebruik een id zoals de API die gaf.');
  }

  /** A value written in the document (variables resolved), read as `type`. */
  literal(node: ValueNode, type: GraphQLInputType, path: string, name: string): void {
    if (node.kind === Kind.VARIABLE) return this.value(this.variables[node.name.value], type, path, name);
    if (node.kind === Kind.NULL) return;
    if (isNonNullType(type)) return this.literal(node, type.ofType, path, name);
    if (isListType(type)) {
      if (node.kind === Kind.LIST) node.values.forEach((item, i) => this.literal(item, type.ofType, join(path, i), name));
      else this.literal(node, type.ofType, path, name);
      return;
    }
    if (isInputObjectType(type)) {
      if (node.kind !== Kind.OBJECT) return;
      const fields = type.getFields();
      for (const f of node.fields) {
        const field = fields[f.name.value];
        if (field) this.literal(f.value, field.type, join(path, f.name.value), f.name.value);
      }
      return;
    }
    if (!isScalarType(type)) return;
    if (type.name === 'JSON') return this.jsonLiteral(node, path, 0);
    if (node.kind === Kind.STRING) return this.text(node.value, type, path, name);
    if (type === GraphQLID && node.kind === Kind.INT) throw invalid(path, 'Ongeldige id: gebruik een id zoals de API die gaf.');
  }

  private jsonLiteral(node: ValueNode, path: string, depth: number): void {
    if (node.kind === Kind.VARIABLE) return this.json(this.variables[node.name.value], path, depth);
    if (node.kind === Kind.STRING) return this.json(node.value, path, depth);
    if (node.kind !== Kind.LIST && node.kind !== Kind.OBJECT) return;
    if (depth >= MAX_JSON_DEPTH) throw invalid(path, `De waarde is te diep genest: hoogstens ${MAX_JSON_DEPTH} niveaus.`, { maxDepth: MAX_JSON_DEPTH });
    if (node.kind === Kind.LIST) node.values.forEach((item, i) => this.jsonLiteral(item, join(path, i), depth + 1));
    else for (const f of node.fields) this.jsonLiteral(f.value, join(path, f.name.value), depth + 1);
  }
}

/**
 * Checks every argument value of an operation (see the top of this file); throws the first
 * problem as INVALID_INPUT. Each fragment is walked once, however often it is spread.
 */
export function checkOperationInputs(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): void {
  const walker = new Walker(variables);
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  const seen = new Set<string>();

  const walk = (set: SelectionSetNode, parent: GraphQLNamedType | null | undefined): void => {
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        const field = parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[sel.name.value] : undefined;
        if (!field) continue; // introspection, __typename (validation refused unknown fields)
        for (const arg of sel.arguments ?? []) {
          const def = field.args.find((a) => a.name === arg.name.value);
          // `input` is the conventional name of a mutation's input object: its fields are named alone.
          if (def) walker.literal(arg.value, def.type, arg.name.value === 'input' ? '' : arg.name.value, arg.name.value);
        }
        if (sel.selectionSet) walk(sel.selectionSet, getNamedType(field.type));
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        walk(sel.selectionSet, sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : parent);
      } else if (!seen.has(sel.name.value)) {
        seen.add(sel.name.value);
        const fragment = fragments.get(sel.name.value);
        if (fragment) walk(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value));
      }
    }
  };
  const root = operation.operation === 'query' ? schema.getQueryType() : operation.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
  walk(operation.selectionSet, root);
}

/** Runs `checkOperationInputs` on every request, after validation and before execution. */
export function inputGuardPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (operation) checkOperationInputs(schema, document, operation, request.variables ?? {});
        },
      };
    },
  };
}

/**
 * A validation rule: an operation type the schema has no root type for (we have no subscriptions)
 * is a validation error (400 GRAPHQL_VALIDATION_FAILED), as graphql-js 17's KnownOperationTypes
 * rule says, instead of an execution error.
 */
export const knownOperationTypesRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    const schema = context.getSchema();
    const root = node.operation === 'query' ? schema.getQueryType() : node.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
    if (!root) context.reportError(new GraphQLError(`Deze API ondersteunt geen ${node.operation}-operaties.`, { nodes: node }));
  },
});
