/** The charts' own words in Spanish (their titles and series come from the views). */
export default {
  savePng: 'Guardar el gráfico {title} como PNG',
  saveSvg: 'Guardar el gráfico {title} como SVG',
  epoch: 'época',
  lineSummary: 'Gráfico {title}, {summary}',
  atEpoch: 'en la época {epoch}: {values}',
  noData: 'aún sin datos',
  scatterSummary: 'Gráfico {title}: {description}',
};
