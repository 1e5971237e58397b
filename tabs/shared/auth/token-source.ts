/** Where a tab gets its bearer token for the Switchboard API. */
export interface TokenSource {
  /** A valid token, or undefined when the user must sign in first. */
  token(): Promise<string | undefined>;
  /** Starts an interactive sign-in (leaves the page, or opens Teams' prompt). */
  signIn(): Promise<void>;
  /** Drops a token the API refused, so the next `token()` gets a fresh one or asks to sign in. */
  forget(): void;
}
