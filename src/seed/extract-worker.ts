// The worker-thread entry point for extraction (loaded by Piscina in ./run.ts).
export { extractFile as default } from './extract-file.js';
