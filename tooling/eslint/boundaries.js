// ARCHITECTURE.md's import table as lint: each package's eslint.config.js states what its files may not import, so an
// import that runs the wrong way fails `pnpm lint` (and so `pnpm test`). Built on ESLint's no-restricted-imports; it
// checks type-only imports too, since a type that runs upward couples the layers just as much.

/**
 * @typedef {{ regex: string, message: string }} Forbidden  an import source matched by `regex` is an error.
 * @typedef {{ files: string[], ignores?: string[], forbid: Forbidden[] }} Area  a part of the package with its own rules.
 */

/**
 * One flat-config block per area, each also holding the package-wide rules. ESLint keeps only the last matching
 * block's options of a rule for a file: list general areas first, then the more specific ones that replace them.
 * @param {{ packageWide?: Forbidden[], areas?: Area[] }} boundaries
 */
export function importBoundaries({ packageWide = [], areas = [] }) {
  const block = (files, ignores, patterns) => ({
    files,
    ...(ignores ? { ignores } : {}),
    rules: { 'no-restricted-imports': ['error', { patterns }] },
  });
  return [
    block(['**/*.{js,ts,tsx}'], undefined, packageWide),
    ...areas.map((area) => block(area.files, area.ignores, [...packageWide, ...area.forbid])),
  ];
}

/** Forbids every workspace package (`@cchc/…`) except the listed ones. */
export function onlyWorkspacePackages(allowed, who) {
  // A listed package's subpath exports (`@cchc/domain/testing`) belong to that package too.
  const rest = allowed.length > 0 ? `(?!(${allowed.map((name) => name.replace('@cchc/', '')).join('|')})(/|$))` : '';
  return {
    regex: `^@cchc/${rest}`,
    message: `${who} may import ${allowed.length > 0 ? allowed.join(', ') : 'no workspace package'} (ARCHITECTURE.md).`,
  };
}
