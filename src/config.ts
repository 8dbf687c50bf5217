import { z } from 'zod';

// Every setting comes from the environment, is validated once here, and is read
// from this object everywhere else.
const Env = z.object({
  DATABASE_URL: z
    .string()
    .default('file:./data/wiregraph.db')
    .refine((url) => url.startsWith('file:'), {
      message: 'must be a SQLite URL such as file:./data/wiregraph.db',
    }),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('0.0.0.0'),
  SEED_DIR: z.string().default('seeds'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
});

export type Config = z.infer<typeof Env>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
