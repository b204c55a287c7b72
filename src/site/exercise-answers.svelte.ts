// What the reader has picked and checked on /exercises: one choice and one checked answer per exercise id.

/** The reader's choices and checked answers, by exercise id. */
export class ExerciseAnswers {
  /** The option picked but maybe not yet checked. */
  chosen: Record<string, string> = $state({});
  /** The option that was checked last (its feedback and figure are shown). */
  checked: Record<string, string> = $state({});

  /** Checks the picked option of `id`; nothing happens before one is picked. */
  check(id: string): void {
    const choice = this.chosen[id];
    if (choice !== undefined) this.checked[id] = choice;
  }
}
