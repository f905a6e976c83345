// type-graphql gives every plain field (a property or a getter of the class) a resolver that builds
// a "resolver data" object and runs the field's middleware chain, empty here, before it reads the
// property. A plan or a page of actions has thousands of such fields per request; reading the
// property directly gives the same answer for a fraction of the work and garbage.
import { isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

export function readPlainFieldsDirectly(schema: GraphQLSchema): void {
  const storage = getMetadataStorage();
  // Any method or resolver-class resolver keeps type-graphql's resolver (arguments, context, ...).
  const resolved = new Set(storage.fieldResolvers.map((r) => `${r.getObjectType?.()?.name ?? ''}.${r.methodName}`));
  for (const objectType of storage.objectTypes) {
    const type = schema.getType(objectType.name);
    if (!isObjectType(type)) continue;
    const fields = type.getFields();
    // Its own fields and those it inherits (BaseEntity's id, version, timestamps).
    const own = (field: { target: Function }) => field.target === objectType.target || objectType.target.prototype instanceof field.target;
    for (const field of storage.fields.filter(own)) {
      if (field.middlewares?.length || field.roles || field.params?.length) continue;
      if (resolved.has(`${field.target.name}.${field.name}`) || resolved.has(`${objectType.target.name}.${field.name}`)) continue;
      const graphqlField = fields[field.schemaName];
      if (!graphqlField) continue;
      const property = field.name;
      // Same name: graphql's default resolver reads it; renamed (`id` is the getter `globalId`): read that.
      graphqlField.resolve = property === field.schemaName ? undefined : ((source: Record<string, unknown>) => source[property]) as GraphQLFieldResolver<unknown, unknown>;
    }
  }
}
