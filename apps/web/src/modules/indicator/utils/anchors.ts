/** A stable fragment id for a period label, so findings can link to the exact value ("#period-2024"). */
export function periodAnchor(label: string | null | undefined): string {
  const slug = (label ?? 'all')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `period-${slug}`;
}
