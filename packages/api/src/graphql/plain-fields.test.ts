// The resolver shortcuts read type-graphql's metadata storage, which is not a public API: an
// upgrade that changes its shape must stop the start, and the shortcuts must still apply.
import { getMetadataStorage } from 'type-graphql';
import { getSchema } from '../schema';
import { assertMetadataShape, callFieldResolversDirectly, readPlainFieldsDirectly } from './plain-fields';

describe('resolver shortcuts (plain-fields.ts)', () => {
  it("accepts today's type-graphql metadata and applies to the schema's fields", () => {
    const schema = getSchema();
    expect(() => assertMetadataShape(getMetadataStorage())).not.toThrow();
    // Applying again to the built schema: hundreds of plain fields and field resolvers qualify.
    expect(readPlainFieldsDirectly(schema)).toBeGreaterThan(200);
    expect(callFieldResolversDirectly(schema)).toBeGreaterThan(20);
  });

  it('fails loudly, naming what changed, when the metadata has another shape', () => {
    const storage = getMetadataStorage();
    const renamed = { ...storage, fieldResolvers: storage.fieldResolvers.map((r) => ({ ...r, methodName: undefined })) } as unknown as typeof storage;
    expect(() => assertMetadataShape(renamed)).toThrow(/fieldResolvers\[\]\.methodName is undefined, expected string/);
    const gone = { ...storage, fields: undefined } as unknown as typeof storage;
    expect(() => assertMetadataShape(gone)).toThrow(/fields is not a non-empty list/);
  });
});
