// Typed operations from the committed schema (not a live server): `pnpm codegen`.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: '../api/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: {
        // Components receive plain typed data; no masking layer to unwrap.
        fragmentMasking: false,
      },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTimeISO: 'string' },
        defaultScalarType: 'unknown',
        skipTypename: false,
      },
    },
    // Which types each interface and union stands for: Apollo's cache needs it to match a fragment
    // on an interface (e.g. `on Collaboration`) with a WorkingGroup or Project it stored.
    './src/gql/possible-types.ts': {
      plugins: ['fragment-matcher'],
      config: { useExplicitTyping: true },
    },
  },
};

export default config;
