import type { BilingualText } from '@partnership-kit/core';

/** One question of a worksheet. Its id is what saved answers are keyed by. */
export interface WorksheetQuestion {
  readonly id: string;
  readonly text: BilingualText;
}

/** A titled group of questions. */
export interface WorksheetSection {
  readonly id: string;
  readonly title: BilingualText;
  readonly questions: readonly WorksheetQuestion[];
}

/**
 * A worksheet of the guide, as data. `id` and `version` go into each saved response
 * (`WorksheetResponse`), so a later edition of the questions never mislabels old answers.
 */
export interface Worksheet {
  readonly id: string;
  readonly version: number;
  readonly title: BilingualText;
  readonly intro: BilingualText;
  /** Whether each answer also asks for next steps, with who and by when (WS-SELF). */
  readonly asksNextSteps: boolean;
  readonly sections: readonly WorksheetSection[];
}
