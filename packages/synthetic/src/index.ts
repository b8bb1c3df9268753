export * from './structure.js';
export * from './generate.js';
export { RandomStream, streamSeed } from './random.js';
export { formatVietnamese } from './vn-format.js';
export * from './load/index.js';
