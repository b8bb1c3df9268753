// Prints a number the way a Vietnamese report does (dot groups thousands, comma marks decimals: 16.807, 98,37).
// Hand-written rather than Intl.NumberFormat because it runs once per generated row (12–13 M times nationally);
// its output is checked against the domain's parser in the tests.

export function formatVietnamese(value: number): string {
  const negative = value < 0;
  const text = Math.abs(value).toString();
  if (text.includes('e')) throw new Error(`formatVietnamese: ${value} is out of range`);
  const dot = text.indexOf('.');
  const whole = dot === -1 ? text : text.slice(0, dot);
  const fraction = dot === -1 ? '' : text.slice(dot + 1);
  let grouped = '';
  for (let i = whole.length; i > 0; i -= 3) {
    const start = Math.max(0, i - 3);
    grouped = grouped === '' ? whole.slice(start, i) : `${whole.slice(start, i)}.${grouped}`;
  }
  return `${negative ? '-' : ''}${grouped}${fraction ? `,${fraction}` : ''}`;
}
