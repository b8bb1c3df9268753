export * from './model.js';
export * from './vn-number.js';
export * from './period.js';
export * from './ratio.js';
export * from './direction.js';
export * from './graph.js';
export * from './yoy.js';
export * from './ranking.js';
