export * from './model.js';
export * from './vn-number.js';
