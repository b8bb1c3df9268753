// English texts of how a change is read: its arrow, a rank's move in places, a sparkline's years (merged under "reading").
export const readingEn = {
  movement: { UP: 'up', DOWN: 'down', SAME: 'unchanged' },
  placesUp_one: 'up {{count}} place',
  placesUp_other: 'up {{count}} places',
  placesDown_one: 'down {{count}} place',
  placesDown_other: 'down {{count}} places',
  placesSame: 'same rank',
  code: 'Indicator code: {{code}}',
  sparklineYears: '{{from}}–{{to}}',
};
