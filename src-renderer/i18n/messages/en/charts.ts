/** The charts' own words in English (their titles and series come from the views). */
export default {
  savePng: 'Save {title} chart as PNG',
  saveSvg: 'Save {title} chart as SVG',
  saved: 'Saved {files}.',
  cancelled: 'Not saved: the save dialog was cancelled.',
  failed: 'The chart could not be saved: {why}',
  epoch: 'epoch',
  lineSummary: '{title} chart, {summary}',
  atEpoch: 'at epoch {epoch}: {values}',
  noData: 'no data yet',
  scatterSummary: '{title} chart: {description}',
};
