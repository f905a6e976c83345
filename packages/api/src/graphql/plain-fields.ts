// type-graphql gives every plain field (a property or a getter of the class) a resolver that builds
// a "resolver data" object and runs the field's middleware chain, empty here, before it reads the
// property. A plan or a page of actions has thousands of such fields per request; reading the
// property directly gives the same answer for a fraction of the work and garbage.
import { isObjectType, type GraphQLFieldResolver, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

type Storage = ReturnType<typeof getMetadataStorage>;

/**
 * What the two shortcuts below read of type-graphql's metadata storage (not a public API):
 * checked when the schema is built, so that an upgrade that changes it stops the start with a
 * clear message instead of answering wrongly or slowly.
 */
export function assertMetadataShape(storage: Storage): void {
  const problems: string[] = [];
  const list = (name: 'objectTypes' | 'fields' | 'fieldResolvers') => {
    const value = (storage as unknown as Record<string, unknown>)[name];
    if (!Array.isArray(value) || value.length === 0) problems.push(`${name} is not a non-empty list`);
    return Array.isArray(value) ? (value as Record<string, unknown>[]) : [];
  };
  const expect = (what: string, items: Record<string, unknown>[], keys: Record<string, string>) => {
    const item = items[0];
    if (!item) return;
    for (const [key, type] of Object.entries(keys)) if (typeof item[key] !== type) problems.push(`${what}.${key} is ${typeof item[key]}, expected ${type}`);
  };
  expect('objectTypes[]', list('objectTypes'), { name: 'string', target: 'function' });
  expect('fields[]', list('fields'), { name: 'string', schemaName: 'string', target: 'function' });
  const resolvers = list('fieldResolvers');
  expect('fieldResolvers[]', resolvers, { methodName: 'string', schemaName: 'string', kind: 'string', target: 'function', getObjectType: 'function' });
  const params = resolvers.flatMap((r) => (Array.isArray(r.params) ? (r.params as Record<string, unknown>[]) : []));
  if (!params.length) problems.push('no field resolver has a params list');
  expect('fieldResolvers[].params[]', params, { kind: 'string', index: 'number' });
  if (problems.length) {
    throw new Error(`type-graphql's metadata no longer has the shape graphql/plain-fields.ts relies on (${problems.join('; ')}): adapt the shortcuts or remove them.`);
  }
}

/** A field of an object type that reads a property (or a getter) of its class, with no resolver of its own. */
export interface PlainField {
  typeName: string;
  fieldName: string;
  /** The class property it reads. */
  property: string;
  /** The object type's class. */
  target: Function;
  /** A getter that type-graphql registered as a resolver of its own (BaseEntity's `globalId`, `uuid`). */
  getter: boolean;
}

/** Every plain field of the schema's object types (what type-graphql would read from the object itself). */
export function plainFieldsOf(schema: GraphQLSchema): PlainField[] {
  const storage = getMetadataStorage();
  assertMetadataShape(storage);
  const out: PlainField[] = [];
  // Any method or resolver-class resolver is not plain (arguments, context, ...).
  const resolved = new Set(storage.fieldResolvers.map((r) => `${r.getObjectType?.()?.name ?? ''}.${r.methodName}`));
  for (const objectType of storage.objectTypes) {
    const type = schema.getType(objectType.name);
    if (!isObjectType(type)) continue;
    const fields = type.getFields();
    // Its own fields and those it inherits (BaseEntity's id, version, timestamps), then those of
    // the interfaces it implements that it does not declare itself (Collaboration's name).
    const own = (field: { target: Function }) => field.target === objectType.target || objectType.target.prototype instanceof field.target;
    const interfaces = (objectType as { interfaceClasses?: Function[] }).interfaceClasses ?? [];
    const seen = new Set<string>();
    const candidates = [...storage.fields.filter(own), ...storage.fields.filter((f) => interfaces.includes(f.target))];
    for (const field of candidates) {
      if (field.middlewares?.length || field.roles || field.params?.length) continue;
      if (!fields[field.schemaName] || seen.has(field.schemaName)) continue;
      seen.add(field.schemaName);
      const property = field.name;
      // type-graphql registers a getter as a resolver of its own: still plain (read from an instance).
      const getter = resolved.has(`${field.target.name}.${field.name}`) || resolved.has(`${objectType.target.name}.${field.name}`);
      if (getter && !isGetter(field.target, property)) continue;
      out.push({ typeName: type.name, fieldName: field.schemaName, property, target: objectType.target, getter });
    }
  }
  return out;
}

/** Returns how many fields now read their property directly. */
export function readPlainFieldsDirectly(schema: GraphQLSchema): number {
  let count = 0;
  for (const plain of plainFieldsOf(schema)) {
    const graphqlField = (schema.getType(plain.typeName) as GraphQLObjectType).getFields()[plain.fieldName]!;
    const property = plain.property;
    if (plain.getter) {
      // Read directly from an instance of the class (anything else still goes type-graphql's
      // way, which makes it one first).
      if (!graphqlField.resolve) continue;
      const original = graphqlField.resolve;
      const cls = plain.target;
      graphqlField.resolve = ((source: Record<string, unknown>, args, context, info) =>
        source instanceof cls ? source[property] : original(source, args, context, info)) as GraphQLFieldResolver<Record<string, unknown>, unknown>;
      continue;
    }
    // Same name: graphql's default resolver reads it; renamed: read that.
    graphqlField.resolve = property === plain.fieldName ? undefined : (((source: Record<string, unknown>) => source[property]) as GraphQLFieldResolver<unknown, unknown>);
    count++;
  }
  return count;
}

/** Whether `property` is a getter of the class (or of a class it extends). */
function isGetter(target: Function, property: string): boolean {
  for (let proto = target.prototype as object | null; proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto) as object | null) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, property);
    if (descriptor) return typeof descriptor.get === 'function';
  }
  return false;
}

type ParamRead = (root: unknown, context: unknown, info: unknown) => unknown;

/**
 * The same for field resolver methods whose parameters are only the parent (`@Root()`), the
 * context and the info, with no middleware or roles: type-graphql's wrapper builds resolver data,
 * sorts and maps the parameter list and runs an (empty) middleware chain on every call, a few
 * thousand calls per plan or page. They are called directly; a parent that is not yet an
 * instance of its class (type-graphql would convert it) still goes the long way. Returns how many.
 */
export function callFieldResolversDirectly(schema: GraphQLSchema): number {
  const storage = getMetadataStorage();
  let count = 0;
  const instances = new Map<Function, Record<string, (...args: unknown[]) => unknown>>();
  for (const resolver of storage.fieldResolvers) {
    if (resolver.kind !== 'external' || resolver.middlewares?.length || resolver.roles) continue;
    const type = schema.getType(resolver.getObjectType?.()?.name ?? '');
    if (!isObjectType(type)) continue;
    const field = type.getFields()[resolver.schemaName];
    const original = field?.resolve;
    if (!field || !original) continue;
    const params = [...(resolver.params ?? [])].sort((a, b) => a.index - b.index);
    let rootClass: Function | null = null;
    const reads: ParamRead[] = [];
    for (const p of params) {
      if (p.kind === 'root' && !p.propertyName) {
        const t = p.getType?.();
        if (typeof t === 'function' && t !== Object) rootClass = t;
        reads.push((root) => root);
      } else if (p.kind === 'context' && !p.propertyName) reads.push((_root, context) => context);
      else if (p.kind === 'info') reads.push((_root, _context, info) => info);
      else break;
    }
    if (reads.length !== params.length) continue;
    if (!instances.has(resolver.target)) instances.set(resolver.target, new (resolver.target as new () => Record<string, (...args: unknown[]) => unknown>)());
    const instance = instances.get(resolver.target)!;
    const method = instance[resolver.methodName]!;
    const check = rootClass;
    field.resolve = (root, args, context, info) => {
      if (check && !(root instanceof check)) return original(root, args, context, info);
      return method.apply(
        instance,
        reads.map((read) => read(root, context, info)),
      );
    };
    count++;
  }
  return count;
}
