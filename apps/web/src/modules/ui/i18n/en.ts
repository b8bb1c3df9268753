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
// English words of the page frame and shared layout (merged into the app's dictionary under "layout").
export const layoutEn = {
  scrollHint: 'Wider than the screen: swipe or scroll sideways to see it all →',
  scrollLabel: '{{label}} (scroll sideways to see it all)',
  table: 'Table of figures',
  navMore: 'More items, swipe sideways',
  menu: 'Menu',
  about: 'About',
};
