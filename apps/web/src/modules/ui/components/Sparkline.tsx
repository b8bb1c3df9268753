// A tiny inline SVG line: cheap enough for a card grid, unlike a charting library.
import './reading.css';
interface SparklineProps {
  points: { year: number; value: number | null }[];
  label: string;
  width?: number;
  height?: number;
  /** For ranks: 1 is best, so it is drawn at the top. */
  inverted?: boolean;
}

export function Sparkline({ points, label, width = 120, height = 32, inverted = false }: SparklineProps) {
  const known = points.filter((p): p is { year: number; value: number } => p.value !== null);
  if (known.length < 2) return null;
  const years = points.map((p) => p.year);
  const minYear = Math.min(...years);
  const maxYear = Math.max(...years);
  const values = known.map((p) => p.value);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const x = (year: number) => (maxYear === minYear ? width / 2 : ((year - minYear) / (maxYear - minYear)) * (width - 4) + 2);
  const y = (value: number) => {
    if (max === min) return height / 2;
    const share = (value - min) / (max - min);
    return 3 + (inverted ? share : 1 - share) * (height - 6);
  };
  // A missing year breaks the line rather than being drawn through: a gap is not a value.
  const segments: string[] = [];
  let current: string[] = [];
  for (const p of [...points].sort((a, b) => a.year - b.year)) {
    if (p.value === null) {
      if (current.length) segments.push(current.join(' '));
      current = [];
    } else current.push(`${x(p.year).toFixed(1)},${y(p.value).toFixed(1)}`);
  }
  if (current.length) segments.push(current.join(' '));
  // The first and last years under the line, so a reader knows the span it covers.
  return (
    <div className="sparkline-box" style={{ width }}>
      <svg className="sparkline" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`${label} (${minYear}–${maxYear})`}>
        {segments.map((s) => (
          <polyline key={s} points={s} fill="none" stroke="currentColor" strokeWidth="1.5" />
        ))}
        {known.map((p) => (
          <circle key={p.year} cx={x(p.year)} cy={y(p.value)} r="2" fill="currentColor" />
        ))}
      </svg>
      <div className="sparkline-years" aria-hidden="true" data-testid="sparkline-years">
        <span>{minYear}</span>
        <span>{maxYear}</span>
      </div>
    </div>
  );
}
