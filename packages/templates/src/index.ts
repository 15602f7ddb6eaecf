export type { RaciLegendEntry } from './raci/raci-legend';
export { raciLegend } from './raci/raci-legend';
export type { RaciLetterContent } from './raci/raci-legend.content';
export { RACI_LEGEND } from './raci/raci-legend.content';
