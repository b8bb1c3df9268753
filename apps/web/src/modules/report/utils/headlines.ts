// The headline indicators of the overview (issue 4): reform-index score and rank, satisfaction, online filing,
// on-time resolution, digitisation — codes of the dataset's narrative and appendix indicators.
export const HEADLINE_CODES = {
  parScore: 'N.PAR.SCORE',
  parRank: 'N.PAR.RANK',
  satisfaction: 'N.SIPAS.SATISFACTION',
  onlineFiling: 'N.TTHC.ONLINE_FILE_RATE',
  onTime: '3.4.2',
  digitisation: 'N.TTHC.DIGITISATION_RATE',
} as const;
