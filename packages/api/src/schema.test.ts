import fs from 'node:fs';
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType } from 'graphql';
import { getSchema, renderSchema, SCHEMA_FILE } from './schema';

describe('schema.graphql', () => {
  it('is the schema the code builds (run `pnpm --filter @kruispunt/api schema` after changing the API)', () => {
    expect(fs.readFileSync(SCHEMA_FILE, 'utf8')).toBe(renderSchema());
  });

  it('describes every type and field', () => {
    const missing: string[] = [];
    for (const type of Object.values(getSchema().getTypeMap())) {
      if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type) || isInputObjectType(type) || isEnumType(type))) continue;
      if (!type.description) missing.push(type.name);
      if (isEnumType(type)) continue;
      for (const field of Object.values(type.getFields())) if (!field.description) missing.push(`${type.name}.${field.name}`);
    }
    expect(missing).toEqual([]);
  });
});
