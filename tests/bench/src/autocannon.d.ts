// autocannon ships no types; the harness calls it with an options object and reads a few result fields.
declare module 'autocannon' {
  const autocannon: unknown;
  export default autocannon;
}
