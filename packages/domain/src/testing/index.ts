// Builders for tests in every package: hand-made indicators where only what a test states differs from the defaults.
export * from './indicators.js';
