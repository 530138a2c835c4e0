/** The charts' own words in Spanish (their titles and series come from the views). */
export default {
  savePng: 'Guardar el gráfico {title} como PNG',
  saveSvg: 'Guardar el gráfico {title} como SVG',
  saved: 'Guardado en {files}.',
  cancelled: 'No se ha guardado: se canceló el diálogo de guardar.',
  failed: 'No se ha podido guardar el gráfico: {why}',
  epoch: 'época',
  lineSummary: 'Gráfico {title}, {summary}',
  atEpoch: 'en la época {epoch}: {values}',
  noData: 'aún sin datos',
  scatterSummary: 'Gráfico {title}: {description}',
};
