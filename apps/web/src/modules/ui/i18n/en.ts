// English words of the page frame and shared layout (merged into the app's dictionary under "layout").
export const layoutEn = {
  scrollHint: 'Wider than the screen: swipe or scroll sideways to see it all →',
  scrollLabel: '{{label}} (scroll sideways to see it all)',
  table: 'Table of figures',
  navMore: 'More items, swipe sideways',
  menu: 'Menu',
  about: 'About',
};
