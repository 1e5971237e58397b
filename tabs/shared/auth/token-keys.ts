/**
 * Where the simulator's token is kept in session storage. Apart from the sign-in code (no DOM in it), so
 * browser tests and the benchmark can sign a page in the way the sign-in page would.
 */
export const SIMULATOR_TOKEN_KEY = 'switchboard.simulator.token';
