/** What an action hands back to `main`: commander's actions return nothing. */
export interface CommandContext {
  exitCode: number;
}
