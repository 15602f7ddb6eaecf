'use client';

export type { RaciLegendProps } from './raci-legend/RaciLegend';
export { RaciLegend } from './raci-legend/RaciLegend';
export type { RaciLegendDialogProps } from './raci-legend/RaciLegendDialog';
export { RaciLegendDialog } from './raci-legend/RaciLegendDialog';
