import { rmSync } from 'node:fs';
import { generate } from '@graphql-codegen/cli';
import ts from 'typescript';
import { expect, it } from 'vitest';
import config from '../../codegen.js';

it('graphql-codegen generates typed operations for examples/ that type-check', async () => {
  rmSync('examples/generated', { recursive: true, force: true });
  const files = await generate({ ...config, silent: true }, true);
  const operations = files.find((f: { filename: string }) => f.filename.endsWith('graphql.ts'))!.content;
  for (const name of ['ArticlePageQuery', 'EntityPageQuery', 'SearchWithFacetsQuery', 'SpeakerTimelineQuery']) {
    expect(operations).toContain(`export type ${name} =`);
  }

  const program = ts.createProgram(['examples/generated/index.ts'], {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    // As a frontend built with a bundler (Vite, Next.js) compiles it.
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
  });
  const problems = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  expect(problems).toEqual([]);
}, 60_000);
