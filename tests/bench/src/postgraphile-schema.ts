// The PostGraphile side of the comparison: a schema of views and functions over the API's own tables (never a copy),
// with smart comments for the relations and the year-over-year the question needs.
export const PGL_SCHEMA = 'pgl';

export const PGL_SQL = `
DROP SCHEMA IF EXISTS pgl CASCADE;
CREATE SCHEMA pgl;

CREATE VIEW pgl.org_units AS SELECT code, name, level, kind, parent_code FROM public.org_unit;
COMMENT ON VIEW pgl.org_units IS E'@name orgUnit\\n@primaryKey code\\n@foreignKey (parent_code) references pgl.org_units (code)|@fieldName parent|@foreignFieldName children';

CREATE TYPE pgl.yoy_row AS (
  org_unit_code text, indicator_code text, year int, value double precision, previous double precision,
  change double precision, percent_change double precision
);

-- W1: one indicator, every commune of a province, two years.
CREATE FUNCTION pgl.yoy_slice(indicator text, province text, from_year int, to_year int) RETURNS SETOF pgl.yoy_row AS $$
  SELECT c.code, $1, $4, cur.value, prev.value, cur.value - prev.value,
         CASE WHEN prev.value <> 0 THEN (cur.value - prev.value) / abs(prev.value) * 100 END
  FROM public.org_unit c
  JOIN public.org_unit d ON d.code = c.parent_code
  LEFT JOIN public.observation cur ON cur.org_unit_code = c.code AND cur.indicator_code = $1 AND cur.year = $4 AND cur.period_kind = 'YEAR'
  LEFT JOIN public.observation prev ON prev.org_unit_code = c.code AND prev.indicator_code = $1 AND prev.year = $3 AND prev.period_kind = 'YEAR'
  WHERE d.parent_code = $2 AND c.level = 'COMMUNE' ORDER BY c.code
$$ LANGUAGE sql STABLE;

-- W1 at 5,000 communes: the same over a list of units.
CREATE FUNCTION pgl.yoy_units(indicator text, codes text[], from_year int, to_year int) RETURNS SETOF pgl.yoy_row AS $$
  SELECT c.code, $1, $4, cur.value, prev.value, cur.value - prev.value,
         CASE WHEN prev.value <> 0 THEN (cur.value - prev.value) / abs(prev.value) * 100 END
  FROM public.org_unit c
  LEFT JOIN public.observation cur ON cur.org_unit_code = c.code AND cur.indicator_code = $1 AND cur.year = $4 AND cur.period_kind = 'YEAR'
  LEFT JOIN public.observation prev ON prev.org_unit_code = c.code AND prev.indicator_code = $1 AND prev.year = $3 AND prev.period_kind = 'YEAR'
  WHERE c.code = ANY($2) ORDER BY c.code
$$ LANGUAGE sql STABLE;

CREATE TYPE pgl.ranking_row AS (org_unit_code text, value double precision, rank int);

-- W2: the country's communes ranked on one indicator in one year (PostGraphile adds first: 50 and totalCount).
CREATE FUNCTION pgl.ranking(indicator text, year int) RETURNS SETOF pgl.ranking_row AS $$
  SELECT o.org_unit_code, o.value, (rank() OVER (ORDER BY o.value DESC))::int
  FROM public.observation o
  WHERE o.indicator_code = $1 AND o.year = $2 AND o.period_kind = 'YEAR' AND o.value IS NOT NULL
  ORDER BY 3, 1
$$ LANGUAGE sql STABLE;

-- W3: a unit's ten-year series of some indicators with the change from the year before (a computed column).
CREATE FUNCTION pgl.org_units_series(u pgl.org_units, codes text[], first_year int, last_year int) RETURNS SETOF pgl.yoy_row AS $$
  SELECT org_unit_code, indicator_code, year, value, previous, value - previous,
         CASE WHEN previous <> 0 THEN (value - previous) / abs(previous) * 100 END
  FROM (
    SELECT o.org_unit_code, o.indicator_code, o.year, o.value,
           CASE WHEN lag(o.year) OVER w = o.year - 1 THEN lag(o.value) OVER w END AS previous
    FROM public.observation o
    WHERE o.org_unit_code = u.code AND o.indicator_code = ANY(codes) AND o.period_kind = 'YEAR'
      AND o.year BETWEEN first_year - 1 AND last_year
    WINDOW w AS (PARTITION BY o.org_unit_code, o.indicator_code ORDER BY o.year)
  ) s
  WHERE year >= first_year
  ORDER BY indicator_code, year
$$ LANGUAGE sql STABLE;
`;
