// graphql-codegen setup for a frontend: typed operations from schema.graphql and your
// .graphql documents. Copy this file into a frontend, point `schema` at this repository's
// schema.graphql (or at the running endpoint) and `documents` at your operations, then run
// `npx graphql-codegen`. Here it generates types for examples/, and the tests check them.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['examples/*.graphql'],
  generates: {
    'examples/generated/': {
      preset: 'client',
      config: {
        // DateTime travels as an ISO 8601 string.
        scalars: { DateTime: 'string' },
        enumsAsTypes: true,
        useTypeImports: true,
      },
    },
  },
};

export default config;
