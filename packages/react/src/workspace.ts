'use client';

// @partnership-kit/react/workspace — PartnershipWorkspace: the whole guide, step by step.

export type { PartnershipWorkspaceProps } from './workspace/PartnershipWorkspace';
export { PartnershipWorkspace } from './workspace/PartnershipWorkspace';
export type { UsePartnershipWorkspaceOptions } from './workspace/usePartnershipWorkspace';
export { usePartnershipWorkspace } from './workspace/usePartnershipWorkspace';
export type { WorkspaceView } from './workspace/workspace.steps';
export { missingFieldPath, viewOfPath, WORKSPACE_VIEWS } from './workspace/workspace.steps';
