// English texts of the reported and computed ranks (merged into the app's dictionary under "ranks").
export const ranksEn = {
  title: 'Ranks: as reported and as computed by CCHC',
  intro:
    "The rank the report states, beside the rank CCHC computes from the figures it holds for the commune and the district's other communes. They are compared only when every unit ranked has the figure; a difference then shows as a warning among the findings.",
  indicator: 'Rank',
  year: 'Year',
  reported: 'Reported',
  computed: 'Computed',
  of: { PAR: 'PAR index', SIPAS: 'Satisfaction index' },
  onlyOwn: "{{rank}}/{{of}} — only this commune's figures are held; nothing to compare",
  incomplete: '{{rank}}/{{of}} — figures held for {{of}} of {{ranked}} units; nothing to compare yet',
  noOwnFigure: "No figure of the commune for this year",
  differs: 'differs from the report',
  agrees: 'agrees with the report',
};
